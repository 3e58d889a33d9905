"""A database file a run cannot use now: a wait or one clear line, never mixed or lost rows.

DuckDB lets one process hold a file read-write and then no other process may open it. A
run waits up to --lock-timeout for the lock at every transaction, then fails with one line.
A file that is not a newsclaims database of this schema version is refused and left as it was.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from assets.cli import main
from assets.settings import SAMPLE_DIR
from tests.subprocess_runs import differences, finish, newsclaims, snapshot

LOCK_MESSAGE = "locked by another process"


@pytest.fixture(scope="module")
def inbox(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("lock") / "inbox"
    shutil.copytree(SAMPLE_DIR, folder)
    return folder


@pytest.fixture(scope="module")
def clean_db(code, inbox, tmp_path_factory) -> Path:
    """The database of a clean, uncontended run on the sample. Treat as read-only."""
    db = tmp_path_factory.mktemp("reference") / "clean.duckdb"
    exit_code, err = finish(newsclaims(code, "run", "--input", str(inbox), "--db", str(db)))
    assert exit_code == 0, err
    return db


@pytest.fixture(scope="module")
def sample_tables(clean_db) -> dict[str, list[tuple]]:
    return snapshot(clean_db)


def hold_open(db) -> subprocess.Popen:
    """A process holding the file open read-write (as a duckdb shell or notebook would) until killed."""
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(db)!r}); print('ok', flush=True); "
                               "time.sleep(120)"],
        stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout.readline().strip() == "ok"
    return holder


def release(holder: subprocess.Popen) -> None:
    holder.kill()
    holder.wait()
    holder.stdout.close()


def run_while_held(code: Path, inbox: Path, db: Path) -> tuple[int, list[str]]:
    """`newsclaims run --lock-timeout 1` while another process holds db: exit code and stderr lines."""
    holder = hold_open(db)
    try:
        exit_code, err = finish(newsclaims(code, "run", "--input", str(inbox), "--db", str(db), "--lock-timeout", "1"))
    finally:
        release(holder)
    return exit_code, err.strip().splitlines()


def test_run_on_a_held_file_fails_with_one_line_then_succeeds_once_released(
    code, inbox, clean_db, sample_tables, tmp_path
):
    db = tmp_path / "held.duckdb"
    shutil.copy(clean_db, db)
    exit_code, lines = run_while_held(code, inbox, db)
    assert exit_code == 1
    assert len(lines) == 1 and "lock" in lines[0].lower() and str(db) in lines[0], lines

    exit_code, err = finish(newsclaims(code, "run", "--input", str(inbox), "--db", str(db), "--lock-timeout", "1"))
    assert exit_code == 0, err
    assert differences(snapshot(db), sample_tables) == {}


def test_lock_failure_in_a_run_gives_the_warehouse_message(code, inbox, clean_db, tmp_path):
    db = tmp_path / "held.duckdb"
    shutil.copy(clean_db, db)
    _, lines = run_while_held(code, inbox, db)
    assert LOCK_MESSAGE in lines[0] and "close other DuckDB sessions" in lines[0], lines


def test_run_on_an_empty_duckdb_file_creates_the_tables(code, inbox, sample_tables, tmp_path):
    db = tmp_path / "empty.duckdb"
    duckdb.connect(str(db)).close()
    exit_code, err = finish(newsclaims(code, "run", "--input", str(inbox), "--db", str(db)))
    assert exit_code == 0, err
    assert differences(snapshot(db), sample_tables) == {}


def test_query_waits_for_a_running_job_instead_of_failing(code, inbox, tmp_path):
    db = tmp_path / "busy.duckdb"
    job = newsclaims(code, "run", "--input", str(inbox), "--db", str(db), "--batch-size", "1", "--progress", "plain")
    progress = b""
    while b"extracted 1/" not in progress:  # the job is writing batch after batch from here on
        chunk = job.stderr.read1(4096)
        assert chunk, progress.decode("utf-8", "replace")
        progress += chunk
    query = subprocess.run(
        [sys.executable, "-m", "assets.cli", "query", "select count(*) as n from documents", "--db", str(db),
         "--lock-timeout", "60"],
        cwd=code, capture_output=True, text=True, timeout=120,
    )
    exit_code, err = finish(job)
    assert query.returncode == 0, query.stderr
    assert exit_code == 0, err


def test_two_runs_at_once_both_finish_without_duplicating_rows(code, inbox, sample_tables, tmp_path):
    db = tmp_path / "shared.duckdb"
    runs = [newsclaims(code, "run", "--input", str(inbox), "--db", str(db), "--batch-size", "2") for _ in range(2)]
    outcomes = [finish(run) for run in runs]
    for exit_code, err in outcomes:
        assert exit_code == 0 or (exit_code == 1 and LOCK_MESSAGE in err), err
    assert any(exit_code == 0 for exit_code, _ in outcomes)
    assert differences(snapshot(db), sample_tables) == {}


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(inbox, tmp_path, capsys):
    db = tmp_path / "notes.duckdb"
    db.write_bytes(b"my notes, not a database\n" * 200)
    assert main(["run", "--input", str(inbox), "--db", str(db), "--quiet"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not a valid DuckDB database" in err[0], err
    assert db.read_bytes() == b"my notes, not a database\n" * 200


def test_a_database_of_a_newer_schema_is_refused_and_left_untouched(inbox, clean_db, tmp_path, capsys):
    db = tmp_path / "newer.duckdb"
    shutil.copy(clean_db, db)
    with duckdb.connect(str(db)) as con:
        con.execute("update schema_version set version = version + 1")
    before = snapshot(db)
    new_inputs = shutil.copytree(inbox, tmp_path / "new")  # new uris: ingestion has rows to write
    assert main(["run", "--input", str(new_inputs), "--db", str(db), "--quiet"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "schema version" in err[0], err
    assert snapshot(db) == before
