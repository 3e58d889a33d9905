"""The intermediate record every attribution pattern yields, and turning token sets into spans."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from pipeline.doc_index import char_bounds, doc_slice, doc_text
from pipeline.models import Certainty, ClaimType, TextSpan

# Tokens trimmed from the edges of a content fragment: punctuation, quote marks, conjunctions, "that".
_COMPLEMENTISERS = {"that"}
# Sentence-final . ? ! stay (they end the quoted or reported sentence); separators go.
_TRAILING_PUNCT = {",", ";", ":", "—", "–", "-"}


@dataclass(frozen=True)
class Frame:
    """One attribution found by a pattern: token indices, not yet spans. Never changed in place:
    resolution makes new frames (`dataclasses.replace`)."""

    cue: list[int]  # contiguous token indices of the cue ("according", "to")
    source_head: Token | None
    content: set[int]
    certainty: Certainty
    claim_type: ClaimType = ClaimType.INDIRECT
    quotes: list[int] = field(default_factory=list)  # indices of the quotes this frame speaks
    pattern: str = ""  # the name of the pattern that found it (`registry`)

    def cue_head(self, doc: Doc) -> Token:
        """The cue token highest in the parse: the verb of "has said", the noun of "his claim"."""
        return min((doc[i] for i in self.cue), key=lambda t: sum(1 for _ in t.ancestors))


def _leading_filler(token: Token, verbatim: bool) -> bool:
    """Punctuation; unless quoted verbatim, also a leading "But"/"And" or the complementiser "that"."""
    if token.is_punct or token.is_space:
        return True
    if verbatim:
        return False
    return token.pos_ == "CCONJ" or token.lower_ in _COMPLEMENTISERS and token.dep_ == "mark"


def _trim(doc: Doc, run: list[int], verbatim: bool) -> list[int]:
    while run and _leading_filler(doc[run[0]], verbatim):
        run = run[1:]
    while run and (
        doc[run[-1]].is_space
        or doc[run[-1]].is_quote
        or doc[run[-1]].text in _TRAILING_PUNCT
        or not verbatim and doc[run[-1]].pos_ == "CCONJ"  # "Y and" before a second cue: "Y and insisted Z"
    ):
        run = run[:-1]
    return run


def fragments(doc: Doc, tokens: set[int], *, verbatim: bool = False) -> tuple[TextSpan, ...]:
    """Contiguous runs of `tokens` as spans, edges trimmed of punctuation (and, for reported
    content, of leading conjunctions and complementisers; a quote keeps its words)."""
    runs: list[list[int]] = []
    for i in sorted(tokens):
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    spans = []
    for run in runs:
        run = _trim(doc, run, verbatim)
        if run:
            start, end = char_bounds(doc, run[0], run[-1] + 1)
            spans.append(TextSpan(start, end, doc_text(doc)[start:end]))
    return tuple(spans)


def covering(fragments_: tuple[TextSpan, ...], text: str) -> TextSpan:
    start, end = fragments_[0].start, fragments_[-1].end
    return TextSpan(start, end, text[start:end])


def token_span(doc: Doc, indices: list[int]) -> TextSpan:
    span = doc_slice(doc, indices[0], indices[-1] + 1)
    return TextSpan(span.start_char, span.end_char, span.text)
