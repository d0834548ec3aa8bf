"""Plotly figures and the chart-click handlers, on hand-made aggregated frames."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from stance import charts, geo
from stance.records import LABELS


def _frame(rows):
    return pd.DataFrame(rows, columns=["name", *LABELS, "unlabelled", "statements", "net"])


FRAME = _frame([("Tesla", 1, 0, 1, 0, 2, 0.5), ("<b>Evil</b> Corp", 0, 3, 0, 1, 4, -1.0)])


def test_stance_bars_fixed_colours_text_and_order():
    fig = charts.stance_bars(FRAME, "t")
    traces = {t.name: t for t in fig.data}
    assert set(traces) == {"pro-engagement", "pro-decoupling", "neutral", "unlabelled"}
    assert {n: t.marker.color for n, t in traces.items()} == {n: charts.LABEL_COLOURS[n] for n in traces}
    assert list(traces["pro-decoupling"].text) == ["", "3"]  # zero segments carry no label
    assert list(fig.layout.yaxis.categoryarray) == ["&lt;b&gt;Evil&lt;/b&gt; Corp", "Tesla"]  # first row on top
    assert list(traces["neutral"].customdata) == ["Tesla", "<b>Evil</b> Corp"]  # raw names for the click


def test_stance_bars_of_nothing_is_an_empty_figure():
    assert charts.stance_bars(_frame([]), "t").data == ()


def test_country_map_leaves_off_codes_without_alpha3():
    frame = _frame([("US", 1, 0, 0, 0, 1, 1.0), ("EU", 0, 1, 0, 0, 1, -1.0), ("(unknown)", 0, 1, 0, 0, 1, -1.0)])
    trace = charts.country_map(frame).data[0]
    assert list(trace.locations) == ["USA"] and list(trace.customdata) == ["US"]
    assert (trace.zmin, trace.zmax) == (-1, 1)


def test_time_figure_bars_and_net_line():
    frame = pd.DataFrame({"period": pd.to_datetime(["2024-04-01", "2024-05-01"]), "pro-engagement": [0, 2],
                          "pro-decoupling": [1, 0], "neutral": [1, 0], "unlabelled": [0, 0],
                          "statements": [2, 2], "net": [-0.5, 1.0]})
    fig = charts.time_figure(frame, "month")
    assert [t.name for t in fig.data] == ["pro-engagement", "pro-decoupling", "neutral", "net stance"]
    assert list(fig.data[-1].x) == ["2024-04-01", "2024-05-01"]
    assert list(fig.data[-1].text) == ["-0.50", "+1.00"]


def _state(*points):
    return {"selection": {"points": list(points), "point_indices": [], "box": [], "lasso": []}}


@pytest.mark.parametrize("state, expected", [
    (_state({"x": 2, "y": "Tesla", "customdata": ["Tesla"], "curve_number": 0}), "Tesla"),
    (_state({"customdata": "<b>Evil</b> Corp"}), "<b>Evil</b> Corp"),
    (_state({"customdata": ["(unknown)"]}, {"customdata": ["Tesla"]}), "Tesla"),
    (_state({"customdata": ["(unknown)"]}), None),
    (_state({"x": 1, "y": "no customdata"}), None),
    (_state(), None),
    ({"selection": {}}, None),
    ({}, None),
    (None, None),
])
def test_selected_name(state, expected):
    assert charts.selected_name(state) == expected


@pytest.mark.parametrize("state, expected", [
    (_state({"location": "DEU", "z": 0.3, "customdata": "DE"}), "DE"),
    (_state({"location": "FRA", "z": 0.3}), "FR"),  # no customdata: from the alpha-3 code
    (_state({"x": 3, "y": "EU", "customdata": ["EU"]}), "EU"),  # a country bar
    (_state({"customdata": ["(unknown)"]}), None),
    (_state(), None),
    (None, None),
])
def test_selected_country(state, expected):
    assert charts.selected_country(state) == expected


@pytest.mark.parametrize("state, period, expected", [
    (_state({"x": "2024-02-01", "customdata": ["2024-02-01"]}), "month", (date(2024, 2, 1), date(2024, 2, 29))),
    (_state({"x": "2024-12-01"}), "month", (date(2024, 12, 1), date(2024, 12, 31))),
    (_state({"x": "2024-04-29T00:00:00"}), "week", (date(2024, 4, 29), date(2024, 5, 5))),
    (_state({"x": "not a date"}), "week", None),
    (_state(), "month", None),
])
def test_selected_period(state, period, expected):
    assert charts.selected_period(state, period) == expected


@pytest.mark.parametrize("two, three", [("US", "USA"), ("de", "DEU"), ("CN", "CHN"), ("TW", "TWN"), ("XK", "XKX"),
                                        ("EU", None), ("", None), (None, None), ("ZZ", None)])
def test_iso3(two, three):
    assert geo.iso3(two) == three


def test_iso_table_is_a_bijection_of_well_formed_codes():
    table = geo.ISO2_TO_ISO3
    assert len(table) >= 249 and len(set(table.values())) == len(table)
    assert all(len(k) == 2 and len(v) == 3 and k.isupper() and v.isupper() for k, v in table.items())
    assert all(geo.iso2(v) == k for k, v in table.items())
