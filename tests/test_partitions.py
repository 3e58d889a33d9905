"""Extraction partitioned by document bucket gives exactly the tables of one unpartitioned run."""

import dagster as dg
import duckdb

from assets.definitions import newsclaims_job_from_env
from assets.extraction import EXTRACTION_TABLES, extraction
from assets.ingestion import ingestion
from assets.partitions import BUCKET_COUNT, bucket_key
from assets.settings import NewsclaimsSettings
from assets.sources import sources
from warehouse.resource import Warehouse

ID_COLUMNS = {"documents": "doc_id", "sentences": "sentence_id", "claims": "claim_id",
              "claim_quantities": "quantity_id", "source_mentions": "mention_id", "events": "event_id",
              "event_quantities": "quantity_id", "event_claims": "event_id || claim_id", "sources": "source_id"}


def table_ids(db) -> dict[str, list[str]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: [r[0] for r in con.execute(f"select {c} from {t} order by 1").fetchall()]
                for t, c in ID_COLUMNS.items()}


def resources(inbox, db) -> dict:
    return {"settings": NewsclaimsSettings(input_paths=[str(inbox)]),
            "warehouse": Warehouse(db_path=str(db), lock_timeout_s=120)}


def test_documents_spread_over_buckets(built_sample):
    _, db, _ = built_sample
    with duckdb.connect(str(db), read_only=True) as con:
        doc_ids = [r[0] for r in con.execute("select doc_id from documents").fetchall()]
    assert len({bucket_key(d) for d in doc_ids}) > 1
    assert all(0 <= int(bucket_key(d)) < BUCKET_COUNT for d in doc_ids)


def test_one_run_per_bucket_equals_the_unpartitioned_run(built_sample, tmp_path):
    inbox, unpartitioned_db, _ = built_sample
    db = tmp_path / "partitioned.duckdb"
    assert dg.materialize([ingestion], resources=resources(inbox, db)).success
    for key in reversed(dg.StaticPartitionsDefinition([str(i) for i in range(BUCKET_COUNT)]).get_partition_keys()):
        assert dg.materialize([extraction], partition_key=key, resources=resources(inbox, db)).success
    assert dg.materialize([sources], resources=resources(inbox, db)).success
    assert table_ids(db) == table_ids(unpartitioned_db)


def test_backfill_style_runs_of_the_job_equal_the_unpartitioned_run(built_sample, tmp_path, monkeypatch):
    inbox, unpartitioned_db, _ = built_sample
    db = tmp_path / "parallel.duckdb"
    monkeypatch.setenv("NEWSCLAIMS_INPUT", str(inbox))
    monkeypatch.setenv("NEWSCLAIMS_DB", str(db))
    assert dg.materialize([ingestion], resources=resources(inbox, db)).success
    extraction_keys = [dg.AssetKey(name) for name in EXTRACTION_TABLES]
    halves = [("0", str(BUCKET_COUNT // 2 - 1)), (str(BUCKET_COUNT // 2), str(BUCKET_COUNT - 1))]
    with dg.instance_for_test() as instance:
        for start, end in halves:  # as a backfill's runs; concurrent runs: tests/test_lock_contention.py
            tags = {"dagster/asset_partition_range_start": start, "dagster/asset_partition_range_end": end}
            result = dg.execute_job(dg.reconstructable(newsclaims_job_from_env), instance,
                                    asset_selection=extraction_keys, tags=tags)
            assert result.success
    assert dg.materialize([sources], resources=resources(inbox, db)).success
    assert table_ids(db) == table_ids(unpartitioned_db)
