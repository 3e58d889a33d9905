"""Hostile inputs reach one outcome each in bounded time and memory (issue 16, failures 1, 4, 5, 6, 9).

Links, pipes, devices, decompression bombs, over-long texts and broken records: each is a
rejection of its own, never an exception, a hang or a rejection of its neighbours.
"""

from __future__ import annotations

import gzip
import json
import os
import resource
import socket
from pathlib import Path

import pytest

from pipeline.ingest import read_inputs
from pipeline.models import Document, RejectReason, Rejection
from tests.pipeline.test_ingest import ARTICLE, PARAGRAPHS

MB = 1 << 20


def outcomes(folder: Path, **limits) -> dict[str, Document | Rejection]:
    """Input name (with its #record) -> outcome, for every input under folder."""
    return {source.uri.rsplit("/", 1)[-1]: outcome for source, outcome in read_inputs([folder], **limits)}


def reasons(folder: Path, **limits) -> dict[str, str]:
    return {name: str(o.reason) if isinstance(o, Rejection) else "document" for name, o in outcomes(folder, **limits).items()}


def peak_rss_mb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


# --------------------------------------------------------------------------- 1: over-long text


def test_text_over_the_character_limit_is_rejected_as_too_long_with_the_limit(tmp_path):
    (tmp_path / "long.txt").write_text(ARTICLE * 40)  # about 17,000 characters, far under max_bytes
    (tmp_path / "short.txt").write_text(ARTICLE)
    found = outcomes(tmp_path, max_chars=10_000)
    assert found["long.txt"].reason == RejectReason.TOO_LONG
    assert "exceeds the limit of 10000 characters" in found["long.txt"].detail
    assert isinstance(found["short.txt"], Document)


def test_a_paragraph_longer_than_a_parse_can_bound_is_too_long(tmp_path):
    # failure 6: five very long sentences took 116 s and 2.6 GB to parse
    run_on = " and ".join(PARAGRAPHS[0].rstrip(".") for _ in range(60))  # one ~7,000-character sentence
    (tmp_path / "run_on.txt").write_text(f"Headline\n\n{run_on}.\n\n{PARAGRAPHS[1]}\n")
    found = outcomes(tmp_path, max_paragraph_chars=5_000)
    assert found["run_on.txt"].reason == RejectReason.TOO_LONG
    assert "paragraph" in found["run_on.txt"].detail and "5000" in found["run_on.txt"].detail


# --------------------------------------------------------------------------- 4, 5: links, pipes, devices


def test_a_symlink_loop_is_rejected_alone(tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "self.html").symlink_to(tmp_path / "self.html")
    (tmp_path / "good.txt").write_text(ARTICLE)
    assert reasons(tmp_path) == {"a.txt": "unreadable", "b.txt": "unreadable", "good.txt": "document",
                                 "self.html": "unreadable"}


def test_a_fifo_is_never_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")  # opening it for reading would block until a writer comes
    (tmp_path / "good.txt").write_text(ARTICLE)
    found = outcomes(tmp_path)
    assert found["pipe.txt"].reason == RejectReason.UNREADABLE and "named pipe" in found["pipe.txt"].detail
    assert isinstance(found["good.txt"], Document)


def test_sockets_and_devices_are_rejected(tmp_path):
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "sock.txt"))
    (tmp_path / "zero.txt").symlink_to("/dev/zero")  # would grow without limit if read
    (tmp_path / "null.html").symlink_to("/dev/null")
    try:
        found = outcomes(tmp_path)
    finally:
        server.close()
    assert {name: (str(o.reason), o.detail.split(" (")[0]) for name, o in found.items()} == {
        "null.html": ("unreadable", "not a regular file"),
        "sock.txt": ("unreadable", "not a regular file"),
        "zero.txt": ("unreadable", "not a regular file"),
    }


# --------------------------------------------------------------------------- 6: bounded memory


def test_a_jsonl_gz_bomb_is_rejected_per_record_in_bounded_memory(tmp_path):
    # one 400 MB line from a small file, between two good records
    with gzip.open(tmp_path / "bomb.jsonl.gz", "wb", compresslevel=1) as out:
        out.write(json.dumps({"text": ARTICLE}).encode() + b"\n")
        out.write(b'{"text": "')
        chunk = b"a" * MB
        for _ in range(400):
            out.write(chunk)
        out.write(b'"}\n')
        out.write(json.dumps({"text": ARTICLE.replace("Kyiv", "Lviv")}).encode() + b"\n")
    assert (tmp_path / "bomb.jsonl.gz").stat().st_size < 2 * MB
    before = peak_rss_mb()
    found = reasons(tmp_path)
    assert found == {"bomb.jsonl.gz#L1": "document", "bomb.jsonl.gz#L2": "too_large", "bomb.jsonl.gz#L3": "document"}
    assert peak_rss_mb() - before < 200  # the line is streamed past, never held


def test_a_container_decompressing_past_its_limit_stops_with_one_rejection(tmp_path):
    with gzip.open(tmp_path / "many.jsonl.gz", "wb") as out:
        for number in range(400):  # about 250 KB
            out.write(json.dumps({"text": f"{number}. {ARTICLE}"}).encode() + b"\n")
    found = reasons(tmp_path, max_container_bytes=100_000)
    assert 100 < list(found.values()).count("document") < 400  # the records before the limit
    assert found["many.jsonl.gz"] == "too_large"


def test_a_gzipped_text_bomb_is_too_large(tmp_path):
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"word " * (5 * MB)))
    assert reasons(tmp_path, max_bytes=MB) == {"bomb.txt.gz": "too_large"}


# --------------------------------------------------------------------------- 9: NUL in one record


def test_a_nul_byte_in_one_jsonl_record_rejects_only_that_record(tmp_path):
    lines = [json.dumps({"text": ARTICLE}).encode(),
             b'{"text": "broken \x00 record"}',
             json.dumps({"text": ARTICLE.replace("Kyiv", "Odesa")}).encode()]
    (tmp_path / "batch.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    found = reasons(tmp_path)
    assert found == {"batch.jsonl#L1": "document", "batch.jsonl#L2": "undecodable", "batch.jsonl#L3": "document"}


@pytest.mark.parametrize("head", [b"\x89PNG\r\n\x1a\n", b"\x00\x00\x00\x00binary"])
def test_a_binary_file_named_jsonl_is_still_one_rejection(tmp_path, head):
    (tmp_path / "image.jsonl").write_bytes(head + bytes(range(256)) * 10)
    assert reasons(tmp_path) == {"image.jsonl": "binary"}


def test_a_file_reached_twice_through_a_link_is_one_input(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    assert [type(o).__name__ for _, o in read_inputs([tmp_path])] == ["Document"]
