"""The text and named entities of a parse, worked out once per document.

spaCy rebuilds `Doc.text` (a walk over every token) and `Doc.ents` (a walk over every token and
two new Tokens per entity) on each access, and `Span.ents` reads the whole of `Doc.ents`; the
extractors ask for them per sentence, per trigger and per clause. The text and the entities'
token bounds are kept in `Doc.user_data` as plain values (nothing that refers back to the Doc),
and entity Spans are made from them only for the entities asked for.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

_TEXT = "newsclaims.text"
_ENTITIES = "newsclaims.entity_bounds"


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def _entity_bounds(doc: Doc) -> tuple[tuple[int, int, int, int, int], ...]:
    bounds = doc.user_data.get(_ENTITIES)
    if bounds is None:
        bounds = doc.user_data[_ENTITIES] = tuple((e.start, e.end, e.label, e.kb_id, e.id) for e in doc.ents)
    return bounds


def entities(doc: Doc) -> Iterator[Span]:
    """`doc.ents`, in order, each Span made when it is reached (a search may stop early)."""
    for s, e, label, kb, ent_id in _entity_bounds(doc):
        yield Span(doc, s, e, label=label, kb_id=kb, span_id=ent_id)


def entities_in(span: Span) -> list[Span]:
    """`span.ents`: the entities lying wholly inside `span`, in order."""
    doc, first, end = span.doc, span.start, span.end
    return [
        Span(doc, s, e, label=label, kb_id=kb, span_id=ent_id)
        for s, e, label, kb, ent_id in _entity_bounds(doc)
        if first <= s and e <= end
    ]
