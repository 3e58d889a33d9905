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
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import dagster as dg

from assets.metadata import asset_spec, table_metadata
from assets.progress import progress
from assets.settings import NewsclaimsSettings
from pipeline.ingest import iter_input_paths, read_inputs
from pipeline.ingest.reader import Outcome
from pipeline.ingest.site_boilerplate import SITE_RULE, audit_rows, drop_recurring, paragraph_keys, recurring, site_of
from pipeline.models import Document, InputFile, RejectReason, Rejection
from warehouse import writers
from warehouse.resource import Warehouse
from warehouse.schema import sql_files

if TYPE_CHECKING:  # imported where used: datasketch and scipy cost every run process a second or more
    from pipeline.ingest.dedup import Deduplicator

WRITE_BATCH = 500
REEXAMINE_ROUNDS = 3  # a re-examined input can make another stale (a chain of copies); bounded
STALE_SQL = sql_files("sql")["stale_inputs"]
PROGRESS_EVERY = 50  # inputs per plain progress line


def _ledger(con) -> dict[str, tuple[str, str | None]]:
    """uri -> (raw_hash, doc_id of the document it holds) of every input already ingested."""
    return {uri: (h, d) for uri, h, d in con.execute(
        "select i.uri, i.raw_hash, case when d.uri = i.uri then i.doc_id end "
        "from input_files i left join documents d using (doc_id)"
    ).fetchall()}


def _stale_uris(warehouse: Warehouse) -> set[str]:
    with warehouse.read() as con:
        return {uri for (uri,) in con.execute(STALE_SQL).fetchall()}


def _duplicate(uri: str, kept: str) -> Rejection:
    return Rejection(uri=uri, reason=RejectReason.DUPLICATE, detail=f"same story as {kept}", duplicate_of=kept)


def _load_stored(con, dedup: "Deduplicator", doc_ids: list[str] | None = None) -> None:
    """Register stored documents (all, or those of doc_ids): by stored signature, else by text."""
    if doc_ids is not None and not doc_ids:
        return
    if doc_ids is not None:
        con.register("wanted_ids", writers.to_arrow({"doc_id": d} for d in doc_ids))
    wanted = "" if doc_ids is None else " and doc_id in (select doc_id from wanted_ids)"
    cursor = con.execute(f"select doc_id, minhash from document_signatures where true{wanted}")
    while rows := cursor.fetchmany(1000):
        for doc_id, minhash in rows:
            dedup.add_signature(doc_id, minhash)
    cursor = con.execute(
        f"select doc_id, text from documents where doc_id not in (select doc_id from document_signatures){wanted}"
    )
    while rows := cursor.fetchmany(1000):
        for doc_id, text in rows:
            dedup.add(doc_id, text)


def _columns(document: Document) -> dict:
    """The documents-table fields: the cleaning audit goes to document_cleaning."""
    return {k: v for k, v in vars(document).items() if k not in ("removed", "restored")}


def _site_evidence(warehouse: Warehouse, sites: set[str]) -> dict[str, dict[str, set[str]]]:
    """site -> stored doc_id -> its paragraphs, including those already dropped as site boilerplate."""
    evidence: dict[str, dict[str, set[str]]] = {}
    if not sites:
        return evidence
    with warehouse.read() as con:
        rows = con.execute(
            r"""select d.doc_id, coalesce(d.site_name, regexp_extract(d.url, '^\w+://(?:www\.)?([^/:]+)', 1)) as site,
                      d.text, coalesce(c.texts, [])
               from documents d left join document_cleaning c on c.doc_id = d.doc_id and c.rule = ?
               where site in (select unnest(?))""",
            [SITE_RULE, sorted(sites)],
        ).fetchall()
    for doc_id, site, text, dropped in rows:
        evidence.setdefault(site, {})[doc_id] = paragraph_keys(text, dropped)
    return evidence


def _without_site_boilerplate(warehouse: Warehouse, outcomes: list[tuple[InputFile, Outcome]]) -> list:
    """The outcomes with each site's recurring paragraphs dropped from its new documents."""
    documents = [o for _, o in outcomes if isinstance(o, Document)]
    sites = {site for d in documents if (site := site_of(d)) is not None}
    boilerplate = recurring(documents, _site_evidence(warehouse, sites))
    return [
        (i, drop_recurring(o, boilerplate.get(site_of(o), set())) if isinstance(o, Document) else o)
        for i, o in outcomes
    ]


class _Batch:
    def __init__(self) -> None:
        self.inputs: list[InputFile] = []
        self.documents: list[Document] = []
        self.rejections: list[Rejection] = []
        self.status: dict[str, tuple[str, str | None]] = {}

    def __len__(self) -> int:
        return len(self.inputs)

    def recheck(self, con, dedup: "Deduplicator", replaced: list[str]) -> int:
        """Redo this batch's keep decisions against what is stored now (called under the write
        lock): a document another run stored since our snapshot keeps its place, and ours
        becomes its duplicate. Returns how many documents became duplicates."""
        con.register("batch_inputs", writers.to_arrow({"doc_id": d.doc_id, "uri": d.uri} for d in self.documents))
        # stored under another input, not one of ours, and not a document this run replaces (the
        # same text moved from an edited file to another keeps its id: it is ours, not a copy)
        exact = {d for (d,) in con.execute(
            "select doc_id from documents join batch_inputs b using (doc_id) "
            "where documents.uri <> b.uri and documents.uri not in (select uri from batch_inputs) "
            "and doc_id not in (select unnest(?::varchar[]))", [replaced]
        ).fetchall()}
        stored = [d for (d,) in con.execute("select doc_id from documents").fetchall()]
        foreign = [d for d in stored if d not in dedup and d not in replaced]
        if not exact and not foreign:
            return 0
        _load_stored(con, dedup, foreign)
        redirect: dict[str, str] = {}
        for document in self.documents:
            kept = document.doc_id if document.doc_id in exact else None
            if kept is None:
                dedup.remove(document.doc_id)
                kept = dedup.duplicate_of(document.doc_id, document.text)
                if kept is None:
                    dedup.add(document.doc_id, document.text)
                    continue
            redirect[document.doc_id] = kept
            self.rejections.append(_duplicate(document.uri, kept))
            self.status[document.uri] = ("rejected", None)
        self.documents = [d for d in self.documents if d.doc_id not in redirect]
        # duplicates of a document that just became a duplicate itself follow it to the kept one
        self.rejections = [_duplicate(r.uri, redirect[r.duplicate_of]) if r.duplicate_of in redirect else r
                           for r in self.rejections]
        return len(redirect)

    def write(self, warehouse: Warehouse, replaced_doc_ids: list[str], dedup: "Deduplicator | None") -> int:
        """Write the batch in one transaction; returns how many documents the recheck made duplicates."""
        now = datetime.now(UTC)
        uris = [i.uri for i in self.inputs]
        with warehouse.write() as con:
            converted = self.recheck(con, dedup, replaced_doc_ids) if dedup is not None and self.documents else 0
            ledger = writers.to_arrow(
                {**vars(i), "status": self.status[i.uri][0], "doc_id": self.status[i.uri][1], "seen_at": now}
                for i in self.inputs
            )
            documents = writers.to_arrow(
                {**_columns(d), "published_at": writers.utc(d.published_at), "word_count": len(d.text.split()),
                 "ingested_at": now}
                for d in self.documents
            )
            audit = writers.to_arrow(row for d in self.documents for row in audit_rows(d))
            rejected = writers.to_arrow({**vars(r), "reason": str(r.reason), "seen_at": now} for r in self.rejections)
            kept = [d.doc_id for d in self.documents]
            signatures = writers.to_arrow({"doc_id": d, "minhash": dedup.signature(d)} for d in
                                          (kept if dedup is not None else []))
            stale = [r[0] for r in con.execute(
                "select doc_id from documents where uri in (select unnest(?))", [uris]).fetchall()]
            writers.delete_keys(con, "document_cleaning", "doc_id", [*replaced_doc_ids, *stale])
            writers.delete_keys(con, "documents", "doc_id", replaced_doc_ids)
            writers.delete_keys(con, "documents", "uri", uris)
            writers.replace(con, "documents", "doc_id", kept, documents)
            writers.replace(con, "document_cleaning", "doc_id", kept, audit)
            writers.replace(con, "rejected_documents", "uri", uris, rejected)
            writers.replace(con, "input_files", "uri", uris, ledger)
            writers.delete_keys(con, "document_signatures", "doc_id", replaced_doc_ids)
            writers.replace(con, "document_signatures", "doc_id", kept, signatures)
        return converted


class _Run:
    """One ingestion run: the ledger, the deduplicator, the batch being filled, the counts."""

    def __init__(self, warehouse: Warehouse, settings: NewsclaimsSettings):
        self.warehouse, self.settings = warehouse, settings
        with warehouse.read() as con:
            self.ledger = _ledger(con)
        self.dedup: "Deduplicator | None" = None  # see _start_dedup
        self.outcomes: Counter[str] = Counter()
        self.batch = _Batch()
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
            _load_stored(con, self.dedup)
            self.ledger.update(_ledger(con))
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
                outcome = _duplicate(input_file.uri, kept)
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
        for input_file, outcome in _without_site_boilerplate(self.warehouse, self.pending):
            self.add(input_file, outcome)
        self.pending = []
        if len(self.batch) or self.replaced:
            converted = self.batch.write(self.warehouse, self.replaced, self.dedup)
            if converted:
                self.outcomes["document"] -= converted
                self.outcomes[f"rejected:{RejectReason.DUPLICATE}"] += converted
            self.ledger.update({i.uri: (i.raw_hash, self.batch.status[i.uri][1]) for i in self.batch.inputs})
        self.replaced, self.batch = [], _Batch()

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
        run.read(settings.paths, force=_stale_uris(warehouse), advance=shown.advance)
    run.flush()
    for _ in range(REEXAMINE_ROUNDS):
        stale = _stale_uris(warehouse)
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
