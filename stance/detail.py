"""HTML for the statement detail panel: provenance, prediction, correction, and the
article with the statement highlighted.

Every value from the store is untrusted and goes through ``html.escape``; the
result is meant for ``st.html`` (DOMPurify-sanitised, no scripts), never for
markdown. Only http(s) URLs become links.
"""

from __future__ import annotations

import html

from . import config

UNLABELLED = "unlabelled"


def detail_html(d: dict) -> str:
    """A table of the statement's provenance, prediction and correction; every value escaped."""
    uncertain = d["confidence"] is not None and d["confidence"] < float(config.get("STANCE_UNCERTAIN_BELOW"))
    model = f"{d['label'] or UNLABELLED}" + (" (uncertain)" if uncertain else "")
    stance = f"corrected: {d['corrected_label']} (model: {d['label'] or UNLABELLED})" if d["corrected_label"] else model
    correction = (f"{d['correction_note']} — {d['corrected_by']}, {d['corrected_at']:%Y-%m-%d %H:%M} UTC"
                  if d["corrected_label"] else None)
    rows = (
        ("Article", d["title"] or d["file_name"] or d["article_id"]),
        ("Source", d["source"]),
        ("Published", d["published"]),
        ("URL", d["url"]),
        ("Speaker", d["speaker"]),
        ("Organization", d["organization"]),
        ("Country", d["country"]),
        ("Kind", d["kind"]),
        ("Stance", stance),
        ("Confidence", _number(d["confidence"])),
        ("Scores", f"engagement {_number(d['score_engagement'])} · decoupling {_number(d['score_decoupling'])}"
                   f" · neutral {_number(d['score_neutral'])}"),
        ("Model version", d["model_version"]),
        ("Analyst correction", correction),
    )
    cells = "".join(f"<tr><th style='text-align:left;padding-right:1em'>{name}</th><td>{_cell(name, value)}</td></tr>"
                    for name, value in rows)
    return f"<table class='stance-detail'>{cells}</table>"


def _cell(name: str, value: object) -> str:
    if value is None or value == "":
        return "–"
    text = html.escape(str(value))
    if name == "URL" and str(value).lower().startswith(("https://", "http://")):
        return f"<a href=\"{text}\" rel=\"noopener noreferrer nofollow\">{text}</a>"
    return text


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def article_html(text: str, start: int, end: int) -> str:
    """The article with the statement in <mark>; each piece of article text escaped.

    Offsets that do not fit the text (a store written by a buggy extractor)
    show the text without a highlight rather than a wrong one.
    """
    if 0 <= start < end <= len(text):
        body = (html.escape(text[:start]) + "<mark>" + html.escape(text[start:end]) + "</mark>"
                + html.escape(text[end:]))
    else:
        body = html.escape(text)
    return ("<div class='stance-article' style='white-space:pre-wrap;max-height:32em;overflow-y:auto;"
            "border:1px solid #ddd;padding:0.75em;border-radius:0.25em'>" + body + "</div>")
