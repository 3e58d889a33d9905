"""Every bundled analyst query runs on the built sample and returns rows."""

import duckdb
import pytest

from assets.cli import main
from warehouse.read_only import bundled_queries


@pytest.mark.parametrize("name", sorted(bundled_queries()))
def test_query_returns_rows(name, built_sample):
    _, db, _ = built_sample
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute(bundled_queries()[name]).fetchall(), name


def test_bundled_queries_run_by_name(built_sample, capsys):
    _, db, _ = built_sample
    assert "who_claimed_what" in bundled_queries()
    assert main(["query", "who_claimed_what", "--db", str(db)]) == 0
    assert "certainty" in capsys.readouterr().out


def test_claim_queries_default_to_statements(built_sample):
    """Bundled queries keep speech, written and belief claims (and narrator ones) only; the
    claims table itself keeps every class."""
    _, db, _ = built_sample
    with duckdb.connect(str(db), read_only=True) as con:
        shown = [row[3] for row in con.execute(bundled_queries()["who_claimed_what"]).fetchall()]
        statements = con.execute(
            "select count(*) from claims join sources using (source_id)"
            " where cue_class in ('speech', 'written', 'belief')"
        ).fetchone()[0]
    assert shown and set(shown) <= {"speech", "written", "belief"}
    assert len(shown) == statements


def _one_error_line(capsys) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    return err[0]


def test_a_misspelt_table_keeps_duckdbs_suggestion(built_sample, capsys):
    _, db, _ = built_sample
    assert main(["query", "select * from claim", "--db", str(db)]) == 1
    assert 'Did you mean "claims"?' in _one_error_line(capsys)


def test_a_misspelt_column_keeps_the_candidates(built_sample, capsys):
    _, db, _ = built_sample
    assert main(["query", "select certainy from claims", "--db", str(db)]) == 1
    line = _one_error_line(capsys)
    assert '"certainy" not found' in line and '"certainty"' in line


def test_an_unknown_query_name_lists_the_bundled_names(built_sample, capsys):
    _, db, _ = built_sample
    assert main(["query", "who_claimed", "--db", str(db)]) == 1
    line = _one_error_line(capsys)
    assert 'no bundled query "who_claimed"' in line and 'did you mean "who_claimed_what"?' in line
    assert all(name in line for name in bundled_queries())


def test_a_syntax_error_in_real_sql_stays_a_syntax_error(built_sample, capsys):
    _, db, _ = built_sample
    assert main(["query", "select 1 +", "--db", str(db)]) == 1
    line = _one_error_line(capsys)
    assert line.startswith("newsclaims: error: Parser Error") and "LINE" not in line
