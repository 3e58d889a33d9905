"""Two articles about one attack: one event cluster, two sources, and their differing figures."""

import duckdb
import pytest

from tests.helpers import TEST_DATA, materialize_into


@pytest.fixture(scope="module")
def two_reports_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("clusters") / "c.duckdb"
    assert materialize_into(TEST_DATA / "cluster" / "two_reports.jsonl", db).success
    return db


def test_one_attack_reported_twice_is_one_cluster_with_two_sources(two_reports_db):
    with duckdb.connect(str(two_reports_db), read_only=True) as con:
        rows = con.execute(
            "select event_type, first_date::varchar, documents, sources from event_corroboration where documents > 1"
        ).fetchall()
    assert rows == [("ASSAULT", "2025-03-08", 2, 2)]


def test_the_differing_drone_counts_are_a_conflict_with_their_sources(two_reports_db):
    with duckdb.connect(str(two_reports_db), read_only=True) as con:
        rows = con.execute("select unit, value, source from conflicting_figures order by value").fetchall()
    assert rows == [("drones", 80.0, "Ukraine's air force"), ("drones", 120.0, "Officials")]


def test_cluster_ids_cover_every_event(two_reports_db):
    with duckdb.connect(str(two_reports_db), read_only=True) as con:
        missing = con.execute("select count(*) from events where event_id not in (select event_id from event_clusters)")
        assert missing.fetchone()[0] == 0
