"""Document titles and site names that a reader can trust.

trafilatura's metadata is mostly right, but some pages give it a CMS placeholder for a title
("escenic") or make it take the headline for the site name (an `application-name` meta tag
holding the headline). Titles fall back to `og:title`, then the page's `<h1>`; site names come
from `og:site_name`, else trafilatura's guess when it is not the title, else the URL's host.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from lxml import html

from pipeline.ingest.cleaning import lexicon

MIN_HEADLINE_WORDS = 3  # a one- or two-word title beside a longer og:title/h1 is a CMS label
_SPACE = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s")


@lru_cache(maxsize=1)
def _placeholder_titles() -> frozenset[str]:
    return frozenset(lexicon()["placeholder_titles"])


def _clean(value: str | None) -> str | None:
    value = _SPACE.sub(" ", value or "").strip()
    return value or None


def _meta(tree: html.HtmlElement, key: str) -> str | None:
    for meta in tree.iter("meta"):
        if key in ((meta.get("property") or "").lower(), (meta.get("name") or "").lower()):
            return _clean(meta.get("content"))
    return None


def _tree(page: str) -> html.HtmlElement | None:
    try:
        return html.fromstring(page.encode("utf-8"))
    except (ValueError, TypeError, html.etree.ParserError):
        return None


def _h1(tree: html.HtmlElement) -> str | None:
    return next((text for h1 in tree.iter("h1") if (text := _clean(h1.text_content()))), None)


def page_title(page: str, title: str | None) -> str | None:
    """The extractor's title unless it is a placeholder; then og:title or the first <h1>."""
    title = _clean(title)
    placeholder = title is None or title.lower() in _placeholder_titles()
    if not placeholder and len(title.split()) >= MIN_HEADLINE_WORDS:
        return title
    tree = _tree(page)
    if tree is None:
        return None if placeholder else title
    for candidate in (_meta(tree, "og:title"), _meta(tree, "twitter:title"), _h1(tree)):
        if candidate and candidate.lower() not in _placeholder_titles() and (
            placeholder or len(candidate.split()) >= MIN_HEADLINE_WORDS
        ):
            return candidate
    return None if placeholder else title


def without_site_suffix(title: str | None, site: str | None) -> str | None:
    """"Masks stolen from Kobe hospital | The Japan Times" -> the headline alone."""
    if not title or not site:
        return title
    for separator in (" | ", " - ", " – ", " — ", " :: "):
        suffix = f"{separator}{site}"
        if title.lower().endswith(suffix.lower()) and len(title) > len(suffix):
            return title[: -len(suffix)].strip()
    return title


def host(url: str | None) -> str | None:
    netloc = urlsplit(url).hostname if url else None
    return netloc.removeprefix("www.") if netloc else None


def site_name(page: str, url: str | None, guessed: str | None, title: str | None) -> str | None:
    """og:site_name, else the extractor's guess unless it is the title, else the URL's host."""
    tree = _tree(page)
    declared = _meta(tree, "og:site_name") if tree is not None else None
    if declared:
        return declared
    guessed = _clean(guessed)
    if guessed and guessed.lower() != (_clean(title) or "").lower():
        return guessed
    return host(url)


def first_sentence(paragraph: str) -> str:
    return _SENTENCE_END.split(paragraph, maxsplit=1)[0].strip()
