"""HTML page to article paragraphs, in cleaning layers that can be switched on one by one.

Layers (cumulative, in this order; `newsclaims eval --html DIR` reports the pass count of each):
- `options`: trafilatura without comments, trimmed by what `favor_precision` drops (see
  `precision_cut`: the precise pass alone loses headlines, standfirsts and paragraphs);
- `dom`: the DOM pre-clean of `dom_clean` (chrome marked by tag, role, class, id, aria-label);
- `lines`: the paragraph post-clean of `cleaning.remove_boilerplate`;
- `restore`: the paragraph-loss check: prose paragraphs that `favor_recall` finds between
  kept paragraphs, or that sit in article-body containers of the same tag and class as the
  kept paragraphs' (a body split into chunks by mid-article ads), are put back, unless their text
  is already there (a block gluing kept paragraphs would repeat the article).
With no layer this is trafilatura's defaults. Every removal is recorded with its rule name.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import trafilatura
from lxml import html

from pipeline.ingest.cleaning import PROSE_MIN_WORDS, line_rule, remove_boilerplate
from pipeline.ingest.dom_clean import cleaning_rules, link_share, pre_clean, text_of
from pipeline.models import Removal

LAYERS = ("options", "dom", "lines", "restore")
_PROSE_END = re.compile(r"[.!?…][\"”’)\]]*$")
_SPACE = re.compile(r"\s+")
_NOT_LETTER = re.compile(r"[\W\d_]+")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+")


@dataclass
class Article:
    lines: list[str]
    metadata: object | None  # trafilatura's Document (title, author, date, sitename, url), None if no text
    removals: list[Removal] = field(default_factory=list)
    restored: list[str] = field(default_factory=list)  # paragraphs put back by the paragraph-loss check
    link_share: float = 0.0  # share of the text's characters that are link text on the page


def extraction_rule(name: str) -> dict:
    return next(rule for rule in cleaning_rules()["extraction"] if rule["name"] == name)


def _key(line: str) -> str:
    return _SPACE.sub(" ", line).strip()


def _lines(result) -> list[str]:
    return [line.strip() for line in ((result.text or "") if result is not None else "").split("\n") if line.strip()]


def _prose_chars(lines: Iterable[str]) -> int:
    return sum(len(line) for line in lines if len(line.split()) >= PROSE_MIN_WORDS)


def _extract(tree: html.HtmlElement, **options):
    # trafilatura prunes the tree it is given: each pass gets its own copy
    return trafilatura.bare_extraction(copy.deepcopy(tree), **options)


def _is_prose(line: str) -> bool:
    return len(line.split()) >= extraction_rule("restored_paragraph")["min_words"] and bool(_PROSE_END.search(line))


def precision_cut(default: list[str], precise: list[str]) -> tuple[list[str], list[Removal]]:
    """The default extraction trimmed where `favor_precision` says it holds chrome: lines after
    the last one the precise pass kept (trailing blocks), and short non-prose lines between
    kept ones; a default line that glues a precise line to other text is replaced by it.
    Lines above the first kept one (headline, standfirst) stay: precision drops them too."""
    precise_keys = [_key(line) for line in precise]
    covering = [_covering(_key(line), precise_keys) for line in default]
    kept_at = [i for i, cover in enumerate(covering) if cover is not None]
    if not kept_at:
        return default, []
    lines, removals = [], []
    for index, (line, cover) in enumerate(zip(default, covering)):
        if cover is not None:
            lines.append(cover)
            if cover != _key(line):
                removals.append(Removal("precision_cut", _key(line).replace(cover, " ").strip()))
        elif index < kept_at[0] or (index < kept_at[-1] and _is_prose(line)):
            lines.append(line)
        else:
            removals.append(Removal("precision_cut", line))
    return lines, removals


def _covering(key: str, precise_keys: list[str]) -> str | None:
    """What of a default line the precise pass kept: the whole line, or a prose paragraph glued
    to header text in it. A short precise line inside it ("He said.") keeps the whole line."""
    if key in precise_keys:
        return key
    inside = [p for p in precise_keys if p and p in key]
    glued = [p for p in inside if _is_prose(p)]
    return max(glued, key=len) if glued else (key if inside else None)


def _is_restorable(line: str) -> bool:
    return _is_prose(line) and line_rule(line, at_end=False) is None


def merge_missing(kept: list[str], ordered: list[str], accept: Callable[[str], bool], *, interior_only: bool) -> list[str]:
    """`kept` with the accepted lines of `ordered` it lacks, each put after the kept line that
    precedes it in `ordered`. Lines before the first kept one are never restored (headers);
    with `interior_only`, nor lines after the last kept one."""
    result, position = list(kept), None
    known = {_key(line) for line in kept}
    anchors = [i for i, line in enumerate(ordered) if _key(line) in known]
    if not anchors:
        return result
    for index, line in enumerate(ordered):
        key = _key(line)
        if key in known:
            position = next(i for i, kept_line in enumerate(result) if _key(kept_line) == key) + 1
        elif (
            position is not None and (not interior_only or index < anchors[-1]) and accept(line)
            and not _already_in(key, known)
        ):
            result.insert(position, line)
            known.add(key)
            position += 1
    return result


def _letters(line: str) -> str:
    """A line's letters alone: two copies of a paragraph differ in where footnote marks
    ("Line.2 Next") and spaces fall, not in their words."""
    return _NOT_LETTER.sub("", line.casefold())


def _already_in(key: str, known: set[str]) -> bool:
    """Whether a candidate line's text is already in the kept text: inside a kept line (a
    paragraph the default pass glued to its neighbours), or holding a kept prose paragraph (a
    block that glues several paragraphs, which would repeat the article)."""
    letters = _letters(key)
    return any(letters in _letters(line) or (_is_prose(line) and _letters(line) in letters) for line in known)


def _with_lead_caption(lines: list[str], removals: list[Removal]) -> list[str]:
    """A teaser page (paywall, video page) whose text is shorter than the rule's limit keeps the
    first prose caption, without its credit, ahead of the text: it is then the story's summary."""
    rule = extraction_rule("lead_caption")
    if sum(len(line.split()) for line in lines) >= rule["max_article_words"]:
        return lines
    for removal in removals:
        if removal.rule == "caption_credit":
            sentences = [s for s in _SENTENCE_SPLIT.split(removal.text) if line_rule(s, at_end=False) is None]
            caption = " ".join(s for s in sentences if _PROSE_END.search(s))
            if len(caption.split()) >= PROSE_MIN_WORDS:
                return [caption, *lines]
    return lines


def _body_chunks(tree: html.HtmlElement, kept: list[str]) -> list[str]:
    """Paragraphs, in page order, of the containers that hold kept paragraphs and of every
    container with the same tag and class (a classless container matches only itself: a
    bare <div> says nothing about being article body)."""
    known = {_key(line) for line in kept}
    holders = {p.getparent() for p in tree.iter("p") if p.getparent() is not None and text_of(p) in known}
    shapes = {(h.tag, h.get("class")) for h in holders if (h.get("class") or "").strip()}
    return [
        text_of(p)
        for p in tree.iter("p")
        if (parent := p.getparent()) is not None
        and (parent in holders or (parent.tag, parent.get("class")) in shapes)
        and link_share(p) < extraction_rule("mostly_links")["max_link_share"]
    ]


def _link_texts(tree: html.HtmlElement) -> set[str]:
    """Link texts of two words or more: a one-word link ("Trump" as a tag) also occurs as a
    word of article prose, a menu entry or teaser headline of several words does not."""
    body = tree.find("body")
    return {text for a in (body if body is not None else tree).iter("a") if len((text := text_of(a)).split()) >= 2}


def text_link_share(lines: list[str], links: set[str]) -> float:
    """Share of the characters of `lines` that are link texts of the page."""
    total = sum(len(line) for line in lines)
    if not total:
        return 0.0
    linked = sum(min(len(line), sum(len(link) * line.count(link) for link in links if link in line)) for line in lines)
    return linked / total


def extract_article(page: str, layers: Iterable[str] = LAYERS) -> Article:
    layers = set(layers)
    tree = trafilatura.load_html(page)
    if tree is None:
        return Article([], None)
    links = _link_texts(tree)
    removals = pre_clean(tree) if "dom" in layers else []
    default = _extract(tree, with_metadata=True, include_comments="options" not in layers)
    lines = _lines(default)
    if "options" in layers and lines:
        precise = _lines(_extract(tree, favor_precision=True, include_comments=False))
        lines, cut = precision_cut(lines, precise)
        removals += cut
    extracted = {_key(line) for line in lines}
    if "restore" in layers and lines:
        recall = _lines(_extract(tree, favor_recall=True, include_comments=False))
        lines = merge_missing(lines, recall, _is_restorable, interior_only=True)
        lines = merge_missing(lines, _body_chunks(tree, lines), _is_restorable, interior_only=False)
    if "lines" in layers:
        lines, dropped = remove_boilerplate(lines, [default.sitename] if default and default.sitename else [])
        removals += dropped
    if "restore" in layers and lines:
        lines = _with_lead_caption(lines, removals)
    restored = [line for line in lines if _key(line) not in extracted]
    return Article(lines, default, removals, restored, text_link_share(lines, links))
