"""A run killed at any point loses nothing: the next run completes to the tables of a clean run.

`newsclaims run` really runs in a subprocess and is SIGKILLed (no cleanup, no rollback
handler) while it ingests and while it extracts; its progress line on stderr says when.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import duckdb
import pytest

from assets.settings import SAMPLE_DIR
from tests.helpers import TEST_DATA
from tests.subprocess_runs import RUN_TIMEOUT_S, differences, finish, newsclaims, snapshot

COPIES = 700  # copies of one article: ingestion writes 500 inputs per transaction, so a kill finds one committed


def kill_when(process: subprocess.Popen, progress: str) -> str:
    """SIGKILL the process as soon as `progress` appears on its stderr; the stderr read so far."""
    seen = b""
    deadline = time.monotonic() + RUN_TIMEOUT_S
    while progress.encode() not in seen:
        chunk = os.read(process.stderr.fileno(), 4096)
        if not chunk or time.monotonic() > deadline:
            process.kill()
            raise AssertionError(f"run ended before {progress!r}: {seen.decode('utf-8', 'replace')[-500:]}")
        seen += chunk
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stderr.close()
    return seen.decode("utf-8", "replace")


def run_args(corpus: Path, db: Path) -> list[str]:
    return ["run", "--input", str(corpus), "--db", str(db), "--batch-size", "2", "--progress", "plain"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """22 real pages and articles plus COPIES duplicates of one: several seconds to ingest and to extract."""
    folder = tmp_path_factory.mktemp("crash") / "corpus"
    shutil.copytree(TEST_DATA / "html", folder, ignore=shutil.ignore_patterns("*.md", "*.json"))
    for path in SAMPLE_DIR.iterdir():
        shutil.copy(path, folder / path.name)
    article = (SAMPLE_DIR / "seed_article.txt").read_bytes()
    for number in range(COPIES):
        (folder / f"seed_copy_{number:04}.txt").write_bytes(article)
    return folder


@pytest.fixture(scope="module")
def clean_tables(code, corpus, tmp_path_factory) -> dict[str, list[tuple]]:
    db = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    exit_code, err = finish(newsclaims(code, *run_args(corpus, db)))
    assert exit_code == 0, err
    return snapshot(db)


def test_clean_run_fills_every_table(clean_tables):
    assert {name for name, rows in clean_tables.items() if not rows} <= {"event_claims", "extraction_failures"}
    assert len(clean_tables["rejected_documents"]) >= COPIES


def test_killed_during_ingestion_then_rerun_equals_a_clean_run(code, corpus, clean_tables, tmp_path):
    db = tmp_path / "killed.duckdb"
    err = kill_when(newsclaims(code, *run_args(corpus, db)), "ingested 550/")
    assert "extracted" not in err  # killed before ingestion finished
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("select count(*) from input_files").fetchone()[0] == 500  # one batch committed
        assert con.execute("select count(*) from sentences").fetchone()[0] == 0
    exit_code, err = finish(newsclaims(code, *run_args(corpus, db)))
    assert exit_code == 0, err
    assert differences(snapshot(db), clean_tables) == {}


def test_killed_during_extraction_then_rerun_equals_a_clean_run(code, corpus, clean_tables, tmp_path):
    db = tmp_path / "killed.duckdb"
    kill_when(newsclaims(code, *run_args(corpus, db)), "extracted 8/")
    with duckdb.connect(str(db), read_only=True) as con:
        extracted = con.execute("select count(*) from extracted_documents").fetchone()[0]
        documents = con.execute("select count(*) from documents").fetchone()[0]
    assert 8 <= extracted < documents  # killed part-way: some documents done, others not
    exit_code, err = finish(newsclaims(code, *run_args(corpus, db)))
    assert exit_code == 0, err
    assert f"extracted {documents - extracted}/{documents - extracted} documents" in err  # only the rest re-parsed
    assert differences(snapshot(db), clean_tables) == {}

