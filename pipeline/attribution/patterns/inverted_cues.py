"""An inverted cue set off in the middle of its sentence, before the clause it reports: 'Not least,
said Paul King, principal security consultant at Cisco, because the defences are so common', 'As
the tactics change, said Mr King, so many firms were changing'. The parser hangs the speaker on
the cue or makes it the subject of the clause after it; either way the speaker is the noun phrase
right after the cue and what was said is the clause after the speaker's comma. A cue set off
between a clause's subject and its predicate ('The problem they face, said Shailendra Jain, head of
MMS firm Adamind, is educating people') reports that whole clause, around the cue and speaker."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.attribution.context import DocContext
from pipeline.deps import FINITE_VERB_TAGS, NOMINAL_SUBJECTS, SUBJECTS, TIME_LABELS
from pipeline.doc_index import doc_slice, sentence_of
from pipeline.sources.source_like import is_source_like

# Words a speaker's noun phrase is made of ('Mr King', 'the chief executive', 'Cisco's Paul King').
_NOMINAL_POS = {"DET", "PROPN", "NOUN", "ADJ", "NUM", "PART"}


def _segments(verb: Token, start: int) -> list[tuple[int, int]]:
    """The comma-separated stretches of the sentence from `start`, as (first, end) token indices."""
    doc, end = verb.doc, sentence_of(verb).end
    cuts = [t.i for t in doc_slice(doc, start, end) if t.text == ","]
    bounds = [start - 1, *cuts, end]
    return [(a + 1, b) for a, b in zip(bounds, bounds[1:]) if a + 1 < b]


def _speaker(ctx: DocContext, verb: Token, first: int, end: int) -> Token | None:
    """The head of the noun phrase [first, end): its last noun or name, when it is all nominal."""
    words = verb.doc[first:end]
    if not len(words) or any(t.pos_ not in _NOMINAL_POS for t in words):
        return None
    head = next((t for t in reversed(words) if t.pos_ in {"PROPN", "NOUN"}), None)
    return head if head is not None and is_source_like(ctx, head) else None


def _clause(ctx: DocContext, tokens: range) -> bool:
    """A clause with a finite verb and a subject of its own, outside quote marks."""
    doc = ctx.doc
    if any(i in ctx.quoted or doc[i].is_quote for i in tokens):
        return False
    return any(
        doc[i].pos_ in {"VERB", "AUX"} and any(c.dep_ in NOMINAL_SUBJECTS and c.i in tokens for c in doc[i].children)
        for i in tokens
    )


def _main_clause(ctx: DocContext, first: int, end: int) -> bool:
    """Whether [first, end) holds a clause with its own subject that no subordinator introduces:
    'The amount of spam was still growing, said Mr Stanley, but Z' reports that clause, not Z."""
    doc = ctx.doc
    return any(
        doc[i].pos_ in {"VERB", "AUX"} and not any(c.dep_ == "mark" for c in doc[i].children)
        and any(c.dep_ in NOMINAL_SUBJECTS and first <= c.i < end for c in doc[i].children)
        for i in range(first, end)
    )


def _appositive(verb: Token, first: int, end: int) -> bool:
    """'principal security consultant at Cisco': a verbless noun phrase after the speaker's name
    ('last year' is the reported clause's own time)."""
    words = verb.doc[first:end]
    return all(t.pos_ not in {"VERB", "AUX", "SCONJ"} for t in words) and any(
        t.pos_ in {"NOUN", "PROPN"} and t.ent_type_ not in TIME_LABELS for t in words
    )


def _after_comma(verb: Token) -> bool:
    """A finite verb right after a comma inside its sentence, where an inverted cue is set off."""
    return verb.tag_ in FINITE_VERB_TAGS and verb.i != sentence_of(verb).start and verb.doc[verb.i - 1].text == ","


def _speaker_and_rest(ctx: DocContext, verb: Token, cue: list[int]) -> tuple[Token | None, int, int]:
    """The speaker set off by commas right after the cue, and the stretch after it and its
    appositive to the sentence's end, closing punctuation left out ('said Jain, head of MMS firm
    Adamind, is Y.' -> Jain and 'is Y'); (None, 0, 0) if none."""
    segments = _segments(verb, max(cue) + 1)
    if len(segments) < 2:
        return None, 0, 0
    speaker = _speaker(ctx, verb, *segments[0])
    rest = segments[1:]
    if len(rest) > 1 and _appositive(verb, *rest[0]):
        rest = rest[1:]
    first, end = rest[0][0], sentence_of(verb).end
    while end > first and verb.doc[end - 1].is_punct:
        end -= 1
    return speaker, first, end


def cue_inside_clause(ctx: DocContext, verb: Token, cue: list[int]) -> tuple[Token, set[int]] | None:
    """'Y0, said X, Y1' with Y0 the subject of Y1, which the parser took for the cue's subject: a
    finite cue right after a comma whose subject before it cannot speak ('the problem'), then a
    speaker set off by commas, then a predicate that is not a clause of its own. The speaker and
    Y0 with Y1."""
    doc, sent = verb.doc, sentence_of(verb)
    if not _after_comma(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ in NOMINAL_SUBJECTS and c.i < verb.i), None)
    if subject is None or is_source_like(ctx, subject) or any(i in ctx.quoted or doc[i].is_quote for i in range(sent.start, sent.end)):
        return None
    speaker, first, end = _speaker_and_rest(ctx, verb, cue)
    if speaker is None or doc[first].pos_ not in {"VERB", "AUX"}:
        return None  # the predicate of Y0 must go on right after the speaker
    return speaker, set(range(subject.left_edge.i, verb.i - 1)) | set(range(first, end))


def cue_before_clause(ctx: DocContext, verb: Token, cue: list[int]) -> tuple[Token, set[int]] | None:
    """'Y0, said X, Y': a finite cue right after a comma inside its sentence, with no subject before
    it and no main clause before it, then a speaker (and its appositive) set off by commas, then a
    clause with its own subject. The speaker and that clause."""
    doc, sent = verb.doc, sentence_of(verb)
    if not _after_comma(verb):
        return None
    if any(c.dep_ in SUBJECTS and c.i < verb.i for c in verb.children) or doc[sent.start].is_quote:
        return None
    speaker, first, end = _speaker_and_rest(ctx, verb, cue)
    if speaker is None or doc[first].pos_ == "CCONJ" or not _clause(ctx, range(first, end)):
        return None  # "Y, said X, but he doubted Z": the narration goes on after the report
    if _main_clause(ctx, sent.start, verb.i):
        return None
    return speaker, set(range(first, end))
