"""Extraction: each document parsed once, all of its rows written together.

Sentences, claims, quantities, source mentions and events come from one spaCy parse per
document (`pipeline.process`). Documents are streamed through `nlp.pipe` and written in
batches; each batch is one transaction that replaces every extraction row of its documents,
so a crash leaves each document either complete or untouched. Only documents that are new,
or were extracted by another extractor version, are parsed. A document whose parse or
extraction raises is recorded in `extraction_failures` (and in the assets' metadata) and the
others are written; a new extractor version retries it.

The asset is partitioned by document bucket (`assets.partitions`): each run extracts the
documents of its buckets. It is not in the `duckdb` pool, so runs over different buckets parse
in parallel; their short write transactions take turns on the file lock (`warehouse.resource`).
"""

from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from itertools import islice

import dagster as dg
from spacy.tokens import Doc

from assets.collector import fewer_collections
from assets.metadata import asset_spec, table_metadata
from assets.partitions import BUCKETS_PER_BACKFILL_RUN, bucket_key, doc_buckets
from assets.progress import progress
from assets.settings import NewsclaimsSettings
from pipeline.models import Document, DocumentResult
from pipeline.nlp import parse_stream_isolated
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
    """In these buckets: drop rows of documents that are gone; return documents to extract
    (not extracted by this version, and not failed under it)."""
    with warehouse.write() as con:
        gone = con.execute(
            "select doc_id from extracted_documents where doc_id not in (select doc_id from documents) union "
            "select doc_id from extraction_failures where doc_id not in (select doc_id from documents)"
        ).fetchall()
        gone_here = [d for (d,) in gone if bucket_key(d) in buckets]
        for table_name in [*EXTRACTION_TABLES, "extracted_documents", "extraction_failures"]:
            writers.delete_keys(con, table_name, "doc_id", gone_here)
        pending = con.execute(
            "select doc_id from documents where doc_id not in "
            "(select doc_id from extracted_documents where extractor_version = $version union "
            " select doc_id from extraction_failures where extractor_version = $version) order by doc_id",
            {"version": version},
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


def _extract(parsed: Doc | Exception, document: Document) -> DocumentResult | str:
    """The document's rows, or the error that stopped its parse or extraction."""
    if isinstance(parsed, Exception):
        return f"{type(parsed).__name__}: {parsed}"
    try:
        return process(parsed, document)
    except Exception as error:  # noqa: BLE001 - one document's failure is recorded, not fatal
        return f"{type(error).__name__}: {error}"


def _write(warehouse: Warehouse, outcomes: dict[str, DocumentResult | str], version: str) -> None:
    """One transaction: rows of the extracted documents, failures of the others. A document
    deleted meanwhile (its input edited by a concurrent run) gets no rows: none are orphaned."""
    now = datetime.now(UTC)
    with warehouse.write() as con:
        con.register("batch_ids", writers.to_arrow({"doc_id": d} for d in outcomes))
        stored = {d for (d,) in con.execute("select doc_id from documents where doc_id in (select doc_id from batch_ids)")
                  .fetchall()}
        con.unregister("batch_ids")
        results = [r for d, r in outcomes.items() if d in stored and not isinstance(r, str)]
        failed = {d: r for d, r in outcomes.items() if d in stored and isinstance(r, str)}
        doc_ids = [r.doc_id for r in results]
        for table_name, (rename, _) in EXTRACTION_TABLES.items():
            rows = writers.to_arrow((row for r in results for row in getattr(r, table_name)), rename)
            writers.replace(con, table_name, "doc_id", doc_ids, rows)
        done = writers.to_arrow({"doc_id": d, "extractor_version": version, "extracted_at": now} for d in doc_ids)
        writers.replace(con, "extracted_documents", "doc_id", doc_ids, done)
        failures = writers.to_arrow(
            {"doc_id": d, "extractor_version": version, "error": e[:2000], "failed_at": now} for d, e in failed.items()
        )
        writers.replace(con, "extraction_failures", "doc_id", list(outcomes), failures)


def _failure_metadata(con, version: str) -> dict[str, object]:
    rows = con.execute(
        "select f.doc_id, d.uri, f.error from extraction_failures f join documents d using (doc_id) "
        "where f.extractor_version = ? order by f.doc_id limit 20", [version]
    ).fetchall()
    total = con.execute("select count(*) from extraction_failures where extractor_version = ?", [version]).fetchone()[0]
    return {
        "documents_failed": total,
        "failures": dg.MetadataValue.json([{"doc_id": d, "uri": u, "error": e[:300]} for d, u, e in rows]),
    }


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
    parsed = parse_stream_isolated(
        _documents(warehouse, pending), batch_size=settings.parse_batch_size, n_process=settings.n_process
    )
    with (fewer_collections(),
          progress(settings.progress if pending else "none", "extracted", "documents", len(pending)) as shown):
        # each Doc is dropped once extracted: a write batch holds rows, not parses
        extracted = ((document.doc_id, _extract(doc, document)) for doc, document in parsed)
        for batch in batched(extracted if pending else [], settings.batch_size):  # no model load when nothing is new
            _write(warehouse, dict(batch), version)
            done += len(batch)
            shown.advance(len(batch))

    with warehouse.read() as con:
        failures = _failure_metadata(con, version)
        for table_name, (_, preview) in EXTRACTION_TABLES.items():
            yield dg.MaterializeResult(
                asset_key=table_name,
                metadata=table_metadata(con, table_name, preview, documents_extracted=done, **failures),
            )
