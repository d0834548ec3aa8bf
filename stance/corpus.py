"""A seeded synthetic news corpus for benchmarks and crash/concurrency tests.

Articles are assembled from fictional people and companies, attribution
patterns the extractor handles (direct quotes, "X said", fronted clauses,
"according to"), statements from ``data/labeled/`` and filler sentences,
to a target length. Same seed, same corpus.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Iterator

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
)


def _statements(data_dir: Path) -> list[str]:
    texts = []
    for f in sorted((data_dir / "labeled").glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"].strip())
    return texts or ["we will keep investing in the country"]


def synthetic_articles(n: int, seed: int = 7, words: int = 800, data_dir: Path | None = None
                       ) -> Iterator[tuple[str, dict]]:
    """(text, metadata) for n articles of about `words` words each."""
    from . import config

    rng = random.Random(seed)
    pool = _statements(data_dir or config.data_dir())
    for i in range(n):
        paras, count = [], 0
        people = []
        while count < words:
            first, last, org, title = rng.choice(FIRST), rng.choice(LAST), rng.choice(ORGS), rng.choice(TITLES)
            stmt = rng.choice(pool).rstrip(".")
            kind = rng.randrange(5)
            if kind == 0:
                p = f"{org}'s {first} {last} said {stmt[0].lower() + stmt[1:]}."
                people.append(last)
            elif kind == 1:
                p = f"“{stmt[0].upper() + stmt[1:]},” {first} {last}, {title} of {org}, said on Tuesday."
                people.append(last)
            elif kind == 2 and people:
                p = f"{stmt[0].upper() + stmt[1:]}, {rng.choice(people)} added."
            elif kind == 3:
                p = f"According to {org}, {stmt[0].lower() + stmt[1:]}."
            else:
                p = " ".join(rng.choice(FILLER).format(n=rng.randint(2, 40)) for _ in range(3))
            paras.append(p)
            count += len(p.split())
        meta = {"title": f"Synthetic article {i}", "source": "synthetic",
                "published": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}
        yield f"Article {i} ({seed}).\n\n" + "\n\n".join(paras), meta


def write_corpus(folder: Path, n: int, seed: int = 7, words: int = 800) -> list[Path]:
    """Write n synthetic articles as .txt + .json pairs into folder."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, (text, meta) in enumerate(synthetic_articles(n, seed, words)):
        p = folder / f"synthetic_{seed}_{i:06d}.txt"
        p.write_text(text, encoding="utf-8")
        p.with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
        paths.append(p)
    return paths
