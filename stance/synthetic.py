"""A seeded synthetic store of any size, for benchmarks and load tests of the dashboard.

``build_synthetic_store(path, n_statements, seed)`` writes articles, statements
and labels with a handful of bulk DuckDB statements: the random columns are
drawn with numpy (seeded, so the same arguments give the same store), inserted
from an in-memory frame, and the article texts and character offsets are
assembled in SQL. About five statements per article; a few articles undated,
a few statements unlabelled or without speaker, organization or country, as
in a real store; one article in ``REPLACED_EVERY`` is a changed version of the
one before it (same URL, published no earlier, ``replaces`` set), whose
statements are superseded.
The texts are template sentences, not realistic language. The read model
(``current_statements``) is filled at the end by ``store.rebuild_current``.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from . import store
from .records import LABELS

STATEMENTS_PER_ARTICLE = 5
REPLACED_EVERY = 50  # article k*50+1 is a new version of article k*50
SENTENCES = (
    ("We must keep trading with China and investing there.", "pro-engagement"),
    ("Engagement with Chinese partners serves our customers.", "pro-engagement"),
    ("Our supply chain in China is an asset we will expand.", "pro-engagement"),
    ("Decoupling from China would be a costly mistake.", "pro-engagement"),
    ("We have to reduce our dependence on China now.", "pro-decoupling"),
    ("Critical supply chains must leave the Chinese market.", "pro-decoupling"),
    ("Export controls on China should be tightened further.", "pro-decoupling"),
    ("De-risking means moving production out of China.", "pro-decoupling"),
    ("We are reviewing our exposure to China.", "neutral"),
    ("Sales in China were flat this quarter.", "neutral"),
    ("The talks with Beijing will continue next month.", "neutral"),
    ("Tariffs on Chinese goods take effect in 50% of cases_now.", "neutral"),
)
COUNTRIES = ("US", "CN", "DE", "JP", "GB", "FR", "KR", "TW", "EU", "CH", "SG", "AU", "NL", "IN", "BR")


def _columns(n: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    n_orgs, n_speakers = max(1, min(2_000, n // 200)), max(1, min(20_000, n // 20))
    sentence = rng.integers(0, len(SENTENCES), n)
    # The "true" stance of a sentence; the model agrees 85% of the time, else a random label.
    label_index = np.array([LABELS.index(lbl) for _, lbl in SENTENCES])[sentence]
    noisy = rng.random(n) < 0.15
    label_index = np.where(noisy, rng.integers(0, len(LABELS), n), label_index)
    confidence = np.round(rng.uniform(0.34, 0.99, n), 4)
    rest = (1.0 - confidence) / 2
    scores = np.repeat(rest[:, None], 3, axis=1)
    scores[np.arange(n), label_index] = confidence
    org = rng.zipf(1.6, n) % n_orgs  # a few organizations say most
    speaker = rng.zipf(1.4, n) % n_speakers
    org_country = np.array(COUNTRIES)[np.random.default_rng(seed + 1).integers(0, len(COUNTRIES), n_orgs)]
    ids = np.arange(n)
    return pd.DataFrame({
        "i": ids,
        "article": ids // STATEMENTS_PER_ARTICLE,
        "seq": ids % STATEMENTS_PER_ARTICLE + 1,
        "sentence": sentence,
        "direct": rng.random(n) < 0.6,
        "speaker_n": np.where(rng.random(n) > 0.2, speaker, -1),  # -1: no named speaker
        "org_n": np.where(rng.random(n) > 0.05, org, -1),
        "country": np.where(rng.random(n) > 0.05, np.array(org_country, dtype=object)[org], None),
        "labelled": rng.random(n) > 0.01,
        "label_n": label_index,
        "confidence": confidence,
        "score_engagement": scores[:, 0], "score_decoupling": scores[:, 1], "score_neutral": scores[:, 2],
    })


def build_synthetic_store(path: Path, n_statements: int, seed: int = 0) -> Path:
    """Write a new store at ``path`` (replacing any file there) with ``n_statements`` statements."""
    path = Path(path)
    for stale in (path, Path(str(path) + ".wal")):
        stale.unlink(missing_ok=True)
    frame = _columns(n_statements, seed)
    n_articles = int(frame["article"].max()) + 1 if n_statements else 0
    days = np.random.default_rng(seed + 2).integers(0, 3 * 365, n_articles)
    dated = np.random.default_rng(seed + 3).random(n_articles) > 0.02
    # A new version is published no earlier than the one it replaces (the store's version order).
    newer = np.arange(n_articles)[(np.arange(n_articles) % REPLACED_EVERY == 1)]
    days[newer] = np.maximum(days[newer], days[newer - 1])
    dated[newer] |= dated[newer - 1]
    articles = pd.DataFrame({"article": np.arange(n_articles), "day": days, "dated": dated})
    with store.writer(path) as con:
        con.register("gen_raw", frame)
        con.register("gen_articles", articles)
        con.register("gen_sentences", pd.DataFrame({"sentence": range(len(SENTENCES)),
                                                    "template": [t for t, _ in SENTENCES]}))
        con.execute("BEGIN TRANSACTION")
        con.execute(
            "CREATE TEMP TABLE gen AS SELECT r.*, s.template || ' (' || r.i || ')' AS text, "
            "CASE WHEN r.direct THEN 'direct' ELSE 'reported' END AS kind, "
            "CASE WHEN r.speaker_n >= 0 THEN 'Speaker ' || lpad(r.speaker_n::VARCHAR, 5, '0') END AS speaker, "
            "CASE WHEN r.org_n >= 0 THEN 'Org ' || lpad(r.org_n::VARCHAR, 4, '0') END AS organization, "
            "list_extract(?, r.label_n + 1) AS label "
            "FROM gen_raw r JOIN gen_sentences s USING (sentence)", [list(LABELS)])
        con.execute(
            "CREATE TEMP TABLE placed AS SELECT *, "
            "coalesce(sum(length(text) + 1) OVER (PARTITION BY article ORDER BY seq "
            "ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)::INTEGER AS start_char FROM gen")
        con.execute(
            "INSERT INTO articles (article_id, file_name, title, source, url, published, language, text, "
            "ingested_at, replaces) "
            "SELECT 'syn' || p.article, 'syn' || p.article || '.txt', "
            "'Synthetic article ' || p.article, 'Synthetic wire', "
            "'https://example.com/syn/' || (p.article - CASE WHEN p.article % ? = 1 THEN 1 ELSE 0 END), "
            "CASE WHEN a.dated THEN DATE '2022-01-01' + a.day::INTEGER END, 'en', "
            "string_agg(p.text, ' ' ORDER BY p.seq), now()::TIMESTAMP, "
            "CASE WHEN p.article % ? = 1 THEN 'syn' || (p.article - 1) END "
            "FROM placed p JOIN gen_articles a USING (article) GROUP BY p.article, a.day, a.dated",
            [REPLACED_EVERY, REPLACED_EVERY])
        con.execute(
            "INSERT INTO statements SELECT 'syn-' || i, 'syn' || article, seq, start_char, "
            "start_char + length(text), text, kind, speaker, organization, country FROM placed")
        con.execute(
            "INSERT INTO labels SELECT 'syn-' || i, 'synthetic-1', label, confidence, score_engagement, "
            "score_decoupling, score_neutral, now()::TIMESTAMP FROM placed WHERE labelled")
        store.rebuild_current(con)
        con.execute("INSERT OR REPLACE INTO meta VALUES ('updated_at', strftime(now(), '%Y-%m-%dT%H:%M:%S'))")
        con.execute("COMMIT")
        for name in ("gen_raw", "gen_articles", "gen_sentences"):
            con.unregister(name)
        con.execute("DROP TABLE gen")
        con.execute("DROP TABLE placed")
    return path
