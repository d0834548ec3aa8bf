"""A seeded synthetic news corpus for benchmarks and crash/concurrency tests.

Articles are assembled from fictional people and companies, attribution
patterns the extractor handles (direct quotes, "X said", fronted clauses,
"according to"), statements from ``data/labeled/`` and filler sentences,
to a target length. Same seed, same corpus.

Two densities (statements per article matter: classifying them is most of the
cost of an ingest):

- ``news`` (the default) follows the annotated articles of
  ``data/extraction_eval/``: 397 statements in 18,285 words, i.e. 17.4 per
  800 words (measured 2026-11-28). Paragraphs are statements while the article
  stays at or under that rate, filler otherwise.
- ``dense`` is the earlier generator: four paragraphs in five carry a statement,
  about 25 per 800 words. A stress case, not typical news.

Limits: the language is templated (the same few attribution patterns and
filler sentences recur), so it exercises throughput, not extraction quality.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Iterator

NEWS_STATEMENTS_PER_800_WORDS = 17.4
DENSITIES = ("news", "dense")

FIRST = ("Maria", "Jonas", "Aiko", "Priya", "Lukas", "Chen", "Ana", "Omar", "Sofia", "Kenji", "Lena", "Rafael",
         "Ingrid", "Tomasz", "Nadia", "Diego", "Hana", "Victor", "Elif", "Marco")
LAST = ("Lopez", "Berg", "Tanaka", "Raman", "Brandt", "Wei", "Souza", "Haddad", "Rossi", "Arai", "Vogt", "Ortiz",
        "Lund", "Nowak", "Karimi", "Ferreira", "Sato", "Dumont", "Yilmaz", "Conti")
ORGS = ("Northwind Corp.", "Halden Motors AG", "Vantor Inc.", "Lumen Semiconductor Co.", "Maison Clair SA",
        "Norrvik AB", "Kaveri Motors Ltd.", "Seoha Energy Co.", "Tengfei Group", "Prairie Gold Inc.")
TITLES = ("chief executive", "chief financial officer", "chairwoman", "head of Asia", "spokesman")
FILLER = (
    "The company reported quarterly revenue of {n} billion dollars, broadly in line with estimates.",
    "Shares rose {n}% in early trading before paring gains.",
    "The plant employs about {n},000 people and supplies customers across the region.",
    "Analysts expect demand for electric vehicles to keep growing through the decade.",
    "Talks between the two governments are scheduled to resume next month.",
    "The ministry published revised figures for the first half of the year on Friday.",
    "Freight rates on the main Asia-Europe routes have eased since the spring.",
    "The group did not give a timetable for the review.",
    "Output at the site fell {n}% last year as orders from carmakers slowed.",
    "The new line is due to start production in the third quarter.",
    "Imports of the components rose to {n} million units in the first nine months.",
    "The port handles about {n} million containers a year, most of them bound for Europe.",
    "Prices for lithium carbonate have dropped sharply from their peak two years ago.",
    "The firm opened its first overseas office in {n} and now sells in dozens of markets.",
    "A decision on the subsidy application is expected before the end of the year.",
    "The two sides signed a memorandum covering research, training and joint purchasing.",
    "Construction costs have climbed by roughly {n}% since the project was announced.",
    "Its largest customers are utilities and industrial groups in northern Europe.",
)
_ATTRIBUTION_WORDS = 8  # about what "X, title of Org, said on Tuesday" adds to a statement


def _statements(data_dir: Path) -> list[str]:
    texts = []
    for f in sorted((data_dir / "labeled").glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"].strip())
    return texts or ["we will keep investing in the country"]


def _statement_paragraph(rng: random.Random, stmt: str, people: list[str], kind: int) -> str:
    first, last, org, title = rng.choice(FIRST), rng.choice(LAST), rng.choice(ORGS), rng.choice(TITLES)
    if kind == 0:
        people.append(last)
        return f"{org}'s {first} {last} said {stmt[0].lower() + stmt[1:]}."
    if kind == 1:
        people.append(last)
        return f"“{stmt[0].upper() + stmt[1:]},” {first} {last}, {title} of {org}, said on Tuesday."
    if kind == 2 and people:
        return f"{stmt[0].upper() + stmt[1:]}, {rng.choice(people)} added."
    return f"According to {org}, {stmt[0].lower() + stmt[1:]}."


def _filler(rng: random.Random) -> str:
    return " ".join(rng.choice(FILLER).format(n=rng.randint(2, 40)) for _ in range(3))


def synthetic_articles(n: int, seed: int = 7, words: int = 800, data_dir: Path | None = None,
                       density: str = "news") -> Iterator[tuple[str, dict]]:
    """(text, metadata) for n articles of about `words` words each, at the given statement density."""
    from . import config

    if density not in DENSITIES:
        raise ValueError(f"unknown density {density!r}; choose one of {', '.join(DENSITIES)}")
    rng = random.Random(seed)
    pool = _statements(data_dir or config.data_dir())
    for i in range(n):
        paras: list[str] = []
        people: list[str] = []
        count = statements = 0
        while count < words:
            stmt = rng.choice(pool).rstrip(".")
            if density == "dense":
                kind = rng.randrange(5)
                speaks = kind in (0, 1, 3) or (kind == 2 and bool(people))
            else:
                # a statement only while the article stays at the news rate
                kind = rng.randrange(4)
                speaks = (statements + 1) * 800 <= NEWS_STATEMENTS_PER_800_WORDS * (
                    count + len(stmt.split()) + _ATTRIBUTION_WORDS)
            if speaks:
                paras.append(_statement_paragraph(rng, stmt, people, kind))
                statements += 1
            else:
                paras.append(_filler(rng))
            count += len(paras[-1].split())
        meta = {"title": f"Synthetic article {i}", "source": "synthetic",
                "published": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}
        yield f"Article {i} ({seed}).\n\n" + "\n\n".join(paras), meta


def write_corpus(folder: Path, n: int, seed: int = 7, words: int = 800, density: str = "news") -> list[Path]:
    """Write n synthetic articles as .txt + .json pairs into folder."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, (text, meta) in enumerate(synthetic_articles(n, seed, words, density=density)):
        p = folder / f"synthetic_{seed}_{i:06d}.txt"
        p.write_text(text, encoding="utf-8")
        p.with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
        paths.append(p)
    return paths
