"""Read queries against a real store built from hand-made records (see conftest)."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import FORMULA, SCRIPT
from stance import queries, store
from stance.queries import EXPORT_COLUMNS, Filters
from stance.records import LABELS

MUSK = "We oppose decoupling from China."
GALLAGHER = "We must decouple from the Chinese Communist Party."
EC = "Trade with China is being reviewed."
TESTED_SCRIPT = f"{SCRIPT} is just a test"
NO_MATCH = Filters(company=("Nobody Inc",))


@pytest.fixture
def con(stance_store):
    with store.reader(stance_store.path) as con:
        yield con


def test_filter_options_most_frequent_first(con):
    assert queries.filter_options(con) == {
        "company": ["Tesla", "European Commission", "House Select Committee on the CCP"],
        "country": ["US", "EU"],
        "speaker": ["A trader", "Dana Whitfield", "Lena Vogt"],
        "label": list(LABELS),
    }


@pytest.mark.parametrize("filters, expected", [
    (Filters(), (5, 3, 3, 3)),
    (Filters(company=("Tesla",)), (2, 1, 1, 1)),
    (Filters(label=("pro-decoupling",)), (2, 2, 2, 1)),
    (Filters(country=("EU",)), (1, 1, 0, 1)),
    (Filters(speaker=("Lena Vogt", "Dana Whitfield")), (2, 2, 2, 2)),
    (Filters(company=("Tesla",), label=("neutral",)), (1, 1, 0, 1)),
    (Filters(company=("Tesla",), label=("pro-decoupling",)), (0, 0, 0, 0)),
    (NO_MATCH, (0, 0, 0, 0)),
    (Filters(company=("Tesla' OR 1=1 --",)), (0, 0, 0, 0)),  # values are parameters, never SQL
])
def test_totals(con, filters, expected):
    assert queries.totals(con, filters) == dict(zip(("statements", "articles", "speakers", "organizations"),
                                                    expected))


@pytest.mark.parametrize("filters, top, expected", [
    (Filters(), None, [("(unknown)", "pro-decoupling", 1), ("European Commission", "neutral", 1),
                       ("House Select Committee on the CCP", "pro-decoupling", 1),
                       ("Tesla", "neutral", 1), ("Tesla", "pro-engagement", 1)]),
    (Filters(), 1, [("Tesla", "neutral", 1), ("Tesla", "pro-engagement", 1)]),
    (Filters(), 100, [("(unknown)", "pro-decoupling", 1), ("European Commission", "neutral", 1),
                      ("House Select Committee on the CCP", "pro-decoupling", 1),
                      ("Tesla", "neutral", 1), ("Tesla", "pro-engagement", 1)]),
    (Filters(label=("pro-decoupling",)), None, [("(unknown)", "pro-decoupling", 1),
                                                ("House Select Committee on the CCP", "pro-decoupling", 1)]),
    (Filters(country=("EU",)), 5, [("European Commission", "neutral", 1)]),
    (NO_MATCH, None, []),
    (NO_MATCH, 5, []),
])
def test_stance_by_company(con, filters, top, expected):
    frame = queries.stance_by_company(con, filters, top=top)
    assert list(frame.columns) == ["organization", "label", "statements"]
    assert list(frame.itertuples(index=False, name=None)) == expected


def test_stance_by_company_keeps_its_old_signature(con):
    assert len(queries.stance_by_company(con, Filters())) == 5


@pytest.mark.parametrize("filters, limit, offset, expected", [
    # newest article first, then statement order within an article; undated articles last
    (Filters(), 100, 0, [MUSK, TESTED_SCRIPT, GALLAGHER, EC, FORMULA]),
    (Filters(), 2, 1, [TESTED_SCRIPT, GALLAGHER]),
    (Filters(), 100, 5, []),
    (Filters(speaker=("Dana Whitfield",)), 100, 0, [GALLAGHER]),
    (Filters(label=("neutral",)), 100, 0, [TESTED_SCRIPT, EC]),
    (NO_MATCH, 100, 0, []),
])
def test_statements_page(con, filters, limit, offset, expected):
    page = queries.statements_page(con, filters, limit=limit, offset=offset)
    assert page["text"].tolist() == expected
    assert {"statement_id", "published", "speaker", "organization", "country", "label", "confidence",
            "kind", "text"} <= set(page.columns)


def test_statement_detail_traces_back_to_the_article(con, stance_store):
    detail = queries.statement_detail(con, stance_store.ids[TESTED_SCRIPT])
    assert detail["article_text"][detail["start_char"]:detail["end_char"]] == TESTED_SCRIPT
    assert (detail["label"], detail["model_version"], detail["title"]) == ("neutral", "test-1", "Vogt in Beijing")
    assert detail["score_neutral"] == pytest.approx(0.40)
    assert detail["score_engagement"] + detail["score_decoupling"] + detail["score_neutral"] == pytest.approx(1)


@pytest.mark.parametrize("statement_id", ["0000000000000000", "", "' OR 1=1 --"])
def test_statement_detail_unknown_id_is_none(con, statement_id):
    assert queries.statement_detail(con, statement_id) is None


@pytest.mark.parametrize("filters, expected", [
    (Filters(), 5),
    (Filters(company=("Tesla",)), 2),
    (Filters(country=("US",), label=("pro-engagement",)), 1),
    (NO_MATCH, 0),
])
@pytest.mark.parametrize("batch", [1, 10_000])
def test_export_rows(con, filters, expected, batch):
    rows = list(queries.export_rows(con, filters, batch=batch))
    assert len(rows) == expected
    assert all(len(row) == len(EXPORT_COLUMNS) for row in rows)


def test_last_updated(con):
    assert queries.last_updated(con).startswith("20")


def test_last_updated_of_an_empty_store_is_none(empty_store):
    with store.reader(empty_store) as con:
        assert queries.last_updated(con) is None
        assert queries.totals(con, Filters())["statements"] == 0


@pytest.mark.parametrize("filters, expected", [
    (Filters(), "all"),
    (Filters(("Tesla",), (), (), ("neutral",)), "company-Tesla_label-neutral"),  # positional, as the CLI builds it
    (Filters(published_from=date(2024, 1, 1), published_to=date(2024, 2, 1)), "from-2024-01-01_to-2024-02-01"),
    (Filters(min_confidence=0.75, search=" tariffs "), "conf-0.75_search-tariffs"),
    (Filters(company=("Tesla", "Apple")), "company-Tesla+Apple"),
    (Filters(country=("US",), label=("neutral",)), "country-US_label-neutral"),
])
def test_filters_describe(filters, expected):
    assert filters.describe() == expected


# --- the filters added for the analyst dashboard ----------------------------------------------

@pytest.mark.parametrize("filters, expected", [
    (Filters(published_from=date(2024, 5, 1)), [MUSK, TESTED_SCRIPT]),
    (Filters(published_to=date(2024, 4, 30)), [GALLAGHER, EC]),
    (Filters(published_from=date(2024, 4, 1), published_to=date(2024, 4, 1)), [GALLAGHER, EC]),
    (Filters(published_from=date(2024, 6, 1)), []),
    (Filters(published_from=date(2024, 5, 3), published_to=date(2024, 5, 1)), []),  # an inverted range
    (Filters(min_confidence=0.6), [MUSK, GALLAGHER, EC]),
    (Filters(min_confidence=0.91), [MUSK]),
    (Filters(min_confidence=0.95), []),
    (Filters(search="DECOUPL"), [MUSK, GALLAGHER]),
    (Filters(search="  china  "), [MUSK, EC]),  # not "Chinese"
    (Filters(search="<script>"), [TESTED_SCRIPT]),
    (Filters(search='=HYPERLINK("'), [FORMULA]),
    (Filters(search="%"), []),  # wildcards are literal characters
    (Filters(search="_"), []),
    (Filters(search="We_oppose"), []),
    (Filters(search="\\"), []),
    (Filters(search="' OR 1=1 --"), []),
    (Filters(search=""), [MUSK, TESTED_SCRIPT, GALLAGHER, EC, FORMULA]),
    (Filters(company=("Tesla",), search="oppose", min_confidence=0.5), [MUSK]),
    (Filters(company=("Tesla",), search="Communist"), []),
])
@pytest.mark.parametrize("share", [0.0, 1.0], ids=["text scan", "word index"])
def test_new_filters(con, filters, expected, share, monkeypatch):
    monkeypatch.setattr(queries, "SEARCH_INDEX_MAX_SHARE", share)
    assert queries.statements_page(con, filters)["text"].tolist() == expected
    assert queries.totals(con, filters)["statements"] == len(expected)
    assert len(list(queries.export_rows(con, filters))) == len(expected)


# --- free-text search through the word index: exactly the matches of reading every text -------

SEARCH_TEXTS = (
    "We must keep trading with China now.",
    "Exports to CHINA, now halted, may resume.",
    "chinanow is one word here",
    "Now China listens.",
    "Tariffs take effect in 50% of cases_now",
    "Ärger über Zölle: ÖL-Preise steigen in Köln",
    "İstanbul and Beijing; talks continue",
    "5G gear and the G7 summit",
    "A 'quoted' phrase -- with dashes",
    "Decoupling from China would be costly.",
    "Trade\nacross lines",
    "Temperatures in \u212aelvin, ΣΑΣ and Straße",  # a Kelvin sign, capital sigmas, sharp s
)


@pytest.fixture(scope="module")
def search_store(tmp_path_factory):
    """A store of SEARCH_TEXTS, one statement per article, written by ``store.add_batch`` in three batches."""
    from stance.records import AnalyzedStatement, Article, Prediction, Statement

    path = tmp_path_factory.mktemp("search") / "s.duckdb"
    batches = [SEARCH_TEXTS[:4], SEARCH_TEXTS[4:8], SEARCH_TEXTS[8:]]
    with store.writer(path) as con:
        for texts in batches:
            articles, analyzed = [], []
            for text in texts:
                article = Article(f"a{SEARCH_TEXTS.index(text)}", text, published="2024-01-02")
                articles.append(article)
                analyzed.append(AnalyzedStatement(article, Statement(0, len(text), text, "direct", None, None, None),
                                                  Prediction("neutral", 0.5, {k: 1 / 3 for k in LABELS}, "t")))
            store.add_batch(con, articles, analyzed)
    return path


def _found(con, term: str) -> list[str]:
    return sorted(r[11] for r in queries.export_rows(con, Filters(search=term)))


@pytest.mark.parametrize("term, lookup, expected", [
    ("china now", ("prefix", "now"), [SEARCH_TEXTS[0]]),
    ("CHINA NOW", ("prefix", "now"), [SEARCH_TEXTS[0]]),
    ("hina no", ("prefix", "no"), [SEARCH_TEXTS[0]]),  # words cut at both ends
    ("china, now", ("prefix", "now"), [SEARCH_TEXTS[1]]),  # the separator must match too
    ("chinanow", ("contains", "chinanow"), [SEARCH_TEXTS[2]]),
    ("now china", ("prefix", "china"), [SEARCH_TEXTS[3]]),
    ("cases_now", ("prefix", "now"), [SEARCH_TEXTS[4]]),
    ("cases now", ("prefix", "now"), []),  # negative: "_" is not a space
    ("50%", ("suffix", "50"), [SEARCH_TEXTS[4]]),
    ("50_", ("suffix", "50"), []),  # negative: wildcards are literal
    ("% of", ("prefix", "of"), [SEARCH_TEXTS[4]]),
    ("ärger über", ("prefix", "über"), [SEARCH_TEXTS[5]]),
    ("ÄRGER", ("contains", "ärger"), [SEARCH_TEXTS[5]]),
    ("öl-preise", ("prefix", "preise"), [SEARCH_TEXTS[5]]),
    ("zölle: öl", ("prefix", "öl"), [SEARCH_TEXTS[5]]),
    ("köln", ("contains", "köln"), [SEARCH_TEXTS[5]]),
    ("koln", ("contains", "koln"), []),  # negative: no accent folding
    ("beijing;", ("suffix", "beijing"), [SEARCH_TEXTS[6]]),
    ("5g", ("contains", "5g"), [SEARCH_TEXTS[7]]),
    ("g7 summit", ("prefix", "summit"), [SEARCH_TEXTS[7]]),
    ("the g7", ("prefix", "g7"), [SEARCH_TEXTS[7]]),
    ("'quoted'", ("exact", "quoted"), [SEARCH_TEXTS[8]]),
    ("--", None, [SEARCH_TEXTS[8]]),  # no letters or digits: every text is read
    ("phrase --", ("suffix", "phrase"), [SEARCH_TEXTS[8]]),
    ("e --", None, [SEARCH_TEXTS[8]]),  # words ending in "e": more candidates than rows, so every text is read
    ("would be costly", ("exact", "be"), [SEARCH_TEXTS[9]]),  # ties: the first in (kind, word) order
    ("trade\nacross", ("prefix", "across"), [SEARCH_TEXTS[10]]),
    ("taiwan", ("contains", "taiwan"), []),  # negative: a word no statement has
    ("china taiwan", ("prefix", "taiwan"), []),
    ("with china now", ("exact", "china"), [SEARCH_TEXTS[0]]),
    ("kelvin", ("contains", "kelvin"), [SEARCH_TEXTS[11]]),  # DuckDB lower-cases the Kelvin sign to k
    ("in kelvin", ("prefix", "kelvin"), [SEARCH_TEXTS[11]]),
    ("σασ", ("contains", "σασ"), [SEARCH_TEXTS[11]]),
    ("σας", ("contains", "σας"), []),  # negative: no final-sigma folding
    ("straße", ("contains", "straße"), [SEARCH_TEXTS[11]]),
    ("strasse", ("contains", "strasse"), []),  # negative: no case folding beyond lower-casing
])
def test_search_through_the_word_index_is_exact(search_store, term, lookup, expected, monkeypatch):
    with store.reader(search_store) as con:
        monkeypatch.setattr(queries, "SEARCH_INDEX_MAX_SHARE", 1.0)  # the index whenever it can narrow
        assert queries.search_lookup(con, term) == lookup
        by_index = _found(con, term)
    with store.reader(search_store) as con:  # a new connection: no kept hits
        monkeypatch.setattr(queries, "SEARCH_INDEX_MAX_SHARE", 0.0)  # read every text (unless no candidates)
        by_scan = _found(con, term)
        reference = sorted(r[0] for r in con.execute(
            "SELECT text FROM current_statements WHERE text ILIKE ? ESCAPE '\\'",
            ["%" + queries.escape_like(term) + "%"]).fetchall())
    assert by_index == by_scan == reference == sorted(expected)


@pytest.mark.parametrize("term, lookup", [
    ("china", ("contains", "china")),  # one word: the index's answer is exact, however many hold it
    ("CHINA", ("contains", "china")),
    ("e", None),  # one letter: more statements than rows named by its words, so every text is read
    ("a", None),
    ("china now", None),  # candidates from "now" would be a third of the rows: every text is read
    ("in kelvin", ("prefix", "kelvin")),
    ("beijing; t", ("suffix", "beijing")),  # words starting with "t" are too many: the first word instead
])
def test_the_index_is_used_only_where_it_saves_reading(search_store, term, lookup):
    with store.reader(search_store) as con:
        assert queries.search_lookup(con, term) == lookup
        assert _found(con, term) == sorted(r[0] for r in con.execute(
            "SELECT text FROM current_statements WHERE text ILIKE ?", ["%" + term + "%"]).fetchall())


def test_search_hits_follow_a_write_on_the_same_connection(tmp_path, monkeypatch):
    """A connection that searched, then wrote, searches the new state (the kept hits are keyed by it)."""
    from stance.records import AnalyzedStatement, Article, Prediction, Statement

    monkeypatch.setattr(queries, "SEARCH_INDEX_MAX_SHARE", 1.0)
    path = tmp_path / "s.duckdb"

    def add(con, aid, text):
        article = Article(aid, text, published="2024-01-02")
        store.add_batch(con, [article], [AnalyzedStatement(article, Statement(0, len(text), text, "direct", None,
                        None, None), Prediction("neutral", 0.5, {k: 1 / 3 for k in LABELS}, "t"))])

    with store.writer(path) as con:
        add(con, "a", "Ties with China now matter.")
        assert _found(con, "china now") == ["Ties with China now matter."]
        add(con, "b", "China now buys more.")
        assert _found(con, "china now") == ["China now buys more.", "Ties with China now matter."]
        assert _found(con, "now buys") == ["China now buys more."]


@pytest.mark.parametrize("text, expected", [
    ("50%", "50\\%"), ("a_b", "a\\_b"), ("back\\slash", "back\\\\slash"), ("plain", "plain"), ("", ""),
])
def test_escape_like(text, expected):
    assert queries.escape_like(text) == expected


@pytest.mark.parametrize("filters, expected", [
    (Filters(), {"pro-engagement": 1, "pro-decoupling": 2, "neutral": 2, "unlabelled": 0, "statements": 5,
                 "net": pytest.approx(-0.2)}),
    (Filters(company=("Tesla",)), {"pro-engagement": 1, "pro-decoupling": 0, "neutral": 1, "unlabelled": 0,
                                   "statements": 2, "net": pytest.approx(0.5)}),
    (NO_MATCH, {"pro-engagement": 0, "pro-decoupling": 0, "neutral": 0, "unlabelled": 0, "statements": 0,
                "net": None}),
])
def test_net_stance(con, filters, expected):
    assert queries.net_stance(con, filters) == expected


@pytest.mark.parametrize("dimension, filters, top, order, expected", [
    ("company", Filters(), None, "count",
     [("Tesla", 2, 0.5), ("(unknown)", 1, -1.0), ("European Commission", 1, 0.0),
      ("House Select Committee on the CCP", 1, -1.0)]),
    ("company", Filters(), 2, "net", [("Tesla", 2, 0.5), ("(unknown)", 1, -1.0)]),
    ("company", Filters(), None, "net",
     [("Tesla", 2, 0.5), ("European Commission", 1, 0.0), ("(unknown)", 1, -1.0),
      ("House Select Committee on the CCP", 1, -1.0)]),
    ("country", Filters(), None, "count", [("US", 3, 0.0), ("(unknown)", 1, -1.0), ("EU", 1, 0.0)]),
    ("speaker", Filters(label=("pro-decoupling",)), 5, "count", [("A trader", 1, -1.0), ("Dana Whitfield", 1, -1.0)]),
    ("speaker", NO_MATCH, 5, "count", []),
])
def test_stance_by(con, dimension, filters, top, order, expected):
    frame = queries.stance_by(con, filters, dimension, top=top, order=order)
    assert list(frame.columns) == ["name", *queries.STANCE_COLUMNS]
    got = [(r.name, r.statements, r.net) for r in frame.itertuples()]
    assert got == [(n, s, pytest.approx(v)) for n, s, v in expected]


@pytest.mark.parametrize("dimension, order, message", [
    ("organization; DROP TABLE statements", "count", "dimension must be one of company, country, speaker"),
    ("company", "random()", "order must be one of count, net"),
])
def test_stance_by_refuses_unknown_names(con, dimension, order, message):
    with pytest.raises(ValueError, match=message):
        queries.stance_by(con, Filters(), dimension, order=order)


@pytest.mark.parametrize("filters, period, expected", [
    (Filters(), "month", [(date(2024, 4, 1), 2, -0.5), (date(2024, 5, 1), 2, 0.5)]),
    (Filters(), "week", [(date(2024, 4, 1), 2, -0.5), (date(2024, 4, 29), 2, 0.5)]),
    (Filters(speaker=("A trader",)), "month", []),  # undated articles have no period
    (NO_MATCH, "week", []),
])
def test_stance_over_time(con, filters, period, expected):
    frame = queries.stance_over_time(con, filters, period)
    assert [(r.period.date(), r.statements, pytest.approx(r.net)) for r in frame.itertuples()] == expected


def test_stance_over_time_refuses_an_unknown_period(con):
    with pytest.raises(ValueError, match="period must be one of week, month"):
        queries.stance_over_time(con, Filters(), "day")


def test_published_range(con, empty_store):
    assert queries.published_range(con) == (date(2024, 4, 1), date(2024, 5, 2))
    with store.reader(empty_store) as empty:
        assert queries.published_range(empty) is None


@pytest.mark.parametrize("filters, text, expected", [
    (Filters(), MUSK, True), (Filters(company=("Tesla",)), MUSK, True),
    (Filters(company=("European Commission",)), MUSK, False), (Filters(search="zzz"), MUSK, False),
])
def test_matches(con, stance_store, filters, text, expected):
    assert queries.matches(con, filters, stance_store.ids[text]) is expected


def test_corrections_change_the_stance_but_not_the_label(stance_store, tmp_path):
    path = tmp_path / "copy.duckdb"
    path.write_bytes(stance_store.path.read_bytes())
    with store.writer(path) as con:
        store.add_correction(con, stance_store.ids[EC], "pro-engagement", "reads as welcoming", "ana")
    with store.reader(path) as con:
        assert queries.statements_page(con, Filters(label=("pro-engagement",)))["text"].tolist() == [MUSK, EC]
        assert queries.net_stance(con, Filters())["net"] == pytest.approx(0.0)
        page = queries.statements_page(con, Filters(company=("European Commission",)))
        assert (page["label"][0], page["stance"][0], page["corrected_label"][0]) == (
            "neutral", "pro-engagement", "pro-engagement")


@pytest.mark.parametrize("filters", [Filters(), Filters(company=("Tesla",)), Filters(search="china"), NO_MATCH])
def test_overview_is_totals_and_net_stance_in_one(con, filters):
    assert queries.overview(con, filters) == {**queries.totals(con, filters), **queries.net_stance(con, filters)}


# --- superseded article versions: the latest version counts by default ------------------------

@pytest.fixture
def versioned(stance_store, tmp_path):
    """The fixture store plus a new version of article a2 (same URL, changed text): a2's statements superseded."""
    from stance.records import AnalyzedStatement, Article, Prediction, Statement

    path = tmp_path / "versioned.duckdb"
    path.write_bytes(stance_store.path.read_bytes())
    text = "Representative Dana Whitfield said “We must reduce our exposure to China.”"
    quote = "We must reduce our exposure to China."
    new = Article("a2-v2", text, file_name="a2.txt", title="Whitfield, updated", source="Daily",
                  url="javascript:alert(3)", published="2024-04-02")
    start = text.index(quote)
    item = AnalyzedStatement(new, Statement(start, start + len(quote), quote, "direct", "Dana Whitfield",
                                            "House Select Committee on the CCP", "US"),
                             Prediction("pro-decoupling", 0.9, {"pro-engagement": 0.05, "pro-decoupling": 0.9,
                                                                "neutral": 0.05}, "test-1"))
    with store.writer(path) as con:
        assert store.add_batch(con, [new], [item]) == 1
    with store.reader(path) as con:
        yield con, store.statement_id("a2-v2", item.statement)


@pytest.mark.parametrize("filters, expected", [
    (Filters(), [MUSK, TESTED_SCRIPT, "We must reduce our exposure to China.", FORMULA]),
    (Filters(include_superseded=True), [MUSK, TESTED_SCRIPT, "We must reduce our exposure to China.", GALLAGHER,
                                        EC, FORMULA]),
    (Filters(company=("European Commission",)), []),  # only in the superseded version
    (Filters(company=("European Commission",), include_superseded=True), [EC]),
    (Filters(search="decouple"), []),
    (Filters(search="decouple", include_superseded=True), [GALLAGHER]),
])
def test_superseded_versions_are_left_out_unless_asked(versioned, filters, expected):
    con, _ = versioned
    assert queries.statements_page(con, filters)["text"].tolist() == expected
    assert queries.totals(con, filters)["statements"] == len(expected)
    assert queries.net_stance(con, filters)["statements"] == len(expected)
    assert len(list(queries.export_rows(con, filters))) == len(expected)
    assert queries.stance_by(con, filters, "company")["statements"].sum() == len(expected)


def test_filter_options_and_dates_come_from_the_latest_versions(versioned):
    con, _ = versioned
    options = queries.filter_options(con)
    assert "European Commission" not in options["company"] and "EU" not in options["country"]
    assert queries.published_range(con) == (date(2024, 4, 2), date(2024, 5, 2))
    assert queries.statement_count(con) == 6  # the store still holds every version


def test_a_superseded_statement_still_opens_and_names_its_replacement(versioned, stance_store):
    con, new_id = versioned
    old = queries.statement_detail(con, stance_store.ids[EC])
    assert (old["superseded"], old["replaced_by"], old["replaces"]) == (True, "a2-v2", None)
    new = queries.statement_detail(con, new_id)
    assert (new["superseded"], new["replaced_by"], new["replaces"]) == (False, None, "a2")
    assert not queries.matches(con, Filters(), stance_store.ids[EC])
    assert queries.matches(con, Filters(include_superseded=True), stance_store.ids[EC])


def test_describe_names_the_superseded_switch():
    assert Filters(include_superseded=True).describe() == "with-superseded"


# --- search hits are found once per connection and term, never stale -------------------------

def test_search_terms_on_one_connection_do_not_mix(con):
    for _ in range(2):  # the second round reads the kept hits
        for term, expected in (("decoupl", [MUSK, GALLAGHER]), ("china", [MUSK, EC]), ("zzz", []),
                               ("DECOUPL", [MUSK, GALLAGHER])):
            assert queries.statements_page(con, Filters(search=term))["text"].tolist() == expected
            assert queries.totals(con, Filters(search=term))["statements"] == len(expected)


def test_search_on_a_writing_connection_sees_new_statements(stance_store, tmp_path):
    from stance.records import AnalyzedStatement, Article, Prediction, Statement

    path = tmp_path / "copy.duckdb"
    path.write_bytes(stance_store.path.read_bytes())
    text = "Quoted: “China is a partner.”"
    art = Article("new", text)
    st = Statement(9, 28, "China is a partner.", "direct", None, "Org", "US")
    item = AnalyzedStatement(art, st, Prediction("pro-engagement", 0.9, {k: 0.05 for k in LABELS}, "t"))
    with store.writer(path) as con:
        assert queries.totals(con, Filters(search="partner"))["statements"] == 0
        store.add_batch(con, [art], [item])
        assert queries.totals(con, Filters(search="partner"))["statements"] == 1
        store.add_correction(con, store.statement_id("new", st), "neutral", "n", "ana")
        assert queries.statements_page(con, Filters(search="partner"))["stance"].tolist() == ["neutral"]


# --- pages: the date cut-off never changes which rows a page shows --------------------------

@pytest.fixture(scope="module")
def tied_store(tmp_path_factory):
    """40 one-statement articles on four dates (many ties) plus undated ones."""
    from stance.records import AnalyzedStatement, Article, Prediction, Statement

    articles, analyzed = [], []
    for i in range(48):
        quote = f"Quote {i}."
        art = Article(f"t{i:02d}", f"X said “{quote}”", published=None if i >= 40 else f"2024-03-0{1 + i % 4}")
        start = art.text.index(quote)
        analyzed.append(AnalyzedStatement(art, Statement(start, start + len(quote), quote, "direct", "X", "Org", "US"),
                                          Prediction("neutral", 0.6, {k: 0.2 for k in LABELS}, "t")))
        articles.append(art)
    path = tmp_path_factory.mktemp("tied") / "tied.duckdb"
    with store.writer(path) as con:
        store.add_batch(con, articles, analyzed)
    return path


@pytest.mark.parametrize("limit", [1, 7, 10, 40, 100])
@pytest.mark.parametrize("filters", [Filters(), Filters(published_to=date(2024, 3, 3)), Filters(search="Quote 1")])
def test_pages_in_a_row_are_the_whole_ordered_list(tied_store, limit, filters):
    with store.reader(tied_store) as con:
        whole = [row[EXPORT_COLUMNS.index("statement_id")] for row in queries.export_rows(con, filters)]
        pages = []
        for offset in range(0, len(whole) + limit, limit):
            pages += queries.statements_page(con, filters, limit=limit, offset=offset)["statement_id"].tolist()
    assert pages == whole and len(whole) > 0


@pytest.fixture(scope="module")
def ingested_store(tmp_path_factory):
    """Articles ingested one batch at a time, oldest first with undated ones in between: ``add_batch``
    appends, so ``current_statements`` is physically NOT in the pages' date order."""
    from stance.records import AnalyzedStatement, Article, Prediction, Statement

    path = tmp_path_factory.mktemp("ingested") / "ingested.duckdb"
    with store.writer(path) as con:
        for i in range(30):
            published = None if i % 7 == 3 else f"2024-{1 + i % 5:02d}-{1 + i % 3:02d}"
            quotes = [f"Quote {i} {j}." for j in range(1 + i % 3)]
            art = Article(f"i{29 - i:02d}", "X said " + " ".join(f"“{q}”" for q in quotes), published=published)
            analyzed = []
            for q in quotes:
                start = art.text.index(q)
                analyzed.append(AnalyzedStatement(art, Statement(start, start + len(q), q, "direct", "X", "Org", "US"),
                                                  Prediction("neutral", 0.6, {k: 0.2 for k in LABELS}, "t")))
            store.add_batch(con, [art], analyzed)
    return path


@pytest.mark.parametrize("limit", [1, 4, 9, 100])
@pytest.mark.parametrize("filters", [Filters(), Filters(published_from=date(2024, 2, 1)), Filters(search="Quote 1"),
                                     NO_MATCH])
def test_pages_are_right_for_rows_stored_out_of_date_order(ingested_store, limit, filters):
    with store.reader(ingested_store) as con:
        physical = [r[0] for r in con.execute("SELECT published FROM current_statements ORDER BY rowid").fetchall()]
        rows = con.execute("SELECT statement_id, published, article_id, seq FROM current_statements").fetchall()
        chosen = {r[0] for r in con.execute(
            "SELECT statement_id FROM current_statements WHERE NOT superseded").fetchall()}
        pages = []
        for offset in range(0, len(rows) + limit, limit):
            pages += queries.statements_page(con, filters, limit=limit, offset=offset)["statement_id"].tolist()
        selected = [sid for sid in chosen if queries.matches(con, filters, sid)]
    dated = [d for d in physical if d is not None]
    assert dated != sorted(dated, reverse=True)  # the store really is out of date order
    # The order computed here in Python: newest first, undated last, then article and position.
    order = sorted((r for r in rows if r[0] in selected),
                   key=lambda r: (r[1] is None, -(r[1].toordinal() if r[1] else 0), r[2], r[3]))
    assert pages == [r[0] for r in order]
    assert (len(pages) == 0) == (filters == NO_MATCH)


def test_rows_written_after_the_hits_were_taken_are_not_among_them(tmp_path):
    """A query built on kept hits, run after another write added rows: no error, the new rows left out."""
    from stance.records import AnalyzedStatement, Article, Prediction, Statement

    def add(con, aid, text):
        article = Article(aid, text, published="2024-01-02")
        store.add_batch(con, [article], [AnalyzedStatement(article, Statement(0, len(text), text, "direct", None,
                        None, None), Prediction("neutral", 0.5, {k: 1 / 3 for k in LABELS}, "t"))])

    with store.writer(tmp_path / "s.duckdb") as con:
        add(con, "a", "Ties with China now matter.")
        where, params = queries._where(con, Filters(search="china"))
        add(con, "b", "China now buys more.")  # a row beyond the kept bits
        sql = "SELECT text FROM current_statements WHERE " + where
        assert con.execute(sql, params).fetchall() == [("Ties with China now matter.",)]
        assert _found(con, "china") == ["China now buys more.", "Ties with China now matter."]  # taken again


def test_a_search_after_forgetting_the_kept_hits_finds_the_same(search_store):
    with store.reader(search_store) as con:
        first = _found(con, "china now")
        queries.forget_searches(con)
        assert _found(con, "china now") == first == [SEARCH_TEXTS[0]]
        assert _found(con, "china") == sorted(t for t in SEARCH_TEXTS if "china" in t.lower())
