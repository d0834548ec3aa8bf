"""Domain vocabularies as data: reporting verbs, titles, countries, pronouns.

Kept in one place so that extraction rules read as grammar, not as word lists.
"""

from __future__ import annotations

import re

# Reporting verbs, by form. Finite forms attach a subject before them
# ("Lopez said ..."), participles attach to the mention right before them
# ("... Lopez telling a newspaper that ...").
# An upper-case letter of the Latin scripts news names are written in ("Łódź", "Ørsted" too), for patterns.
UPPER = "[A-ZÀ-ÝĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ]"

REPORTING_FINITE = frozenset("""
said says say told tells added adds argued argues warned warns emphasized emphasised emphasizes
emphasises stressed stresses noted notes explained explains insisted insists cautioned cautions
claimed claims contended contends maintained maintains acknowledged acknowledges admitted admits
conceded concedes asserted asserts declared declares announced announces reiterated reiterates
predicted predicts suggested suggests wrote writes posted posts tweeted tweets urged urges
pledged pledges promised promises vowed vows signaled signalled signals indicated indicates
confirmed confirms complained complains countered counters observed observes remarked remarks
replied replies responded responds underscored underscores underlined underlines highlighted
highlights believes believed thinks thought reckons reckoned stated states recalled recalls
predicted agreed agrees mentioned mentions affirmed affirms reaffirmed reaffirms
estimated estimates called calls concluded concludes
opined opines informed informs expects
disclosed discloses
demanded demands recommended recommends asked asks accused accuses
""".split())  # (session 13: "demanded that ...", "asked the ministry to ...", "accused the government of ...")

REPORTING_PARTICIPLE = frozenset("""
saying telling adding arguing warning emphasizing emphasising stressing noting explaining
insisting cautioning claiming contending maintaining acknowledging admitting conceding asserting
declaring announcing reiterating predicting suggesting writing urging pledging promising vowing
signaling signalling indicating confirming complaining countering observing remarking
underscoring underlining highlighting stating calling
opining
demanding recommending accusing
""".split())

# Infinitives that report only in "X used the call to announce that ...": "to" before, "that" after.
REPORTING_INFINITIVE = frozenset("""announce say warn argue insist stress emphasize emphasise confirm declare
reiterate signal""".split())

# Capitals that speak for their national government in news ("Beijing said", "Washington has argued").
CAPITAL_METONYMS = frozenset("""beijing washington tokyo seoul moscow berlin paris london ottawa canberra
taipei hanoi jakarta manila bangkok brasilia brasília""".split()) | {"new delhi", "mexico city", "kuala lumpur"}

# Nouns that report only after a possessive and before "that": "Lee's remark that A drew criticism".
NOMINAL_REPORTS = frozenset("""remark remarks comment comments assertion argument warning insistence suggestion
contention""".split())

# Verbs after which the reported content is an object noun phrase rather than a
# clause ("emphasizing the symbiotic nature of ..."), when no "that" follows.
OBJECT_VERBS = frozenset("""
emphasized emphasised emphasizes emphasises emphasizing emphasising stressed stresses stressing
underscored underscores underscoring underlined underlines underlining highlighted highlights
highlighting urged urges urging called calling expects
asked asks accused accuses accusing
""".split())

# "told <addressee> (that) ..." — words that end an addressee phrase.
ADDRESSEES = frozenset("""
reporters journalists analysts investors lawmakers legislators senators shareholders employees
clients customers members board us me him her them lenders bankers regulators
workers staff students delegates diplomats officials executives audience audiences crowd crowds
parliament congress conference forum summit newspaper broadcaster paper magazine agency television
radio podcast channel outlet interviewer committee hearing panel call briefing media press
newspapers outlets broadcasters listeners viewers attendees participants guests gathering
mps market markets exchange
""".split())

# Phrases that look like attributions but say nothing.
NON_STATEMENT_PATTERNS = (
    r"declined\s+to\s+comment",
    r"(?:did\s+not|didn[’']t)\s+(?:immediately\s+)?(?:respond|reply|return)",
    r"could\s+not\s+(?:immediately\s+)?be\s+reached",
    r"no\s+immediate\s+comment",
    r"(?:did\s+not|didn[’']t)\s+(?:immediately\s+)?comment",
    r"refused\s+to\s+comment",
    r"(?:does|do|would|will)\s+not\s+comment\s+on\b",  # session 6: "the company does not comment on its suppliers"
    r"(?:doesn[’']t|don[’']t|won[’']t)\s+comment\s+on\b",
    r"(?:was|were)\s+not\s+available\s+for\s+comment",
)

ANONYMOUS_SOURCES = (
    r"people\s+(?:familiar|briefed|close|with\s+knowledge)",
    r"(?:a\s+)?person\s+(?:familiar|briefed|close|with\s+knowledge)",
    r"sources?\b",
    r"(?:an?\s+)?(?:official|executive|person|insider|diplomat)s?\s+who\s+(?:asked|spoke|declined|requested)",
    r"insiders?\b",
)

PRONOUNS_PERSON = frozenset("he she him her his hers".split())
PRONOUNS_ORG = frozenset("it its they them".split())
# Session 6: a sentence-initial word that is never an organization's name ("That concludes today's call.",
# "Outside China, North America grew ...")
FUNCTION_WORDS = frozenset("""that this these those there here outside inside what which
when where while after before since until although though because unless if asked overall meanwhile
greater we you i""".split())  # "We wrote controls with holes in them": the speaker's own "we" is no source

# Definite descriptions that refer back to an organization: "the company said".
ORG_ANAPHORS = {
    "company": "company", "group": "company", "firm": "company", "carmaker": "company",
    "automaker": "company", "manufacturer": "company", "maker": "company", "chipmaker": "company",
    "retailer": "company", "bank": "company", "insurer": "company", "supplier": "company",
    "lender": "company", "conglomerate": "company", "startup": "company", "giant": "company",
    "ministry": "government", "department": "government", "government": "government", "cabinet": "government",
    "agency": "government", "commission": "government", "regulator": "government",
    "embassy": "government", "administration": "government", "office": "government",
    "chamber": "trade_group", "association": "trade_group", "council": "trade_group",
    "federation": "trade_group", "confederation": "trade_group", "lobby": "trade_group", "institute": "think_tank",
    "forum": "trade_group", "alliance": "trade_group", "coalition": "trade_group",  # session 7
    "port": "any", "university": "any", "union": "trade_group", "airline": "company", "railway": "company",
    "board": "any",
    "operator": "company", "developer": "company", "producer": "company", "exporter": "company",
    "utility": "company", "miner": "company",
    **{w: "company" for w in "steelmaker toolmaker glassmaker papermaker drugmaker shipbuilder tiremaker "
       "tyremaker".split()},  # session 11
    "terminal": "company", "installer": "company", "refinery": "company", "smelter": "company",  # session 8
    "cooperative": "company", "winery": "company", "venture": "company", "subsidiary": "company",
    "fund": "company", "brokerage": "company", "consultancy": "company", "organization": "any",
    "airline": "company", "carrier": "company", "broker": "company", "mill": "company",  # round 7
    "studio": "company", "marketplace": "company", "line": "company",  # round 9 ("the line's chief ...")
    "authority": "government",  # round 9: "the authority's managing director"
    "brewery": "company", "distillery": "company", "grower": "company", "importer": "company",  # session 10:
    "distributor": "company", "processor": "company", "wholesaler": "company", "shipyard": "company",  # "the
    "chain": "company",  # brewery's managing director"
    "co-operative": "company", "co-op": "company", "coop": "company",  # session 13: "who has run the co-operative"
    "report": "any", "note": "any", "study": "any",  # round 7: a document speaks for whoever published it
    "statement": "any", "release": "any",  # round 9: "..., the statement added"
    "organisation": "any", "body": "any", "board": "any",  # round 9: "the board said", "the board's chair"
}

# Titles that name the same kind of role: "“...,” the lawmaker said" after "Dutch MEP Femke Zwanenburg".
TITLE_KINDS = {
    **{t: "legislator" for t in "lawmaker legislator mep mp senator sen representative rep congressman "
       "congresswoman member of parliament parliamentarian".split("|")[0].split()},
    "member of parliament": "legislator",
    **{t: "legislator" for t in "assemblymember assemblyman assemblywoman".split()},  # session 12
    **{t: "executive" for t in "chief executive|chief executive officer|ceo|executive|boss|head|president|"
       "managing director|chairman|chairwoman|chair|founder".split("|")},
    **{t: "analyst" for t in "analyst|economist|strategist|senior analyst|lead analyst|chief economist|"
       "researcher|fellow|senior fellow|expert".split("|")},
    **{t: "spokesperson" for t in "spokesman|spokeswoman|spokesperson".split("|")},
    **{t: "minister" for t in "minister|foreign minister|commerce minister|trade minister|finance minister|"
       "economy minister|industry minister|deputy minister|vice minister|secretary".split("|")},
}

# Titles that may stand before or after a name. Lower-cased; matched as words.
TITLES = tuple(sorted("""
chief executive officer|chief executive|chief financial officer|chief operating officer|chief economist
|chief strategist|chief technology officer|chief|ceo|cfo|coo|cto|chairman|chairwoman|chairperson|chair
|president|vice president|executive vice president|managing director|director|head|founder|co-founder
|spokesman|spokeswoman|spokesperson|deputy director|general manager|partner|analyst|economist|strategist
|minister|foreign minister|prime minister|deputy prime minister|commerce minister|trade minister
|finance minister|economy minister|industry minister|economic affairs minister|secretary|commerce secretary
|treasury secretary|secretary of state|trade representative|ambassador|envoy|chancellor|premier
|vice premier|governor|mayor|senator|sen|representative|rep|congressman|congresswoman|lawmaker|speaker
|majority leader|minority leader|principal secretary|permanent secretary|additional secretary
|legislator|member of parliament|mp|mep|td|msp|mec|commissioner|trade commissioner|official|officials|adviser
|advisor|counsellor|counselor|consul|diplomat|deputy|undersecretary|under secretary|leader|boss
|executive|board member|professor|researcher|fellow|senior fellow|senior analyst|lead analyst
|lawyer|attorney|consultant|trader|banker|scientist|engineer|expert|specialist
|owner|co-owner|chemist|economist|councillor|councilor|gov|manager|portfolio manager
|vice-chancellor|vice chancellor|deputy vice-chancellor|rector|rector magnificus|provost|dean|trustee|alderman|alderwoman|coun
|secretary-general|secretary general|director-general|director general|deputy secretary-general
|mla|mpp|mk|mna|county judge|judge|under-secretary|vice-president|executive vice-president|senior vice-president
|vice-rector|pro-rector|vice-dean
|press secretary|vice minister|first vice minister|deputy minister|first deputy minister|state secretary
|lecturer|senior lecturer|research fellow|general director|deputy general director
|assemblymember|assemblyman|assemblywoman
|organiser|organizer|convener|convenor|shop steward|rapporteur|shadow rapporteur
|assistant secretary|first assistant secretary|deputy assistant secretary|assistant minister|assistant professor|associate professor
""".replace("\n", "").split("|"), key=len, reverse=True))

# Words that make a capitalised phrase an organization rather than a person.
ORG_SUFFIXES = frozenset("""
inc inc. corp corp. co co. ltd ltd. llc plc ag se sa s.a. nv n.v. bv gmbh kg spa s.p.a. ab asa oyj
lines games studios interactive equipment exports freight
group holdings holding motors motor technologies technology tech systems industries industry
electronics semiconductor semiconductors energy airlines bank capital partners ventures labs
pharmaceuticals pharma chemicals international corporation company ministry department commission
agency council chamber association federation institute university office administration
government parliament congress senate bureau authority service services exchange reserve fund
foundation committee party times post journal news press agency daily media research consulting
consultancy securities solutions cooperative co-op alliance instituto institut advisors advisers associates
center centre coalition network union society forum confederation institution pharmaceutical appliances materials metals minerals system
resources logistics enterprises foods textiles devices components instruments networks products batteries
textile photonics optics robotics therapeutics biotech microelectronics aerospace magnetics
plastics mining steel shipping telecom telekom telecommunications automotive representatives assembly sejm bundestag legislature
therapeutics biotherapeutics biosciences biotech biologics diagnostics genomics robotics
werke technik chemie logistik textil tekstil aceros mineração
terminal terminals bhd tbk pte oy a/s k.k. co-operative
jsc pjsc ojsc qsc qpsc sgps zrt kft a.ş. a.s. d.o.o. s.r.o. sp.a
plan
goods works robotics advisory manufacturing mills brands machinery directorate parts
carriers airways retailing packaging ports terminals shipbuilding
""".split())

# Common nouns that describe an organization: a name right after one is the organization's
# ("the French retailer Maison Clair", "the think tank Instituto Mobilidade").
# Every word of a title ("minister" and "industry" of "industry minister"), and the organization suffixes
# without their full stops ("inc", "corp"): derived once, used by the name readers and the registry.
TITLE_WORDS = frozenset(w for t in TITLES for w in t.split()) - {"press", "first"}  # (session 11: words of
# "press secretary" and "first vice minister" that are no title alone: "a press conference")
ORG_SUFFIX_WORDS = frozenset(w.rstrip(".") for w in ORG_SUFFIXES)

# Session 11: the nouns "the <noun>'s" refers to a company by ("the company's general director", "at the firm's offices")
FIRM_ANAPHORS = r"(?:" + "|".join(sorted((k for k, v in ORG_ANAPHORS.items() if v == "company"), key=len,
                                         reverse=True)) + r")"

ORG_NOUNS = frozenset("""
company group firm carmaker automaker manufacturer maker chipmaker retailer bank insurer supplier lender
conglomerate startup start-up giant producer exporter importer operator developer investor fund
consultancy tank cooperative co-op association federation council chamber institute lobby brand
distributor processor miner utility airline shipper house studio marketplace
carrier broker brokerage university
brewery distillery winery wholesaler shipyard
steelmaker toolmaker glassmaker papermaker drugmaker shipbuilder tiremaker tyremaker
weaver spinner
""".split())  # (session 11: the makers by their product; session 12: weaver, spinner)

# Country names, demonyms and a few capitals/metonyms -> ISO 3166-1 alpha-2.
COUNTRIES: dict[str, str] = {
    "united states": "US", "u.s.": "US", "us": "US", "usa": "US", "america": "US", "american": "US",
    "washington": "US",
    "china": "CN", "chinese": "CN", "beijing": "CN", "prc": "CN", "mainland": "CN", "shanghai": "CN",
    "shenzhen": "CN", "guangdong": "CN", "jiangsu": "CN", "zhejiang": "CN",
    "germany": "DE", "german": "DE", "berlin": "DE",
    "france": "FR", "french": "FR", "paris": "FR",
    "united kingdom": "GB", "britain": "GB", "british": "GB", "uk": "GB", "u.k.": "GB", "london": "GB",
    "italy": "IT", "italian": "IT", "rome": "IT",
    "spain": "ES", "spanish": "ES", "madrid": "ES",
    "netherlands": "NL", "dutch": "NL", "the hague": "NL",
    "belgium": "BE", "belgian": "BE",
    "sweden": "SE", "swedish": "SE", "stockholm": "SE",
    "norway": "NO", "norwegian": "NO", "denmark": "DK", "danish": "DK", "finland": "FI", "finnish": "FI",
    "poland": "PL", "polish": "PL", "warsaw": "PL",
    "hungary": "HU", "hungarian": "HU", "budapest": "HU",
    "czech republic": "CZ", "czechia": "CZ", "czech": "CZ", "austria": "AT", "austrian": "AT",
    "switzerland": "CH", "swiss": "CH", "ireland": "IE", "irish": "IE", "portugal": "PT",
    "portuguese": "PT", "greece": "GR", "greek": "GR", "romania": "RO", "romanian": "RO",
    "lithuania": "LT", "lithuanian": "LT", "serbia": "RS", "serbian": "RS", "turkey": "TR", "turkish": "TR",
    "russia": "RU", "russian": "RU", "moscow": "RU", "ukraine": "UA", "ukrainian": "UA",
    "japan": "JP", "japanese": "JP", "tokyo": "JP",
    "south korea": "KR", "korea": "KR", "korean": "KR", "south korean": "KR", "seoul": "KR",
    "taiwan": "TW", "taiwanese": "TW", "taipei": "TW",
    "hong kong": "HK",
    "india": "IN", "indian": "IN", "new delhi": "IN", "delhi": "IN",
    "vietnam": "VN", "vietnamese": "VN", "hanoi": "VN", "thailand": "TH", "thai": "TH",
    "indonesia": "ID", "indonesian": "ID", "jakarta": "ID", "malaysia": "MY", "malaysian": "MY",
    "singapore": "SG", "singaporean": "SG", "philippines": "PH", "philippine": "PH", "filipino": "PH",
    "australia": "AU", "australian": "AU", "canberra": "AU", "new zealand": "NZ", "aotearoa": "NZ",
    "canada": "CA", "canadian": "CA", "ottawa": "CA",
    "mexico": "MX", "mexican": "MX", "brazil": "BR", "brazilian": "BR", "brasilia": "BR",
    "argentina": "AR", "argentine": "AR", "argentinian": "AR", "chile": "CL", "chilean": "CL",
    "peru": "PE", "peruvian": "PE", "colombia": "CO", "colombian": "CO",
    "saudi arabia": "SA", "saudi": "SA", "riyadh": "SA", "united arab emirates": "AE", "uae": "AE",
    "emirati": "AE", "qatar": "QA", "qatari": "QA", "israel": "IL", "israeli": "IL", "iran": "IR",
    "iranian": "IR", "egypt": "EG", "egyptian": "EG",
    "south africa": "ZA", "south african": "ZA", "nigeria": "NG", "nigerian": "NG", "kenya": "KE",
    "kenyan": "KE", "ethiopia": "ET", "ethiopian": "ET", "morocco": "MA", "moroccan": "MA",
    "pakistan": "PK", "pakistani": "PK", "bangladesh": "BD", "kazakhstan": "KZ", "cambodia": "KH",
    "european union": "EU", "eu": "EU", "brussels": "EU", "european": "EU",
    "tanzania": "TZ", "tanzanian": "TZ", "uganda": "UG", "ugandan": "UG", "ghana": "GH", "ghanaian": "GH",
    "sri lanka": "LK", "sri lankan": "LK", "myanmar": "MM", "laos": "LA", "mongolia": "MN",
    "mongolian": "MN", "uzbekistan": "UZ", "uzbek": "UZ", "kazakh": "KZ", "kyrgyzstan": "KG", "kyrgyz": "KG",
    "tajikistan": "TJ", "tajik": "TJ", "turkmenistan": "TM", "bangladeshi": "BD", "slovakia": "SK", "slovak": "SK", "slovenia": "SI",
    "croatia": "HR", "croatian": "HR", "bulgaria": "BG", "bulgarian": "BG", "estonia": "EE",
    "latvia": "LV", "luxembourg": "LU", "algeria": "DZ", "angola": "AO", "zambia": "ZM", "zambian": "ZM",
    "mozambique": "MZ", "congo": "CD", "venezuela": "VE", "ecuador": "EC", "bolivia": "BO",
    "uruguay": "UY", "paraguay": "PY", "panama": "PA", "costa rica": "CR", "guatemala": "GT",
}

# Cities that locate an organization's home in "<City>-based", "-headquartered" -> ISO alpha-2.
# Capitals that double as metonyms ("Brussels said") are in COUNTRIES; here a
# city means the home country ("Brussels-based" -> BE, not the EU).
CITIES: dict[str, str] = {
    **{c.replace("-", " "): "US" for c in """minneapolis columbus pittsburgh philadelphia cleveland
    cincinnati new-york los-angeles san-diego san-jose denver phoenix miami portland charlotte nashville
    st.-louis kansas-city milwaukee baltimore raleigh long-beach oakland""".split()},
    **{c: "DE" for c in "hamburg munich frankfurt stuttgart düsseldorf dusseldorf cologne mannheim "
                       "leverkusen wolfsburg ludwigshafen dresden essen hanover bonn".split()},
    **{c: "IN" for c in "mumbai bangalore bengaluru chennai hyderabad pune kolkata ahmedabad".split()},
    **{c: "CN" for c in "hangzhou guangzhou suzhou nanjing wuhan chengdu tianjin chongqing xiamen "
                       "ningbo hefei changzhou guangdong jiangsu zhejiang fujian shandong anhui "
                       # session 8: every province's short name opens firms' names ("Guangxi Beibu ... Co.")
                       "guangxi hebei henan hubei hunan jiangxi hainan sichuan guizhou yunnan shaanxi shanxi gansu "
                       "qinghai liaoning heilongjiang ningxia xinjiang".split()},
    "beijing": "CN", "shanghai": "CN", "shenzhen": "CN",
    "brussels": "BE", "antwerp": "BE", "geneva": "CH", "zurich": "CH", "basel": "CH", "amsterdam": "NL",
    "rotterdam": "NL", "eindhoven": "NL", "milan": "IT", "turin": "IT", "barcelona": "ES", "lyon": "FR",
    "toulouse": "FR", "vienna": "AT", "prague": "CZ", "gothenburg": "SE", "oslo": "NO", "copenhagen": "DK",
    "helsinki": "FI", "dublin": "IE", "lisbon": "PT", "athens": "GR", "osaka": "JP", "kyoto": "JP",
    "nagoya": "JP", "yokohama": "JP", "busan": "KR", "incheon": "KR", "hsinchu": "TW", "kaohsiung": "TW",
    "toronto": "CA", "vancouver": "CA", "montreal": "CA", "sydney": "AU", "melbourne": "AU", "perth": "AU",
    "sao paulo": "BR", "são paulo": "BR", "rio de janeiro": "BR", "monterrey": "MX", "guadalajara": "MX",
    "dubai": "AE", "abu dhabi": "AE", "johannesburg": "ZA", "cape town": "ZA", "lagos": "NG",
    "nairobi": "KE", "istanbul": "TR", "tel aviv": "IL", "dar es salaam": "TZ", "bangkok": "TH",
    "ho chi minh city": "VN", "kuala lumpur": "MY", "manila": "PH", "santiago": "CL", "bogota": "CO",
    "lima": "PE", "buenos aires": "AR", "hong kong": "HK", "singapore": "SG", "seoul": "KR", "tokyo": "JP",
    "taipei": "TW", "london": "GB", "paris": "FR", "berlin": "DE", "madrid": "ES", "rome": "IT",
    "stockholm": "SE", "warsaw": "PL", "budapest": "HU", "moscow": "RU", "new delhi": "IN", "delhi": "IN",
    "hanoi": "VN", "jakarta": "ID", "washington": "US", "ottawa": "CA", "canberra": "AU",
    "pretoria": "ZA", "abuja": "NG", "accra": "GH", "addis ababa": "ET", "cairo": "EG", "rabat": "MA",
    "islamabad": "PK", "karachi": "PK", "dhaka": "BD", "colombo": "LK", "ankara": "TR", "tehran": "IR",
    "doha": "QA", "astana": "KZ", "tashkent": "UZ", "ulaanbaatar": "MN", "phnom penh": "KH", "vientiane": "LA",
    "yangon": "MM", "wellington": "NZ", "auckland": "NZ", "quito": "EC", "la paz": "BO", "montevideo": "UY",
    "asuncion": "PY", "caracas": "VE", "kyiv": "UA", "bucharest": "RO", "sofia": "BG", "belgrade": "RS",
    "zagreb": "HR", "ljubljana": "SI", "bratislava": "SK", "vilnius": "LT", "riga": "LV", "tallinn": "EE",
    "lusaka": "ZM", "luanda": "AO", "maputo": "MZ", "kinshasa": "CD", "kampala": "UG", "mombasa": "KE",
    "surabaya": "ID", "cebu": "PH", "penang": "MY", "chittagong": "BD", "durban": "ZA", "casablanca": "MA",
    # regions that name where a firm is from ("Bavarian pump maker X", "a Jiangxi-based supplier")
    "bavaria": "DE", "bavarian": "DE", "baden-württemberg": "DE", "swabian": "DE", "catalan": "ES",
    "catalonia": "ES", "lombardy": "IT", "lombard": "IT", "flemish": "BE", "wallonia": "BE", "jiangxi": "CN",
    "anhui": "CN", "sichuan": "CN", "fujian": "CN", "shandong": "CN", "hubei": "CN", "hunan": "CN",
    "taicang": "CN", "wuxi": "CN", "ningde": "CN", "foshan": "CN", "dongguan": "CN", "hefei": "CN",
    "bac ninh": "VN", "hai phong": "VN", "haiphong": "VN", "da nang": "VN", "binh duong": "VN",
    "ontario": "CA", "quebec": "CA", "alberta": "CA", "bavaria's": "DE", "kyushu": "JP", "hokkaido": "JP",
    "gyeonggi": "KR", "ulsan": "KR", "incheon": "KR", "gujarat": "IN", "tamil nadu": "IN", "maharashtra": "IN",
    "karnataka": "IN", "nuevo león": "MX", "nuevo leon": "MX", "jalisco": "MX", "coahuila": "MX",
    "taoyuan": "TW", "taichung": "TW", "tainan": "TW", "hsinchu county": "TW", "barossa": "AU", "hunter valley": "AU", "margaret river": "AU", "tasmania": "AU", "queensland": "AU",
    "victoria": "AU", "new south wales": "AU", "western australia": "AU", "antofagasta": "CL", "valparaíso": "CL", "arequipa": "PE", "minas gerais": "BR", "são paulo": "BR",
    # round 10: regions and states whose name ends in another country's or state's name ("Inner Mongolia" is
    # China's, not Mongolia's); the whole name is looked up before its last word
    "inner mongolia": "CN", "baja california": "MX", "baja california sur": "MX", "northern ireland": "GB",
    "papua new guinea": "PG", "west papua": "ID", "south sudan": "SS", "east timor": "TL", "timor-leste": "TL",
    "new caledonia": "NC", "new mexico": "US", "west virginia": "US", "south georgia": "GS",
    # session 12: the United Kingdom's nations and Belgium's north ("the Welsh Government", "a Scottish
    # distiller"); "New South Wales" stays Australian (the whole name is looked up first)
    "wales": "GB", "welsh": "GB", "south wales": "GB", "north wales": "GB", "scotland": "GB", "scottish": "GB",
    "england": "GB", "flanders": "BE",
}

# Capitalised words that are never names or organizations on their own: they
# are stripped from the edges of a capitalised run ("South Korean", "on Tuesday").
NOT_NAMES = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december north south east west northern southern eastern western
central northeast northwest southeast southwest new republican republicans democrat democrats
democratic mr mrs ms dr prof dott shri smt shrimati thiru tmt thirumathi alhaji alhaja hajiya hajia eng engr opposition ruling former veteran senior junior acting out unlikegoing latin
""".split())

# What a ministry is "of": "Hungary's foreign minister" -> "Hungary's foreign ministry".
MINISTRY_AREAS = frozenset("""
foreign commerce trade finance economy economic economics industry industrial agriculture energy
defense defence interior environment planning investment development technology science transport
labor labour health treasury business mining mines
resources tourism education competition power infrastructure communications justice fisheries
electricity water housing forestry culture
enterprise employment digital climate transportation petroleum
""".split())

# Round 8: words that open a body's name of areas ("Institute of Science and Technology") and the area
# words that may follow its "and" ("Energy and Mines", "and the Digital Economy")
BODY_WORDS = ("Ministry", "Department", "Institute", "University", "School", "College", "Academy", "Bureau",
              "Council", "Commission", "Agency", "Office", "Authority", "Federation", "Association", "Chamber",
              "Centre", "Center", "Committee", "Board")
NAME_AREAS = MINISTRY_AREAS | frozenset("""
digital innovation research engineering arts sciences technologies livestock food rural affairs climate sport
sports youth information natural commerce cooperation trade mines transportation welfare medicine
petrochemicals petroleum oil gas minerals chemicals manufacturing telecommunications shipping aviation ports maritime
promotion attraction
initiatives policy
""".split())  # (session 13: "Special Initiatives", "Agrarian Policy")

# How a built ministry name spells an area word: "foreign minister" -> "Ministry of Foreign Affairs".
MINISTRY_AREA_NAMES = {
    "foreign": "Foreign Affairs", "economic": "Economy", "economics": "Economy", "industrial": "Industry",
}

# Titles of heads of government, who speak for their country's government.
HEADS_OF_GOVERNMENT = frozenset(["premier", "vice premier", "prime minister", "deputy prime minister", "chancellor"])

# Company legal forms that tell the home country: "Norrland Steel AB" is Swedish.
LEGAL_FORM_COUNTRIES = {
    "gmbh": "DE", "ag": "DE", "ab": "SE", "oyj": "FI", "asa": "NO", "spa": "IT", "s.p.a.": "IT", "plc": "GB",
    "nv": "NL", "n.v.": "NL", "bv": "NL", "b.v.": "NL", "a/s": "DK", "k.k.": "JP", "sarl": "FR", "sas": "FR",
    "kgaa": "DE", "oy": "FI", "pte": "SG", "bhd": "MY", "tbk": "ID", "ltda": "BR", "s.a.b.": "MX",
    "sgps": "PT", "zrt.": "HU", "zrt": "HU", "kft.": "HU", "kft": "HU", "qsc": "QA", "q.s.c.": "QA", "qpsc": "QA",
    "a.ş.": "TR", "pte.": "SG",
    # session 12: "S.A. de C.V." (Mexico), "S.A.A." (Peru), "S.L." (Spain), "Sdn Bhd", "Pvt Ltd", "(Pty) Ltd"
    "c.v.": "MX", "s.a.a.": "PE", "s.l.": "ES", "s.l.u.": "ES", "sdn": "MY", "pvt": "IN", "pvt.": "IN",
    "(pty)": "ZA",
}
# Session 6: legal forms used in one country only, which outrank any cue around the name's short form
UNAMBIGUOUS_LEGAL_FORMS = frozenset("oyj oy asa a/s k.k. tbk bhd pte pte. s.p.a. s.a.b. kgaa sgps zrt zrt. kft kft. qsc "
                                     "q.s.c. qpsc a.ş. c.v. s.a.a. s.l. s.l.u. sdn pvt pvt. (pty)".split())  # (session 10: not "SpA",
# a Chilean form too)
# Session 5: legal forms written before the name ("PT Nusantara Baterai Mineral", "OOO Uralmash")
LEGAL_FORM_PREFIXES = {"pt": "ID", "pt.": "ID", "ooo": "RU", "pao": "RU", "oao": "RU", "zao": "RU"}

# Formal names used in the names of embassies: "Embassy of the People's Republic of China in Kenya".
FORMAL_COUNTRY_NAMES = {
    "CN": "the People's Republic of China", "US": "the United States", "KR": "the Republic of Korea",
    "GB": "the United Kingdom", "NL": "the Netherlands", "PH": "the Philippines",
    "AE": "the United Arab Emirates", "CZ": "the Czech Republic",
}

# US states (and a few big cities) that appear as "<State>-based" -> US.
US_PLACES = frozenset(w.replace("-", " ") for w in """
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
minnesota mississippi missouri montana nebraska nevada new-hampshire new-jersey new-mexico
new-york north-carolina north-dakota ohio oklahoma oregon pennsylvania rhode-island
south-carolina south-dakota tennessee texas utah vermont virginia west-virginia wisconsin wyoming
detroit chicago seattle boston houston austin dallas atlanta silicon-valley san-francisco
grand-rapids muskegon lansing indianapolis denver phoenix pittsburgh cleveland columbus cincinnati
nashville charlotte raleigh portland minneapolis milwaukee st-louis kansas-city salt-lake-city
los-angeles san-diego san-jose sacramento miami orlando tampa baltimore philadelphia washington
""".split())

MONTHS = ("january february march april may june july august september october november december "
          "jan feb mar apr jun jul aug sep sept oct nov dec").split()
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()

# Abbreviations after which a period does not end a sentence.
ABBREVIATIONS = frozenset("""
inc corp co ltd llc plc mr mrs ms dr prof smt tmt coun st sr jr gov sen rep gen col lt capt u.s u.k e.g i.e
vs etc no jan feb mar apr jun jul aug sep sept oct nov dec ft mt ave bros dept est fig
ma hon amb atty engr eng sec supt rev ing lic arq dott mag
""".split())

# Round 9: first words that open an organization's name in other languages ("Asociación Solar Ibérica",
# "Câmara de Comércio ...", "Bundesverband ..."): such a name is never a person's
ORG_FIRST_WORDS = frozenset("""asociación asociacion associação associacao associazione federación federacion
federação federacao federazione confederación confederacion confederação cámara camara câmara instituto istituto
institut fundación fundacion fundação fundacao fondation fondazione stiftung verband bundesverband consejo
conselho consiglio comisión comision comissão sindicato syndicat banco banque compagnie société societe sociedad
sociedade società corporación corporacion empresa universidad universidade université universität
universitas università universiteit universitet uniwersytet univerzita
observatorio observatoire agence agencia agência ministerio ministério ministère
cooperativa cooperativo coopérative cooperative genossenschaft spółdzielnia grupo groupe gruppo industrias
frigorífico frigorifico bodegas viña vinícola vinicola pivovar azienda compañía compania companhia
laboratorios laboratoires""".split())  # session 10: "the Cooperativa Agroindustrial X", "Pivovar Radbuza"

# Round 10: last words of a building's or a place's name ("the Memorial Hall", "Tiananmen Square"): never a person
PLACE_HEADS = frozenset("""Hall Square Centre Center Stadium Arena Street Road Avenue Plaza Palace Park Building
Tower Bridge Airport Station Cathedral Museum Library""".split())
SURNAME_PLACE_HEADS = frozenset("Hall Park Street Bridge Tower".split())  # also surnames: "Jo Park", "Stuart Hall"

# Session 5 (tidy.py): honorifics before a name; title words that are also given names ("Senator Dean Hale");
# capitalised words that begin no name ("Unlike Holt", "Fort Holt", "Governor General Holt"); conjunctions and
# nouns read as a speaker's name; words of public bodies, which keep a country possessive in their name.
HONORIFICS = frozenset("""dr prof mr mrs ms mx miss dame sir lady lord baroness baron rev hon gov sen rep datuk dato
datin tan sri puan seri professor doctor shri smt shrimati thiru tmt thirumathi alhaji alhaja hajiya hajia eng engr""".split())
GIVEN_NAME_TITLES = frozenset(["dean"])
NOT_GIVEN_NAMES = frozenset("unlike like thank thanks fort justice emeritus general elect dear meet ask".split())
NOT_SPEAKERS = frozenset("But And Yet So Still However Meanwhile Also Then Instead Asked Office".split())
PUBLIC_BODY_WORDS = ("Board", "Committee", "Institute", "University", "Association", "Chamber", "Federation", "Union",
                     "Court", "Central", "Reserve", "Council", "Academy", "Customs", "Police", "Army", "Navy",
                     "Forces", "Party", "Mission", "Embassy", "Consulate")  # (session 13: "China's Mission to the EU")

# Round 10: continents and world regions: never a speaker or an organization ("Asia said" is a mis-read)
REGION_NAMES = frozenset(["asia", "europe", "africa", "america", "the americas", "americas", "oceania",
                          "latin america", "south america", "north america", "middle east", "the middle east",
                          "southeast asia", "south asia", "east asia", "central asia", "the gulf", "eurasia",
                          "scandinavia"])


# Session 6: AP-style US state abbreviations in datelines ("LINCOLN, Neb. (KNBT) -") -> the state's name
AP_STATES = {
    "ala.": "Alabama", "ariz.": "Arizona", "ark.": "Arkansas", "calif.": "California", "colo.": "Colorado",
    "conn.": "Connecticut", "del.": "Delaware", "fla.": "Florida", "ga.": "Georgia", "ill.": "Illinois",
    "ind.": "Indiana", "kan.": "Kansas", "ky.": "Kentucky", "la.": "Louisiana", "md.": "Maryland",
    "mass.": "Massachusetts", "mich.": "Michigan", "minn.": "Minnesota", "miss.": "Mississippi", "mo.": "Missouri",
    "mont.": "Montana", "neb.": "Nebraska", "nev.": "Nevada", "n.h.": "New Hampshire", "n.j.": "New Jersey",
    "n.m.": "New Mexico", "n.y.": "New York", "n.c.": "North Carolina", "n.d.": "North Dakota", "okla.": "Oklahoma",
    "ore.": "Oregon", "pa.": "Pennsylvania", "r.i.": "Rhode Island", "s.c.": "South Carolina", "s.d.": "South Dakota",
    "tenn.": "Tennessee", "vt.": "Vermont", "va.": "Virginia", "wash.": "Washington", "w.va.": "West Virginia",
    "wis.": "Wisconsin", "wyo.": "Wyoming",
}


# Session 6: a country's public body named in lower case ("China's customs authority", "Germany's competition
# watchdog"): heads that are always public, heads that need a public area before them, and those areas
PUBLIC_BODY_HEADS = frozenset("watchdog regulator customs cabinet inspectorate".split())
AREA_BODY_HEADS = frozenset("authority authorities agency bureau administration".split())
PUBLIC_AREAS = frozenset("""customs competition antitrust financial securities banking energy nuclear food drug drugs
aviation maritime planning statistics statistical tax revenue trade investment export import economic industry
environmental environment data privacy cyber cybersecurity telecoms telecommunications communications broadcasting
postal health medical safety transport railway road port ports water mining space atomic monetary prudential
insurance consumer market markets state national federal central development fisheries forestry agriculture
agricultural quarantine standards patent intellectual property anti-corruption audit election""".split())

# Session 7: nouns in an appositive that make a lone name a person's ("Hadiza, a fabric trader"), never a firm's
PERSON_NOUNS = frozenset("""trader vendor farmer grower shopkeeper stallholder seller hawker driver fisherman
fisherwoman student resident mother father grandmother grandfather widow retiree pensioner welder mechanic
tailor seamstress porter labourer laborer villager housewife teacher nurse""".split())

# Session 13: the European Parliament's political groups as news tags them ("X (Renew Europe, France)")
EP_GROUPS = ("EPP", "S&D", "Renew Europe", "Renew", "Greens/EFA", "Greens", "ECR", "ID", "Patriots for Europe", "PfE",
             "The Left", "Left", "ESN", "NI", "non-attached")
EP_GROUP_TAG = r"(?:" + "|".join(re.escape(g) for g in EP_GROUPS) + r"),\s+[A-Z][\w ’'-]+"
