"""Checks shared by the BBC gold directories: the development gold (tests/data/bbc_gold) and the
held-out golds (tests/data/bbc_heldout to bbc_heldout6). All follow the format of
tests/data/bbc_gold/README.md."""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from pipeline.models import Certainty, ClaimType

DATA = Path(__file__).resolve().parents[1] / "data"
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "bench" / "bbc"
SECTIONS = ("business", "entertainment", "politics", "sport", "tech")
CUE_CLASSES = {"speech", "written", "belief", "intention", "evaluation", "evidential", "act"}
KINDS = {"person", "organization", "government", "military", "media", "document", "anonymous", "group"}
FURNITURE_KINDS = {"headline", "dateline", "byline", "teaser", "reader_comment", "caption"}

corpus_present = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"no BBC corpus at {CORPUS}")


def seeded_draw(section: str, seed: str, count: int, excluded: set[str] = frozenset()) -> list[str]:
    """The articles of a section drawn before reading any: `<section>/<name>` paths."""
    files = sorted(p.name for p in (CORPUS / section).glob("*.txt"))
    chosen = sorted(random.Random(f"{seed}/{section}").sample([f for f in files if f not in excluded], count))
    return [f"{section}/{name}" for name in chosen]


def documents_by_section(gold: list[dict[str, Any]]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for g in gold:
        found.setdefault(g["document"].split("/")[0], []).append(g["document"])
    return {section: sorted(documents) for section, documents in found.items()}


def check_file_names(gold_dir: Path) -> None:
    for path in gold_dir.glob("*.gold.json"):
        document = json.loads(path.read_text(encoding="utf-8"))["document"]
        assert path.name == document.replace("/", "_").replace(".txt", ".gold.json")


def check_well_formed(gold: dict[str, Any]) -> None:
    assert re.fullmatch(r"[a-z]+/\d{3}\.txt", gold["document"])
    ids = [c["id"] for c in gold["claims"]]
    assert len(ids) == len(set(ids))
    for claim in gold["claims"]:
        assert claim["cue_class"] in CUE_CLASSES, claim["id"]
        assert claim["certainty"] in set(Certainty), claim["id"]
        assert claim["claim_type"] in {ClaimType.DIRECT_QUOTE, ClaimType.INDIRECT}, claim["id"]
        assert isinstance(claim["required"], bool) and claim["content"] and claim["cue"], claim["id"]
        if claim["source"] is None:
            assert claim["source_kind"] is None and not claim["aliases"] and not claim["required"], claim["id"]
        else:
            assert claim["source_kind"] in KINDS, claim["id"]
            assert all(a.casefold() not in {"he", "she", "it", "they", "i", "we"} for a in claim["aliases"])
    speakers = {}
    for claim in gold["claims"]:  # one speaker has one description throughout the file
        if claim["source"]:
            described = (claim["source_kind"], tuple(claim["aliases"]))
            assert speakers.setdefault(claim["source"], described) == described, claim["id"]
    # a content the article repeats word for word is annotated once per place, numbered 1, 2, ...
    places = Counter(claim["content"] for claim in gold["claims"])
    for content, count in places.items():
        numbered = sorted(c.get("occurrence", 1) for c in gold["claims"] if c["content"] == content)
        assert numbered == list(range(1, count + 1)), content
    assert all(line["kind"] in FURNITURE_KINDS for line in gold["furniture"])


def check_spans_in_text(gold: dict[str, Any]) -> None:
    """Every content at its places, every alias and speaker name, every furniture line in the article."""
    text = (CORPUS / gold["document"]).read_text(encoding="utf-8")
    lines = text.splitlines()
    places = Counter(claim["content"] for claim in gold["claims"])
    for claim in gold["claims"]:
        assert text.count(claim["content"]) == places[claim["content"]], claim["id"]
        for alias in claim["aliases"]:
            assert alias.casefold() in text.casefold(), (claim["id"], alias)
        if claim["source"] and claim["source_kind"] != "group":  # a group's name joins its members'
            assert claim["source"].casefold() in text.casefold(), claim["id"]
    for line in gold["furniture"]:
        assert line["text"] in lines
