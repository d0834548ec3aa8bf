"""Launching ``streamlit run`` for measurement and tests: a free port and the wait for its health check.

Shared by ``benchmarks/cold_start.py`` and ``tests/test_browser.py``.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


class NotHealthy(RuntimeError):
    """The server exited or did not answer its health check in time."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def command(script: str | Path, port: int) -> list[str]:
    """``streamlit run SCRIPT`` headless on 127.0.0.1:PORT (other settings from .streamlit/config.toml)."""
    return [sys.executable, "-m", "streamlit", "run", str(script), "--server.port", str(port),
            "--server.headless", "true", "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"]


def wait_healthy(url: str, proc: subprocess.Popen, timeout_s: float, poll_s: float = 0.05) -> None:
    """Poll ``URL/_stcore/health`` until it answers ``ok``; ``NotHealthy`` if ``proc`` exits or time runs out."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                if r.read() == b"ok":
                    return
        except OSError:
            pass
        if proc.poll() is not None:
            raise NotHealthy(f"streamlit exited with status {proc.returncode}")
        if time.monotonic() > deadline:
            raise NotHealthy(f"streamlit did not answer its health check within {timeout_s:.0f} s")
        time.sleep(poll_s)
