"""Extraction is partitioned by document bucket, so a large backfill runs as parallel runs.

A document's bucket is a stable hash of its id (`pipeline.ids.bucket`). A run over the whole
range of buckets (what `newsclaims run`, the schedule and the sensor request) extracts every
pending document in one run; a backfill over the buckets in the UI runs them as separate,
parallel runs, each parsing only its own documents.
"""

import dagster as dg

from pipeline import ids

BUCKET_COUNT = 8
doc_buckets = dg.StaticPartitionsDefinition([str(i) for i in range(BUCKET_COUNT)])

# Run tags that select every bucket in one run (Dagster's partition-range tags).
ALL_BUCKETS_TAGS = {
    "dagster/asset_partition_range_start": "0",
    "dagster/asset_partition_range_end": str(BUCKET_COUNT - 1),
}

# A backfill over all buckets launches this many runs: one per core of a 2-core machine.
BUCKETS_PER_BACKFILL_RUN = BUCKET_COUNT // 2


def bucket_key(doc_id: str) -> str:
    return str(ids.bucket(doc_id, BUCKET_COUNT))
