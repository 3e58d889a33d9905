"""Input files to Documents or Rejections: the one entry point of ingestion.

`read_inputs` yields one `(InputFile, outcome)` per input: one per file, or one per record
of a container (.jsonl line, .warc HTML response). The outcome is a `Document`, a
`Rejection` with a machine-readable reason, or None when the caller's `unchanged(uri,
raw_hash)` says the raw bytes were already seen. Bad content never raises; only paths that
do not exist or files explicitly named with an unsupported type raise `InputError`.
`uri` is the resolved absolute path (plus "#L<line>" or "#<WARC-Record-ID>" for a record);
an input that cannot be read at all gets size 0 and raw_hash "" with reason `unreadable`.

Per input: size limit (before anything is parsed) -> gunzip (bounded) -> empty/binary
sniffing -> decoding -> extraction and boilerplate cleaning (HTML) or layout normalisation
(text) -> article gate (enough prose sentences) -> minimum length -> language.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from lxml import etree
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from pipeline import ids
from pipeline.ingest.cleaning import prose_share
from pipeline.ingest.formats import (
    GZIP_MAGIC,
    ContentError,
    Extracted,
    check_not_empty_or_binary,
    decode,
    extract_html,
    extract_plain,
    gunzip,
    has_html_tags,
    looks_like_html,
    with_record_metadata,
)
from pipeline.ingest.language import detect_language
from pipeline.models import Document, InputFile, RejectReason, Rejection

CONTAINER_FORMATS = ("jsonl", "warc")  # one input per record
SUFFIX_FORMATS = {".html": "html", ".htm": "html", ".xhtml": "html", ".txt": "text", ".jsonl": "jsonl", ".warc": "warc"}
MIN_PROSE_SHARE = 0.3  # below this share of words in prose sentences a page is menus/teasers (BBC bench minimum: 0.49)
ACCEPTED_LANGUAGE = "en"
HASH_CHUNK = 1 << 20
SNIFF_BYTES = 4096

Outcome = Document | Rejection | None
Unchanged = Callable[[str, str], bool]


class InputError(Exception):
    """A user error in the paths given (missing, or a named file of an unknown type)."""


def input_format(path: Path) -> str | None:
    """html | text | jsonl | warc from the name, a trailing .gz allowed; None if unsupported."""
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return SUFFIX_FORMATS.get(os.path.splitext(name)[1])


def iter_input_paths(paths: Sequence[Path]) -> Iterator[Path]:
    """Files in the order given, folders walked recursively. All paths are checked before the
    first one is yielded, so a typo fails the run before any work is done."""
    paths = [Path(path) for path in paths]
    for path in paths:
        if not path.exists():
            raise InputError(f"input not found: {path}")
        if not path.is_dir() and input_format(path) is None:
            raise InputError(
                f"unsupported input type: {path} (expected .html, .htm, .txt, .jsonl or .warc, optionally .gz)"
            )
    for path in paths:
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path]:
    # sorted names at every level so runs enumerate files identically; dot-files are skipped
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def read_inputs(
    paths: Sequence[Path],
    *,
    max_bytes: int = 20_000_000,
    min_words: int = 40,
    unchanged: Unchanged | None = None,
) -> Iterator[tuple[InputFile, Outcome]]:
    for path in iter_input_paths(paths):
        uri = str(path.resolve())
        fmt = input_format(path)
        try:
            stat = path.stat()
            if fmt in CONTAINER_FORMATS:
                # the size limit applies to each record: a batch file may be large
                yield from _read_container(path, uri, fmt, stat.st_mtime, max_bytes, min_words, unchanged)
                continue
            parseable = fmt is not None and stat.st_size <= max_bytes
            raw = path.read_bytes() if parseable else None
            raw_hash = hashlib.sha256(raw).hexdigest() if raw is not None else _hash_file(path)
        except OSError as error:
            yield InputFile(uri, 0, 0.0, ""), Rejection(uri, RejectReason.UNREADABLE, f"cannot read: {error}")
            continue
        source = InputFile(uri, stat.st_size, stat.st_mtime, raw_hash)
        if unchanged is not None and unchanged(uri, raw_hash):
            yield source, None
        elif fmt is None:
            yield source, Rejection(uri, RejectReason.UNSUPPORTED_TYPE, f"unsupported file type '{path.suffix}'")
        elif raw is None:
            detail = f"{stat.st_size} bytes exceeds the limit of {max_bytes}"
            yield source, Rejection(uri, RejectReason.TOO_LARGE, detail)
        else:
            yield source, _outcome(uri, lambda: _extract_file(raw, fmt, max_bytes), min_words)


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _extract_file(raw: bytes, fmt: str, max_bytes: int) -> tuple[Extracted, str]:
    if raw.startswith(GZIP_MAGIC):
        raw = gunzip(raw, max_bytes)
    check_not_empty_or_binary(raw)
    text, encoding = decode(raw)
    # sniff, don't trust the name: a page saved as .txt is still a page, a text saved as .html is text
    if looks_like_html(raw) or (fmt == "html" and has_html_tags(raw)):
        return extract_html(text, encoding), "html"
    return extract_plain(text, encoding), "text"


def _outcome(uri: str, extract: Callable[[], tuple[Extracted, str]], min_words: int) -> Document | Rejection:
    try:
        extracted, source_format = extract()
    except ContentError as error:
        return Rejection(uri, error.reason, error.detail)
    except (ValueError, TypeError, LookupError, RecursionError, etree.LxmlError) as error:
        # the contract is "never raise for bad content": a parser choking on a page is a rejection
        return Rejection(uri, RejectReason.UNDECODABLE, f"extraction failed: {type(error).__name__}: {error}")
    return _accept(uri, extracted, source_format, min_words)


def _accept(uri: str, extracted: Extracted, source_format: str, min_words: int) -> Document | Rejection:
    text = extracted.text
    if not text:
        return Rejection(uri, RejectReason.NO_ARTICLE_TEXT, "nothing left after removing page furniture")
    sentences, share = prose_share(text)
    if sentences == 0 or share < MIN_PROSE_SHARE:
        detail = f"{sentences} prose sentences holding {share:.0%} of the words: menus or link lists, not an article"
        return Rejection(uri, RejectReason.NO_ARTICLE_TEXT, detail)
    words = len(text.split())
    if words < min_words:
        return Rejection(uri, RejectReason.TOO_SHORT, f"{words} words, fewer than {min_words}")
    language = detect_language(text)
    if language != ACCEPTED_LANGUAGE:
        return Rejection(
            uri, RejectReason.NOT_ENGLISH, f"detected language {language!r}", detected_language=language
        )
    return Document(
        doc_id=ids.doc_id(text),
        uri=uri,
        text=text,
        content_hash=ids.content_hash(text),
        title=extracted.title,
        author=extracted.author,
        published_at=extracted.published_at,
        site_name=extracted.site_name,
        url=extracted.url,
        language=language,
        source_format=source_format,
        encoding=extracted.encoding,
        removed=extracted.removed,
        restored=extracted.restored,
    )


def _read_container(
    path: Path, uri: str, fmt: str, mtime: float, max_bytes: int, min_words: int, unchanged: Unchanged | None
) -> Iterator[tuple[InputFile, Outcome]]:
    """One outcome per record; a container that breaks off mid-way is reported as one
    rejection under the file's own uri after the records read so far."""
    records = _jsonl_records(path, max_bytes) if fmt == "jsonl" else _warc_records(path, max_bytes)
    count = 0
    try:
        for count, (suffix, raw, extract) in enumerate(records, start=1):
            record_uri = f"{uri}#{suffix}"
            source = InputFile(record_uri, len(raw), mtime, hashlib.sha256(raw).hexdigest())
            if unchanged is not None and unchanged(record_uri, source.raw_hash):
                yield source, None
            else:
                yield source, _outcome(record_uri, extract, min_words)
    except ContentError as error:
        yield InputFile(uri, path.stat().st_size, mtime, _hash_file(path)), Rejection(uri, error.reason, error.detail)
        return
    except (OSError, EOFError, zlib.error, ArchiveLoadFailed) as error:
        rejection = Rejection(uri, RejectReason.UNDECODABLE, f"container unreadable after the records above: {error}")
        yield InputFile(uri, path.stat().st_size, mtime, _hash_file(path)), rejection
        return
    if count == 0:  # the file must still be accounted for
        kind = "records" if fmt == "jsonl" else "HTML responses (or is not a WARC file)"
        yield InputFile(uri, path.stat().st_size, mtime, _hash_file(path)), Rejection(
            uri, RejectReason.EMPTY, f"the container holds no {kind}"
        )


RecordStream = Iterator[tuple[str, bytes, Callable[[], tuple[Extracted, str]]]]


def _open(path: Path) -> io.BufferedReader | gzip.GzipFile:
    with path.open("rb") as probe:
        zipped = probe.read(2) == GZIP_MAGIC
    return gzip.open(path, "rb") if zipped else path.open("rb")


def _jsonl_records(path: Path, max_bytes: int) -> RecordStream:
    with _open(path) as stream:
        head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]
        # a binary or HTML file named .jsonl is one rejection, not one per "line"
        if head.strip():
            check_not_empty_or_binary(head)
            if not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
                raise ContentError(RejectReason.UNDECODABLE, "not JSON Lines: the first record is not a JSON object")
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            yield f"L{number}", line, lambda line=line: _extract_jsonl(line, max_bytes)


def _extract_jsonl(line: bytes, max_bytes: int) -> tuple[Extracted, str]:
    if len(line) > max_bytes:
        raise ContentError(RejectReason.TOO_LARGE, f"record of {len(line)} bytes exceeds the limit of {max_bytes}")
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


def _warc_records(path: Path, max_bytes: int) -> RecordStream:
    """HTML responses only: requests, metadata and page resources (images, scripts) of a
    crawl are not articles."""
    with path.open("rb") as stream:
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
            yield record_id, raw, lambda raw=raw, url=url: _extract_warc(raw, url, max_bytes)


def _extract_warc(raw: bytes, url: str | None, max_bytes: int) -> tuple[Extracted, str]:
    if len(raw) > max_bytes:
        raise ContentError(RejectReason.TOO_LARGE, f"record exceeds the limit of {max_bytes} bytes")
    check_not_empty_or_binary(raw)
    page, encoding = decode(raw)
    extracted = extract_html(page, encoding)
    return with_record_metadata(extracted, {"url": url}), "warc"
