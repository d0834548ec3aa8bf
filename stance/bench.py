"""The benchmark suite behind ``python -m stance bench``: run each script, collect its rows, write the report.

Every script in ``benchmarks/`` takes ``--json PATH`` and writes there::

    {"benchmark": name, "load": "1.02 0.88 0.75",
     "rows": [{"measure": str, "size": int, "value": float, "unit": str, "baseline": float | null,
               "ratio": float | null, "target": float | null, "met": bool | null}, ...]}

Rows may carry a ``note``; a result may carry more keys (``details``), kept in
the JSON report. Each script runs in its own process, one after the other, so
one benchmark's memory and threads never weigh on the next. A script that is
missing, or has no ``--json`` option yet, is reported as "not run" with the
reason; one that exits non-zero or writes a malformed result as "failed".

The suite writes ``performance.md`` (a table and the machine it ran on) and
``performance.json`` (every figure, plus each script's extra details). Text
below the ``KEEP_MARKER`` line of an existing ``performance.md`` is kept: that
is where hand-written findings (profiles, what limited a missed target) live.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any, Callable

REPO = Path(__file__).resolve().parent.parent
BENCH_DIR = REPO / "benchmarks"
KEEP_MARKER = "<!-- Hand-written notes below this line are kept when `python -m stance bench` rewrites this file. -->"


@dataclass(frozen=True)
class Row:
    """One measured figure; ``ratio`` is value / baseline as the script defines it (above 1: better than baseline
    for speeds; the script says which way in its note)."""

    measure: str
    size: int
    value: float
    unit: str
    baseline: float | None = None
    ratio: float | None = None
    target: float | None = None
    met: bool | None = None
    note: str = ""

    @classmethod
    def from_dict(cls, d: Any) -> "Row":
        """Check one row of a script's JSON against the contract; ValueError says what is wrong."""
        if not isinstance(d, dict):
            raise ValueError(f"a row is not an object: {d!r}")
        missing = [f.name for f in fields(cls) if f.name != "note" and f.name not in d]
        if missing:
            raise ValueError(f"row {d.get('measure')!r} lacks {', '.join(missing)}")
        checks: dict[str, Callable[[Any], bool]] = {
            "measure": lambda v: isinstance(v, str) and bool(v),
            "size": lambda v: isinstance(v, int) and not isinstance(v, bool),
            "value": _is_number, "unit": lambda v: isinstance(v, str),
            "baseline": _number_or_none, "ratio": _number_or_none, "target": _number_or_none,
            "met": lambda v: v is None or isinstance(v, bool), "note": lambda v: v is None or isinstance(v, str),
        }
        for name, ok in checks.items():
            if name in d and not ok(d[name]):
                raise ValueError(f"row {d.get('measure')!r}: bad {name} {d[name]!r}")
        values = {f.name: d[f.name] for f in fields(cls) if f.name in d}
        if values.get("note") is None:  # a null note is no note
            values.pop("note", None)
        return cls(**values)


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _number_or_none(v: Any) -> bool:
    return v is None or _is_number(v)


def load_average() -> str:
    """The 1, 5 and 15 minute load averages, as `uptime` shows them."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def write_result(path: Path | str, benchmark: str, rows: list[Row], load: str, **details: Any) -> None:
    """What every benchmark script writes for ``--json PATH``."""
    payload = {"benchmark": benchmark, "rows": [asdict(r) for r in rows], "load": load}
    if details:
        payload["details"] = details
    Path(path).write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")


# -- the suite -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Options:
    """What ``python -m stance bench`` was asked for."""

    sizes: tuple[int, ...] = (1_000, 10_000)  # articles (extraction, ingest)
    statements: tuple[int, ...] = (100_000, 1_000_000)  # statements per store (queries, cold start)
    only: tuple[str, ...] = ()
    quick: bool = False  # a small smoke run: tiny sizes, one repeat
    out: Path = REPO / "docs"

    def command(self) -> str:
        """The command line that asks for these options."""
        parts = ["python -m stance bench"] + (["--quick"] if self.quick else [])
        parts += ["--sizes", *map(str, self.sizes), "--statements", *map(str, self.statements)]
        for name in self.only:
            parts += ["--only", name]
        return " ".join(parts)


QUICK = Options(sizes=(12,), statements=(5_000,), quick=True)


@dataclass(frozen=True)
class Benchmark:
    name: str
    what: str  # how the figure is taken and what the baseline is (goes into the report)
    args: Callable[[Options], list[str]]  # options passed when the script's --help lists them
    timeout_s: float


def _flags(*pairs: tuple[str, Any]) -> list[str]:
    out: list[str] = []
    for flag, value in pairs:
        out.append(flag)
        out.extend(str(v) for v in (value if isinstance(value, (list, tuple)) else [value]))
    return out


BENCHMARKS: tuple[Benchmark, ...] = (
    Benchmark("classify_speed", "Statements/s of the shipped classifier vs a plain transformers predict loop on "
              "the same model and statements, alternating in one process.",
              lambda o: _flags(("--n", 200 if o.quick else 2000), ("--rounds", 1 if o.quick else 3)), 3600),
    Benchmark("extraction_speed", "Articles/s of the rule-based extractor, one process, best of the timed passes. "
              "Baselines on a sample of the same documents: spaCy's en_core_web_sm pipeline (parse and entities "
              "only, the design rejected for speed: a spaCy extractor would cost at least this) and a regex pass "
              "(sentences with a reporting verb: the floor of reading the text at all).",
              lambda o: _flags(("--sizes", o.sizes), ("--rounds", 1 if o.quick else 2),
                               ("--baseline-articles", 6 if o.quick else 60)), 3600),
    Benchmark("ingest_speed", "`python -m stance ingest FOLDER` into a fresh store in a subprocess, on the seeded "
              "synthetic corpus (800 words, news density; the dense variant at the smallest size). Baseline: the "
              "same articles through extract + classify in one process, no store (the pipeline's ceiling). Peak RSS "
              "polled from /proc; its baseline is the peak at the smallest size (flat memory: ratio near 1).",
              lambda o: _flags(("--sizes", o.sizes), ("--dense-sizes", min(o.sizes)),
                               ("--baseline-articles", 6 if o.quick else 100)), 4 * 3600),
    Benchmark("dashboard_queries", "Each query a dashboard render runs, p95 of repeats on a read-only connection "
              "to a seeded synthetic store, vs loading the statements into pandas and filtering there.",
              lambda o: _flags(("--sizes", o.statements), ("--repeats", 3 if o.quick else 7)), 3600),
    Benchmark("cold_start", "Seconds from launching `streamlit run dashboard.py` to the first complete render in "
              "headless chromium (all overview metrics, every chart drawn, no script run in progress), on a "
              "synthetic store; baseline: the same on the seed store.",
              lambda o: _flags(("--statements", max(o.statements)), ("--repeats", 1 if o.quick else 3)), 3600),
)
NAMES = tuple(b.name for b in BENCHMARKS)


@dataclass
class Outcome:
    name: str
    status: str  # "ok", "not run" or "failed"
    reason: str = ""
    rows: list[Row] = field(default_factory=list)
    command: list[str] = field(default_factory=list)
    seconds: float = 0.0
    load_before: str = ""
    load_after: str = ""
    load_script: str = ""
    details: dict = field(default_factory=dict)


def _env() -> dict[str, str]:
    return {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}


def _supported(help_text: str, args: list[str]) -> list[str]:
    """Only the options the script lists in its --help (an older script still runs, with its defaults)."""
    kept, i = [], 0
    while i < len(args):
        j = i + 1
        while j < len(args) and not args[j].startswith("--"):
            j += 1
        if args[i] in help_text.split() or f"{args[i]}," in help_text or f"{args[i]}=" in help_text:
            kept.extend(args[i:j])
        i = j
    return kept


def _shown(path: Path) -> str:
    return str(path.relative_to(REPO)) if path.is_relative_to(REPO) else str(path)


def run_one(bench: Benchmark, opts: Options, workdir: Path, bench_dir: Path = BENCH_DIR) -> Outcome:
    """Run one script with ``--json``; never raises for a script's failure."""
    script = bench_dir / f"{bench.name}.py"
    if not script.exists():
        return Outcome(bench.name, "not run", f"{_shown(script)} does not exist")
    helped = subprocess.run([sys.executable, str(script), "--help"], cwd=REPO, env=_env(), capture_output=True,
                            text=True, timeout=300)
    if helped.returncode != 0 or "--json" not in helped.stdout:
        return Outcome(bench.name, "not run", f"{_shown(script)} has no --json option yet")
    result = workdir / f"{bench.name}.json"
    cmd = [sys.executable, str(script), *_supported(helped.stdout, bench.args(opts)), "--json", str(result)]
    shown = ["python", _shown(script), *cmd[2:-1], "PATH"]
    out = Outcome(bench.name, "failed", command=shown, load_before=load_average())
    print(f"bench: {' '.join(shown)}", file=sys.stderr, flush=True)
    log = workdir / f"{bench.name}.log"
    start = time.perf_counter()
    try:
        with log.open("w") as fh:
            proc = subprocess.run(cmd, cwd=REPO, env=_env(), stdout=fh, stderr=subprocess.STDOUT,
                                  timeout=bench.timeout_s)
    except subprocess.TimeoutExpired:
        out.reason = f"timed out after {bench.timeout_s:.0f} s"
        return out
    finally:
        out.seconds = round(time.perf_counter() - start, 1)
        out.load_after = load_average()
    tail = " | ".join(log.read_text(errors="replace").strip().splitlines()[-3:])
    if proc.returncode != 0:
        out.reason = f"exit code {proc.returncode}: {tail}"
        return out
    try:
        payload = json.loads(result.read_text(encoding="utf-8"))
        if not isinstance(payload, dict) or not isinstance(payload.get("rows"), list):
            raise ValueError("no 'rows' list")
        out.rows = [Row.from_dict(r) for r in payload["rows"]]
        out.load_script = str(payload.get("load", ""))
        out.details = payload.get("details", {}) if isinstance(payload.get("details"), dict) else {}
    except (OSError, ValueError) as exc:  # json.JSONDecodeError is a ValueError
        out.reason = f"malformed result: {exc}"
        return out
    out.status = "ok" if out.rows else "failed"
    out.reason = "" if out.rows else "the script wrote no rows"
    return out


# -- the machine and the report ----------------------------------------------------------------


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def _git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def machine() -> dict[str, Any]:
    """What the figures were taken on; read without importing torch or duckdb."""
    cpu = next((line.split(":", 1)[1].strip() for line in _read("/proc/cpuinfo").splitlines()
                if line.startswith("model name")), platform.processor() or platform.machine())
    mem_kib = next((int(line.split()[1]) for line in _read("/proc/meminfo").splitlines()
                    if line.startswith("MemTotal:")), 0)
    os_name = next((line.split("=", 1)[1].strip('"') for line in _read("/etc/os-release").splitlines()
                    if line.startswith("PRETTY_NAME=")), platform.system())
    commit = _git("rev-parse", "--short=12", "HEAD")
    dirty = bool(_git("status", "--porcelain", "--untracked-files=no"))
    return {
        "cpu": cpu, "cores": os.cpu_count(), "ram_gib": round(mem_kib / 2**20, 1),
        "os": f"{os_name}, {platform.system()} {platform.release()}",
        "python": platform.python_version(), "torch": _version("torch"), "duckdb": _version("duckdb"),
        "transformers": _version("transformers"), "streamlit": _version("streamlit"),
        "git_commit": commit + (" (with uncommitted changes)" if dirty else ""),
    }


def _fmt(v: float | None) -> str:
    if v is None:
        return "–"
    if abs(v) >= 100:
        return f"{v:,.0f}"
    return f"{v:.3g}" if abs(v) < 10 else f"{v:.1f}"


def render_markdown(outcomes: list[Outcome], report: dict[str, Any], kept: str) -> str:
    m = report["machine"]
    quick = " (a quick smoke run: tiny sizes, the figures mean little)" if report["quick"] else ""
    lines = [
        "# Performance",
        "",
        f"Generated by `{report['command']}` on {report['date']}{quick}. "
        "Raw figures in `performance.json` beside this file. Every ratio is measured against a baseline in the "
        "same run; timings on a shared 2-core machine are noisy, so each benchmark's load average is listed.",
        "",
        "## Machine",
        "",
        "| | |", "|---|---|",
        f"| CPU | {m['cpu']}, {m['cores']} cores |", f"| RAM | {m['ram_gib']} GiB |", f"| OS | {m['os']} |",
        f"| versions | python {m['python']}, torch {m['torch']}, duckdb {m['duckdb']}, transformers "
        f"{m['transformers']}, streamlit {m['streamlit']} |",
        f"| git commit | {m['git_commit']} |",
        f"| load average (1/5/15 min) | before {report['load_before']}, after {report['load_after']} |",
        "",
        "## Results",
        "",
        "| benchmark | measure | size | value | unit | baseline | ratio | target | met |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for o in outcomes:
        if o.status != "ok":
            lines.append(f"| {o.name} | **{o.status}**: {o.reason.replace('|', '/')} | | | | | | | |")
        for r in o.rows:
            met = "–" if r.met is None else ("yes" if r.met else "**no**")
            ratio = "–" if r.ratio is None else f"{r.ratio:.3g}×"
            lines.append(f"| {o.name} | {r.measure} | {r.size:,} | {_fmt(r.value)} | {r.unit} | {_fmt(r.baseline)} "
                         f"| {ratio} | {_fmt(r.target)} | {met} |")
    lines += ["", "## How each figure is taken", ""]
    by_name = {b.name: b.what for b in BENCHMARKS}
    for o in outcomes:
        lines.append(f"- **{o.name}** — {by_name.get(o.name, '')}")
        if o.command:
            lines.append(f"  Command: `{' '.join(o.command)}`; {o.seconds:.0f} s; load {o.load_before} before, "
                         f"{o.load_after} after.")
        notes = dict.fromkeys(f"{r.measure}: {r.note}" for r in o.rows if r.note)  # once per distinct note
        lines += [f"  - {n}" for n in notes]
    lines += ["", KEEP_MARKER, kept.rstrip("\n") if kept.strip() else "", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def _kept_text(md: Path) -> str:
    if not md.exists():
        return ""
    text = md.read_text(encoding="utf-8")
    return text.split(KEEP_MARKER, 1)[1].lstrip("\n") if KEEP_MARKER in text else ""


def run_suite(opts: Options) -> tuple[int, list[Outcome]]:
    """Run the chosen benchmarks and write performance.md and performance.json into opts.out.

    Returns (exit code, outcomes): 0 when every chosen script ran or was "not run" for a stated reason,
    1 when any failed.
    """
    unknown = [n for n in opts.only if n not in NAMES]
    if unknown:
        raise ValueError(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(NAMES)}")
    chosen = [b for b in BENCHMARKS if not opts.only or b.name in opts.only]
    opts.out.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {
        "command": opts.command(), "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "quick": opts.quick, "sizes": list(opts.sizes), "statements": list(opts.statements),
        "machine": machine(), "load_before": load_average(),
    }
    outcomes = []
    with tempfile.TemporaryDirectory(prefix="stance-bench-") as tmp:
        for bench in chosen:
            outcomes.append(run_one(bench, opts, Path(tmp)))
            o = outcomes[-1]
            print(f"bench: {o.name}: {o.status}{' (' + o.reason + ')' if o.reason else ''}", file=sys.stderr,
                  flush=True)
    report["load_after"] = load_average()
    report["benchmarks"] = [{**asdict(o), "rows": [asdict(r) for r in o.rows]} for o in outcomes]
    md = opts.out / "performance.md"
    text = render_markdown(outcomes, report, _kept_text(md))
    (opts.out / "performance.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    md.write_text(text, encoding="utf-8")
    return (1 if any(o.status == "failed" for o in outcomes) else 0), outcomes
