"""Every bundled analyst query runs on the built sample and returns rows."""

import duckdb
import pytest

from assets.cli import bundled_queries, main


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
