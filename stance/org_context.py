"""Where an organization or country is read from the text around a speaker.

Rules that look beyond the subject phrase, at the rest of the article, to
give a speaker a body or a country: the local government a governor serves
("The Sichuan provincial government ... Vice Governor X"), the country an
ambassador serves in ("in Manila"), the European Commission for a titled
commissioner, the council or board a person "sits on", "heads" or is "at",
a roundup's section heading ("KESTREL PARTNERS (Singapore)"), the fuller
name the article builds around a generic head noun ("the Norwegian School
of Economics" for "School") or gives a short name first ("Hoshizora
Retailing" for "Hoshizora"), whether a "speaker" is an organization's name,
and the country a story names most. ``extract.py`` calls these from its
settling and guard passes.

Limits: all cues are local patterns over the raw text; the nearest or first
match wins, so an article naming two councils or two countries in the same
paragraph can give the wrong one, and a body the article writes only in
lower case is not found.
"""
from __future__ import annotations

import re

from .places import PLACE_PREPOSITION_END, names_country, place_country
from .sources import Discourse
from .vocab import CITIES, COUNTRIES, MINISTRY_AREAS, NOT_NAMES, ORG_SUFFIXES, TITLES, UPPER


_TITLE_HEADS = frozenset(t.split()[-1] for t in TITLES)


_COUNTRY_WORD = re.compile(r"\b(" + "|".join(sorted((re.escape(k.title()) for k in COUNTRIES if len(k) > 3 and
                                                     "." not in k), key=len, reverse=True)) + r")\b")
# round 10: two-word names count too ("New Zealand", "Saudi Arabia")


def _most_named_country(text: str) -> str | None:
    """Round 9: the country an op-ed with no dateline is about: the one named (by name or adjective) most
    often, at least twice and more often than any other; China is the subject of every story here, so it
    does not count."""
    counts: dict[str, int] = {}
    for m in _COUNTRY_WORD.finditer(text):
        code = COUNTRIES.get(m.group(1).lower())
        prev = re.search(r"([A-Z][\w-]*)\s+$", text[max(0, m.start() - 20):m.start()])
        if prev and f"{prev.group(1)} {m.group(1)}".lower() in CITIES:
            continue  # round 10: "Inner Mongolia" names a Chinese region, not Mongolia
        if code and code != "CN":
            counts[code] = counts.get(code, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    cue = _national_cues(text)
    return cue if cue and (not ranked or ranked[0][0] == cue) else None


# Session 13: what shows a story's country when it names none (a UK campus paper): its currency, its parliament
_NATIONAL_CUES = (
    ("GB", re.compile(r"£\s?\d|\bMPs?\b|\bHouse of Commons\b|\bCommons\b|\bWhitehall\b|\bWestminster\b|"
                      r"\bDowning Street\b|\bHouse of Lords\b")),
    ("IN", re.compile(r"₹\s?\d|\bRs\.?\s?\d[\d,.]*\s+(?:crore|lakh)|\bcrore\b|\bLok Sabha\b|\bRajya Sabha\b")),
    ("AU", re.compile(r"\bA\$\s?\d|\bCanberra\b")),
    ("CA", re.compile(r"\bC\$\s?\d|\bOttawa\b|\bMLAs?\b")),
)


_ANY_CUE = re.compile("|".join(f"(?P<{code}>{rx.pattern})" for code, rx in _NATIONAL_CUES))


def _national_cues(text: str) -> str | None:
    """The one country whose cues the text shows at least twice, when no other's shows at all."""
    hits: dict[str, int] = {}
    for m in _ANY_CUE.finditer(text):  # one pass for all countries
        hits[m.lastgroup or ""] = hits.get(m.lastgroup or "", 0) + 1
    found = [code for code, n in hits.items() if n]
    return found[0] if len(found) == 1 and hits[found[0]] >= 2 else None


_LOCAL_GOVERNMENT = re.compile(r"\b(" + UPPER + r"[\w’'-]+(?:\s+" + UPPER + r"[\w’'-]+)?)\s+(?:(State|state|provincial|municipal|"
                               r"prefectural|regional)\s+)?government\b")
_PROVINCE = re.compile(r"\b(" + UPPER + r"[\w’'-]+)\s+[Pp]rovince\b|\bprovince\s+of\s+(" + UPPER + r"[\w’'-]+)")


def _local_government(text: str, at: int) -> tuple[str, str] | None:
    """Round 7: a governor's government: the sub-national "<place> ... government" named nearest before `at`
    in its paragraph or within the statement's sentence, else "<place> provincial government" for a province
    named there."""
    p0 = text.rfind("\n", 0, at) + 1
    p1 = text.find("\n", at)
    p1 = len(text) if p1 < 0 else p1
    found = [m for m in _LOCAL_GOVERNMENT.finditer(text, p0, p1)
             if (place_country(m.group(1)) or m.group(2)) and m.group(1).lower() not in COUNTRIES]
    if found:
        m = min(found, key=lambda m: abs(m.start() - at))
        return re.sub(r"^(?:The|A|An)\s+", "", m.group(0)), place_country(m.group(1)) or ""
    prov = [m for m in _PROVINCE.finditer(text, p0, p1) if place_country(m.group(1) or m.group(2))]
    if prov:
        name = prov[0].group(1) or prov[0].group(2)
        return f"{name} provincial government", place_country(name) or ""
    before = {re.sub(r"^(?:The|A|An)\s+", "", m.group(0)): place_country(m.group(1)) or ""
              for m in _LOCAL_GOVERNMENT.finditer(text, 0, p0)
              if (place_country(m.group(1)) or m.group(2) or re.match(r"The\s", m.group(0))) and
              m.group(1).lower() not in COUNTRIES}
    if len(before) == 1:  # session 9: "The Karnataka government has cleared ..." in the lede, the one such
        return next(iter(before.items()))  # government the story names before
    return None


def _host_country(text: str, at: int, sender: str) -> str | None:
    """Round 7: where an ambassador serves: the first place of another country named after "in" in the
    sentence that attributes the statement at `at` (or the one before it)."""
    p0 = text.rfind("\n", 0, at) + 1
    for m in re.finditer(r"\b[Ii]n\s+((?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)", text[p0:at + 200]):
        code = place_country(re.sub(r"^the\s+", "", m.group(1)))
        if code and code != sender:
            return code
    return None


_EU_TITLE = re.compile(r"(?:[Cc]ommissioner|Vice[- ]President)[,\s]+(?:[A-ZÀ-Ý][\w.’'-]*\s+){0,3}$")


def _eu_titled(text: str, surname: str) -> bool:
    """Round 9: the person is named right after "commissioner" or "(Executive) Vice-President" in a story
    that names the EU ("The Commission's energy commissioner, X", "Executive Vice-President X")."""
    if not _EU_STORY_WORDS.search(text):
        return False
    at = text.find(surname)
    while at >= 0:
        if _EU_TITLE.search(text, max(0, at - 60), at):
            return True
        at = text.find(surname, at + 1)
    return False


_EU_STORY_WORDS = re.compile(r"\b(?:EU|European\s+Union|Brussels|BRUSSELS|European\s+Commission)\b")
# Round 10: a roundup's section heading, a firm in capitals and its city: "KESTREL PARTNERS (Singapore)"
_SECTION_HEAD = re.compile(r"^[ \t]*([A-Z][A-Z&.'’-]+(?: [A-Z&][A-Z&.'’-]*){0,5})[ \t]*\(([A-Z][\w .'-]+)\)[ \t]*$", re.M)


_SITS_ON = re.compile(r",\s+who\s+(?:sits|serves|sat|served)\s+on\s+(?:the\s+|(?:(?:the\s+)?(?:Parliament|Congress|Senate|"
                      r"House|Assembly|Bundestag|Diet|Legislature)['’]s\s+))"
                      r"((?:[A-ZÀ-Ý][\w’'-]*\s+(?:(?:and|of|for|on)\s+)?){1,5}"  # session 6: "Parliament's Public
                      r"(?:(?:municipal|city|town|regional|provincial|county|district|local)\s+)?"  # Debt and ... Committee"
                      r"(?:[Cc]ouncil|[Bb]oard|[Aa]ssembly|[Cc]ommittee))\b")


def _seat(speaker: str, text: str, d: Discourse, sentence: bool = False) -> tuple[str, str | None] | None:
    """Round 10: "X, who sits on the Bahía Solano municipal council, ...": that body, named as the article gives
    it, in the country of its place (else the story's)."""
    at = text.find(speaker)
    m = _SITS_ON.match(text, at + len(speaker)) if at >= 0 else None
    if not m:
        return _heads(speaker, text, d, at, sentence)
    name = m.group(1)
    place = re.match(r"(?:[A-ZÀ-Ý][\w’'-]*\s+)+", name)  # "Bahía Solano", the whole place: "Bahía" alone is Brazil's
    where = place_country(place.group(0).strip()) if place and place.group(0).strip() != name else None
    return name, where or d.company_home


_HEADS_VERBS = r"(?:heads|chairs|leads|runs|directs|manages|founded|co-founded)"
_HEADS = re.compile(r",\s+(?:(?:a|an)\s+(?:[a-z-]+\s+){1,3})?who\s+(?:[^,.;:“\"]{3,80}?\s+and\s+)?(?:" + _HEADS_VERBS +
                    r"|(?:has|had)\s+(?:run|led|headed|chaired|managed|directed)|sits\s+on\s+the\s+board\s+of)\s+"
                    r"([^,.;:“\"]{3,90})")
# Session 6: a sentence that opens with the person and says what they run ("Inês Sousa Magalhães runs Quinta do
# Vale Escuro, a family estate ..."); not a movement ("heads to the summit") or a preposition phrase
_HEADS_SENTENCE = re.compile(r"\s+" + _HEADS_VERBS + r"\s+(?!(?:to|for|into|toward|towards|back|home|off|out|up|"
                             r"down|in|on|at|with|from)\b)([^,.;:“\"]{3,90})")
_CAP_RUN = re.compile(r"(?:[A-ZÀ-Ý][\w’'&-]*\s+(?:(?:do|da|dos|das|de|del|di|du|des|van|von|der|ng|y|e)\s+)?){1,4}"
                      r"[A-ZÀ-Ý][\w’'&-]*")  # session 6: "Quinta do Vale Escuro", "Samahan ng Mangingisda"


def _heads(speaker: str, text: str, d: Discourse, at: int, sentence: bool = False) -> tuple[str, str | None] | None:
    """Round 10: "X, who heads the plant's works council for the IG Metall union", "X, who sits on the board of
    the Breton producers' cooperative Porc Armor" (session 8: also "X, a schoolteacher who chairs Y"): the
    organization the clause names (a registry body, else its last name of two words or more); "who runs a
    guesthouse on the beach road" names none."""
    m = _HEADS.match(text, at + len(speaker)) if at >= 0 else None
    while m is None and sentence and at >= 0:  # session 6: "X runs Y." as a sentence, for a speaker with no body
        if re.search(r"(?:^|[.!?]\s+|\n)(?:" + UPPER + r"[\w’'-]*\s+){0,2}$", text[max(0, at - 40):at]):
            m = _HEADS_SENTENCE.match(text, at + len(speaker))
        at = text.find(speaker, at + len(speaker))
    if not m:
        return None
    clause = m.group(1)
    found = d.registry.find_orgs(clause)
    if found:
        org = found[-1][2]
        return org.canonical, org.country
    same = re.match(r"the\s+(?:[a-z-]+\s+){0,2}?(company|firm|group|business|house|estate|winery|mill|board)\b(?!['’])",
                    clause)  # "who runs the house with her brother", "who chairs the board"
    if same:  # session 8: "who has run the family-owned company since 2019": the company named last before her
        before = d.company_before(at)
        if before and before.organization:
            name = before.organization
            return name, d.org_countries.get(name) or d.company_home
    runs = [(r.start(), r.group(0)) for r in _CAP_RUN.finditer(clause)]
    if not runs or place_country(runs[-1][1]) or runs[-1][1] in d.people or \
            PLACE_PREPOSITION_END.search(clause, 0, runs[-1][0]):
        return None  # (session 11: "who runs a guesthouse near Tha Phae Gate": a place)
    runs = [r for _, r in runs]
    name = runs[-1]
    return name, d.org_countries.get(name) or d._org_country(name) or d.company_home


_AT_THE = re.compile(r",\s+(?:an?|the)\s+[\w\s-]{0,40}?\b(?:at|of|for|with)\s+the\s+(board|ministry|agency|bank|council|"
                     r"authority|commission|fund|federation|association|institute|office|bureau)\b")


def _at_the_body(speaker: str, text: str, d: Discourse) -> tuple[str, str | None] | None:
    """Round 10: "Narong Chaiyasit, a deputy secretary-general at the board," after "Thailand's Board of
    Investment said ...": the body named before whose name has that noun, the latest one."""
    at = text.find(speaker)
    m = _AT_THE.match(text, at + len(speaker)) if at >= 0 else None
    if not m:
        return None
    noun = m.group(1).capitalize()
    for seen_at, o in reversed(d.org_seen):
        if seen_at <= at and o.organization and noun in o.organization.split():
            return o.organization, o.country or d.org_countries.get(o.organization)
    named = list(re.finditer(r"((?:[A-Z][\w-]*['’]s\s+)?(?:[A-Z][\w-]*\s+){0,3}" + noun +
                             r"(?:\s+(?:of|for)\s+(?:[A-Z][\w-]*)(?:\s+and\s+[A-Z][\w-]*)?)?)\b", text[:at]))
    if not named or " " not in named[-1].group(1):
        return None  # the body as the article wrote it before: "Thailand's Board of Investment said ..."
    name = named[-1].group(1)
    known = d.registry.org(name)
    if known:
        return known.canonical, known.country
    owner = re.match(r"([A-Z][\w-]*)['’]s\s", name)
    return name, (_country_word(owner.group(1)) if owner else None) or d.org_countries.get(name)


# Round 11: a head noun that never names an organization alone ("City", "School", "Consulate")
_GENERIC_HEADS = frozenset("""City School Consulate Consulate-General University Institute College Academy
Embassy Council Authority Ministry Department Agency Bureau Office Commission Committee Centre Center Association
Federation Chamber Port Trust Foundation Society""".split())


def _fuller_name(head: str, text: str, before: int) -> str | None:
    """Round 11: the name the article builds around a generic `head` ("the Norwegian School of Economics",
    "the City of Zrenjanin", "The Chinese Consulate-General in Christchurch"), the occurrence nearest before
    `before` (else the first); None when the article never writes it in a longer name."""
    best = None
    for m in re.finditer(r"((?:[A-Z][\w-]+\s+){0,3})" + re.escape(head) +
                         r"((?:[\s-]General)?(?:\s+(?:of|in|for)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})?)",
                         text):
        lead = [w for w in m.group(1).split() if w not in ("The", "A", "An", "At", "Of", "In")]
        name = " ".join(lead + [head]) + m.group(2)
        if name == head:
            continue
        if best is None or m.start() < before:
            best = name
    return best


def _lead_country(name: str) -> str | None:
    """Round 11: the country of the nationality or place word that opens `name` ("Norwegian School ...")."""
    first = name.split()[0]
    return _country_word(first) or (CITIES.get(first.lower()))


def _names_country(text: str, code: str) -> bool:
    """Round 11: the article names the country of `code` (by name or adjective); one table per article."""
    return names_country(text, code)


def _country_word(word: str) -> str | None:
    """ "U.S." -> US, "Kenyan" -> KE, "China's" -> CN."""
    low = re.sub(r"['’]s$", "", word.strip()).lower()
    return COUNTRIES.get(low) or COUNTRIES.get(low.rstrip("."))


def _section_org(text: str, at: int) -> tuple[str, str | None] | None:
    """Round 10: the organization whose section (from its heading to the next) holds `at`, in the case the
    article writes it elsewhere, else title case; its country from the heading's city or country."""
    heads = [m for m in _SECTION_HEAD.finditer(text) if "(" in text[m.start():m.end()]] \
        if ")\n" in text or text.rstrip().endswith(")") else []
    if len(heads) < 2:  # one heading is no roundup
        return None
    mine = [m for m in heads if m.end() <= at]
    if not mine:
        return None
    head = mine[-1]
    caps = head.group(1)
    mixed = next((m.group(0) for m in re.finditer(re.escape(caps), text, re.I) if not m.group(0).isupper()), None)
    name = mixed or " ".join(w.capitalize() if w.isalpha() else w for w in caps.split())
    return name, place_country(head.group(2))


def _first_country(text: str, at: int) -> str | None:
    """The first country named in the paragraph of `at`, up to the end of its sentence ("the Philippines would
    focus ..."), outside quotation marks."""
    p0 = text.rfind("\n", 0, at) + 1
    end = min((i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0), default=len(text))
    body = re.sub(r"“[^”]*”?|\"[^\"]*\"?", " ", text[p0:end])
    for m in re.finditer(r"\b(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b", body):
        code = COUNTRIES.get(m.group(1).lower())
        if code and code != "EU":
            return code
    return None


_NAME_WORD = r"[A-Z][\w&-]*"
# Round 8: "Argentina's agriculture secretary": a secretary of a government area
_AREA_SECRETARY = re.compile(r"['’]s\s+(?:" + "|".join(sorted(MINISTRY_AREAS, key=len, reverse=True)) +
                             r")\s+secretary,?\s+", re.I)


def _area_secretary(text: str, speaker: str) -> bool:
    """Round 8: "Argentina's agriculture secretary, X": X holds a government area, not a union's or a firm's post."""
    return bool(speaker) and any(text.startswith(speaker, m.end()) for m in _AREA_SECRETARY.finditer(text))


_MORE_NAME = re.compile(r"((?:[ \t]+" + _NAME_WORD + r"){1,2})(?![\w’'-])")
_FORM_STOP = re.compile(r"\.(?:,?\s+(?:Ltd|Inc|Co)\.)?")
_NAME_BEFORE = re.compile(r"[A-Z][\w&.-]*[ \t]+$")
_ROMANCE_NAME = re.compile(r"(?:[ \t]+" + _NAME_WORD + r"){1,2}[ \t]+(?:e|y|de|do|da|dos|das|del|di)(?:[ \t]+" +
                           _NAME_WORD + r"){1,2}(?![\w’'-])")


def _story_start(text: str) -> int:
    """Where the story starts after its first short lines with no sentence mark (kicker, headline, byline)."""
    pos = 0
    for m in list(re.finditer(r"[^\n]+", text))[:3]:
        line = m.group(0).rstrip()
        if len(line.split()) > 20 or line.endswith((".", "!", "?", "\"", "”", "’", ":")):
            break
        pos = m.end()
    return pos


def _fullest_name(text: str, org: str, d: Discourse) -> str | None:
    """Round 8: the fuller name an organization was introduced by, when the article's first mention of its
    short name is followed by one or two more name words ("Hoshizora Retailing ... Hoshizora's president";
    "StorageWatch Australia ... StorageWatch said"). Not over a title, month or other word no name holds
    ("Acme President Jane Doe"), nor onto a person met in the article."""
    if len(org) < 3 or not org[:1].isupper() or org.endswith("."):  # "Northwind Corp. She said": a new sentence
        return None
    at = text.find(org)
    while at >= 0 and (at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_’'-") or
                       text[at + len(org):at + len(org) + 1].isalnum()):
        at = text.find(org, at + 1)  # the first whole-word mention
    story = _story_start(text)  # session 9: a headline's short name ("Celumar says ..."): the first mention in
    if 0 <= at < story:  # the story itself
        later = text.find(org, story)
        while later >= 0 and (text[later - 1].isalnum() or text[later - 1] in "_’'-" or
                              text[later + len(org):later + len(org) + 1].isalnum()):
            later = text.find(org, later + 1)
        at = later if later >= 0 else at
    romance = _ROMANCE_NAME.match(text, at + len(org)) if at >= 0 else None
    if romance and not _NAME_BEFORE.search(text[max(0, at - 30):at]):
        return org + romance.group(0)  # session 9: "Celumar Papel e Celulose", "Grupo Minero del Sur"
    form = re.match(r"\s+(plc|ltd\.?|A/S|ApS|ASA|Oyj)(?![\w/-])", text[at + len(org):at + len(org) + 6]) if at >= 0 else None
    if form and not _NAME_BEFORE.search(text[max(0, at - 30):at]):
        return f"{org} {form.group(1)}"  # session 6: "Harrowgate Therapeutics plc", a legal form in lower case
    m = _MORE_NAME.match(text, at + len(org)) if at >= 0 else None
    if not m or _NAME_BEFORE.search(text[max(0, at - 30):at]):
        return None  # not the inner word of a longer name ("Coral" in "Gulf Coral Ports")
    extra = m.group(1).split()
    if extra[0] in ("She", "He", "It", "They", "We", "I", "The", "This", "That", "Its", "Their", "His", "Her"):
        return None
    while extra and (extra[-1].lower() in _TITLE_HEADS or extra[-1].lower() in NOT_NAMES or
                     extra[-1].lower() in ("the", "and", "of", "said", "says")):
        extra.pop()
    if not extra or any(w.lower() in _TITLE_HEADS or w.lower() in NOT_NAMES for w in extra):
        return None
    full = org + " " + " ".join(extra)
    form = _FORM_STOP.match(text, at + len(org) + 1 + len(" ".join(extra))) \
        if extra[-1].lower() in ("co", "corp", "inc", "ltd") else None
    full += form.group(0) if form else ""  # session 9: "Kaneda Robotics Co. Ltd.", not "... Co"
    known = d.people.get(full)
    if known and (known.organization or known.title):
        return None
    return full


def _is_org_name(name: str, d: Discourse) -> bool:
    """Round 7: a speaker's name that names an organization: met as one in the article ("Ruitong Auto Parts"
    after "Zhejiang Ruitong Auto Parts"), or ending in an organization word ("Adansi Engineering")."""
    if " " not in name:
        return False
    full = d._known_org(name)
    if full in d.org_names or full in d.org_countries or any(o.organization == full for o in d.org_history):
        return True
    return name.split()[-1].lower().rstrip(".") in ORG_SUFFIXES and name not in d.people
