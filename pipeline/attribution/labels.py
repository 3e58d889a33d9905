"""Speaker labels: a name and a colon opening a paragraph, as in transcripts and headlines
('SMITH: ...', '"PENCE: ...', 'Jane Doe: ...', 'A lesson from Jane Doe: ...', 'Obama on trade: ...').

The label speaks the rest of its paragraph, every sentence of it. A transcript turn that opens
with a quote mark and leaves it open continues into the next paragraphs that open with a quote
mark, up to the next label or a bracketed stage note ('"(CROSSTALK.)').

A headline clause before a colon and a quotation ('Jane Doe Grills Bank CEO: "Y"') gives the
quotation to the clause's subject.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from pipeline.attribution.lexicons import cues
from pipeline.attribution.patterns.misread_verbs import headline_verb_frame, verb_stems
from pipeline.attribution.paragraphs import starts_paragraph
from pipeline.deps import PLACE_LABELS
from pipeline.doc_index import doc_slice, sentence_spans
from pipeline.sources.kinds import source_kinds

if TYPE_CHECKING:
    from pipeline.attribution.context import DocContext

# A label is a few words: 'Gov. Mike Pence', 'A lesson from Jane Doe'.
_MAX_LABEL_TOKENS = 6
# Entity labels of a name that can speak.
SPEAKER_ENTITIES = {"PERSON", "ORG", "NORP"}
_BRACKETS = {"(", "["}


def document_label(tokens: Span) -> bool:
    """A label heading a part of the page ('Correction:', 'Editor's note:'), not a speaker."""
    labels = cues()["document_labels"]
    return any(t.lower_ in labels for t in tokens)


def _name(tokens: Span, in_transcript: bool) -> Token | None:
    """The head of `tokens` when they are a name: proper nouns, or upper-case as transcripts write
    them. Headings look the same ('A SIMPLE GUIDE:', 'Coronavirus:'), so the name must be one NER
    knows, follow a person's title ('Mayor Ana Ruiz:'), or be a label of a transcript (a document
    where some label opens several paragraphs)."""
    words = [t for t in tokens if not t.is_punct]
    if not words or document_label(tokens) or any(t.pos_ != "PROPN" and not t.is_upper for t in words):
        return None
    if all(t.is_upper for t in words) and words[-1].ent_type_ in PLACE_LABELS:
        return None  # a dateline ('WASHINGTON: ...') names a place, not a speaker
    titled = any(t.lower_ in source_kinds()["person_titles"] for t in words[:-1])
    if words[-1].ent_type_ not in SPEAKER_ENTITIES and not titled and not in_transcript and not _named_elsewhere(words[-1]):
        return None
    return words[-1]


def _named_elsewhere(word: Token) -> bool:
    """NER misses names in title-case headlines ('Obama on Climate Change:'): the same word
    recognised as a speaker's name elsewhere in the document names one here too."""
    return any(t.text == word.text and t.ent_type_ in SPEAKER_ENTITIES for t in word.doc if t.i != word.i)


def _label_shape(doc: Doc, sent: Span) -> tuple[Token, Span] | None:
    """(colon, words before it) when `sent` opens its paragraph with a few words and a colon."""
    start = sent.start
    while start < sent.end and (doc[start].is_quote or doc[start].is_space):
        start += 1
    if not starts_paragraph(doc, sent.start):
        return None
    colon = next((t for t in doc_slice(doc, start, start + _MAX_LABEL_TOKENS + 1) if t.text == ":"), None)
    if colon is None or colon.i == start or colon.i + 1 >= len(doc) or starts_paragraph(doc, colon.i + 1):
        return None
    return colon, doc[start : colon.i]


def transcript_labels(doc: Doc) -> frozenset[str]:
    """The paragraph labels of `doc` when one of them opens more than one paragraph, as speakers
    do in a transcript; none otherwise."""
    # (a sentence opening no paragraph has no label shape: no Span made for it)
    shapes = (_label_shape(doc, doc_slice(doc, start, end)) for start, end in sentence_spans(doc) if starts_paragraph(doc, start))
    counts = Counter(shape[1].text.lower() for shape in shapes if shape is not None)
    return frozenset(counts) if any(n > 1 for n in counts.values()) else frozenset()


def label_speaker(ctx: DocContext, sent: Span) -> tuple[Token, Token] | None:
    """(colon, speaker) when `sent` opens its paragraph with a speaker label."""
    doc = ctx.doc
    shape = _label_shape(doc, sent)
    if shape is None:
        return None
    colon, left = shape
    in_transcript = left.text.lower() in ctx.transcript_labels
    roles = cues()["label_prepositions"]
    preposition = next((t for t in left if t.pos_ == "ADP"), None)
    if preposition is None:
        speaker = _name(left, in_transcript)
    elif roles.get(preposition.lower_) == "speaker_after":  # 'a lesson from X'
        speaker = _name(doc[preposition.i + 1 : colon.i], in_transcript)
    elif roles.get(preposition.lower_) == "speaker_before":  # 'X on Y', 'X to Y'
        speaker = _name(doc[left.start : preposition.i], in_transcript)
    else:
        speaker = None
    return (colon, speaker) if speaker is not None else None


def _continues_turn(ctx: DocContext, start: int) -> bool:
    """A paragraph opening with a quote mark, then words, and no label of its own."""
    doc = ctx.doc
    if not doc[start].is_quote or start + 1 >= len(doc) or doc[start + 1].text in _BRACKETS:
        return False
    return label_speaker(ctx, doc[start].sent) is None


def quoted_turn(doc: Doc, colon: Token) -> bool:
    """Whether the label's paragraph opens with a quote mark: the turn is quoted verbatim."""
    return next(t for t in doc[colon.sent.start : colon.i] if not t.is_space).is_quote


def labelled_turn(ctx: DocContext, colon: Token) -> set[int]:
    """The tokens a label speaks: the rest of its paragraph and the quoted paragraphs continuing it."""
    doc = ctx.doc
    end = ctx.paragraphs.words_end(colon.i)
    content = set(range(colon.i + 1, end))
    while quoted_turn(doc, colon) and not doc[end - 1].is_quote:
        start = end
        while start < len(doc) and doc[start].is_space:
            start += 1
        if start >= len(doc) or not _continues_turn(ctx, start):
            break
        end = ctx.paragraphs.words_end(start)
        content |= set(range(start + 1, end))
    return content


def headline_speaker(ctx: DocContext, sent: Span) -> tuple[Token, Token] | None:
    """(colon, speaker) for a headline 'Jane Doe Grills Bank CEO: "Y"': a clause opened by a named
    speaker, its verb, an object, then a colon and a quotation. The clause's subject speaks; a noun
    phrase ('Clinton Aides: "Y"', 'Trump Rally Attendee: "Y"') names someone else and is left alone."""
    doc = ctx.doc
    if sent.start not in ctx.headlines:
        return None
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None:
        return None
    after = next((t for t in doc[colon.i + 1 : sent.end] if not t.is_space), None)
    if after is None or not after.is_quote:
        return None
    # a cue verb read as a noun ('Jane Doe Slams Bank CEO: "Y"') has found its subject
    verb_frame = next((f for f in (headline_verb_frame(ctx, t) for t in doc[sent.start : colon.i]) if f is not None), None)
    if verb_frame is not None:
        return colon, verb_frame.source_head
    start = next((t.i for t in doc[sent.start : colon.i] if not (t.is_quote or t.is_space)), colon.i)
    first = doc[start]
    if first.ent_iob_ != "B" or first.ent_type_ not in SPEAKER_ENTITIES:
        return None
    end = start + 1
    while end < colon.i and doc[end].ent_iob_ == "I":
        end += 1
    verb = doc[end]
    if end + 1 >= colon.i or verb.ent_iob_ != "O":
        return None  # the name fills the label, or no object follows the verb
    # telling 'Hammers' (a verb) from 'Aides' (a noun), both read as names in a headline
    if verb.pos_ != "VERB" and not any(stem in ctx.verb_lemmas for stem in verb_stems(verb.lower_)):
        return None
    return colon, doc[end - 1]
