"""Each integrity check passes on the built sample and fails on a deliberately broken row."""

import shutil

import pytest

from checks.integrity import SQL_CHECKS, offending_rows
from warehouse.resource import Warehouse

BREAKAGES = {
    "documents_unique_ids": "insert into documents select * from documents limit 1",
    "inputs_accounted_for": "delete from documents where doc_id = (select min(doc_id) from documents)",
    "rejection_reasons_valid": "update rejected_documents set reason = 'bored' where uri = (select min(uri) from rejected_documents)",
    "sentences_unique_ids": "insert into sentences select * from sentences limit 1",
    "sentences_valid": "update sentences set end_char = end_char + 1 where sentence_index = 0",
    "claims_unique_ids": "insert into claims select * from claims limit 1",
    "claims_valid": "update claims set certainty = 'maybe' where claim_id = (select min(claim_id) from claims)",
    "quantities_valid": "update claim_quantities set start_char = start_char + 1",
    "source_mentions_valid": "update source_mentions set kind = 'alien'",
    "events_unique_ids": "insert into events select * from events limit 1",
    "events_valid": "update events set trigger_start = trigger_start + 1",
    "sources_unique_ids": "insert into sources select * from sources limit 1",
    "sources_valid": "delete from sources where source_id = (select min(source_id) from claims)",
    "sources_named": "update sources set name = 'its' where source_id = (select min(source_id) from sources)",
}


def test_every_check_has_a_breakage():
    assert {c.name for c in SQL_CHECKS} == set(BREAKAGES)


@pytest.mark.parametrize("check", SQL_CHECKS, ids=lambda c: c.name)
def test_check_passes_then_fails_on_a_broken_row(check, built_sample, tmp_path):
    _, db, _ = built_sample
    copy = tmp_path / "broken.duckdb"
    shutil.copy(db, copy)
    warehouse = Warehouse(db_path=str(copy))
    with warehouse.read() as con:
        assert offending_rows(con, check) == []
    with warehouse.write() as con:
        con.execute(BREAKAGES[check.name])
    with warehouse.read() as con:
        assert len(offending_rows(con, check)) >= 1


def test_checks_run_as_one_step_per_table_group_outside_the_writers_pool():
    import dagster as dg

    from assets.definitions import CHECKS, defs
    from checks.expectations import SUITES
    from checks.groups import GROUPS

    assert len(CHECKS) == len(GROUPS)
    names = [key.name for definition in CHECKS for key in definition.check_keys]
    assert sorted(names) == sorted([c.name for c in SQL_CHECKS] + [s.check_name for s in SUITES])
    blocking = {spec.name for definition in CHECKS for spec in definition.check_specs if spec.blocking}
    assert blocking == {c.name for c in SQL_CHECKS if c.blocking}
    assert all(definition.node_def.pool is None for definition in CHECKS)
    assert defs.resolve_job_def("newsclaims_job").executor_def.name == dg.in_process_executor.name


def test_an_indirect_claim_needs_a_source_a_mention_or_a_cue_and_a_quote_does_not(built_sample, tmp_path):
    """A cue-less quote continuing an unresolved "he" keeps "he" as its mention and no source
    (issue 14), and a continuation whose speaker the parse missed has neither: quote marks
    attribute both. An indirect claim with no source, mention or cue says nothing of who spoke."""
    check = next(c for c in SQL_CHECKS if c.name == "claims_valid")
    _, db, _ = built_sample
    copy = tmp_path / "speakers.duckdb"
    shutil.copy(db, copy)
    warehouse = Warehouse(db_path=str(copy))

    def strip_speaker(claim_type: str) -> None:
        chosen = (f"(select min(claim_id) from claims where claim_type = '{claim_type}' "
                  "and source_mention is not null and cue is not null)")
        with warehouse.write() as con:
            con.execute("update claims set source_id = null, source_mention = null, source_start = null, "
                        f"source_end = null, cue = null, cue_start = null, cue_end = null where claim_id = {chosen}")

    strip_speaker("direct_quote")
    with warehouse.read() as con:
        assert offending_rows(con, check) == []
    strip_speaker("indirect")
    with warehouse.read() as con:
        assert [problem for _, problem in offending_rows(con, check)] == [
            "indirect claim without a source, a source mention or a cue"
        ]
