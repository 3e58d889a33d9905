"""The newsclaims command: one clear line and a non-zero exit for every bad invocation."""

import subprocess
import sys

import pytest

from assets.cli import main


def test_missing_input_path(tmp_db, tmp_path, capsys):
    assert main(["run", "--input", str(tmp_path / "nowhere"), "--db", str(tmp_db)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "nowhere" in err[0]


def test_unknown_input_type(tmp_db, tmp_path, capsys):
    sheet = tmp_path / "table.xlsx"
    sheet.write_bytes(b"PK\x03\x04 not an article")
    assert main(["run", "--input", str(sheet), "--db", str(tmp_db)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "table.xlsx" in err[0]


def test_query_without_a_database(tmp_path, capsys):
    assert main(["query", "select 1", "--db", str(tmp_path / "none.duckdb")]) == 1
    assert "run `newsclaims run` first" in capsys.readouterr().err


def test_query_prints_rows_and_reports_bad_sql(built_sample, capsys):
    _, db, _ = built_sample
    assert main(["query", "select count(*) as n from documents", "--db", str(db)]) == 0
    assert "n" in capsys.readouterr().out
    assert main(["query", "select * from no_such_table", "--db", str(db)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no_such_table" in err[0]


def test_query_never_writes(built_sample, capsys):
    _, db, _ = built_sample
    assert main(["query", "delete from documents", "--db", str(db)]) == 1
    assert "read-only" in capsys.readouterr().err.lower()


def test_locked_database(built_sample, tmp_path, capsys):
    import shutil

    _, db, _ = built_sample
    copy = tmp_path / "locked.duckdb"
    shutil.copy(db, copy)
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(copy)!r}); print('ok', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ok"
        assert main(["query", "select 1", "--db", str(copy), "--lock-timeout", "0.5"]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "locked by another process" in err[0]
    finally:
        holder.kill()
        holder.wait()


def test_unknown_command_exits_non_zero():
    with pytest.raises(SystemExit) as exit_info:
        main(["frobnicate"])
    assert exit_info.value.code == 2


def test_console_script_is_installed():
    result = subprocess.run([sys.executable, "-m", "assets.cli", "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "run" in result.stdout and "query" in result.stdout


def test_eval_without_the_polnear_data_skips_it_in_one_line(tmp_path, capsys):
    assert main(["eval", "--polnear", str(tmp_path / "polnear_dev")]) == 0
    captured = capsys.readouterr()
    assert "claims" in captured.out  # the shipped seed article is still scored
    err = captured.err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("newsclaims: skipped PolNeAR scoring") and "PolNeAR" in err[0]


def test_bench_without_the_corpus_skips_in_one_line(tmp_path, capsys):
    assert main(["bench", "--corpus", str(tmp_path / "bbc")]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no corpus directory" in err[0] and "mlg.ucd.ie" in err[0]


def test_run_shows_plain_progress_and_ends_with_the_summary_table(tmp_db, capsys):
    assert main(["run", "--db", str(tmp_db), "--progress", "plain"]) == 0
    captured = capsys.readouterr()
    extracted = [line for line in captured.err.splitlines() if line.startswith("extracted ")]
    assert extracted and extracted[-1].startswith("extracted 6/6 documents,")
    assert "documents/s, ETA" in extracted[-1]
    rows = {cells[0].strip(): cells[1].strip()
            for line in captured.out.splitlines()
            if len(cells := [c for c in line.strip("│┃ ").split("│") if c.strip()]) == 2}
    assert rows["inputs"] == "7" and rows["documents"] == "6" and rows["rejected: no_article_text"] == "1"
    assert {"claims", "sources", "events"} <= set(rows)
    passed, run = rows["checks passed"].split("/")
    assert passed == run and int(run) >= 10


def test_run_is_quiet_on_stderr_when_it_is_not_a_terminal(tmp_db, capsys):
    assert main(["run", "--db", str(tmp_db)]) == 0  # --progress auto; pytest's stderr is no terminal
    assert capsys.readouterr().err == ""
