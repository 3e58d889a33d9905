"""Opening inputs safely and reading them with bounds.

Only regular files are ever opened: the path is stat-ed first (a symlink loop fails there,
with ELOOP), FIFOs, sockets and devices are refused without an open (a FIFO would block, a
`/dev/zero` never ends), and the opened descriptor is checked again, so a file swapped for
a pipe between the stat and the open is refused too. Reads are bounded: a file may grow
while it is read, and a small gzip file may inflate to gigabytes.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from pipeline.ingest.formats import GZIP_MAGIC, ContentError
from pipeline.models import RejectReason

HASH_CHUNK = 1 << 20
_KINDS = {stat.S_IFIFO: "named pipe", stat.S_IFSOCK: "socket", stat.S_IFCHR: "character device",
          stat.S_IFBLK: "block device", stat.S_IFDIR: "directory"}


def _not_regular(mode: int) -> ContentError:
    kind = _KINDS.get(stat.S_IFMT(mode), "special file")
    return ContentError(RejectReason.UNREADABLE, f"not a regular file ({kind}): never opened")


def regular_stat(path: Path) -> os.stat_result:
    """The stat of the file a path leads to; ContentError(unreadable) unless it is a regular file."""
    try:
        info = os.stat(path)
    except OSError as error:
        if error.errno == 40:  # ELOOP
            raise ContentError(RejectReason.UNREADABLE, "symlink loop") from None
        raise ContentError(RejectReason.UNREADABLE, f"cannot read: {error.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        raise _not_regular(info.st_mode)
    return info


def open_regular(path: Path) -> BinaryIO:
    """Open for reading without blocking on a FIFO, then insist on a regular file."""
    regular_stat(path)
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError as error:
        raise ContentError(RejectReason.UNREADABLE, f"cannot read: {error.strerror}") from None
    mode = os.fstat(descriptor).st_mode
    if not stat.S_ISREG(mode):
        os.close(descriptor)
        raise _not_regular(mode)
    os.set_blocking(descriptor, True)
    return os.fdopen(descriptor, "rb")


def hash_stream(stream: BinaryIO) -> str:
    digest = hashlib.sha256()
    while chunk := stream.read(HASH_CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def hash_file(path: Path) -> str:
    """sha256 of a regular file's bytes; "" when it cannot be read."""
    try:
        with open_regular(path) as stream:
            return hash_stream(stream)
    except (ContentError, OSError):
        return ""


class BoundedReader(io.RawIOBase):
    """A stream that raises ContentError(too_large) once more than `limit` bytes were read from it:
    the decompressed size of a whole container, counted as it streams."""

    def __init__(self, inner: BinaryIO, limit: int):
        self.inner, self.limit, self.consumed = inner, limit, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.inner.read(len(buffer))
        self.consumed += len(data)
        if self.consumed > self.limit:
            raise ContentError(RejectReason.TOO_LARGE, f"decompresses to more than {self.limit} bytes")
        buffer[: len(data)] = data
        return len(data)


def open_container(path: Path, limit: int) -> io.BufferedReader:
    """The decompressed bytes of a (possibly gzipped) container, at most `limit` of them."""
    raw = open_regular(path)
    zipped = raw.read(2) == GZIP_MAGIC
    raw.seek(0)
    inner = gzip.GzipFile(fileobj=raw, mode="rb") if zipped else raw
    return io.BufferedReader(BoundedReader(inner, limit), buffer_size=1 << 16)


def bounded_lines(stream: io.BufferedReader, limit: int) -> Iterator[tuple[int, bytes | None, int, str]]:
    """(line number, line or None when longer than limit, its length, sha256) for each line.

    A line longer than `limit` is read past in bounded pieces, never held whole."""
    number = 0
    while line := stream.readline(limit + 1):
        number += 1
        if len(line) <= limit or line.endswith(b"\n"):
            yield number, line, len(line), hashlib.sha256(line).hexdigest()
            continue
        digest, size = hashlib.sha256(line), len(line)
        while (rest := stream.readline(HASH_CHUNK)) and not rest.endswith(b"\n"):
            digest.update(rest)
            size += len(rest)
        digest.update(rest)
        yield number, None, size + len(rest), digest.hexdigest()
