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
