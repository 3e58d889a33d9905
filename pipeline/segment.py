"""Sentences with exact character offsets, whitespace trimmed, paragraph breaks respected."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from spacy.tokens import Doc

from pipeline import ids
from pipeline.models import SentenceRow

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def paragraph_breaks(text: str) -> list[int]:
    """Positions of the blank lines that separate paragraphs, in order."""
    return [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]


def sentences(doc: Doc, doc_id: str) -> Iterator[SentenceRow]:
    """Yield the non-blank sentences of a parsed document, numbered from 0."""
    text = doc.text
    breaks = paragraph_breaks(text)
    index = 0
    for sent in doc.sents:
        start, end = _trimmed(text, sent.start_char, sent.end_char)
        if start == end:
            continue  # the newline-only "sentences" between paragraphs
        yield SentenceRow(
            sentence_id=ids.child_id("sn", doc_id, start, end),
            doc_id=doc_id,
            sentence_index=index,
            paragraph_index=bisect_right(breaks, start),
            start_char=start,
            end_char=end,
            text=text[start:end],
        )
        index += 1
