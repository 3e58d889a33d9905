"""Extraction: each document parsed once, all of its rows written together.

Sentences, claims, quantities, source mentions and events come from one spaCy parse per
document (`pipeline.process`). Documents are streamed through `nlp.pipe` and written in
batches; each batch is one transaction that replaces every extraction row of its documents,
so a crash leaves each document either complete or untouched. Only documents that are new,
or were extracted by another extractor version, are parsed.

The asset is partitioned by document bucket (`assets.partitions`): each run extracts the
documents of its buckets. It is not in the `duckdb` pool, so runs over different buckets parse
in parallel; their short write transactions take turns on the file lock (`warehouse.resource`).
"""

from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from itertools import islice

import dagster as dg

from assets.metadata import asset_spec, table_metadata
from assets.partitions import BUCKETS_PER_BACKFILL_RUN, bucket_key, doc_buckets
from assets.progress import progress
from assets.settings import NewsclaimsSettings
from pipeline.models import Document, DocumentResult
from pipeline.nlp import parse_stream
from pipeline.process import extractor_version, process
from warehouse import writers
from warehouse.resource import Warehouse

# table (also the DocumentResult attribute holding its rows) -> (renamed fields, preview columns)
EXTRACTION_TABLES: dict[str, tuple[dict[str, str], list[str]]] = {
    "sentences": ({}, ["sentence_index", "paragraph_index", "text"]),
    "claims": ({}, ["source_mention", "cue", "content", "claim_type", "certainty"]),
    "claim_quantities": ({"owner_id": "claim_id"}, ["value", "qualifier", "unit", "text"]),
    "source_mentions": ({}, ["mention", "name", "kind"]),
    "events": ({}, ["event_type", "trigger", "actors", "targets", "location", "event_date"]),
    "event_quantities": ({"owner_id": "event_id"}, ["value", "qualifier", "unit", "text"]),
    "event_claims": ({}, ["event_id", "claim_id"]),
}
READ_CHUNK = 256


def batched(items: Iterable, size: int) -> Iterator[list]:
    """itertools.batched, which Python 3.11 lacks."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _pending_doc_ids(warehouse: Warehouse, version: str, buckets: set[str]) -> list[str]:
    """In these buckets: drop rows of documents that are gone; return documents to extract."""
    with warehouse.write() as con:
        gone = con.execute(
            "select distinct doc_id from extracted_documents where doc_id not in (select doc_id from documents)"
        ).fetchall()
        gone_here = [d for (d,) in gone if bucket_key(d) in buckets]
        for table_name in [*EXTRACTION_TABLES, "extracted_documents"]:
            writers.delete_keys(con, table_name, "doc_id", gone_here)
        pending = con.execute(
            "select doc_id from documents where doc_id not in "
            "(select doc_id from extracted_documents where extractor_version = ?) order by doc_id",
            [version],
        ).fetchall()
    return [d for (d,) in pending if bucket_key(d) in buckets]


def _documents(warehouse: Warehouse, doc_ids: Sequence[str]) -> Iterator[tuple[str, Document]]:
    """(text, document) pairs, read a chunk at a time so the corpus is never held whole."""
    for chunk in batched(doc_ids, READ_CHUNK):
        with warehouse.read() as con:
            con.register("wanted", writers.to_arrow({"doc_id": d} for d in chunk))
            rows = con.execute(
                "select doc_id, uri, text, content_hash, published_at from documents "
                "where doc_id in (select doc_id from wanted) order by doc_id"
            ).fetchall()
        for doc_id, uri, text, content_hash, published_at in rows:
            yield text, Document(doc_id=doc_id, uri=uri, text=text, content_hash=content_hash, published_at=published_at)


def _write(warehouse: Warehouse, results: list[DocumentResult], version: str) -> None:
    doc_ids = [r.doc_id for r in results]
    now = datetime.now(UTC)
    with warehouse.write() as con:
        for table_name, (rename, _) in EXTRACTION_TABLES.items():
            rows = writers.to_arrow((row for r in results for row in getattr(r, table_name)), rename)
            writers.replace(con, table_name, "doc_id", doc_ids, rows)
        done = writers.to_arrow({"doc_id": d, "extractor_version": version, "extracted_at": now} for d in doc_ids)
        writers.replace(con, "extracted_documents", "doc_id", doc_ids, done)


@dg.multi_asset(
    specs=[asset_spec(name, "extraction", deps=["documents"]) for name in EXTRACTION_TABLES],
    partitions_def=doc_buckets,
    backfill_policy=dg.BackfillPolicy.multi_run(max_partitions_per_run=BUCKETS_PER_BACKFILL_RUN),
)
def extraction(context: dg.AssetExecutionContext, settings: NewsclaimsSettings, warehouse: Warehouse):
    """Parse new documents once and extract sentences, claims, quantities, sources and events."""
    version = extractor_version()
    buckets = set(context.partition_keys)
    pending = _pending_doc_ids(warehouse, version, buckets)
    context.log.info(f"{len(pending)} documents to extract in buckets {sorted(buckets)} (extractor {version})")
    done = 0
    parsed = parse_stream(_documents(warehouse, pending), batch_size=settings.batch_size, n_process=settings.n_process)
    with progress(settings.progress if pending else "none", "extracted", "documents", len(pending)) as shown:
        for batch in batched(parsed if pending else [], settings.batch_size):  # no model load when nothing is new
            _write(warehouse, [process(doc, document) for doc, document in batch], version)
            done += len(batch)
            shown.advance(len(batch))

    with warehouse.read() as con:
        for table_name, (_, preview) in EXTRACTION_TABLES.items():
            yield dg.MaterializeResult(
                asset_key=table_name,
                metadata=table_metadata(con, table_name, preview, documents_extracted=done),
            )
