"""Where a direct quote's own cue is: in its sentence, in the sentence right before or after, or
in a clause introducing it with a colon ('X made the following comment:'). Used by
`quote_attachment`, which falls back on the quote's passage and the previous speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from pipeline.attribution.frames import Frame
from pipeline.attribution.grammar.subjects import subject_of
from pipeline.attribution.lexicons import cues
from pipeline.attribution.quotes import Quote
from pipeline.deps import NOMINAL_SUBJECTS, subtree
from pipeline.doc_index import sentence_start
from pipeline.models import Certainty, ClaimType
from pipeline.sources.source_like import is_source_like

if TYPE_CHECKING:
    from pipeline.attribution.context import DocContext

INTRODUCING_CLAUSE = "introducing_clause"  # the frame's pattern: 'X made the following comment:'
MAX_PARAGRAPH_GAP = 1
# "X said on Monday:" -- the colon ends the cue clause, a few words after the cue at most
MAX_COLON_GAP = 6
_VERBS = {"VERB", "AUX"}
_AUXILIARIES = {"aux", "auxpass"}


def distance(frame: Frame, quote: Quote) -> int:
    cue = frame.cue[0]
    return quote.start - cue if cue < quote.start else cue - quote.end


def _attributes_from_after(doc: Doc, frame: Frame, quote: Quote) -> bool:
    """A cue after the quote attributes it only when its source is what comes between ('," he
    said', '," Tulsa police Chief Ann Lee said', '," Tom Ward, who runs the club, later said'):
    no subject of the cue but the source, and no verb outside the source's phrase but the cue's
    auxiliaries (the small model attaches long names loosely, so the words between need not all be
    in the source's phrase). In '." Lord Butler's assessment was backed by Lord Armstrong' the parser joined
    the next sentence to the quote."""
    cue = frame.cue_head(doc)
    source = subtree(frame.source_head)
    for token in doc[quote.last + 1 : frame.cue[0]]:
        other_subject = token.head == cue and token.dep_ in NOMINAL_SUBJECTS and token != frame.source_head
        # a capitalised "verb" there is a name the tagger misread ('," Tulsa police Chief X said')
        verb = token.pos_ in _VERBS and token.is_lower and token.i not in source and not (token.head == cue and token.dep_ in _AUXILIARIES)
        if other_subject or verb:
            return False
    return True


def same_sentence_cue(doc: Doc, quote: Quote, frames: list[Frame]) -> Frame | None:
    sentences = {sentence_start(doc, i) for i in (quote.start - 1, quote.last) if 0 <= i < len(doc)}
    candidates = [
        f
        for f in frames
        if f.cue and f.source_head is not None and sentence_start(doc, f.cue[0]) in sentences
        and (not f.content or f.claim_type is ClaimType.DIRECT_QUOTE)
        and (f.cue[0] < quote.start or _attributes_from_after(doc, f, quote))
    ]
    return min(candidates, key=lambda f: distance(f, quote), default=None)


def adjacent_sentence_cue(doc: Doc, quote: Quote, frames: list[Frame]) -> Frame | None:
    last = doc[min(quote.last, len(doc) - 1)].sent
    first = doc[quote.start].sent
    for frame in frames:
        if frame.content or frame.source_head is None or not frame.cue:
            continue
        cue = doc[frame.cue[0]]
        if last.end < len(doc) and cue.sent.start == last.end and _attributes_from_after(doc, frame, quote):
            return frame  # '“...”' then 'he said.' parsed as its own sentence
        if first.start > 0 and cue.sent.end == first.start and doc[cue.sent.end - 1].text == ":":
            return frame  # 'X said:' then the quote
    return None


def _speech_word(token: Token) -> bool:
    """A word naming speech ('said', 'comment', 'answer', 'statement'), of any part of speech."""
    lexicon = cues()
    lemma = token.lemma_.lower()
    return lemma in lexicon["verbs"] or lemma in lexicon["message_nouns"]


def introducing_clause(ctx: DocContext, quote: Quote) -> Frame | None:
    """'X made the following comment:' right before a quote, in its paragraph or closing the one
    before: a clause whose subject is a source, ending in a colon a few words after its verb."""
    doc, paragraph = ctx.doc, ctx.paragraphs.number
    colon = quote.start - 2
    while colon >= 0 and doc[colon].is_space:
        colon -= 1
    if colon < 0 or doc[colon].text != ":" or paragraph[quote.start] - paragraph[colon] > MAX_PARAGRAPH_GAP:
        return None
    # the outermost verb of the words before the colon whose clause runs up to it
    start = max(doc[colon].sent.start, colon - MAX_COLON_GAP)
    verb = next((t for t in doc[start:colon] if t.pos_ in _VERBS and t.right_edge.i >= colon - 1), None)
    # the verb or its object names speech: 'X wrote:', 'X made the following comment:'
    if verb is None or not any(_speech_word(t) for t in doc[verb.i : colon] if t.i == verb.i or t.dep_ == "dobj"):
        return None  # 'He reached for the folder:', 'She had one goal for the talks:'
    source = subject_of(ctx, verb)
    if source is None or not is_source_like(ctx, source):
        return None
    return Frame(cue=[verb.i, colon], source_head=source, content=set(), certainty=Certainty.ASSERTED, pattern=INTRODUCING_CLAUSE)
