"""Cross-document boilerplate and the per-document cleaning audit.

A paragraph that recurs verbatim in many documents of one site (a footer, a disclaimer, a
sign-up line, the site's mission statement) belongs to the site, not to any article. Evidence
is the site's stored documents (with the paragraphs already dropped from them) plus the
documents being ingested together; a paragraph found in at least `MIN_DOCUMENTS` documents and
`MIN_SHARE` of the site's documents is dropped from each of them, and recorded.

`audit_rows` turns a document's removals and restorations into rows of `document_cleaning`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace

from pipeline import ids
from pipeline.ingest.metadata import host
from pipeline.models import Document, Removal

MIN_DOCUMENTS = 3  # a paragraph seen in fewer documents of a site may be a shared quote
MIN_SHARE = 0.3  # ... and it must recur in this share of the site's documents
MAX_DROPPED_SHARE = 0.5  # a document losing more than this share of its paragraphs is left whole
SITE_RULE = "site_boilerplate"
AUDIT_TEXTS = 5  # texts kept per rule and document (all of them for site boilerplate)
AUDIT_TEXT_CHARS = 300
_SPACE = re.compile(r"\s+")

Paragraphs = Mapping[str, Mapping[str, set[str]]]  # site -> doc_id -> paragraph keys


def site_of(document: Document) -> str | None:
    return document.site_name or host(document.url)


def _key(paragraph: str) -> str:
    return _SPACE.sub(" ", paragraph).strip().lower()


def paragraph_keys(text: str, dropped: Iterable[str] = ()) -> set[str]:
    return {_key(p) for p in [*text.split("\n\n"), *dropped] if p.strip()}


def recurring(documents: Iterable[Document], stored: Paragraphs) -> dict[str, set[str]]:
    """site -> paragraph keys that recur across the site's documents (stored and new)."""
    per_site: dict[str, dict[str, set[str]]] = defaultdict(dict)
    for site, docs in stored.items():
        per_site[site].update(docs)
    for document in documents:
        if (site := site_of(document)) is not None:
            per_site[site][document.doc_id] = paragraph_keys(document.text)
    found = {}
    for site, docs in per_site.items():
        counts = Counter(key for keys in docs.values() for key in keys)
        needed = max(MIN_DOCUMENTS, MIN_SHARE * len(docs))
        found[site] = {key for key, count in counts.items() if count >= needed}
    return found


def drop_recurring(document: Document, boilerplate: set[str]) -> Document:
    """The document without its site's recurring paragraphs (new text, new ids), the drops recorded."""
    paragraphs = document.text.split("\n\n")
    kept = [p for p in paragraphs if _key(p) not in boilerplate]
    if len(kept) == len(paragraphs) or len(kept) < (1 - MAX_DROPPED_SHARE) * len(paragraphs):
        return document
    text = "\n\n".join(kept)
    dropped = tuple(Removal(SITE_RULE, p) for p in paragraphs if _key(p) in boilerplate)
    return replace(
        document, text=text, doc_id=ids.doc_id(text), content_hash=ids.content_hash(text),
        removed=document.removed + dropped,
    )


def audit_rows(document: Document) -> list[dict]:
    """One row per cleaning rule that changed the document: action, items, characters, texts."""
    by_rule: dict[tuple[str, str], list[str]] = defaultdict(list)
    for removal in document.removed:
        by_rule[(removal.rule, "removed")].append(removal.text)
    for paragraph in document.restored:
        by_rule[("restored_paragraph", "restored")].append(paragraph)
    return [
        {
            "doc_id": document.doc_id,
            "rule": rule,
            "action": action,
            "items": len(texts),
            "chars": sum(len(t) for t in texts),
            "texts": [t[:AUDIT_TEXT_CHARS] for t in (texts if rule == SITE_RULE else texts[:AUDIT_TEXTS])],
        }
        for (rule, action), texts in sorted(by_rule.items())
    ]
