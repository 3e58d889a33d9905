"""Sentences with exact character offsets, whitespace trimmed, paragraph breaks respected,
each labelled with its paragraph's kind (body or page furniture, see `pipeline/page_parts.py`)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from spacy.tokens import Doc

from pipeline import ids
from pipeline.doc_index import char_bounds, doc_text, sentence_spans
from pipeline.page_parts import paragraph_kinds
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


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a text, in the order `paragraph_index` numbers them."""
    return _PARAGRAPH_BREAK.split(text)


def sentences(doc: Doc, doc_id: str, title: str | None = None) -> Iterator[SentenceRow]:
    """Yield the non-blank sentences of a parsed document, numbered from 0; `title` is the
    document's, so its line in the text is labelled a headline."""
    text = doc_text(doc)
    breaks = paragraph_breaks(text)
    kinds = paragraph_kinds(paragraphs(text), title)
    index = 0
    for first, last in sentence_spans(doc):
        start, end = _trimmed(text, *char_bounds(doc, first, last))
        if start == end:
            continue  # the newline-only "sentences" between paragraphs
        paragraph = bisect_right(breaks, start)
        yield SentenceRow(
            sentence_id=ids.child_id("sn", doc_id, start, end),
            doc_id=doc_id,
            sentence_index=index,
            paragraph_index=paragraph,
            start_char=start,
            end_char=end,
            text=text[start:end],
            kind=str(kinds[paragraph]),
        )
        index += 1
