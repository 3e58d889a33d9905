"""The newsclaims command: one clear line and a non-zero exit for every bad invocation."""

import subprocess
import sys
from pathlib import Path

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


def test_eval_bbc_gold_without_its_corpus_is_one_skip_line(tmp_path, capsys):
    gold = Path(__file__).parent / "data" / "bbc_gold"
    missing = tmp_path / "no-corpus"
    assert main(["eval", "--bbc-gold", str(gold), "--corpus", str(missing)]) == 0
    captured = capsys.readouterr()
    assert "skipped" not in captured.out  # stdout carries scores only, so it can be piped
    err = captured.err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"newsclaims: skipped BBC gold {gold}: no corpus at {missing}")


def test_eval_missing_bbc_gold_directory(tmp_path, capsys):
    assert main(["eval", "--bbc-gold", str(tmp_path / "no-gold")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no-gold" in err[0]


# --------------------------------------------------------------------------- the query sandbox (issue 16, failure 8)

ESCAPES = {
    "attach another file read-write": "attach '{other}' as other (read_only false)",
    "attach then drop": "attach '{other}' as other; drop table other.secrets",
    "copy to a file": "copy (select * from documents) to '{out}'",
    "export the database": "export database '{outdir}'",
    "read a local file": "select * from read_text('/etc/passwd')",
    "read a csv": "select * from read_csv('/etc/passwd')",
    "list files": "select * from glob('/etc/*')",
    "install an extension": "install httpfs",
    "load an extension": "load httpfs",
    "re-enable external access": "set enable_external_access = true",
    "unlock the configuration": "set lock_configuration = false",
    "write": "create table mine as select 1",
    "a select then a write": "select 1; delete from documents",
}


@pytest.mark.parametrize("sql", list(ESCAPES.values()), ids=list(ESCAPES))
def test_query_refuses_each_escape(built_sample, tmp_path, capsys, sql):
    import duckdb

    _, db, _ = built_sample
    other = tmp_path / "other.duckdb"
    with duckdb.connect(str(other)) as con:
        con.execute("create table secrets as select 42 as answer")
    out, outdir = tmp_path / "out.csv", tmp_path / "export"
    code = main(["query", sql.format(other=other, out=out, outdir=outdir), "--db", str(db)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and len(err) == 1, err
    assert not out.exists() and not outdir.exists()
    with duckdb.connect(str(other), read_only=True) as con:
        assert con.execute("select answer from secrets").fetchall() == [(42,)]


def test_query_results_are_row_limited(built_sample, capsys):
    _, db, _ = built_sample
    # a trillion rows: only the first few are ever computed
    assert main(["query", "select range as n from range(1000000000000)", "--db", str(db), "--max-rows", "5"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["n", "-", "0", "1", "2", "3", "4", "(first 5 rows; --max-rows for more)"]


def test_query_still_reads_the_database(built_sample, capsys):
    _, db, _ = built_sample
    assert main(["query", "rejected_inputs", "--db", str(db)]) == 0
    assert main(["query", "describe documents", "--db", str(db)]) == 0
    assert "doc_id" in capsys.readouterr().out


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
