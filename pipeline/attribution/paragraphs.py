"""Paragraphs of a parsed document, worked out once per document.

A paragraph starts at a word (a token that is not whitespace) with a newline between it and the
word before. The whitespace tokens between two paragraphs belong to neither paragraph's words:
a paragraph's bounds run from its first word to just after its last word. Quotes, speaker labels
and quote attachment all ask which paragraph a token is in, so the index is built once per document
(`context.DocContext.paragraphs`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc


@dataclass(frozen=True)
class Paragraphs:
    number: tuple[int, ...]  # paragraph of each token; whitespace after a paragraph counts as its own
    bounds: tuple[tuple[int, int], ...]  # (first word, end after last word) of each paragraph

    def words_end(self, index: int) -> int:
        """End (exclusive) of the words of the paragraph holding token `index`."""
        return self.bounds[self.number[index]][1]

    def start(self, index: int) -> int:
        """First word of the paragraph holding token `index`."""
        return self.bounds[self.number[index]][0]


def starts_paragraph(doc: Doc, index: int) -> bool:
    """Whether token `index` follows a newline (or opens the document)."""
    return index == 0 or "\n" in doc[index - 1].text_with_ws


def index_paragraphs(words: Sequence[str]) -> Paragraphs:
    """The paragraphs of a document whose tokens' texts are `words` (`TokenColumns.text`): a
    token's trailing whitespace is one space at most, so a newline before a word is in a token."""
    number: list[int] = []
    bounds: list[list[int]] = []
    newline_since_word = False
    for i, word in enumerate(words):
        newline_since_word = newline_since_word or i == 0 or "\n" in words[i - 1]
        if not word.isspace():  # `Token.is_space`
            if not bounds or newline_since_word:
                bounds.append([i, i + 1])
            bounds[-1][1] = i + 1
            newline_since_word = False
        number.append(max(len(bounds) - 1, 0))
    return Paragraphs(tuple(number), tuple((first, end) for first, end in bounds))
