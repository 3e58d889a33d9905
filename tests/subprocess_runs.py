"""`newsclaims` run for real in a subprocess over a copy of the code, and whole-database
snapshots to compare runs: shared by the crash, lock and blocking-check tests."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb

from warehouse.schema import tables

REPO = Path(__file__).parent.parent
PACKAGES = ("assets", "checks", "pipeline", "warehouse")
RUN_STAMPS = {"applied_at", "seen_at", "ingested_at", "extracted_at"}  # when a run wrote the row, not what
RUN_TIMEOUT_S = 300


def copy_code(root: Path) -> Path:
    """A copy of the code the compared runs all execute: edits to the working tree meanwhile
    (a new extractor version) would otherwise make a clean run and a resumed run differ."""
    for package in PACKAGES:
        shutil.copytree(REPO / package, root / package, ignore=shutil.ignore_patterns("__pycache__"))
    return root


def newsclaims(code: Path, *args: str) -> subprocess.Popen:
    """`newsclaims <args>` run from `code` in a subprocess, stderr piped for its progress line."""
    return subprocess.Popen(
        [sys.executable, "-m", "assets.cli", *args], cwd=code, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def finish(process: subprocess.Popen) -> tuple[int, str]:
    """Wait for the process: its exit code and its stderr, each "\\r" progress update on a line of its own."""
    _, err = process.communicate(timeout=RUN_TIMEOUT_S)
    return process.returncode, err.decode("utf-8", "replace").replace("\r", "\n")


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table, sorted, without the columns that only record when a run wrote it."""
    rows = {}
    with duckdb.connect(str(db), read_only=True) as con:
        for name, table in tables().items():
            columns = ", ".join(c.name for c in table.columns if c.name not in RUN_STAMPS)
            rows[name] = sorted(con.execute(f"select {columns} from {name}").fetchall(), key=repr)
    return rows


def differences(got: dict[str, list[tuple]], expected: dict[str, list[tuple]]) -> dict[str, tuple[int, int]]:
    """table -> (rows missing, rows extra) for each table that differs."""
    found = {}
    for name in expected:
        missing = [r for r in expected[name] if r not in got[name]]
        extra = [r for r in got[name] if r not in expected[name]]
        if missing or extra or len(got[name]) != len(expected[name]):
            found[name] = (len(missing), len(extra) + max(len(got[name]) - len(expected[name]), 0))
    return found
