"""Bytes to article text, per input format: sniffing, decoding, HTML extraction, dates.

Each function turns raw bytes into an `Extracted` (text plus metadata) or raises
`ContentError` carrying the RejectReason; `pipeline.ingest.reader` turns that into a Rejection.
Nothing here touches the network: trafilatura always gets the page's bytes, never a URL.
"""

from __future__ import annotations

import codecs
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timezone

import charset_normalizer
import dateparser

from pipeline.ingest.article import LAYERS, extract_article, extraction_rule
from pipeline.ingest.cleaning import normalise_layout, real_author
from pipeline.ingest.metadata import first_sentence, page_title, site_name, without_site_suffix
from pipeline.models import RejectReason, Removal

GZIP_MAGIC = b"\x1f\x8b"
# Magic numbers of formats that are never article text (images, archives, documents, media).
BINARY_MAGICS = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"%PDF-", b"PK\x03\x04", b"\x00\x00\x01\x00",
    b"OggS\x00", b"fLaC\x00", b"\x7fELF", b"7z\xbc\xaf", b"Rar!\x1a", b"\xfd7zXZ", b"II*\x00", b"MM\x00*",
    b"wOFF", b"wOF2", b"\x00asm", b"SQLite format 3\x00",
)
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
TITLE_MAX_WORDS = 30  # a longer first line of a text file is a paragraph, not a headline
CONTROL_SHARE_LIMIT = 0.05  # decoded text with more C0/C1 controls than this is binary
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)
_HTML_TAG = re.compile(rb"<(?:p|div|br|span|a|h[1-6]|article|section|main|body|table|ul|li)\b[^>]*>", re.I)
DATEPARSER_SETTINGS = {"PARSERS": ["custom-formats", "absolute-time"], "REQUIRE_PARTS": ["day", "month", "year"]}
_ISO_TIMESTAMP = re.compile(
    r"\b(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})\b"
)


class ContentError(Exception):
    """Content that cannot become a document; `reason` says why."""

    def __init__(self, reason: RejectReason, detail: str):
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Extracted:
    text: str
    title: str | None = None
    author: str | None = None
    published_at: datetime | None = None
    site_name: str | None = None
    url: str | None = None
    encoding: str | None = None
    removed: tuple[Removal, ...] = ()  # what the cleaning took out, by rule
    restored: tuple[str, ...] = ()  # paragraphs the paragraph-loss check put back


def gunzip(raw: bytes, max_bytes: int) -> bytes:
    """Decompress, refusing to inflate past max_bytes (a small file can hide a huge one)."""
    decompressor = zlib.decompressobj(wbits=31)
    try:
        data = decompressor.decompress(raw, max_bytes + 1)
    except zlib.error as error:
        raise ContentError(RejectReason.UNDECODABLE, f"corrupt gzip data: {error}") from None
    if len(data) > max_bytes:
        raise ContentError(RejectReason.TOO_LARGE, f"decompresses to more than {max_bytes} bytes")
    if not decompressor.eof:
        raise ContentError(RejectReason.UNDECODABLE, "truncated gzip data")
    return data


def check_not_empty_or_binary(raw: bytes) -> None:
    if not raw.strip():
        raise ContentError(RejectReason.EMPTY, "no content" if not raw else "whitespace only")
    for magic in BINARY_MAGICS:
        if raw.startswith(magic):
            raise ContentError(RejectReason.BINARY, f"binary content (starts with {raw[:8]!r})")
    if b"\x00" in raw[:4096] and not raw.startswith(UTF16_BOMS):
        raise ContentError(RejectReason.BINARY, "binary content (NUL bytes)")


def _english_first_guess(raw: bytes) -> tuple[str, str] | None:
    # The pipeline only keeps English, so among the plausible legacy encodings prefer one whose
    # decoded text reads as English (a lone 0xA3 '£' otherwise scores best as Shift-JIS).
    matches = list(charset_normalizer.from_bytes(raw))
    english = [m for m in matches if m.language == "English"]
    pool = english or matches
    if not pool:
        return None
    best = max(pool, key=lambda m: m.coherence - m.chaos)
    return str(best), best.encoding


def decode(raw: bytes) -> tuple[str, str]:
    """(text, encoding): a BOM decides, else strict UTF-8, else detection of legacy encodings."""
    if raw.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif raw.startswith(UTF16_BOMS):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        if encoding != "utf-8":
            raise ContentError(RejectReason.UNDECODABLE, "invalid bytes after a Unicode byte-order mark") from None
        guess = _english_first_guess(raw)
        if guess is None:
            raise ContentError(RejectReason.UNDECODABLE, "not UTF-8 and no legacy encoding fits") from None
        text, encoding = guess
    if len(_CONTROL.findall(text)) > CONTROL_SHARE_LIMIT * max(len(text), 1):
        raise ContentError(RejectReason.BINARY, "binary content (control characters)")
    return text, encoding


def looks_like_html(raw: bytes) -> bool:
    """A document start (doctype, <html>, <head> ...) at the top."""
    return bool(_HTML_START.match(raw[:2048].lstrip(codecs.BOM_UTF8)))


def has_html_tags(raw: bytes) -> bool:
    """Any common body tag near the top: an HTML fragment without a document start."""
    return bool(_HTML_TAG.search(raw[:65536]))


def parse_date(value: str | None) -> datetime | None:
    """A date as written to a datetime: aware (fixed offset) when it carries a zone, else the
    day at midnight. ISO 8601 first; other absolute forms ("6 December 2025 08:15 GMT")
    through dateparser, with relative forms ("yesterday") and partial dates refused, since
    they would depend on the day of the run."""
    if not value or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        parsed = dateparser.parse(value, languages=["en"], settings=DATEPARSER_SETTINGS)
        if parsed is None:
            return None
    if parsed.utcoffset() is None:
        return datetime.combine(parsed.date(), datetime.min.time())
    return parsed.replace(tzinfo=timezone(parsed.utcoffset()))


def _published_at(page: str, day: str | None) -> datetime | None:
    # trafilatura (htmldate) picks the publication day well but drops time and zone: take the
    # first zoned timestamp in the page that falls on that day, else the naive day.
    day_only = parse_date(day)
    if day_only is None:
        return None
    for match in _ISO_TIMESTAMP.finditer(page):
        if match.group(1) == day:
            stamp = parse_date(f"{match.group(1)}T{match.group(2)}{match.group(3)}")
            if stamp is not None:
                return stamp
    return day_only


def extract_html(page: str, encoding: str | None, layers: Iterable[str] = LAYERS) -> Extracted:
    """The article of a page, cleaned by `layers` (see `pipeline.ingest.article`); a page whose
    remaining text is mostly the page's own link texts is navigation, not an article."""
    article = extract_article(page, layers)
    if article.metadata is None or not article.lines:
        raise ContentError(RejectReason.NO_ARTICLE_TEXT, "the extractor found no article text in the page")
    limit = extraction_rule("mostly_links")["max_link_share"]
    if article.link_share > limit:
        detail = f"link text is {article.link_share:.0%} of the text (limit {limit:.0%}): navigation or teaser lists"
        raise ContentError(RejectReason.NO_ARTICLE_TEXT, detail)
    result = article.metadata
    url = result.url or None
    site = site_name(page, url, result.sitename, result.title)
    return Extracted(
        text=normalise_layout("\n".join(article.lines), one_paragraph_per_line=True),
        title=without_site_suffix(page_title(page, result.title), site),
        author=real_author(result.author),
        published_at=_published_at(page, result.date),
        site_name=site,
        url=url,
        encoding=encoding,
        removed=tuple(article.removals),
        restored=tuple(article.restored),
    )


def extract_plain(text: str, encoding: str | None) -> Extracted:
    """A plain-text article (BBC style: headline line, blank line, body) is kept whole. Its
    first line is the title; when the file opens with a paragraph rather than a headline,
    the paragraph's first sentence is."""
    has_blank_lines = bool(re.search(r"\n[ \t]*\n", text.replace("\r\n", "\n")))
    stored = normalise_layout(text, one_paragraph_per_line=not has_blank_lines)
    first, _, rest = stored.partition("\n")
    title = first if len(first.split()) <= TITLE_MAX_WORDS else first_sentence(first)
    return Extracted(text=stored, title=title if rest else None, encoding=encoding)


def with_record_metadata(extracted: Extracted, record: dict) -> Extracted:
    """Fields given by a .jsonl record override what extraction found."""
    def text_field(name: str) -> str | None:
        value = record.get(name)
        return value.strip() or None if isinstance(value, str) else None

    published = parse_date(text_field("published_at"))
    return replace(
        extracted,
        title=text_field("title") or extracted.title,
        author=text_field("author") or extracted.author,
        published_at=published or extracted.published_at,
        site_name=text_field("site_name") or extracted.site_name,
        url=text_field("url") or extracted.url,
    )
