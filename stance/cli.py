"""Command line: ``python -m stance COMMAND``. Thin: parse, call the library, print.

Exit codes: 0 success; 1 some inputs of an ingest or analyze failed (the others were stored or printed);
2 bad usage or input (missing/unreadable file, malformed line, no store).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Sequence

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")

from . import config  # noqa: E402
from .records import LABELS  # noqa: E402

INGEST_BATCH = 16


class UsageError(Exception):
    """Bad input from the user: reported as one line, exit code 2."""


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", help="DuckDB store file (default: $STANCE_DB or data/stance.duckdb)")
    p = argparse.ArgumentParser(prog="python -m stance", description="Who argues for engagement with China, "
                                "who for decoupling: extract attributed statements and classify their stance.")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    a = sub.add_parser("analyze", parents=[common], help="print the statements of article files as JSON Lines")
    a.add_argument("files", nargs="+", metavar="FILE",
                   help="any input `ingest` reads: .txt (metadata in a same-named .json), .html, .jsonl/.csv "
                        "(one article per row), a folder, '-' for stdin, an http(s) URL")
    sub.add_parser("classify", parents=[common], help="label JSON Lines objects with a 'text' field from stdin")
    i = sub.add_parser("ingest", parents=[common], help="add articles (files or folders) to the store")
    i.add_argument("paths", nargs="+", metavar="PATH",
                   help="file (.txt with optional .json metadata, .html, .jsonl, .csv), folder (searched "
                        "recursively), '-' for stdin, or an http(s) URL of an article or RSS/Atom feed")
    e = sub.add_parser("export", parents=[common], help="write the matching statements as CSV")
    e.add_argument("--out", required=True, help="CSV file to write ('-' for stdout)")
    e.add_argument("--company", action="append", default=[], help="organization (repeatable)")
    e.add_argument("--country", action="append", default=[], help="ISO country code (repeatable)")
    e.add_argument("--speaker", action="append", default=[], help="speaker name (repeatable)")
    e.add_argument("--label", action="append", default=[], choices=LABELS,
                   help="stance label, an analyst's correction counting first (repeatable)")
    e.add_argument("--from", dest="published_from", type=_iso_date, default=None, metavar="YYYY-MM-DD",
                   help="published on or after this date (leaves out undated articles)")
    e.add_argument("--to", dest="published_to", type=_iso_date, default=None, metavar="YYYY-MM-DD",
                   help="published on or before this date (leaves out undated articles)")
    e.add_argument("--min-confidence", type=float, default=0.0, metavar="P",
                   help="the model's confidence at least P (0..1); above 0, unlabelled statements drop out")
    e.add_argument("--search", default="", help="statement text contains this, case-insensitive")
    e.add_argument("--include-superseded", action="store_true",
                   help="also export statements of articles that a newer version replaces (left out by default)")
    t = sub.add_parser("train", parents=[common], help="fine-tune the classifier on data/labeled")
    t.add_argument("--seed", type=int, default=13, help="random seed")
    t.add_argument("--epochs", type=int, default=None, help="passes over the training split")
    ev = sub.add_parser("evaluate", parents=[common], help="report the classifier and baselines on the test and "
                        "unseen sets, and write the model card")
    ev.add_argument("--card", default=str(config.REPO_ROOT / "docs" / "model_card.md"),
                    help="where to write the model card ('' to skip)")
    ev.add_argument("--no-baselines", action="store_true", help="skip the keyword and frozen-embedding baselines")
    sub.add_parser("reclassify", parents=[common], help="label every stored statement with the current model "
                   "(earlier labels are kept, the newest is shown)")
    sub.add_parser("build", parents=[common], help="train the model and ingest seeds/ where missing")
    from .bench import NAMES, Options  # light: no benchmark is imported
    b = sub.add_parser("bench", help="run the benchmark suite and write docs/performance.md and .json")
    b.add_argument("--sizes", type=int, nargs="+", default=None, metavar="N",
                   help=f"corpus sizes in articles (extraction, ingest; default {Options.sizes})")
    b.add_argument("--statements", type=int, nargs="+", default=None, metavar="N",
                   help=f"store sizes in statements (queries, cold start; default {Options.statements})")
    b.add_argument("--only", action="append", default=[], choices=NAMES, metavar="NAME",
                   help=f"run only this benchmark (repeatable): {', '.join(NAMES)}")
    b.add_argument("--quick", action="store_true", help="a small smoke run: tiny sizes, one repeat")
    b.add_argument("--out", type=Path, default=Options.out, help="folder for performance.md and performance.json")
    x = sub.add_parser("evaluate-extraction", help="score the statement extractor on annotated articles")
    x.add_argument("--folder", type=Path, default=None,
                   help="folder of NAME.txt + NAME.json (default: data/extraction_eval under $STANCE_DATA_DIR)")
    x.add_argument("--verbose", action="store_true", help="also list missed, extra and misattributed statements")
    x.add_argument("--only", action="append", default=[], metavar="SET",
                   help="score only the articles of this set (the letters their names start with, e.g. c); "
                        "repeatable")
    x.add_argument("--exclude", action="append", default=[], metavar="SET",
                   help="leave out, unread, the articles of this set (e.g. the held-out d); repeatable")
    return p


def _iso_date(value: str):
    from datetime import date

    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {value!r}") from None


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from .classify import ModelMissing
    from .dataset import DataError
    from .ingest import InputError
    from .store import StoreError

    try:
        return COMMANDS[args.command](args)
    except (UsageError, InputError, DataError, ModelMissing) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


# -- model ---------------------------------------------------------------------

def _ensure_model() -> None:
    """Train the classifier first when this checkout has none (progress on stderr)."""
    from .classify import model_ready

    mdir = config.model_dir()
    if not model_ready(mdir):
        from .train import train

        print(f"No trained model in {mdir}: training one from {config.data_dir() / 'labeled'} "
              "(a few minutes on 2 cores)...", file=sys.stderr)
        train(config.data_dir(), mdir)


def _classifier():
    from .classify import StanceClassifier

    backend = _backend()
    _ensure_model()
    return StanceClassifier(config.model_dir(), backend=backend)


def _backend() -> str:
    try:
        return config.backend()
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def _analyzer():
    from .analyze import Analyzer

    backend = _backend()
    _ensure_model()
    return Analyzer(config.data_dir() / "registry", config.model_dir(), backend=backend)


# -- commands --------------------------------------------------------------------

def _store(args) -> Path:
    """The store's path, migrated first if it is older: only writers migrate, and a reader of an
    old store would fail on a table it lacks. A missing store is left to the caller."""
    from . import store

    db = config.db_path(args.db)
    if db.exists():
        store.upgrade(db)
    return db


def cmd_analyze(args) -> int:
    """Statements of every article the inputs hold, as ``ingest`` reads them; each bad item is one
    ``error:`` line. Exit 2 if an input is missing or nothing could be read, 1 if some items failed."""
    from itertools import islice

    from .ingest import InputError, MissingInput, read_sources

    analyzer = None  # loaded at the first readable article: bad input fails fast
    errors = missing = articles = 0
    items = read_sources(args.files)
    while batch := list(islice(items, INGEST_BATCH)):
        for item in batch:
            if isinstance(item, InputError):
                print(f"error: {item}", file=sys.stderr)
                errors += 1
                missing += isinstance(item, MissingInput)
        found = [item for item in batch if not isinstance(item, InputError)]
        articles += len(found)
        if found:
            analyzer = analyzer or _analyzer()
            for statement in analyzer(found):
                print(json.dumps(statement.as_contract(), ensure_ascii=False))
    if missing or not articles:
        return 2
    return 1 if errors else 0


def cmd_classify(args) -> int:
    objs = []
    for n, raw in enumerate(sys.stdin.buffer, 1):  # bytes: a line that is not UTF-8 is the user's error, by number
        try:
            line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError:
            raise UsageError(f"stdin line {n}: not valid UTF-8 text") from None
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            raise UsageError(f"stdin line {n}: not valid JSON ({getattr(exc, 'msg', 'nested too deeply')})") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            raise UsageError(f"stdin line {n}: expected a JSON object with a string field 'text'")
        try:  # a lone surrogate escape (\ud800) parses as JSON but cannot be tokenised or printed
            json.dumps(obj, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise UsageError(f"stdin line {n}: not valid Unicode (a lone surrogate such as \\ud800)") from None
        objs.append(obj)
    clf = _classifier()
    for obj, pred in zip(objs, clf.predict([o["text"] for o in objs])):
        obj.update(label=pred.label, confidence=round(pred.confidence, 4),
                   scores={k: round(v, 4) for k, v in pred.scores.items()})
        print(json.dumps(obj, ensure_ascii=False))
    return 0


def cmd_ingest(args) -> int:
    from tqdm import tqdm

    from .ingest import ingest, read_sources

    bar = tqdm(desc="ingesting", unit="article", file=sys.stderr, disable=not sys.stderr.isatty())
    summary = ingest(read_sources(args.paths), config.db_path(args.db), _analyzer,
                     progress=lambda done, _: bar.update(done - bar.n), batch_size=INGEST_BATCH)
    bar.close()
    print(summary.render(), file=sys.stderr)
    if summary.missing:
        return 2
    return 1 if summary.errors else 0


def cmd_export(args) -> int:
    from . import export, queries, store

    if not 0.0 <= args.min_confidence <= 1.0:
        raise UsageError(f"--min-confidence must be between 0 and 1, not {args.min_confidence}")
    # The dashboard's filters, so the same view exports the same bytes from either place.
    f = queries.Filters(tuple(args.company), tuple(args.country), tuple(args.speaker), tuple(args.label),
                        published_from=args.published_from, published_to=args.published_to,
                        min_confidence=args.min_confidence, search=args.search.strip(),
                        include_superseded=args.include_superseded)
    with store.reader(_store(args)) as con:
        if args.out == "-":
            n = export.write_snapshot(sys.stdout, con, f)
        else:
            out = Path(args.out)
            tmp = out.with_name(out.name + ".part")
            try:
                with tmp.open("w", encoding="utf-8", newline="") as fh:
                    n = export.write_snapshot(fh, con, f)
                tmp.replace(out)
            except BaseException as exc:  # a failed or interrupted export leaves no half-written .part behind
                tmp.unlink(missing_ok=True)
                if isinstance(exc, OSError):
                    raise UsageError(f"cannot write {out}: {exc.strerror or exc}") from None
                raise
    print(f"{n} statements written to {args.out}", file=sys.stderr)
    return 0


def cmd_train(args) -> int:
    from . import store
    from .dataset import Example
    from .train import TrainConfig, train

    cfg = TrainConfig(seed=args.seed) if args.epochs is None else TrainConfig(seed=args.seed, epochs=args.epochs)
    corrections: list[Example] = []
    db = _store(args)
    if db.exists():  # analysts' corrections join the training split (never dev or test)
        with store.reader(db) as con:
            corrections = [Example(f"correction:{sid}", text, label, "corrections")
                           for sid, text, label in store.corrections_as_examples(con)]
    meta = train(config.data_dir(), config.model_dir(), cfg, corrections=corrections)
    for split in ("dev", "test"):
        m = meta["metrics"][split]
        print(f"{split}: n={m['n']} macro-F1={m['macro_f1']:.3f} engagement/decoupling F1={m['pair_f1']:.3f} "
              f"ECE={m['ece']:.3f}")
    q = meta.get("int8", {})
    if "dev_macro_f1" in q:
        verdict = "served by default (within" if q["use"] else "not served (costs more than"
        print(f"int8: dev macro-F1={q['dev_macro_f1']:.4f} against fp32 {q['fp32_dev_macro_f1']:.4f}: "
              f"{verdict} {q['max_drop']})")
    print(f"model {meta['version']} saved to {config.model_dir()} ({len(corrections)} analyst corrections used); "
          "run `python -m stance reclassify` to relabel the store")
    return 0


def cmd_reclassify(args) -> int:
    from tqdm import tqdm

    from . import store

    db = _store(args)
    clf = _classifier()
    with store.reader(db) as con:
        todo = store.count_unlabelled(con, clf.version)
    bar = tqdm(total=todo, desc=f"relabelling with {clf.version}", unit="statement", file=sys.stderr,
               disable=not sys.stderr.isatty())
    done = 0
    while True:
        with store.reader(db) as con:
            rows = store.unlabelled(con, clf.version, limit=512)
        if not rows:
            break
        preds = clf.predict([text for _, text in rows])
        with store.writer(db) as con:
            store.add_labels(con, [(sid, p) for (sid, _), p in zip(rows, preds)])
        done += len(rows)
        bar.update(len(rows))
    bar.close()
    print(f"{done} statements labelled by {clf.version}", file=sys.stderr)
    return 0


def cmd_evaluate(args) -> int:
    from .classify import META_FILE, StanceClassifier
    from .evaluate import evaluate_all, model_card, render

    clf = _classifier()
    # When the shipped path is int8, fp32 runs beside it so the card shows what int8 costs.
    reference = StanceClassifier(config.model_dir(), backend="onnx") if clf.backend == "onnx-int8" else None
    ev = evaluate_all(config.data_dir(), clf, baselines=not args.no_baselines,
                      uncertain_below=float(config.get("STANCE_UNCERTAIN_BELOW")), reference=reference)
    print(render(ev))
    if args.card:
        meta = json.loads((config.model_dir() / META_FILE).read_text())
        Path(args.card).write_text(model_card(ev, meta), encoding="utf-8")
        print(f"model card written to {args.card}", file=sys.stderr)
    return 0


def cmd_build(args) -> int:
    from . import store

    _backend()  # a bad STANCE_BACKEND fails here, not after minutes of training
    _ensure_model()
    db = config.db_path(args.db)
    if db.exists():
        with store.reader(db) as con:
            if con.execute("SELECT count(*) FROM articles").fetchone()[0] > 0:
                print(f"store {db} is ready", file=sys.stderr)
                return 0
    seeds = config.get("STANCE_SEEDS_DIR")
    print(f"building the store {db} from {seeds}", file=sys.stderr)
    return cmd_ingest(argparse.Namespace(paths=[seeds], db=args.db))


def cmd_evaluate_extraction(args) -> int:
    from .extract import Extractor
    from .extract_eval import evaluate
    from .registry import Registry

    folder = args.folder or config.data_dir() / "extraction_eval"
    extractor = Extractor(Registry.load(config.data_dir() / "registry"))
    print(evaluate(folder, extractor, only=args.only, exclude=args.exclude).render(args.verbose))
    return 0


def cmd_bench(args) -> int:
    from .bench import QUICK, Options, run_suite

    defaults = QUICK if args.quick else Options()
    sizes, statements = tuple(args.sizes or defaults.sizes), tuple(args.statements or defaults.statements)
    if min(sizes + statements) < 1:
        raise UsageError("--sizes and --statements must be positive numbers")
    opts = Options(sizes, statements, tuple(args.only), args.quick, args.out)
    code, outcomes = run_suite(opts)
    for o in outcomes:
        print(f"{o.name}: {o.status}{' - ' + o.reason if o.reason else ''}")
    print(f"written: {args.out / 'performance.md'}, {args.out / 'performance.json'}")
    return code


COMMANDS = {
    "analyze": cmd_analyze, "classify": cmd_classify, "ingest": cmd_ingest, "export": cmd_export,
    "train": cmd_train, "reclassify": cmd_reclassify, "evaluate": cmd_evaluate, "build": cmd_build,
    "evaluate-extraction": cmd_evaluate_extraction, "bench": cmd_bench,
}
