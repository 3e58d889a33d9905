"""Input files to Documents or Rejections: the one entry point of ingestion.

`read_inputs` yields one `(InputFile, outcome)` per input: one per file, or one per record
of a container (.jsonl line, .warc HTML response). The outcome is a `Document`, a
`Rejection` with a machine-readable reason, or None when the caller's `unchanged(uri,
raw_hash)` says the raw bytes were already seen. Bad content never raises; only paths that
do not exist or files explicitly named with an unsupported type raise `InputError`.
`uri` is the resolved absolute path (plus "#L<line>" or "#<WARC-Record-ID>" for a record);
an input that cannot be read at all gets size 0 and raw_hash "" with reason `unreadable`.

Per input: regular file only (links resolved, loops, pipes and devices refused unopened) ->
size limit (before anything is parsed) -> gunzip (bounded) -> empty/binary
sniffing -> decoding -> extraction and boilerplate cleaning (HTML) or layout normalisation
(text) -> character and paragraph limits -> article gate (enough prose sentences) -> minimum
length -> language.
"""

from __future__ import annotations

import hashlib
import os
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from lxml import etree
from warcio.exceptions import ArchiveLoadFailed

from pipeline import ids
from pipeline.ingest.cleaning import prose_share
from pipeline.ingest.containers import records
from pipeline.ingest.files import hash_file, hash_stream, open_regular, regular_stat
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
)
from pipeline.ingest.language import detect_language
from pipeline.models import Document, InputFile, RejectReason, Rejection

CONTAINER_FORMATS = ("jsonl", "warc")  # one input per record
SUFFIX_FORMATS = {".html": "html", ".htm": "html", ".xhtml": "html", ".txt": "text", ".jsonl": "jsonl", ".warc": "warc"}
MIN_PROSE_SHARE = 0.3  # below this share of words in prose sentences a page is menus/teasers (BBC bench minimum: 0.49)
ACCEPTED_LANGUAGE = "en"

Outcome = Document | Rejection | None
Unchanged = Callable[[str, str], bool]
TextLimits = tuple[int, int, int]  # max_chars, max_paragraph_chars, min_words


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
    max_chars: int = 200_000,
    max_paragraph_chars: int = 20_000,
    max_container_bytes: int = 2_000_000_000,
    min_words: int = 40,
    unchanged: Unchanged | None = None,
) -> Iterator[tuple[InputFile, Outcome]]:
    """One (input, outcome) per file or container record; see the module docstring.

    max_bytes bounds a file or record (decompressed), max_container_bytes a whole
    decompressed container, max_chars the article text and max_paragraph_chars its longest
    paragraph (which bounds the longest sentence, and with it the parse's time and memory)."""
    text_limits = (max_chars, max_paragraph_chars, min_words)
    seen: set[str] = set()
    for path in iter_input_paths(paths):
        fmt = input_format(path)
        try:
            stat = regular_stat(path)  # before resolve(): a symlink loop makes resolve() raise
            uri = str(path.resolve())
        except ContentError as error:
            uri = os.path.abspath(path)
            yield InputFile(uri, 0, 0.0, ""), Rejection(uri, error.reason, error.detail)
            continue
        if uri in seen:
            continue  # the same file again, through a link: one input, one outcome
        seen.add(uri)
        if fmt in CONTAINER_FORMATS:
            # the size limit applies to each record: a batch file may be large
            yield from _read_container(path, uri, fmt, stat, (max_bytes, max_container_bytes), text_limits, unchanged)
            continue
        try:
            with open_regular(path) as stream:
                parseable = fmt is not None and stat.st_size <= max_bytes
                raw = stream.read(max_bytes + 1) if parseable else None  # the file may have grown
                raw_hash = hashlib.sha256(raw).hexdigest() if raw is not None else hash_stream(stream)
        except ContentError as error:
            yield InputFile(uri, 0, 0.0, ""), Rejection(uri, error.reason, error.detail)
            continue
        except OSError as error:
            yield InputFile(uri, 0, 0.0, ""), Rejection(uri, RejectReason.UNREADABLE, f"cannot read: {error}")
            continue
        source = InputFile(uri, stat.st_size, stat.st_mtime, raw_hash)
        if unchanged is not None and unchanged(uri, raw_hash):
            yield source, None
        elif fmt is None:
            yield source, Rejection(uri, RejectReason.UNSUPPORTED_TYPE, f"unsupported file type '{path.suffix}'")
        elif raw is None or len(raw) > max_bytes:
            detail = f"{max(stat.st_size, len(raw or b''))} bytes exceeds the limit of {max_bytes}"
            yield source, Rejection(uri, RejectReason.TOO_LARGE, detail)
        else:
            yield source, _outcome(uri, lambda: _extract_file(raw, fmt, max_bytes), text_limits)


def _extract_file(raw: bytes, fmt: str, max_bytes: int) -> tuple[Extracted, str]:
    if raw.startswith(GZIP_MAGIC):
        raw = gunzip(raw, max_bytes)
    check_not_empty_or_binary(raw)
    text, encoding = decode(raw)
    # sniff, don't trust the name: a page saved as .txt is still a page, a text saved as .html is text
    if looks_like_html(raw) or (fmt == "html" and has_html_tags(raw)):
        return extract_html(text, encoding), "html"
    return extract_plain(text, encoding), "text"


def _outcome(uri: str, extract: Callable[[], tuple[Extracted, str]], text_limits: TextLimits) -> Document | Rejection:
    try:
        extracted, source_format = extract()
    except ContentError as error:
        return Rejection(uri, error.reason, error.detail)
    except (ValueError, TypeError, LookupError, RecursionError, etree.LxmlError) as error:
        # the contract is "never raise for bad content": a parser choking on a page is a rejection
        return Rejection(uri, RejectReason.UNDECODABLE, f"extraction failed: {type(error).__name__}: {error}")
    return _accept(uri, extracted, source_format, text_limits)


def _accept(uri: str, extracted: Extracted, source_format: str, text_limits: TextLimits) -> Document | Rejection:
    max_chars, max_paragraph_chars, min_words = text_limits
    text = extracted.text
    if not text:
        return Rejection(uri, RejectReason.NO_ARTICLE_TEXT, "nothing left after removing page furniture")
    if len(text) > max_chars:
        return Rejection(uri, RejectReason.TOO_LONG, f"{len(text)} characters exceeds the limit of {max_chars} characters")
    longest = max(len(paragraph) for paragraph in text.split("\n"))
    if longest > max_paragraph_chars:
        detail = f"a paragraph of {longest} characters exceeds the limit of {max_paragraph_chars} characters"
        return Rejection(uri, RejectReason.TOO_LONG, detail)
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
    path: Path, uri: str, fmt: str, stat: os.stat_result, byte_limits: tuple[int, int], text_limits: TextLimits,
    unchanged: Unchanged | None,
) -> Iterator[tuple[InputFile, Outcome]]:
    """One outcome per record; a container that breaks off mid-way (or inflates past its
    limit) is reported as one rejection under the file's own uri after the records read so far."""
    max_bytes, max_container_bytes = byte_limits
    count = 0
    try:
        for count, (suffix, size, raw_hash, extract) in enumerate(
            records(path, fmt, max_bytes, max_container_bytes), start=1
        ):
            record_uri = f"{uri}#{suffix}"
            source = InputFile(record_uri, size, stat.st_mtime, raw_hash)
            if unchanged is not None and unchanged(record_uri, raw_hash):
                yield source, None
            else:
                yield source, _outcome(record_uri, extract, text_limits)
    except ContentError as error:
        yield InputFile(uri, stat.st_size, stat.st_mtime, hash_file(path)), Rejection(uri, error.reason, error.detail)
        return
    except (OSError, EOFError, zlib.error, ArchiveLoadFailed) as error:
        rejection = Rejection(uri, RejectReason.UNDECODABLE, f"container unreadable after the records above: {error}")
        yield InputFile(uri, stat.st_size, stat.st_mtime, hash_file(path)), rejection
        return
    if count == 0:  # the file must still be accounted for
        kind = "records" if fmt == "jsonl" else "HTML responses (or is not a WARC file)"
        yield InputFile(uri, stat.st_size, stat.st_mtime, hash_file(path)), Rejection(
            uri, RejectReason.EMPTY, f"the container holds no {kind}"
        )
