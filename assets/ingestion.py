"""Ingestion: input files -> `documents` and `rejected_documents`, incrementally.

An input whose raw bytes are unchanged since the last run (the `input_files` ledger) costs
a stat and a hash. Documents are written in batches, each batch in one transaction together
with its ledger rows, so a crash leaves a consistent prefix that the next run continues.

Duplicate decisions are taken against a snapshot of the stored documents, then checked again
inside each batch's write transaction against what is stored by then (another run may have
stored the same story meanwhile). After the inputs, stored outcomes that no longer hold (a
duplicate whose kept copy was edited away, two inputs holding one document) are re-examined
by reading those inputs again (`warehouse/sql/stale_inputs.sql`), wherever they are.
"""

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import dagster as dg

from assets.ingestion_store import Batch, duplicate, ledger, load_stored, stale_uris, without_site_boilerplate
from assets.metadata import asset_spec, table_metadata
from assets.progress import progress
from assets.settings import NewsclaimsSettings
from pipeline.ingest import iter_input_paths, read_inputs
from pipeline.ingest.reader import Outcome
from pipeline.ingest.site_boilerplate import audit_rows
from pipeline.models import Document, InputFile, RejectReason, Rejection
from warehouse import writers
from warehouse.resource import Warehouse

if TYPE_CHECKING:  # imported where used: datasketch and scipy cost every run process a second or more
    from pipeline.ingest.dedup import Deduplicator

WRITE_BATCH = 500
REEXAMINE_ROUNDS = 3  # a re-examined input can make another stale (a chain of copies); bounded
PROGRESS_EVERY = 50  # inputs per plain progress line


class _Run:
    """One ingestion run: the ledger, the deduplicator, the batch being filled, the counts."""

    def __init__(self, warehouse: Warehouse, settings: NewsclaimsSettings):
        self.warehouse, self.settings = warehouse, settings
        with warehouse.read() as con:
            self.ledger = ledger(con)
        self.dedup: "Deduplicator | None" = None  # see _start_dedup
        self.outcomes: Counter[str] = Counter()
        self.batch = Batch()
        self.replaced: list[str] = []
        self.seen: set[str] = set()
        self.pending: list[tuple[InputFile, Outcome]] = []  # read, not yet cleaned of site boilerplate
        self.cleaning: Counter[str] = Counter()  # characters removed per cleaning rule in this run

    def read(self, paths: list[Path], force: set[str], advance: Callable[[], None] = lambda: None) -> None:
        """Ingest paths; inputs in `force` are read again even when unchanged; `advance` is
        called once per input (the progress display)."""
        settings = self.settings

        def unchanged(uri: str, raw_hash: str) -> bool:
            return uri not in force and uri in self.ledger and self.ledger[uri][0] == raw_hash

        for input_file, outcome in read_inputs(
            paths, max_bytes=settings.max_bytes, max_chars=settings.max_chars,
            max_paragraph_chars=settings.max_paragraph_chars, max_container_bytes=settings.max_container_bytes,
            min_words=settings.min_words, unchanged=unchanged,
        ):
            self.seen.add(input_file.uri)
            if outcome is None:
                self.outcomes["unchanged"] += 1
            else:
                self.pending.append((input_file, outcome))
                if len(self.pending) >= WRITE_BATCH:
                    self.flush()
            advance()

    def _start_dedup(self) -> None:
        """The deduplicator over every stored document but those being replaced, built on the
        first new document (a no-op run never reads texts). The ledger is read again with the
        snapshot: another run may have stored one of our inputs meanwhile, and its document is
        then that input's own, not a copy of it."""
        from pipeline.ingest.dedup import Deduplicator

        self.dedup = Deduplicator(threshold=self.settings.dedup_threshold)
        with self.warehouse.read() as con:
            load_stored(con, self.dedup)
            self.ledger.update(ledger(con))
        for doc_id in self.replaced:
            self.dedup.remove(doc_id)

    def add(self, input_file: InputFile, outcome: Document | Rejection) -> None:
        if isinstance(outcome, Document) and self.dedup is None:
            self._start_dedup()
        previous = self.ledger.get(input_file.uri)
        if previous and previous[1]:
            self.replaced.append(previous[1])  # a changed file replaces the document it gave before
            if self.dedup is not None:
                self.dedup.remove(previous[1])  # ... and is no duplicate of its own old version
        if isinstance(outcome, Document):
            kept = self.dedup.duplicate_of(outcome.doc_id, outcome.text)
            if kept is not None:
                outcome = duplicate(input_file.uri, kept)
            else:
                self.dedup.add(outcome.doc_id, outcome.text)
        self.batch.inputs.append(input_file)
        if isinstance(outcome, Document):
            self.batch.documents.append(outcome)
            self.batch.status[input_file.uri] = ("document", outcome.doc_id)
            self.outcomes["document"] += 1
            self.cleaning.update({r["rule"]: r["chars"] for r in audit_rows(outcome) if r["action"] == "removed"})
        else:
            self.batch.rejections.append(outcome)
            self.batch.status[input_file.uri] = ("rejected", None)
            self.outcomes[f"rejected:{outcome.reason}"] += 1

    def flush(self) -> None:
        """Site boilerplate, then duplicates, then one write of the pending inputs."""
        for input_file, outcome in without_site_boilerplate(self.warehouse, self.pending):
            self.add(input_file, outcome)
        self.pending = []
        if len(self.batch) or self.replaced:
            converted = self.batch.write(self.warehouse, self.replaced, self.dedup)
            if converted:
                self.outcomes["document"] -= converted
                self.outcomes[f"rejected:{RejectReason.DUPLICATE}"] += converted
            self.ledger.update({i.uri: (i.raw_hash, self.batch.status[i.uri][1]) for i in self.batch.inputs})
        self.replaced, self.batch = [], Batch()

    def reexamine(self, stale: set[str]) -> None:
        """Read the stale inputs again; those whose file or record is gone are forgotten."""
        files = sorted({Path(uri.split("#", 1)[0]) for uri in stale})
        self.seen = set()
        self.read([f for f in files if f.is_file()], force=stale)
        self.flush()
        gone = sorted(stale - self.seen)
        with self.warehouse.write() as con:
            for table_name in ("rejected_documents", "input_files"):
                writers.delete_keys(con, table_name, "uri", gone)
        self.outcomes["re-examined"] += len(stale)


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
        pass  # creates the tables and checks the file and schema version before any work
    run = _Run(warehouse, settings)
    total = sum(1 for _ in iter_input_paths(settings.paths)) if settings.progress != "none" else None
    with progress(settings.progress, "ingested", "inputs", total, every=PROGRESS_EVERY) as shown:
        run.read(settings.paths, force=stale_uris(warehouse), advance=shown.advance)
    run.flush()
    for _ in range(REEXAMINE_ROUNDS):
        stale = stale_uris(warehouse)
        if not stale:
            break
        run.reexamine(stale)
    context.log.info(f"ingestion outcomes: {dict(run.outcomes)}")

    with warehouse.read() as con:
        yield dg.MaterializeResult(
            asset_key="documents",
            metadata=table_metadata(
                con, "documents", ["doc_id", "uri", "title", "published_at", "word_count"],
                new_documents=run.outcomes["document"], unchanged_inputs=run.outcomes["unchanged"],
                cleaning_chars_removed=sum(run.cleaning.values()),
                cleaning_chars_by_rule=dg.MetadataValue.json(dict(run.cleaning.most_common())),
                cleaning_audit=dg.MetadataValue.md(
                    writers.preview_markdown(con, "document_cleaning", ["doc_id", "rule", "action", "items", "chars"])
                ),
            ),
        )
        reasons = dict(con.execute("select reason, count(*) from rejected_documents group by 1 order by 1").fetchall())
        yield dg.MaterializeResult(
            asset_key="rejected_documents",
            metadata=table_metadata(
                con, "rejected_documents", ["uri", "reason", "detail"], reasons=dg.MetadataValue.json(reasons)
            ),
        )
