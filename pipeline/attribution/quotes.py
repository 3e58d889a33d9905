"""Direct quotations: pairing quote marks into quoted regions, across sentences and paragraphs.

A region opened but not closed in one paragraph continues into the next only when that
paragraph opens with the same quote mark (the newspaper convention for multi-paragraph quotes);
otherwise the unpaired mark is dropped. Typed text mixes double-mark styles, so a double mark
glued to the end of a word closes any open double quote, unless it closes a quote of another
style opened inside it ('"He called it “a rant” and left."'). A paragraph opening with a quote
mark and a speaker label ('"SMITH: ...', transcript style) starts a new quote after the label.
Single marks count only outside double quotes and where they cannot be apostrophes (an opener
after a space, a closer before a space or punctuation).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from pipeline.attribution.labels import label_speaker
from pipeline.attribution.lexicons import quote_marks
from pipeline.attribution.paragraphs import starts_paragraph

if TYPE_CHECKING:
    from pipeline.attribution.context import DocContext


@dataclass(frozen=True)
class Quote:
    """A quoted region: interior token ranges, one per paragraph, end-exclusive."""

    pieces: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]

    def tokens(self) -> set[int]:
        return {i for start, end in self.pieces for i in range(start, end)}

    def word_count(self, doc: Doc) -> int:
        return sum(1 for i in self.tokens() if not (doc[i].is_punct or doc[i].is_space))


def _paragraph_words(ctx: DocContext) -> Iterator[list[Token]]:
    for start, end in ctx.paragraphs.bounds:
        yield [t for t in ctx.tokens[start:end] if not t.is_space]


def _closing_position(token: Token) -> bool:
    """Glued to the word before it and followed by a space, punctuation or the end."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    glued = token.i > 0 and token.doc[token.i - 1].whitespace_ == "" and not token.doc[token.i - 1].is_space
    return glued and (following is None or token.whitespace_ != "" or following.is_punct or following.is_space)


def _double_mark(token: Token) -> bool:
    marks = quote_marks()
    paired = marks["paired_double"]
    return token.text in paired or token.text in paired.values() or token.text in marks["straight_double"]


def _expected_closer(token: Token, opening: str, single: bool) -> bool:
    marks = quote_marks()
    expected = marks["paired_single" if single else "paired_double"].get(opening, opening)
    if single:
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return token.text == expected and (following is None or token.whitespace_ != "" or following.is_punct)
    return token.text == expected


def _other_style_closer(token: Token) -> bool:
    """Typed text mixes styles ('"work-related” emails', '33 percent.“'): a double mark glued to
    the end of a word closes whatever double mark is open (checked after the expected closer)."""
    return _double_mark(token) and _closing_position(token)


def _other_style_opener(token: Token, opening: str) -> bool:
    """A double mark of another style before a word, inside a quote: a quote within the quote."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    spaced = token.i == 0 or token.doc[token.i - 1].whitespace_ != "" or token.doc[token.i - 1].is_space
    return token.text != opening and _double_mark(token) and spaced and token.whitespace_ == "" and following is not None and not following.is_punct


def _opener(token: Token, single: bool) -> bool:
    marks = quote_marks()
    if single:
        if token.text not in marks["paired_single"] and token.text not in marks["straight_single"]:
            return False
        preceded_by_space = token.i == 0 or token.doc[token.i - 1].whitespace_ != "" or starts_paragraph(token.doc, token.i)
        return preceded_by_space and token.whitespace_ == ""
    return token.text in marks["paired_double"] or token.text in marks["straight_double"]


def _scan(ctx: DocContext, single: bool, blocked: set[int]) -> list[Quote]:
    """Pair marks of one kind (double or single) into quotes, skipping `blocked` tokens."""
    quotes: list[Quote] = []
    open_mark: Token | None = None
    pieces: list[tuple[int, int]] = []
    piece_start = nested = 0  # nested: quotes of the other double style open inside this one
    for paragraph in _paragraph_words(ctx):
        label = _turn_label(ctx, paragraph, single)
        # the next paragraph continues the quote when it opens with the same mark
        continues = open_mark is not None and label is None and paragraph[0].text == open_mark.text
        if open_mark is not None:
            if continues:
                pieces.append((piece_start, ctx.paragraphs.words_end(paragraph[0].i - 1)))
                piece_start = paragraph[0].i + 1
            else:
                open_mark, pieces = None, []
        tokens = paragraph[1:] if continues else paragraph
        if label is not None:
            # a transcript turn ('"SMITH: We will ...') quotes what its speaker label introduces
            open_mark, piece_start = paragraph[0], label.i + 1
            tokens = [t for t in paragraph if t.i > label.i]
        for token in tokens:
            if token.i in blocked:
                continue
            if open_mark is not None and not single and _other_style_opener(token, open_mark.text):
                nested += 1
            elif open_mark is not None and not single and nested and not _expected_closer(token, open_mark.text, single) and _other_style_closer(token):
                nested -= 1
            elif open_mark is not None and (_expected_closer(token, open_mark.text, single) or (not single and _other_style_closer(token))):
                if token.i > piece_start:
                    quotes.append(Quote(tuple(pieces) + ((piece_start, token.i),)))
                open_mark, pieces = None, []
            elif open_mark is None and _opener(token, single):
                open_mark, piece_start, nested = token, token.i + 1, 0
    return quotes


def _turn_label(ctx: DocContext, paragraph: list[Token], single: bool) -> Token | None:
    """The colon of a speaker label right after the paragraph's opening quote mark."""
    if not _opener(paragraph[0], single):
        return None
    label = label_speaker(ctx, paragraph[0].sent)
    return label[0] if label is not None else None


def find_quotes(ctx: DocContext) -> list[Quote]:
    """All quoted regions of the document, double-quoted first, then single-quoted ones outside
    them, in text order (`ctx` as far as it is built: its paragraphs and labels)."""
    doubles = _scan(ctx, single=False, blocked=set())
    inside = {i for quote in doubles for i in range(quote.start - 1, quote.end + 1)}
    singles = _scan(ctx, single=True, blocked=inside)
    singles = [q for q in singles if not (q.tokens() & inside)]
    return sorted(doubles + singles, key=lambda q: q.start)
