"""Attributions marked by punctuation: a speaker label or a short noun phrase before a colon
('SMITH: Y', 'X: Y', a headline's 'X Grills Y: "Z"'; see `labels`), and an attribution dash
('"Y" ― X', 'X ― "Y" ―').
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from pipeline.attribution.certainty import base_certainty
from pipeline.attribution.context import DocContext
from pipeline.attribution.frames import Frame
from pipeline.deps import FINITE_TAGS
from pipeline.attribution.labels import (
    SPEAKER_ENTITIES,
    document_label,
    headline_speaker,
    label_speaker,
    labelled_turn,
    quoted_turn,
)
from pipeline.attribution.lexicons import cues
from pipeline.doc_index import doc_text
from pipeline.models import ClaimType
from pipeline.sources.source_like import is_source_like

# 'X: Y' frames: the left side is a bare name or noun phrase and the right side a statement.
_NOMINAL_POS = {"PROPN", "NOUN", "DET", "ADJ", "PART", "NUM"}
_MIN_COLON_CONTENT_WORDS = 4


def colon_frames(ctx: DocContext) -> Iterator[Frame]:
    """'X: Y' where X is a short noun phrase opening the sentence (headline and interview style).
    A speaker label opening a paragraph speaks the whole paragraph (see `labels`)."""
    doc, quoted = ctx.doc, ctx.quoted
    for sent in doc.sents:
        headline = headline_speaker(ctx, sent)  # 'Jane Doe Grills Bank CEO: "Y"': a clause, not a label
        label = label_speaker(ctx, sent) if headline is None else None
        claim_type = ClaimType.INDIRECT
        if headline is not None:
            colon, speaker = headline
            content = set(range(colon.i + 1, sent.end))
            claim_type = ClaimType.DIRECT_QUOTE
        elif label is not None:
            colon, speaker = label
            content = labelled_turn(ctx, colon)
            if quoted_turn(doc, colon):
                claim_type = ClaimType.DIRECT_QUOTE
        else:
            colon, speaker = _sentence_colon(ctx, doc, sent)
            content = set(range(colon.i + 1, sent.end)) if colon is not None else set()
        if colon is None or colon.i in quoted:
            continue
        if sum(1 for i in content if not (doc[i].is_punct or doc[i].is_space)) < _MIN_COLON_CONTENT_WORDS:
            continue  # "Source: NATO", "Video: FULL SPEECH" are labels, not claims
        certainty = base_certainty(colon, "asserted")
        yield Frame(cue=[colon.i], source_head=speaker, content=content, certainty=certainty, claim_type=claim_type)


def _sentence_colon(ctx: DocContext, doc: Doc, sent: Span) -> tuple[Token | None, Token | None]:
    """(colon, the noun heading the left side) for a short nominal 'X:' opening `sent`."""
    if ":" not in doc_text(doc)[sent.start_char : sent.end_char]:
        return None, None  # most sentences: no token to look at
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None or colon.i - sent.start > 6 or colon.i + 1 >= sent.end:
        return None, None
    # a transcript paragraph may open with a quote mark: '"SMITH: We will win."'
    start = sent.start
    while start < colon.i and (doc[start].is_quote or doc[start].is_space):
        start += 1
    left = doc[start : colon.i]
    if not left or any(t.pos_ not in _NOMINAL_POS for t in left) or document_label(left):
        return None, None
    # the noun heading the left side: its own head lies outside it (or it is the root)
    heads = [
        t for t in left
        if t.pos_ in {"PROPN", "NOUN"} and (t.head.i == t.i or not left.start <= t.head.i < left.end)
    ]
    # a heading ("STRESS: How to cope", "Coronavirus: City opens sites") names no one who speaks:
    # a name must be one NER knows, a noun one of the source lexicons
    head = heads[-1] if heads else None
    if head is None or not is_source_like(ctx, head) or head.pos_ == "PROPN" and head.ent_type_ not in SPEAKER_ENTITIES:
        return None, None
    return colon, head


def dash_frames(ctx: DocContext) -> Iterator[Frame]:
    """'“Y” ― Jane Doe': a dash right after a closing quote, then a name, attributes that quote;
    so does a name before a quotation set off by dashes ('including Jane Doe — “Y” — and Z')."""
    doc, quoted = ctx.doc, ctx.quoted
    dashes = set(cues()["attribution_dashes"])
    text = ctx.columns.text
    for token in (ctx.tokens[i] for i in range(1, len(doc) - 1) if text[i] in dashes and i not in quoted):
        set_off = _set_off_quote(doc, token, dashes)
        if set_off is not None:
            yield set_off
            continue
        # web text often puts a no-break space on either side of the dash
        name, closing = _next_word(doc, token.i, 1), _next_word(doc, token.i, -1)
        if name is None or closing is None or not closing.is_quote or name.pos_ != "PROPN":
            continue
        # the quote opens its line: quote marks inside it ('what he calls “hell”') are not its edge
        opening = doc[ctx.paragraphs.start(closing.i)]
        if not opening.is_quote:
            continue
        while name.head.i != name.i and name.head.pos_ == "PROPN" and name.head.i > token.i:
            name = name.head
        content = set(range(opening.i + 1, closing.i))
        yield Frame(cue=[token.i], source_head=name, content=content, certainty=base_certainty(token, "asserted"))


def _set_off_quote(doc: Doc, dash: Token, dashes: set[str]) -> Frame | None:
    """'Jane Doe — “Y” —': a named speaker, a dash, a quotation and a closing dash (or the end of
    the sentence); the name speaks the quotation."""
    name, opening = _next_word(doc, dash.i, -1), _next_word(doc, dash.i, 1)
    if name is None or opening is None or not opening.is_quote or name.ent_type_ not in SPEAKER_ENTITIES:
        return None
    closing = next((t for t in doc[opening.i + 1 : opening.sent.end] if t.is_quote and t.text != "'"), None)
    if closing is None or closing.i == opening.i + 1:
        return None
    after = _next_word(doc, closing.i, 1)
    if after is not None and after.text not in dashes and not after.is_sent_end:
        return None
    content = set(range(opening.i + 1, closing.i))
    if not any(doc[i].tag_ in FINITE_TAGS for i in content):  # a quotation with one is a statement
        return None  # 'hired Jane Roe — “an old friend” — last year': a phrase describing her, not her words
    certainty = base_certainty(dash, "asserted")
    return Frame(cue=[dash.i], source_head=name, content=content, certainty=certainty, claim_type=ClaimType.DIRECT_QUOTE)


def _next_word(doc: Doc, index: int, step: int) -> Token | None:
    """The first non-whitespace token from `index` in direction `step`, within the line."""
    index += step
    while 0 <= index < len(doc) and doc[index].is_space and "\n" not in doc[index].text:
        index += step
    return doc[index] if 0 <= index < len(doc) and not doc[index].is_space else None
