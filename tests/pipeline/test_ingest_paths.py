"""Input paths and reruns: walking folders, user errors, skipping unchanged inputs, determinism."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.ingest import InputError, iter_input_paths, read_inputs
from pipeline.models import Document

DATA = Path(__file__).parent.parent / "data"
LATIN1_ARTICLE = DATA / "bad" / "latin1_bbc_sport_199.txt"
# A paragraph of the seed article, repeated into an article long enough to keep.
PARAGRAPH = (
    "Moscow’s defense ministry claimed it had intercepted 116 Ukrainian drones over Russian territory during the "
    "same period. Meanwhile, unverified reports on Telegram suggested that Ukrainian forces had struck an oil "
    "refinery in Ryazan, southeast of Moscow."
)
ARTICLE = "\n\n".join([PARAGRAPH] * 2)


def reread(paths: list[Path], seen: dict[str, str]) -> list:
    return list(read_inputs(paths, unchanged=lambda uri, raw_hash: seen.get(uri) == raw_hash))


def test_folders_are_walked_sorted_skipping_hidden(tmp_path):
    for relative in ["b/2.txt", "b/1.html", "a.txt", ".hidden/x.txt", "b/.draft.txt"]:
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text(ARTICLE)
    found = [p.relative_to(tmp_path).as_posix() for p in iter_input_paths([tmp_path])]
    assert found == ["a.txt", "b/1.html", "b/2.txt"]


def test_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="not found"):
        list(read_inputs([tmp_path / "nope"]))


def test_paths_are_checked_before_anything_is_read(tmp_path):
    with pytest.raises(InputError, match="not found"):
        next(iter_input_paths([DATA / "bad", tmp_path / "nope"]))


def test_named_file_of_unknown_type_is_an_input_error(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF-1.4")
    with pytest.raises(InputError, match="unsupported input type"):
        list(iter_input_paths([path]))


def test_unchanged_inputs_are_skipped(tmp_path):
    shutil.copy(LATIN1_ARTICLE, tmp_path / "one.txt")
    (tmp_path / "two.txt").write_text(ARTICLE)
    seen = {source.uri: source.raw_hash for source, _ in read_inputs([tmp_path])}
    (tmp_path / "two.txt").write_text(ARTICLE.replace("Ryazan", "Saratov"))
    second = reread([tmp_path], seen)
    assert second[0][1] is None
    assert isinstance(second[1][1], Document) and "Saratov" in second[1][1].text


def test_unchanged_jsonl_records_are_skipped_one_by_one(tmp_path):
    path = tmp_path / "batch.jsonl"
    records = [json.dumps({"text": ARTICLE}), json.dumps({"text": ARTICLE.replace("Ryazan", "Saratov")})]
    path.write_text("\n".join(records))
    seen = {source.uri: source.raw_hash for source, _ in read_inputs([path])}
    records[1] = json.dumps({"text": ARTICLE.replace("Ryazan", "Samara")})
    path.write_text("\n".join(records))
    second = reread([path], seen)
    assert second[0][1] is None
    assert "Samara" in second[1][1].text


def test_reruns_are_deterministic():
    inputs = [DATA / "bad", DATA / "html" / "nature.com.telescope.html"]
    first = [outcome for _, outcome in read_inputs(inputs)]
    second = [outcome for _, outcome in read_inputs(inputs)]
    assert first == second
