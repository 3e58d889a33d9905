"""What ingestion reads from the warehouse and writes to it: the input ledger, the stored
documents deduplication compares against, each site's stored paragraphs, and one batch of
inputs written in one transaction, its duplicate decisions checked again under the lock."""

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from pipeline.ingest.reader import Outcome
from pipeline.ingest.site_boilerplate import SITE_RULE, audit_rows, drop_recurring, paragraph_keys, recurring, site_of
from pipeline.models import Document, InputFile, RejectReason, Rejection
from warehouse import writers
from warehouse.resource import Warehouse
from warehouse.schema import sql_files

if TYPE_CHECKING:
    from pipeline.ingest.dedup import Deduplicator

STALE_SQL = sql_files("sql")["stale_inputs"]


def ledger(con) -> dict[str, tuple[str, str | None]]:
    """uri -> (raw_hash, doc_id of the document it holds) of every input already ingested."""
    return {uri: (h, d) for uri, h, d in con.execute(
        "select i.uri, i.raw_hash, case when d.uri = i.uri then i.doc_id end "
        "from input_files i left join documents d using (doc_id)"
    ).fetchall()}


def stale_uris(warehouse: Warehouse) -> set[str]:
    with warehouse.read() as con:
        return {uri for (uri,) in con.execute(STALE_SQL).fetchall()}


def duplicate(uri: str, kept: str) -> Rejection:
    return Rejection(uri=uri, reason=RejectReason.DUPLICATE, detail=f"same story as {kept}", duplicate_of=kept)


def load_stored(con, dedup: "Deduplicator", doc_ids: list[str] | None = None) -> None:
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


def without_site_boilerplate(warehouse: Warehouse, outcomes: list[tuple[InputFile, Outcome]]) -> list:
    """The outcomes with each site's recurring paragraphs dropped from its new documents."""
    documents = [o for _, o in outcomes if isinstance(o, Document)]
    sites = {site for d in documents if (site := site_of(d)) is not None}
    boilerplate = recurring(documents, _site_evidence(warehouse, sites))
    return [
        (i, drop_recurring(o, boilerplate.get(site_of(o), set())) if isinstance(o, Document) else o)
        for i, o in outcomes
    ]


class Batch:
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
        load_stored(con, dedup, foreign)
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
            self.rejections.append(duplicate(document.uri, kept))
            self.status[document.uri] = ("rejected", None)
        self.documents = [d for d in self.documents if d.doc_id not in redirect]
        # duplicates of a document that just became a duplicate itself follow it to the kept one
        self.rejections = [duplicate(r.uri, redirect[r.duplicate_of]) if r.duplicate_of in redirect else r
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
