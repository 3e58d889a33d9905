"""Deterministic ids: the same input always gets the same id, so a rerun replaces rows."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WHITESPACE = re.compile(r"\s+")


def _digest(*parts: object) -> str:
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:20]


def normalise_text(text: str) -> str:
    """NFC, whitespace runs folded to one space: paragraph layout does not change identity."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def doc_id(text: str) -> str:
    return "d_" + content_hash(text)[:20]


def child_id(prefix: str, doc: str, *parts: object) -> str:
    """Id of a row inside a document, from the document id and its offsets/kind."""
    return f"{prefix}_{_digest(doc, *parts)}"


def normalise_name(name: str) -> str:
    """Key for merging source names across documents: case, quotes, 's and 'the' folded."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    folded = folded.replace("’", "'").replace("‘", "'")
    folded = re.sub(r"'s\b", "", folded)
    folded = re.sub(r"[^\w\s-]", " ", folded)
    folded = re.sub(r"^(the|a|an)\s+", "", folded.strip())
    return _WHITESPACE.sub(" ", folded).strip()


def source_id(name: str) -> str:
    return "s_" + _digest(normalise_name(name))


def bucket(doc: str, buckets: int) -> int:
    """A stable bucket of a document id in [0, buckets): how extraction work is partitioned."""
    return int(hashlib.sha256(doc.encode("utf-8")).hexdigest()[:8], 16) % buckets
