"""Plotly figures for the dashboard, and reading the charts' click selections back.

Pure functions over the small, already-aggregated frames of ``queries`` (one
row per group, a column per stance): nothing here aggregates, queries or
imports streamlit. Colours are fixed per stance (Okabe-Ito, safe for the common
colour-vision deficiencies) and every bar segment carries its count as text, so
colour is never the only cue.

Names from the store are untrusted: plotly reads ``<b>``, ``<a href>`` etc. in
category names and hover text as markup, so displayed names are html-escaped,
while the raw name travels in ``customdata`` for the click handlers.
"""

from __future__ import annotations

import html
from datetime import date, timedelta
from typing import Any, Mapping

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from . import geo
from .queries import UNKNOWN
from .records import LABELS

UNLABELLED = "unlabelled"
LABEL_COLOURS = {"pro-engagement": "#0072B2", "pro-decoupling": "#D55E00", "neutral": "#999999",
                 UNLABELLED: "#DDDDDD"}
NET_COLOUR = "#000000"
# Diverging scale for net stance: pro-decoupling vermillion at -1, light grey at 0, blue at +1.
NET_SCALE = [[0.0, LABEL_COLOURS["pro-decoupling"]], [0.5, "#F0F0F0"], [1.0, LABEL_COLOURS["pro-engagement"]]]
STACK = (*LABELS, UNLABELLED)


def _texts(values: pd.Series) -> list[str]:
    return [f"{v:,}" if v else "" for v in values]


def stance_bars(frame: pd.DataFrame, axis_title: str) -> go.Figure:
    """Horizontal bars stacked by stance, one per row of ``frame``, in the frame's order (first on top)."""
    names = [html.escape(str(n)) for n in frame["name"]]
    fig = go.Figure()
    for label in STACK:
        if label not in frame or not frame[label].any():
            continue
        fig.add_bar(x=frame[label], y=names, name=label, orientation="h", marker_color=LABEL_COLOURS[label],
                    text=_texts(frame[label]), textposition="inside", insidetextanchor="middle",
                    customdata=frame["name"].astype(str), hovertemplate="%{y}: %{x} " + label + "<extra></extra>")
    fig.update_layout(barmode="stack", height=120 + 28 * len(frame), margin={"t": 30, "l": 10},
                      yaxis={"categoryorder": "array", "categoryarray": names[::-1], "title": None},
                      xaxis={"title": "Statements"}, legend={"title": "Stance", "traceorder": "normal"},
                      clickmode="event+select", title={"text": axis_title, "font": {"size": 14}})
    return fig


def country_map(frame: pd.DataFrame) -> go.Figure:
    """World choropleth of net stance per country; codes without alpha-3 (``EU``) are left off."""
    codes = [geo.iso3(c) for c in frame["name"]]
    keep = [c is not None for c in codes]
    shown = frame[keep]
    fig = go.Figure(go.Choropleth(
        locations=[c for c in codes if c], z=shown["net"], customdata=shown["name"], locationmode="ISO-3",
        zmin=-1, zmax=1, colorscale=NET_SCALE, marker_line_color="#FFFFFF",
        colorbar={"title": {"text": "Net stance", "side": "top"}, "tickvals": [-1, 0, 1], "orientation": "h",
                  "ticktext": ["−1 decoupling", "0", "+1 engagement"], "len": 0.5, "thickness": 12, "y": -0.05},
        text=[f"{n:,} statements" for n in shown["statements"]],
        hovertemplate="%{customdata}: net %{z:+.2f}, %{text}<extra></extra>"))
    fig.update_layout(height=460, margin={"t": 10, "b": 10, "l": 0, "r": 0}, clickmode="event+select",
                      geo={"showframe": False, "projection_type": "natural earth", "showcountries": True,
                           "countrycolor": "#BBBBBB", "showland": True, "landcolor": "#FAFAFA",
                           "lataxis_range": [-58, 85]})
    return fig


def time_figure(frame: pd.DataFrame, period: str) -> go.Figure:
    """Statements per period stacked by stance (bars) with the net stance as a line (right axis)."""
    fig = make_subplots(specs=[[{"secondary_y": True}]])
    periods = [pd.Timestamp(d).date().isoformat() for d in frame["period"]]
    for label in STACK:
        if label not in frame or not frame[label].any():
            continue
        fig.add_bar(x=periods, y=frame[label], name=label, marker_color=LABEL_COLOURS[label],
                    text=_texts(frame[label]), textposition="inside", customdata=periods,
                    hovertemplate=f"{period} of %{{x}}: %{{y}} {label}<extra></extra>", secondary_y=False)
    fig.add_scatter(x=periods, y=frame["net"], name="net stance", mode="lines+markers+text",
                    line={"color": NET_COLOUR, "width": 2}, customdata=periods,
                    text=[f"{v:+.2f}" if pd.notna(v) else "" for v in frame["net"]], textposition="top center",
                    hovertemplate=f"{period} of %{{x}}: net %{{y:+.2f}}<extra></extra>", secondary_y=True)
    fig.update_layout(barmode="stack", height=420, margin={"t": 30}, clickmode="event+select",
                      legend={"title": "Stance"}, xaxis={"type": "category", "title": f"{period.capitalize()} of publication"})
    fig.update_yaxes(title_text="Statements", secondary_y=False)
    fig.update_yaxes(title_text="Net stance", range=[-1.15, 1.15], tickvals=[-1, -0.5, 0, 0.5, 1],
                     showgrid=False, secondary_y=True, zeroline=True)
    return fig


# --- click selections ------------------------------------------------------------------------
# st.plotly_chart(on_select=...) reports {"selection": {"points": [...], ...}}; each point is
# plotly's event point (snake_cased): bars carry x, y and customdata, a choropleth location and z.

def _points(state: Mapping[str, Any] | None) -> list[Mapping[str, Any]]:
    if not state:
        return []
    selection = state.get("selection") or {}
    return list(selection.get("points") or [])


def _custom(point: Mapping[str, Any]) -> Any:
    value = point.get("customdata")
    if isinstance(value, (list, tuple)):
        value = value[0] if value else None
    return value


def selected_name(state: Mapping[str, Any] | None) -> str | None:
    """The company or speaker of the first clicked bar; None for no click or the "(unknown)" bar."""
    for point in _points(state):
        name = _custom(point)
        if isinstance(name, str) and name and name != UNKNOWN:
            return name
    return None


def selected_country(state: Mapping[str, Any] | None) -> str | None:
    """The alpha-2 code of the first clicked country, on the map (alpha-3 location) or a bar."""
    for point in _points(state):
        if point.get("location"):
            return _custom(point) or geo.iso2(str(point["location"]))
        code = _custom(point)
        if isinstance(code, str) and code and code != UNKNOWN:
            return code
    return None


def period_bounds(start: date, period: str) -> tuple[date, date]:
    """First and last day of the week (Monday..Sunday) or month that begins on ``start``."""
    if period == "week":
        return start, start + timedelta(days=6)
    following = (start.replace(day=28) + timedelta(days=4)).replace(day=1)
    return start, following - timedelta(days=1)


def selected_period(state: Mapping[str, Any] | None, period: str) -> tuple[date, date] | None:
    """The date range of the first clicked bar or point of the time chart."""
    for point in _points(state):
        raw = _custom(point) or point.get("x")
        try:
            return period_bounds(date.fromisoformat(str(raw)[:10]), period)
        except ValueError:
            continue
    return None
