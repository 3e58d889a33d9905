"""Text layout and boilerplate cleaning after extraction, and the "is this an article?" gate.

trafilatura returns one paragraph per line but still lets through page furniture that sits
inside the article container: reader-comment sections, newsletter and "follow us" promos,
photo captions and credits, copyright lines, author bios, breadcrumb and date lines above
the text. `remove_boilerplate` drops such lines using general signals only:

- lexicon phrases (`pipeline/ingest/boilerplate.json`): a line *starting* with a promo
  phrase ("Read more", "Sign up", "Photo:", "©") is dropped unless it is a long sentence
  attributing something (a reporting word or quotation mark); a line merely *containing*
  one ("newsletter", "Getty Images") only when it is short and, inside the text,
  unpunctuated (a caption or button, not a sentence mentioning a newsletter);
- legal notes (disclaimers, "views expressed") among the last lines go even under an
  editor's-note label;
- position: date/breadcrumb lines only within the first lines, author bios only within
  the last lines; a comment-section header ("Comments", "Community guidelines") in the
  second half of the text ends the article there; the publication describing itself
  ("<site name> uses ...") only at the top or bottom;
- shape: lines of punctuation only, a short colon-ended heading followed by furniture, short
  unpunctuated headings left at the very end;
- a line matching a "keep" phrase (editor's note, "additional reporting by") is otherwise
  never dropped.

Every dropped line is returned as a `Removal` naming its rule (`cleaning_rules.json`, "lines").

`normalise_layout` gives the stored text its canonical shape (every offset indexes it):
NFC, LF line ends, no trailing spaces, paragraphs separated by exactly one blank line.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Collection, Sequence
from functools import lru_cache
from pathlib import Path

from pipeline.models import Removal

LEXICON_PATH = Path(__file__).parent / "boilerplate.json"

SHORT_LINE_WORDS = 12  # a line containing a promo phrase is dropped only up to this length
END_LINE_WORDS = 25  # ... or up to this length within the last lines (footers)
TOP_LINES = 3  # breadcrumb/date lines are looked for here
BOTTOM_LINES = 4  # author bios and trailing furniture are looked for here
BIO_MAX_WORDS = 45
PROSE_MIN_WORDS = 6  # a sentence shorter than this is not counted as prose
SITE_NAME_MAX_WORDS = 5  # a longer "site name" is a headline taken for one
HEADING_MAX_WORDS = 6  # a trailing unpunctuated line up to this length is a block heading

_SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+")
_PROSE_END = re.compile(r"[.!?…][\"”’)\]]*$")
_DATE_SHAPES = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}:\d{2}\b")
_BREADCRUMB_SEPARATORS = re.compile(r"\s[>›»/|]\s")
_BIO_OPENING = re.compile(r"^(?:[A-Z][\w.'’-]*\s){1,4}(?:is|was|has been|covers|writes)\b")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_TOKEN = re.compile(r"[\w.'’:]+|[^\w\s]")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, list[str]]:
    return json.loads(LEXICON_PATH.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _prefix_pattern() -> re.Pattern[str]:
    # a phrase ending in a letter must end at a word boundary: "subscribe" is not "subscribers"
    parts = [re.escape(p) + (r"(?!\w)" if p[-1].isalnum() else "") for p in lexicon()["line_prefixes"]]
    return re.compile(r"^[\W_]{0,3}(?:" + "|".join(parts) + ")")


def normalise_layout(text: str, *, one_paragraph_per_line: bool) -> str:
    """The canonical stored text. With `one_paragraph_per_line` (extractor output, or a text
    file without blank lines) every line is a paragraph; otherwise blank lines separate
    paragraphs and single newlines inside a paragraph are kept."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    if one_paragraph_per_line:
        return "\n\n".join(line.strip() for line in lines if line.strip())
    paragraphs = re.split(r"\n(?:[ \t\f\v]*\n)+", "\n".join(lines))
    return "\n\n".join(p.strip("\n").lstrip() for p in paragraphs if p.strip())


def _words(line: str) -> list[str]:
    return line.split()


def _is_kept(lowered: str) -> bool:
    return any(phrase in lowered for phrase in lexicon()["keep"])


def _is_date_or_breadcrumb(line: str) -> bool:
    lowered = line.lower()
    if _PROSE_END.search(line):
        return False
    if len(_BREADCRUMB_SEPARATORS.findall(line)) >= 2 and len(_words(line)) <= 12:
        return True
    words = lexicon()
    months, fillers = set(words["months"]), set(words["date_line_words"])
    tokens = [t.strip(",.") for t in _TOKEN.findall(lowered)]
    tokens = [t for t in tokens if t]
    has_date = bool(_DATE_SHAPES.search(line)) or (
        any(t in months for t in tokens) and any(any(c.isdigit() for c in t) for t in tokens)
    )
    others = [t for t in tokens if t not in months and t not in fillers and not any(c.isdigit() for c in t)]
    return has_date and len(others) <= 2


def _bare(line: str) -> str:
    return re.sub(r"[\W\d_]+", " ", line.lower()).strip()


def _is_comment_header(line: str) -> bool:
    return _bare(line) in lexicon()["comment_section_headers"]


def _is_reported(line: str) -> bool:
    """A reporting verb or a quotation mark: the line attributes something, so it is article text."""
    words = {w.strip(".,;:!?") for w in line.lower().split()}
    return bool(words & set(lexicon()["reporting_words"])) or any(mark in line for mark in "\"“”")


def _is_bio(line: str) -> bool:
    """"Jane Doe is a correspondent covering ...": a name, a copula and a journalism role,
    and no reporting verb or quote (a closing "X was a writer, she said." is article text)."""
    lowered = line.lower()
    return (
        len(_words(line)) <= BIO_MAX_WORDS
        and bool(_BIO_OPENING.match(line))
        and any(role in lowered for role in lexicon()["bio_roles"])
        and not _is_reported(line)
    )


def _is_promo_prefix(line: str) -> bool:
    long_reported_prose = (
        len(_words(line)) > SHORT_LINE_WORDS and bool(_PROSE_END.search(line)) and _is_reported(line)
    )
    # "Sponsored by the state, the scheme ..., officials said." is article text
    return bool(_prefix_pattern().match(line.lower())) and not long_reported_prose


def _is_promo_phrase(line: str, *, at_end: bool) -> bool:
    # inside the article a sentence may mention a newsletter or a privacy policy: only
    # unpunctuated fragments (captions, promo buttons) count there
    if _PROSE_END.search(line) and (not at_end or _is_reported(line)):
        return False
    limit = END_LINE_WORDS if at_end else SHORT_LINE_WORDS
    return len(_words(line)) <= limit and any(p in line.lower() for p in lexicon()["line_phrases"])


def _is_legal_note(line: str, *, at_end: bool) -> bool:
    """Site policy (disclaimers, responsibility for contributors' opinions) among the last
    lines or labelled as a disclaimer, even when labelled an editor's note; a sentence
    reporting on a disclaimer is article text."""
    lowered = line.lower()
    return (
        (at_end or lowered.lstrip("/*([ ").startswith("disclaimer"))
        and len(_words(line)) <= END_LINE_WORDS
        and any(p in lowered for p in lexicon()["legal_phrases"])
        and not _is_reported(line)
    )


def line_rule(line: str, *, at_end: bool, index: int = TOP_LINES) -> str | None:
    """The name of the line rule that marks `line` as furniture, or None for article text.
    `at_end`: among the last lines; `index`: position from the top."""
    if _is_legal_note(line, at_end=at_end):
        return "legal_note"
    if _is_kept(line.lower()):
        return None
    if _bare(line) in lexicon()["label_lines"]:
        return "chrome_label"
    if _is_promo_prefix(line):
        return "promo_prefix"
    if _is_promo_phrase(line, at_end=at_end):
        return "promo_phrase"
    if (index < TOP_LINES or at_end) and _is_date_or_breadcrumb(line):
        return "date_or_breadcrumb"
    if at_end and _is_bio(line):
        return "author_bio"
    return None


def _is_trailing_heading(line: str) -> bool:
    return len(_words(line)) <= HEADING_MAX_WORDS and not _PROSE_END.search(line) and not _is_kept(line.lower())


def _next_dropped(lines: Sequence[str], index: int) -> bool:
    """Whether the line after `index` is furniture (so a heading there introduces nothing)."""
    if index + 1 >= len(lines):
        return True
    following = lines[index + 1]
    at_end = len(lines) - 2 - index < BOTTOM_LINES
    return not _LETTER_OR_DIGIT.search(following) or line_rule(following, at_end=at_end, index=index + 1) is not None


def _describes_site(line: str, site_names: Collection[str]) -> bool:
    """"City Limits uses investigative journalism ...": the publication describing itself."""
    lowered = line.lower()
    return not _is_reported(line) and any(
        lowered.startswith(f"{name.lower()} {verb} ")
        for name in site_names
        if 0 < len(name.split()) <= SITE_NAME_MAX_WORDS
        for verb in lexicon()["self_description_verbs"]
    )


def remove_boilerplate(lines: Sequence[str], site_names: Collection[str] = ()) -> tuple[list[str], list[Removal]]:
    """The article lines of one extracted page, furniture removed (see module docstring),
    and what was removed under which rule. `site_names`: the publication's own names."""
    lines = [line.strip() for line in lines if line.strip()]
    removals = []
    for index, line in enumerate(lines):
        if index >= len(lines) / 2 and _is_comment_header(line) and not _is_kept(line.lower()):
            removals += [Removal("comment_section", cut) for cut in lines[index:]]
            lines = lines[:index]
            break
    kept = []
    for index, line in enumerate(lines):
        if not _LETTER_OR_DIGIT.search(line):
            rule = "separator"
        elif (index < TOP_LINES or len(lines) - 1 - index < BOTTOM_LINES) and _describes_site(line, site_names):
            rule = "site_self_description"
        else:
            rule = line_rule(line, at_end=len(lines) - 1 - index < BOTTOM_LINES, index=index)
        if rule is None and line.endswith(":") and _is_trailing_heading(line) and _next_dropped(lines, index):
            rule = "orphan_heading"
        if rule is None:
            kept.append(line)
        else:
            removals.append(Removal(rule, line))
    while len(kept) > 1 and _is_trailing_heading(kept[-1]):
        removals.append(Removal("trailing_heading", kept.pop()))
    return kept, removals


def real_author(author: str | None) -> str | None:
    """The byline unless it is a CMS placeholder ("No Author", "admin")."""
    if author is None or author.strip().lower() in lexicon()["placeholder_authors"]:
        return None
    return author.strip()


def prose_share(text: str) -> tuple[int, float]:
    """(number of prose sentences, share of words inside them). A prose sentence has at
    least PROSE_MIN_WORDS words and ends with terminal punctuation; menus, link lists and
    headline teasers have neither, which is how boilerplate-only pages are recognised."""
    total = prose = sentences = 0
    for line in text.split("\n"):
        for sentence in _SENTENCE_SPLIT.split(line.strip()):
            count = len(_words(sentence))
            total += count
            if count >= PROSE_MIN_WORDS and _PROSE_END.search(sentence):
                prose += count
                sentences += 1
    return sentences, (prose / total if total else 0.0)
