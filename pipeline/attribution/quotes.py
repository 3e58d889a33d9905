"""Direct quotations: pairing quote marks into quoted regions, one passage between an opening mark
and a closing or re-opening mark.

Newspapers re-open a quote without closing it: a speaker's next paragraph opens with a quote mark
while the quote of the paragraph before was never closed, and within a paragraph a new quoted
sentence may open with a mark right after the previous one's full stop ('made. "Far from ...').
Each such mark ends the open quote and starts a new one that `continues` it (the same passage,
so the same speaker), so a run of quotes never swallows the narration or attribution after a
re-opening mark. A region opened but not closed in one paragraph, whose next paragraph does not
open with the same mark, is dropped. Typed text mixes double-mark styles, so a double mark
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
from pipeline.doc_index import token_columns

if TYPE_CHECKING:
    from pipeline.attribution.context import DocContext

_SENTENCE_ENDS = ".!?…"


@dataclass(frozen=True)
class Quote:
    """A quoted region: its interior tokens, `start` to `end` (exclusive), inside one paragraph.
    `continues`: opened by a re-opening mark, so it goes on with the quote before it; `closed`:
    ended by a closing mark (else by a re-opening mark or its paragraph's end)."""

    start: int
    end: int
    continues: bool = False
    closed: bool = True

    @property
    def last(self) -> int:
        """The last token of the quote's passage: its closing mark, else its last word."""
        return self.end if self.closed else self.end - 1

    def tokens(self) -> set[int]:
        return set(range(self.start, self.end))

    def word_count(self, doc: Doc) -> int:
        columns = token_columns(doc)  # `str.isspace` is `Token.is_space`
        return sum(1 for i in self.tokens() if not (columns.is_punct[i] or columns.text[i].isspace()))


def _paragraph_words(ctx: DocContext) -> Iterator[list[Token]]:
    text = ctx.columns.text
    for start, end in ctx.paragraphs.bounds:
        yield [ctx.tokens[i] for i in range(start, end) if not text[i].isspace()]  # `Token.is_space`


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


def _reopening(token: Token, opening: str) -> bool:
    """The open quote's own mark placed as an opener ('made. "Far'): spaced before, glued to a word
    after, right after a sentence end (past any closing single mark: 'wow.' "My"): the open
    quote ends there unclosed and a new quote starts."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.text != opening or token.i == 0 or token.whitespace_ or following is None or following.is_punct:
        return False
    before = doc[token.i - 1]
    if not before.whitespace_ or before.is_space:
        return False
    while before.i > 0 and before.is_quote:
        before = doc[before.i - 1]
    return before.text[-1] in _SENTENCE_ENDS


def _opener(token: Token, single: bool) -> bool:
    marks = quote_marks()
    if single:
        if token.text not in marks["paired_single"] and token.text not in marks["straight_single"]:
            return False
        preceded_by_space = token.i == 0 or token.doc[token.i - 1].whitespace_ != "" or starts_paragraph(token.doc, token.i)
        return preceded_by_space and token.whitespace_ == ""
    return token.text in marks["paired_double"] or token.text in marks["straight_double"]


def _marks_of_kind(single: bool) -> set[str]:
    """The single (or double) quote marks, opening and closing."""
    marks = quote_marks()
    paired = marks["paired_single" if single else "paired_double"]
    return {*paired, *paired.values(), *marks["straight_single" if single else "straight_double"]}


def _scan(ctx: DocContext, single: bool, blocked: set[int]) -> list[Quote]:
    """Pair marks of one kind (double or single) into quotes, skipping `blocked` tokens."""
    quotes: list[Quote] = []
    open_mark: Token | None = None
    start = nested = 0  # nested: quotes of the other double style open inside this one
    continues = False  # the open quote was opened by a re-opening mark
    marks = _marks_of_kind(single)  # every test below is of a token that is one of these
    text = ctx.columns.text
    for paragraph in _paragraph_words(ctx):
        label = _turn_label(ctx, paragraph, single)
        tokens = paragraph
        if open_mark is not None:
            # the quote runs on into this paragraph when it opens with the same mark: a new quote
            # of the same passage; otherwise the unclosed mark is dropped
            if label is None and paragraph[0].text == open_mark.text:
                quotes.append(Quote(start, ctx.paragraphs.words_end(paragraph[0].i - 1), continues, closed=False))
                start, continues, tokens = paragraph[0].i + 1, True, paragraph[1:]
            else:
                open_mark = None
        if label is not None:
            # a transcript turn ('"SMITH: We will ...') quotes what its speaker label introduces
            open_mark, start, continues = paragraph[0], label.i + 1, False
            tokens = [t for t in paragraph if t.i > label.i]
        for token in tokens:
            if text[token.i] not in marks or token.i in blocked:
                continue
            if open_mark is not None and not nested and _reopening(token, open_mark.text):
                if token.i > start:
                    quotes.append(Quote(start, token.i, continues, closed=False))
                start, continues = token.i + 1, True
            elif open_mark is not None and not single and _other_style_opener(token, open_mark.text):
                nested += 1
            elif open_mark is not None and not single and nested and not _expected_closer(token, open_mark.text, single) and _other_style_closer(token):
                nested -= 1
            elif open_mark is not None and (_expected_closer(token, open_mark.text, single) or (not single and _other_style_closer(token))):
                if token.i > start:
                    quotes.append(Quote(start, token.i, continues))
                open_mark = None
            elif open_mark is None and _opener(token, single):
                open_mark, start, nested, continues = token, token.i + 1, 0, False
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
