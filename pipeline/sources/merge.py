"""Which sources rows are one across documents: the key `sources.source_id` is a hash of.

Merging is conservative. A source is shared between documents only under a full name: a person
named by two or more capitalised words ("Charles Kennedy", not "Kennedy" or "Mr Kennedy"), or a
body (organisation, government, media, military, social network) named by a capitalised name
("BBC", "Electronic Arts"; a known alias is keyed under the name it stands for:
`known_aliases` in `source_kinds.json`, "BBC News" -> "BBC", "Lib Dems" -> "Liberal Democrats",
even in a document that never writes the longer name). The key joins that name to its kind
class (person or body), so the person "Jordan" and the country never meet. Everything else - a
surname alone, a role noun ("regional governor"), an anonymous or group source, a document - is a
source of its own document only: its key carries the document id.
"""

from __future__ import annotations

from pipeline.ids import normalise_name
from pipeline.lexicons import load
from pipeline.models import SourceKind, SourceRef

_BODIES = {SourceKind.ORGANIZATION, SourceKind.GOVERNMENT, SourceKind.MEDIA, SourceKind.MILITARY, SourceKind.SOCIAL_MEDIA}
_LINKING_WORDS = {"of", "the", "and", "for", "de", "van", "von", "da", "di", "la", "le", "&"}


def _is_proper_name(name: str) -> bool:
    words = name.split()
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _LINKING_WORDS for w in words) and words[0][:1].isupper()


def is_full_name(ref: SourceRef) -> bool:
    """Whether the name identifies its source outside its document."""
    if not ref.name or not _is_proper_name(ref.name):
        return False
    if ref.kind is SourceKind.PERSON:
        return len([w for w in ref.name.split() if w.lower() not in _LINKING_WORDS]) >= 2
    return ref.kind in _BODIES


def merge_key(ref: SourceRef, doc_id: str) -> str:
    """The text `ids.source_id` hashes: shared across documents for a full name, else per document."""
    kind_class = "person" if ref.kind is SourceKind.PERSON else "body" if ref.kind in _BODIES else str(ref.kind)
    aliases = load("source_kinds")["known_aliases"]
    name = aliases.get((ref.name or "").casefold(), ref.name or "") if kind_class == "body" else ref.name or ""
    key = f"{kind_class}:{normalise_name(name)}"
    return key if is_full_name(ref) else f"{doc_id}:{key}"
