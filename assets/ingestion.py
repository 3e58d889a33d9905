"""Ingestion: input files -> `documents` and `rejected_documents`, incrementally.

An input whose raw bytes are unchanged since the last run (the `input_files` ledger) costs
a stat and a hash. Documents are written in batches, each batch in one transaction together
with its ledger rows, so a crash leaves a consistent prefix that the next run continues.
"""

from collections import Counter
from typing import TYPE_CHECKING
from datetime import UTC, datetime

import dagster as dg

from assets.metadata import asset_spec, table_metadata
from assets.progress import progress
from assets.settings import NewsclaimsSettings
from pipeline.ingest import iter_input_paths, read_inputs
from pipeline.models import Document, InputFile, Rejection, RejectReason
from warehouse import writers
from warehouse.resource import Warehouse

if TYPE_CHECKING:  # imported where used: datasketch and scipy cost every run process a second or more
    from pipeline.ingest.dedup import Deduplicator

WRITE_BATCH = 500
PROGRESS_EVERY = 50  # inputs per plain progress line


def _ledger(warehouse: Warehouse) -> dict[str, tuple[str, str | None]]:
    """uri -> (raw_hash, doc_id) of every input already ingested."""
    with warehouse.read() as con:
        return {uri: (h, d) for uri, h, d in con.execute("select uri, raw_hash, doc_id from input_files").fetchall()}


def _deduplicator(warehouse: Warehouse, settings: NewsclaimsSettings, replaced: list[str]) -> "Deduplicator":
    """A deduplicator holding every stored document but those being replaced.

    Stored MinHash signatures are loaded, not recomputed, so adding one article to a large
    corpus costs about one article; documents stored without a signature are hashed from text.
    """
    from pipeline.ingest.dedup import Deduplicator

    dedup = Deduplicator(threshold=settings.dedup_threshold)
    with warehouse.read() as con:
        cursor = con.execute("select doc_id, minhash from document_signatures")
        while rows := cursor.fetchmany(1000):
            for doc_id, minhash in rows:
                dedup.add_signature(doc_id, minhash)
        cursor = con.execute(
            "select doc_id, text from documents where doc_id not in (select doc_id from document_signatures)"
        )
        while rows := cursor.fetchmany(1000):
            for doc_id, text in rows:
                dedup.add(doc_id, text)
    for doc_id in replaced:
        dedup.remove(doc_id)
    return dedup


class _Batch:
    def __init__(self) -> None:
        self.inputs: list[InputFile] = []
        self.documents: list[Document] = []
        self.rejections: list[Rejection] = []
        self.status: dict[str, tuple[str, str | None]] = {}

    def __len__(self) -> int:
        return len(self.inputs)

    def write(self, warehouse: Warehouse, replaced_doc_ids: list[str], dedup: "Deduplicator | None") -> None:
        now = datetime.now(UTC)
        uris = [i.uri for i in self.inputs]
        ledger = writers.to_arrow(
            {**vars(i), "status": self.status[i.uri][0], "doc_id": self.status[i.uri][1], "seen_at": now}
            for i in self.inputs
        )
        documents = writers.to_arrow(
            {**vars(d), "published_at": writers.utc(d.published_at), "word_count": len(d.text.split()), "ingested_at": now}
            for d in self.documents
        )
        rejected = writers.to_arrow(
            {**vars(r), "reason": str(r.reason), "seen_at": now} for r in self.rejections
        )
        kept = [d.doc_id for d in self.documents]
        signatures = writers.to_arrow(
            {"doc_id": d, "minhash": dedup.signature(d)} for d in (kept if dedup is not None else [])
        )
        with warehouse.write() as con:
            writers.delete_keys(con, "documents", "doc_id", replaced_doc_ids)
            writers.delete_keys(con, "documents", "uri", uris)
            writers.replace(con, "documents", "doc_id", kept, documents)
            writers.replace(con, "rejected_documents", "uri", uris, rejected)
            writers.replace(con, "input_files", "uri", uris, ledger)
            writers.delete_keys(con, "document_signatures", "doc_id", replaced_doc_ids)
            writers.replace(con, "document_signatures", "doc_id", kept, signatures)


@dg.multi_asset(
    specs=[
        asset_spec("documents", "ingestion"),
        asset_spec("rejected_documents", "ingestion"),
    ],
    pool="duckdb",
)
def ingestion(context: dg.AssetExecutionContext, settings: NewsclaimsSettings, warehouse: Warehouse):
    """Read every input; new or changed ones become documents or rejections."""
    with warehouse.write():
        pass  # creates the tables and checks the schema version before any work
    ledger = _ledger(warehouse)
    dedup: "Deduplicator | None" = None  # built on first new document: a no-op run never reads texts
    outcomes: Counter[str] = Counter()
    batch = _Batch()
    replaced: list[str] = []

    def unchanged(uri: str, raw_hash: str) -> bool:
        return uri in ledger and ledger[uri][0] == raw_hash

    total = sum(1 for _ in iter_input_paths(settings.paths)) if settings.progress != "none" else None
    with progress(settings.progress, "ingested", "inputs", total, every=PROGRESS_EVERY) as shown:
        for input_file, outcome in read_inputs(
            settings.paths, max_bytes=settings.max_bytes, min_words=settings.min_words, unchanged=unchanged
        ):
            shown.advance()
            if outcome is None:
                outcomes["unchanged"] += 1
                continue
            previous = ledger.get(input_file.uri)
            if previous and previous[1]:
                replaced.append(previous[1])  # a changed file replaces the document it gave before
                if dedup is not None:
                    dedup.remove(previous[1])  # ... and is no duplicate of its own old version
            if isinstance(outcome, Document):
                if dedup is None:
                    dedup = _deduplicator(warehouse, settings, replaced)
                kept = dedup.duplicate_of(outcome.doc_id, outcome.text)
                if kept is not None:
                    outcome = Rejection(
                        uri=input_file.uri,
                        reason=RejectReason.DUPLICATE,
                        detail=f"same story as {kept}",
                        duplicate_of=kept,
                    )
                else:
                    dedup.add(outcome.doc_id, outcome.text)
            batch.inputs.append(input_file)
            if isinstance(outcome, Document):
                batch.documents.append(outcome)
                batch.status[input_file.uri] = ("document", outcome.doc_id)
                outcomes["document"] += 1
            else:
                batch.rejections.append(outcome)
                batch.status[input_file.uri] = ("rejected", None)
                outcomes[f"rejected:{outcome.reason}"] += 1
            if len(batch) >= WRITE_BATCH:
                batch.write(warehouse, replaced, dedup)
                replaced, batch = [], _Batch()
    if len(batch) or replaced:
        batch.write(warehouse, replaced, dedup)
    context.log.info(f"ingestion outcomes: {dict(outcomes)}")

    with warehouse.read() as con:
        yield dg.MaterializeResult(
            asset_key="documents",
            metadata=table_metadata(
                con, "documents", ["doc_id", "uri", "title", "published_at", "word_count"],
                new_documents=outcomes["document"], unchanged_inputs=outcomes["unchanged"],
            ),
        )
        reasons = dict(con.execute("select reason, count(*) from rejected_documents group by 1 order by 1").fetchall())
        yield dg.MaterializeResult(
            asset_key="rejected_documents",
            metadata=table_metadata(
                con, "rejected_documents", ["uri", "reason", "detail"], reasons=dg.MetadataValue.json(reasons)
            ),
        )
