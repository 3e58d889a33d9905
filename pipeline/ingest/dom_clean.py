"""DOM pre-clean: remove page chrome from the parsed page before trafilatura sees it.

An element goes when its tag, role, or a whole token of its class, id or aria-label marks it
as navigation, a share bar, a sign-up or subscription box, related stories, an ad or promo, a
caption or credit, an author bio, comments or a sidebar (rules and their reasons:
`pipeline/ingest/cleaning_rules.json`, "dom"). Lists whose items are all links and short
paragraphs that are one link go too. The article body is protected: the element holding the
most paragraph text, and its ancestors, are never removed, so a template that marks its
article wrapper "post-share-enabled" keeps its article.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from lxml import html

from pipeline.models import Removal

RULES_PATH = Path(__file__).parent / "cleaning_rules.json"
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
_SPACE = re.compile(r"\s+")
NEVER_REMOVED = frozenset({"html", "head", "body", "main", "article"})
NOT_TEXT = frozenset({"script", "style", "noscript", "template", "link", "meta"})  # trafilatura drops these itself


@lru_cache(maxsize=1)
def cleaning_rules() -> dict:
    return json.loads(RULES_PATH.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _marker_rules() -> list[tuple[str, list[frozenset[str]], frozenset[str], frozenset[str]]]:
    # a marker of several words ("about author") matches when the element has all its tokens
    return [
        (rule["name"], [frozenset(m.split()) for m in rule["markers"]], frozenset(rule["roles"]), frozenset(rule["tags"]))
        for rule in cleaning_rules()["dom"]
        if "markers" in rule
    ]


def _rule(name: str) -> dict:
    return next(rule for rule in cleaning_rules()["dom"] if rule["name"] == name)


def text_of(element: html.HtmlElement) -> str:
    """The element's visible text: scripts, styles and comments left out, whitespace folded."""
    parts = []
    for node in element.iter():
        if isinstance(node.tag, str) and node.tag not in NOT_TEXT and not _in_hidden(node, element):
            parts.append(node.text or "")
        if node is not element:
            parts.append(node.tail or "")
    return _SPACE.sub(" ", "".join(parts)).strip()


def _in_hidden(node: html.HtmlElement, top: html.HtmlElement) -> bool:
    # text inside a script below `top` (a <noscript> holding markup, say)
    for ancestor in node.iterancestors():
        if ancestor is top:
            return False
        if ancestor.tag in NOT_TEXT:
            return True
    return False


def link_share(element: html.HtmlElement) -> float:
    """Share of the element's characters that sit inside links."""
    total = len(text_of(element))
    if not total:
        return 0.0
    linked = sum(len(text_of(a)) for a in element.iter("a") if not any(p.tag == "a" for p in a.iterancestors()))
    return min(linked / total, 1.0)


def _tokens(element: html.HtmlElement) -> set[str]:
    marks = f"{element.get('class', '')} {element.get('id', '')}".lower()
    tokens = set(_TOKEN_SPLIT.split(marks))
    tokens.update(_TOKEN_SPLIT.split((element.get("aria-label") or "").lower()))
    tokens.discard("")
    return tokens


def marked_rule(element: html.HtmlElement) -> str | None:
    """The name of the first marker rule that the element's tag, role or tokens match."""
    tag, role, tokens = element.tag, (element.get("role") or "").lower(), _tokens(element)
    for name, markers, roles, tags in _marker_rules():
        if tag in tags or role in roles or any(marker <= tokens for marker in markers):
            return name
    return None


def _own_text_length(element: html.HtmlElement) -> int:
    """Characters of text directly in the element (between its children): <br>-separated
    article text that is not wrapped in paragraphs."""
    return len((element.text or "").strip()) + sum(len((child.tail or "").strip()) for child in element)


def _protected(root: html.HtmlElement) -> set[html.HtmlElement]:
    """The element with the most text in its own paragraphs or directly in it, any element
    microdata marks as the article body, and all their ancestors."""
    weight: dict[html.HtmlElement, int] = {}
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in NOT_TEXT:
            continue
        if element.tag == "p" and (parent := element.getparent()) is not None:
            weight[parent] = weight.get(parent, 0) + len(text_of(element))
        else:
            weight[element] = weight.get(element, 0) + _own_text_length(element)
    bodies = [max(weight, key=weight.get)] if weight else []
    bodies += root.xpath('//*[@itemprop="articleBody"]')
    return {kept for body in bodies for kept in (body, *body.iterancestors())}


def _is_link_list(element: html.HtmlElement) -> bool:
    items = [item for item in element if item.tag == "li" and text_of(item)]
    limit = _rule("link_list")["max_link_share"]
    return len(items) >= 2 and all(link_share(item) >= limit for item in items)


def _is_link_paragraph(element: html.HtmlElement) -> bool:
    rule = _rule("link_paragraph")
    text = text_of(element)
    return bool(text) and len(text.split()) <= rule["max_words"] and link_share(element) >= rule["min_link_share"]


def _removal_rule(element: html.HtmlElement) -> str | None:
    if element.tag in ("ul", "ol") and _is_link_list(element):
        return "link_list"
    if element.tag == "p" and _is_link_paragraph(element):
        return "link_paragraph"
    return marked_rule(element)


def pre_clean(root: html.HtmlElement) -> list[Removal]:
    """Remove chrome elements from `root` in place; what was removed, by rule."""
    protected = _protected(root)
    doomed: list[tuple[html.HtmlElement, str]] = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in NEVER_REMOVED | NOT_TEXT or element in protected:
            continue
        if _inside(element, doomed):
            continue
        rule = _removal_rule(element)
        if rule is not None:
            doomed.append((element, rule))
    removals = []
    for element, rule in doomed:
        text = text_of(element)
        if text:
            removals.append(Removal(rule, text))
        element.drop_tree()
    return removals


def _inside(element: html.HtmlElement, doomed: list[tuple[html.HtmlElement, str]]) -> bool:
    return bool(doomed) and any(ancestor is doomed[-1][0] for ancestor in element.iterancestors())
