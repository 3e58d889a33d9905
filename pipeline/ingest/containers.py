"""Records of container files: .jsonl lines and the HTML responses of a .warc crawl.

Each record is yielded with its own raw bytes and a deferred extraction, so one broken
record is one rejection and its neighbours are unaffected. Reading is bounded: a .jsonl
line longer than `max_bytes` is streamed past (never held) and becomes a `too_large`
record, and the decompressed bytes of the whole container are capped at `max_container_bytes`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from pipeline.ingest.files import bounded_lines, open_container, open_regular
from pipeline.ingest.formats import (
    BINARY_MAGICS,
    ContentError,
    Extracted,
    check_not_empty_or_binary,
    decode,
    extract_html,
    extract_plain,
    with_record_metadata,
)
from pipeline.models import RejectReason

SNIFF_BYTES = 4096

# (record suffix of the uri, size in bytes, sha256 of the raw bytes, deferred extraction)
RecordStream = Iterator[tuple[str, int, str, Callable[[], tuple[Extracted, str]]]]


def records(path: Path, fmt: str, max_bytes: int, max_container_bytes: int) -> RecordStream:
    return jsonl_records(path, max_bytes, max_container_bytes) if fmt == "jsonl" else warc_records(path, max_bytes)


def jsonl_records(path: Path, max_bytes: int, max_container_bytes: int) -> RecordStream:
    with open_container(path, max_container_bytes) as stream:
        head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]
        # a binary or HTML file named .jsonl is one rejection, not one per "line"; a NUL byte
        # inside one record is that record's problem only
        if head.startswith(BINARY_MAGICS):
            raise ContentError(RejectReason.BINARY, f"binary content (starts with {head[:8]!r})")
        if head.strip() and not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
            if b"\x00" in head:
                raise ContentError(RejectReason.BINARY, "binary content (NUL bytes)")
            raise ContentError(RejectReason.UNDECODABLE, "not JSON Lines: the first record is not a JSON object")
        for number, line, size, raw_hash in bounded_lines(stream, max_bytes):
            if line is not None and not line.strip():
                continue
            yield f"L{number}", size, raw_hash, lambda line=line, size=size: _extract_jsonl(line, size, max_bytes)


def _extract_jsonl(line: bytes | None, size: int, max_bytes: int) -> tuple[Extracted, str]:
    if line is None or size > max_bytes:
        raise ContentError(RejectReason.TOO_LARGE, f"record of {size} bytes exceeds the limit of {max_bytes}")
    try:
        record = json.loads(line)
    except ValueError as error:
        raise ContentError(RejectReason.UNDECODABLE, f"not valid JSON: {error}") from None
    if not isinstance(record, dict):
        raise ContentError(RejectReason.UNDECODABLE, "the line is not a JSON object")
    html, text = record.get("html"), record.get("text")
    if isinstance(html, str) and html.strip():
        extracted = extract_html(html, "utf-8")
    elif isinstance(text, str) and text.strip():
        extracted = extract_plain(text, "utf-8")
    else:
        raise ContentError(RejectReason.EMPTY, "record has no non-empty 'text' or 'html' field")
    return with_record_metadata(extracted, record), "jsonl"


def warc_records(path: Path, max_bytes: int) -> RecordStream:
    """HTML responses only: requests, metadata and page resources (images, scripts) of a
    crawl are not articles."""
    with open_regular(path) as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type not in ("response", "resource"):
                continue
            headers = record.http_headers
            content_type = (headers.get_header("Content-Type") if headers else None) or record.rec_headers.get_header(
                "Content-Type", ""
            )
            if "html" not in content_type.lower():
                continue
            raw = record.content_stream().read(max_bytes + 1)
            record_id = record.rec_headers.get_header("WARC-Record-ID", "").strip("<>")
            url = record.rec_headers.get_header("WARC-Target-URI")
            yield record_id, len(raw), hashlib.sha256(raw).hexdigest(), lambda raw=raw, url=url: _extract_warc(
                raw, url, max_bytes
            )


def _extract_warc(raw: bytes, url: str | None, max_bytes: int) -> tuple[Extracted, str]:
    if len(raw) > max_bytes:
        raise ContentError(RejectReason.TOO_LARGE, f"record exceeds the limit of {max_bytes} bytes")
    check_not_empty_or_binary(raw)
    page, encoding = decode(raw)
    extracted = extract_html(page, encoding)
    return with_record_metadata(extracted, {"url": url}), "warc"
