"""A folder fuzzer: any mix of files, links, pipes, compressed and broken inputs, edited between runs.

hypothesis builds an input folder from real article text and hostile entries (copies and
near copies, gzip, .jsonl with broken and NUL records, binary, empty, symlinks to files,
loops, dangling links and /dev/zero, FIFOs, over-long texts, truncated gzip), ingests it,
edits it (rewrites, deletions, new entries) and ingests again. After every run: each input
is accounted for, the ingestion checks pass, and a rerun with no edit changes no row.
Ingestion is called directly (no Dagster job), so the examples stay cheap.
"""

from __future__ import annotations

import gzip
import json
import os
import tempfile
from pathlib import Path

import dagster as dg
import duckdb
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from assets.ingestion import ingestion
from assets.settings import NewsclaimsSettings
from checks.integrity import SQL_CHECKS, offending_rows
from tests.pipeline.test_dedup import OTHER_STORY, STORY
from tests.subprocess_runs import snapshot
from warehouse.resource import Warehouse

# no shrinking: a failure is printed as generated (shrinking whole folders takes minutes)
FUZZ_SETTINGS = settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck),
                         phases=[Phase.explicit, Phase.reuse, Phase.generate])
INGESTION_CHECKS = [c for c in SQL_CHECKS if c.asset in {"documents", "rejected_documents"}]
TEXTS = [
    "\n\n".join(STORY),
    "\n\n".join(["Another headline on the same story", *STORY]),  # a near copy
    "\n\n".join(OTHER_STORY * 2),
    "\n\n".join(STORY[::-1] + OTHER_STORY),
]
MAX_CHARS = 3_000  # small, so over-long texts are cheap to make


def article(index: int) -> bytes:
    return TEXTS[index % len(TEXTS)].encode()


def write_entry(folder: Path, name: str, kind: str, index: int) -> None:
    """One input of the given kind at folder/name (the name's suffix is chosen by kind)."""
    path = folder / name
    for old in folder.glob(name.split(".")[0] + ".*"):  # an edit may change the kind
        old.unlink()
    if kind == "text":
        (path.with_suffix(".txt")).write_bytes(article(index))
    elif kind == "html":
        body = "".join(f"<p>{p}</p>" for p in TEXTS[index % len(TEXTS)].split("\n\n"))
        path.with_suffix(".html").write_text(f"<html><head><title>T</title></head><body><article>{body}</article></body></html>")
    elif kind == "gzip":
        path.with_suffix(".txt.gz").write_bytes(gzip.compress(article(index)))
    elif kind == "truncated gzip":
        path.with_suffix(".txt.gz").write_bytes(gzip.compress(article(index))[:40])
    elif kind == "jsonl":
        records = [json.dumps({"text": TEXTS[(index + i) % len(TEXTS)]}).encode() for i in range(2)]
        records.insert(index % 3, b'{"text": "broken \x00 record"' if index % 2 else b"not json")
        path.with_suffix(".jsonl").write_bytes(b"\n".join(records) + b"\n")
    elif kind == "jsonl.gz":
        path.with_suffix(".jsonl.gz").write_bytes(gzip.compress(json.dumps({"text": TEXTS[index % 4]}).encode()))
    elif kind == "binary":
        path.with_suffix(".html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * index)
    elif kind == "empty":
        path.with_suffix(".txt").write_bytes(b"" if index % 2 else b"  \n ")
    elif kind == "too long":
        path.with_suffix(".txt").write_bytes(article(index) * 4)
    elif kind == "link":
        targets = sorted(p for p in folder.iterdir() if p.is_file() and not p.is_symlink())
        target = targets[index % len(targets)] if targets else Path("/nonexistent/target.txt")
        path.with_suffix(".txt").symlink_to(target)
    elif kind == "loop":
        path.with_suffix(".txt").symlink_to(path.with_suffix(".txt"))
    elif kind == "dangling":
        path.with_suffix(".html").symlink_to(folder / "missing.html")
    elif kind == "dev zero":
        path.with_suffix(".txt").symlink_to("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(path.with_suffix(".txt"))


KINDS = ["text", "html", "gzip", "truncated gzip", "jsonl", "jsonl.gz", "binary", "empty", "too long", "link",
         "loop", "dangling", "dev zero", "fifo"]
entries = st.lists(st.tuples(st.sampled_from(KINDS), st.integers(0, 7)), min_size=1, max_size=10)
edits = st.lists(st.tuples(st.integers(0, 9), st.sampled_from([*KINDS, "delete"]), st.integers(0, 7)), max_size=4)


def ingest(folder: Path, db: Path) -> None:
    run_settings = NewsclaimsSettings(input_paths=[str(folder)], max_chars=MAX_CHARS)
    list(ingestion(context=dg.build_asset_context(), settings=run_settings, warehouse=Warehouse(db_path=str(db))))


def expected_uri(path: Path) -> str:
    """A regular file (through any links) by its resolved path; anything else by its own."""
    try:
        return str(path.resolve(strict=True)) if path.is_file() else os.path.abspath(path)
    except (OSError, RuntimeError):
        return os.path.abspath(path)


def assert_invariants(folder: Path, db: Path) -> None:
    with duckdb.connect(str(db), read_only=True) as con:
        uris = {u for (u,) in con.execute("select uri from input_files").fetchall()}
        failed = {c.name: offending_rows(con, c) for c in INGESTION_CHECKS}
    missing = [p.name for p in sorted(folder.iterdir())
               if not any(u == expected_uri(p) or u.startswith(expected_uri(p) + "#") for u in uris)]
    assert missing == []  # every input accounted for
    assert {name: rows for name, rows in failed.items() if rows} == {}  # no check fails


@FUZZ_SETTINGS
@given(entries, edits)
@example([("text", 0), ("text", 0), ("link", 0)], [])  # a link to a file also read directly
@example([("text", 0), ("text", 0)], [(0, "text", 2)])  # the kept copy of a duplicate edited
# a file edited into a rejection while another takes its old text: the document moves, no copy
@example([("gzip", 3), ("gzip", 2), ("truncated gzip", 7), ("html", 6)],
         [(1, "truncated gzip", 0), (2, "gzip", 2), (3, "empty", 3)])
def test_any_folder_edited_between_runs_keeps_every_invariant(first, changes):
    with tempfile.TemporaryDirectory(prefix="newsclaims-fuzz-") as tmp:
        folder, db = Path(tmp) / "inbox", Path(tmp) / "fuzz.duckdb"
        folder.mkdir()
        for number, (kind, index) in enumerate(first):
            write_entry(folder, f"e{number}", kind, index)
        ingest(folder, db)
        assert_invariants(folder, db)

        for number, kind, index in changes:
            if kind == "delete":
                for old in folder.glob(f"e{number}.*"):
                    old.unlink()
            else:
                write_entry(folder, f"e{number}", kind, index)
        ingest(folder, db)
        assert_invariants(folder, db)

        before = snapshot(db)
        ingest(folder, db)  # no edit: nothing changes
        assert snapshot(db) == before
