"""Which paragraphs of a stored text are article body and which are page furniture.

Every sentence takes its paragraph's kind (`sentences.kind`); extraction keeps claims,
narrator claims, events and quantities only from body sentences (`pipeline/process.py`), so
a headline, a date line or a site footer is never a claim. The cues are general, from the
shape of the paragraph, its place in the text and the vocabulary of
`pipeline/lexicons/page_furniture.json`:

- headline: the document's title, or a short paragraph with no sentence-final punctuation that is not the last one
  (the title line of a plain-text article, a subheading); not a list item or the line after
  a colon, which are body;
- dateline: only dates, weekdays, times and words such as "updated", or a place in capitals
  and a dash on a line of its own ("WASHINGTON —");
- caption: a caption label ("Photo:") or an unpunctuated line naming a picture credit;
- furniture: score and fixture lines (numbers only, or a short unpunctuated line with a
  score), link and programme teasers, site footers, bylines and author notes, and a
  reader-comment block from its header to the end of the text;
- a contact line: a short paragraph holding an e-mail address, with no quote marks;
- a numbered subheading ("2. In Washington, ..."): a list item with no list item beside it;
- a reader-comment block with no header: a run of at least three paragraphs ending the text
  in which at least half speak in a reader's voice (outside quote marks: "I", "we", "you", a
  question or an exclamation, or a signature line "Jane Doe, Leeds, UK"), after an article
  that almost never does. A report narrates in the third person and gives first-person words
  only inside quote marks, so the switch of voice marks where the article ends; a column or
  an interview printed without quote marks speaks in that voice throughout and stays body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pipeline.lexicons import load
from pipeline.models import SentenceKind

HEADLINE_MAX_WORDS = 16
TEASER_MAX_WORDS = 30
SHORT_MAX_WORDS = 12  # a footer phrase marks a short paragraph anywhere ...
FOOTER_LAST_PARAGRAPHS = 3  # ... and a longer one among the last paragraphs
FOOTER_MAX_WORDS = 30
BIO_LAST_PARAGRAPHS = 2
BIO_MAX_WORDS = 45
COMMENTS_MIN_PARAGRAPHS = 3
COMMENTS_VOICE_SHARE = 0.5  # of the block's paragraphs, at least ...
ARTICLE_VOICE_SHARE = 0.1  # ... of the article's paragraphs before it, at most
COMMENT_MAX_WORDS = 150

_CLOSERS = "\"'”’»)]*"
_SENTENCE_END = ".!?…:;,"
_QUOTE_MARKS = "\"“”«»„"
_QUOTE_MARK = re.compile(f"[{_QUOTE_MARKS}]")
_WORD = re.compile(r"[\w.'’:-]+")
_SCORE = re.compile(r"\b\d{1,3}\s*[-–]\s*\d{1,3}\b")
_LIST_ITEM = re.compile(r"^(?:[-–—•*▪·]|\d{1,2}[.)])\s")
# "WASHINGTON —", "LONDON (Reuters) -": a place in capitals, perhaps an agency, and a dash
_PLACE_DATELINE = re.compile(r"^[A-Z][A-Z.,'’ -]*(?:\([\w .]+\))?\s*(?:—|―|–|--|-)$")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_BIO_OPENING = re.compile(r"^(?:[A-Z][\w.'’-]*\s){1,4}(?:is|was|has been)\s+(?:a|an|the)\b")
# A reader's signature closing a comment: "Jane Doe, Leeds, UK" on the paragraph's last line.
_SIGNATURE = re.compile(r"(?:^|\n)\s*[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}(?:, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*){1,2}\s*$")


def _lexicon(name: str) -> list[str]:
    return load("page_furniture")[name]


def _unpunctuated(paragraph: str) -> bool:
    stripped = paragraph.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] not in _SENTENCE_END


@lru_cache(maxsize=64)  # each paragraph is asked by several tests in turn
def _words(paragraph: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(paragraph.lower()))


@lru_cache(maxsize=1)
def _date_vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """(weekdays and months, other date words), as sets: asked of every paragraph."""
    return frozenset(_lexicon("weekdays")) | frozenset(_lexicon("months")), frozenset(_lexicon("date_words"))


def _is_dateline(paragraph: str) -> bool:
    if _PLACE_DATELINE.match(paragraph):
        return True
    words = [w.strip(".,:") for w in _words(paragraph)]
    words = [w for w in words if w]
    if len(words) > 10:
        return False  # a dateline is a few words: the long paragraphs of the body end here
    calendar, date_words = _date_vocabulary()
    dated = any(w in calendar for w in words)
    others = [
        w for w in words
        if w not in calendar and w not in date_words and not any(c.isdigit() for c in w)
    ]
    return dated and not others


def _is_score_line(paragraph: str) -> bool:
    if not any(c.isalpha() for c in paragraph):
        return any(c.isdigit() for c in paragraph)  # "1500", "2-1"
    return _unpunctuated(paragraph) and len(_words(paragraph)) <= 8 and bool(_SCORE.search(paragraph))


def _starts_with(paragraph: str, phrases: list[str]) -> bool:
    lowered = paragraph.lower().lstrip("-–—•*▪· ")
    return any(lowered.startswith(phrase) for phrase in phrases)


def _is_caption(paragraph: str) -> bool:
    if _starts_with(paragraph, _lexicon("caption_prefixes")):
        return True
    lowered = paragraph.lower()
    return _unpunctuated(paragraph) and any(p in lowered for p in _lexicon("credit_phrases"))


def _is_teaser(paragraph: str) -> bool:
    return (
        _starts_with(paragraph, _lexicon("teaser_prefixes"))
        and len(_words(paragraph)) <= TEASER_MAX_WORDS
        and not any(mark in paragraph for mark in _QUOTE_MARKS)
    )


def _is_footer(paragraph: str, from_end: int) -> bool:
    lowered, words = paragraph.lower(), len(_words(paragraph))
    if any(mark in paragraph for mark in _QUOTE_MARKS):
        return False
    if _EMAIL.search(paragraph) and words <= FOOTER_MAX_WORDS:
        return True  # "Send tips to news@site.com", "To reach the reporter, contact ...": a contact line
    if not any(phrase in lowered for phrase in _lexicon("footer_phrases")):
        return False
    return words <= SHORT_MAX_WORDS or (from_end < FOOTER_LAST_PARAGRAPHS and words <= FOOTER_MAX_WORDS)


def _is_byline(paragraph: str, from_end: int) -> bool:
    words = _words(paragraph)
    if _starts_with(paragraph, _lexicon("byline_prefixes")) and len(words) <= 8 and paragraph[3:4].isupper():
        return True
    lowered = paragraph.lower()
    return (
        from_end < BIO_LAST_PARAGRAPHS
        and len(words) <= BIO_MAX_WORDS
        and bool(_BIO_OPENING.match(paragraph))
        and any(role in lowered for role in _lexicon("bio_roles"))
        and not any(mark in paragraph for mark in _QUOTE_MARKS)
    )


def _is_comment_header(paragraph: str) -> bool:
    bare = re.sub(r"[^\w'’ ]+", " ", paragraph.lower()).strip()
    return " ".join(bare.split()) in _lexicon("comment_headers")


def _outside_quotes(paragraph: str) -> str:
    """The paragraph without its quoted stretches; a straight mark after a space opens a quote,
    any other closes it, and a quote left open runs to the paragraph's end."""
    if not any(mark in paragraph for mark in _QUOTE_MARKS):
        return paragraph
    kept, quoted, after = [], False, 0  # the text between two marks is kept or not as a whole
    for mark in _QUOTE_MARK.finditer(paragraph):
        i, char = mark.start(), mark.group()
        if not quoted:
            kept.append(paragraph[after:i])
        before = paragraph[i - 1] if i else " "
        quoted = char in "“«„" or (char == '"' and (before.isspace() or before in "([—–-"))
        after = i + 1
    if not quoted:
        kept.append(paragraph[after:])
    return "".join(kept)


def _reader_voice(paragraph: str) -> bool:
    """First or second person, a question or an exclamation outside quote marks, or a signature.
    A pronoun other than "I" counts in lower case or opening a sentence ('Dry Your Eyes' is a
    title, 'US' a country)."""
    narration = _outside_quotes(paragraph)
    if _SIGNATURE.search(paragraph) or "?" in narration or "!" in narration:
        return True
    words = _reader_voice_words()
    for match in re.finditer(r"[\w'’]+", narration):
        word = match.group()
        if word.lower() not in words:
            continue  # the text before it is looked at only for a listed word
        before = narration[: match.start()].rstrip()
        opening = not before or before[-1] in ".!?"
        if word.islower() or word == "I" or word[:2] in {"I'", "I’"} or (opening and word == word.capitalize()):
            return True
    return False


@lru_cache(maxsize=1)
def _reader_voice_words() -> frozenset[str]:
    return frozenset(_lexicon("reader_voice_words"))


def _comment_block_start(paragraphs: Sequence[str]) -> int | None:
    """Where a reader-comment block with no header begins (see the module docstring), or None."""
    voices = [_reader_voice(p) for p in paragraphs]
    for start in range(3, len(paragraphs) - COMMENTS_MIN_PARAGRAPHS + 1):
        block, article = voices[start:], voices[1:start]  # the title line is no evidence
        if (
            voices[start]
            and sum(block) >= max(COMMENTS_MIN_PARAGRAPHS, COMMENTS_VOICE_SHARE * len(block))
            and sum(article) <= ARTICLE_VOICE_SHARE * len(article)
            and all(len(_words(p)) <= COMMENT_MAX_WORDS for p in paragraphs[start:])
        ):
            return start
    return None


def _is_headline(paragraphs: Sequence[str], index: int) -> bool:
    paragraph = paragraphs[index]
    item = bool(_LIST_ITEM.match(paragraph))
    return (
        index < len(paragraphs) - 1
        and _unpunctuated(paragraph)
        and len(_words(paragraph)) <= HEADLINE_MAX_WORDS
        and not (item and _in_list(paragraphs, index))
        and paragraph[0] not in _QUOTE_MARKS  # a quote paragraph left open is body
        # the line after a colon is what it announces, unless it numbers the first section
        and not (index > 0 and paragraphs[index - 1].rstrip().endswith(":") and not item)
    )


def _in_list(paragraphs: Sequence[str], index: int) -> bool:
    """A list item next to another one is an item of a list (body); one standing alone between
    prose paragraphs ("2. In Washington, centrists ...") numbers a section: a subheading."""
    return any(
        0 <= i < len(paragraphs) and _LIST_ITEM.match(paragraphs[i]) for i in (index - 1, index + 1)
    )


def _broken_line(paragraphs: Sequence[str], index: int) -> bool:
    """A sentence broken by a stray line break ('... secured qualification for' / 'the
    finals'): the piece ends in a comma, starts in lower case or runs on in lower case."""
    paragraph = paragraphs[index]
    following = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
    return (
        paragraph.rstrip().endswith(",")
        or paragraph[:1].islower()
        or following[:1].islower()
    )


def _kind(paragraphs: Sequence[str], index: int) -> SentenceKind:
    paragraph, from_end = paragraphs[index], len(paragraphs) - 1 - index
    if _broken_line(paragraphs, index):
        return SentenceKind.BODY
    if _is_dateline(paragraph):
        return SentenceKind.DATELINE
    if _is_caption(paragraph):
        return SentenceKind.CAPTION
    if (
        _is_score_line(paragraph)
        or _is_teaser(paragraph)
        or _is_footer(paragraph, from_end)
        or _is_byline(paragraph, from_end)
    ):
        return SentenceKind.FURNITURE
    if _is_headline(paragraphs, index):
        return SentenceKind.HEADLINE
    return SentenceKind.BODY


def paragraph_kinds(paragraphs: Sequence[str], title: str | None = None) -> list[SentenceKind]:
    """The kind of each paragraph (in order) of one document; a paragraph that is the
    document's title ("Could rivalry overshadow election?") is its headline."""
    paragraphs = [p.strip() for p in paragraphs]
    title = " ".join(title.split()) if title else None
    kinds = [
        SentenceKind.HEADLINE if title and " ".join(p.split()) == title
        else _kind(paragraphs, i) if p else SentenceKind.BODY
        for i, p in enumerate(paragraphs)
    ]
    headers = [i for i in range(len(paragraphs) // 2, len(paragraphs)) if _is_comment_header(paragraphs[i])]
    block = headers[0] if headers else _comment_block_start(paragraphs)
    if block is not None:
        kinds[block:] = [SentenceKind.FURNITURE] * (len(paragraphs) - block)
    return kinds

