"""The text, token strings, sentence bounds and named entities of a parse, worked out once per document.

spaCy rebuilds `Doc.text` (a walk over every token) and `Doc.ents` (a walk over every token and
two new Tokens per entity) on each access, and `Span.ents` reads the whole of `Doc.ents`; the
extractors ask for them per sentence, per trigger and per clause. `Token.sent` walks the sentence
both ways, and each string attribute of a Token (`lower_`, `lemma_`, `pos_`) is a StringStore
lookup, read by some twenty walks over every token of the document. The text, the tokens'
strings (`TokenColumns`), the sentence starts and the entities' token bounds are kept in
`Doc.user_data` as plain values (nothing that refers back to the Doc), and Spans are made from
them only where asked for.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from typing import NamedTuple

from spacy import parts_of_speech
from spacy.attrs import DEP, ENT_TYPE, IDX, IS_PUNCT, IS_QUOTE, LEMMA, LOWER, ORTH, POS, SENT_START, SPACY, TAG
from spacy.tokens import Doc, Span, Token

_TEXT = "newsclaims.text"
_ENTITIES = "newsclaims.entity_bounds"


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once, from the tokens' strings (`Doc.text` makes a Token per word)."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        columns = token_columns(doc)
        text = doc.user_data[_TEXT] = "".join([word + " " if space else word for word, space in zip(columns.text, columns.space_after)])
    return text


def entity_bounds(doc: Doc) -> tuple[tuple[int, int, int, int, int], ...]:
    """(start, end, label, kb_id, id) of each entity, in order, as hashes: no Span made."""
    bounds = doc.user_data.get(_ENTITIES)
    if bounds is None:
        bounds = doc.user_data[_ENTITIES] = tuple((e.start, e.end, e.label, e.kb_id, e.id) for e in doc.ents)
    return bounds


def doc_slice(doc: Doc, start: int, end: int) -> Span:
    """`doc[start:end]`. spaCy normalises a slice's bounds in Python (about 3.5 µs a slice against
    0.5 µs for the Span itself), and the extractors slice per mention, clause and number: bounds
    inside the document make the Span directly, any others go through spaCy's slice."""
    if 0 <= start <= end <= len(doc):
        return Span(doc, start, end)
    return doc[start:end]


def entities(doc: Doc) -> Iterator[Span]:
    """`doc.ents`, in order, each Span made when it is reached (a search may stop early)."""
    for s, e, label, kb, ent_id in entity_bounds(doc):
        yield Span(doc, s, e, label=label, kb_id=kb, span_id=ent_id)


def entity_containing(doc: Doc, i: int) -> Span | None:
    """The entity token i lies in, if any: entities do not overlap and come in order, so the only
    candidate is the last one starting at or before i (no Span made for the others)."""
    bounds = entity_bounds(doc)
    n = bisect_right(bounds, i, key=lambda bound: bound[0])
    if n == 0 or bounds[n - 1][1] <= i:
        return None
    s, e, label, kb, ent_id = bounds[n - 1]
    return Span(doc, s, e, label=label, kb_id=kb, span_id=ent_id)


def entities_in(span: Span) -> list[Span]:
    """`span.ents`: the entities lying wholly inside `span`, in order."""
    doc, first, end = span.doc, span.start, span.end
    return [
        Span(doc, s, e, label=label, kb_id=kb, span_id=ent_id)
        for s, e, label, kb, ent_id in entity_bounds(doc)
        if first <= s and e <= end
    ]


class TokenColumns(NamedTuple):
    """Each token's strings, one list per attribute, indexed by `Token.i`: a walk over the whole
    document tests these and makes a Token only where the test passes (reading `token.lower_`
    costs about 0.2 µs, `lower[i]` a list index)."""

    text: list[str]
    lower: list[str]
    lemma: list[str]  # lowercased, as the patterns compare it
    pos: list[str]
    tag: list[str]
    dep: list[str]
    start: list[int]  # `Token.idx`
    space_after: list[int]  # 1 where `Token.whitespace_` is a space
    is_punct: list[int]
    is_quote: list[int]
    ent_type: list[str]  # "" outside an entity


_COLUMNS = "newsclaims.token_columns"
_POS_NAMES = {int(pos): name for pos, name in parts_of_speech.NAMES.items()}
# a hash's string (and its lower case), looked up in the shared StringStore once per process
# rather than once per token
_strings: dict[int, str] = {}
_lowered: dict[int, str] = {}


def token_columns(doc: Doc) -> TokenColumns:
    """The document's `TokenColumns`, built once."""
    columns = doc.user_data.get(_COLUMNS)
    if columns is None:
        orth, lower, lemma, tag, dep, pos, start, space, punct, quote, ent_type = doc.to_array(
            [ORTH, LOWER, LEMMA, TAG, DEP, POS, IDX, SPACY, IS_PUNCT, IS_QUOTE, ENT_TYPE]
        ).T.tolist()
        columns = doc.user_data[_COLUMNS] = TokenColumns(
            _named(doc, orth), _named(doc, lower), _named(doc, lemma, lowercase=True),
            list(map(_POS_NAMES.__getitem__, pos)), _named(doc, tag), _named(doc, dep), start, space, punct, quote,
            _named(doc, ent_type),
        )
    return columns


def _named(doc: Doc, hashes: list[int], lowercase: bool = False) -> list[str]:
    names = _lowered if lowercase else _strings
    try:  # nearly always every string is known: no set of the hashes to make
        return list(map(names.__getitem__, hashes))
    except KeyError:  # a string this process has not met yet
        for key in set(hashes).difference(names):
            string = doc.vocab.strings[key]
            names[key] = string.lower() if lowercase else string
        return list(map(names.__getitem__, hashes))


_SENTENCES = "newsclaims.sentence_bounds"


def sentence_bounds(doc: Doc) -> list[int]:
    """The first token of every sentence, then `len(doc)`, worked out once: as `Doc.sents` splits,
    the first token and every one whose sent_start is 1 (`Token.is_sent_start` true)."""
    starts = doc.user_data.get(_SENTENCES)
    if starts is None:
        flags = doc.to_array(SENT_START).tolist()
        starts = doc.user_data[_SENTENCES] = [0] + [i for i in range(1, len(doc)) if flags[i] == 1] + [len(doc)]
    return starts


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """(first token, end) of every sentence, as `doc.sents` gives them, from the bounds worked out
    once: `doc.sents` makes a Span per sentence (about 3 µs each) on every walk."""
    starts = sentence_bounds(doc)
    return list(zip(starts, starts[1:]))


def char_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """`doc[start:end].start_char` and `.end_char` (the last token's text, without its trailing
    space), from the token columns."""
    columns = token_columns(doc)
    return columns.start[start], columns.start[end - 1] + len(columns.text[end - 1])


def sentence_of(token: Token) -> Span:
    """`token.sent`, from the sentence bounds worked out once (spaCy walks the token's sentence
    back to its start and on to its end at every `Token.sent`)."""
    doc = token.doc
    starts = sentence_bounds(doc)
    n = bisect_right(starts, token.i)
    return Span(doc, starts[n - 1], starts[n])


def sentence_start(doc: Doc, i: int) -> int:
    """`doc[i].sent.start`, without making the Token or the Span."""
    starts = sentence_bounds(doc)
    return starts[bisect_right(starts, i) - 1]
