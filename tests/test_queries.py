"""Read queries against a real store built from hand-made records (see conftest)."""

from __future__ import annotations

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
    (Filters(company=("Tesla", "Apple")), "company-Tesla+Apple"),
    (Filters(country=("US",), label=("neutral",)), "country-US_label-neutral"),
])
def test_filters_describe(filters, expected):
    assert filters.describe() == expected
