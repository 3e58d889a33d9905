"""The held-out BBC golds (tests/data/bbc_heldout to bbc_heldout6) are well-formed and are the seeded
draws they say they are.

They are scored like the development gold (`newsclaims eval --bbc-gold tests/data/bbc_heldout6`); the
latest one (bbc_heldout6) must never be tuned on. The checks are those of the development gold (bbc_gold_files). Each
held-out set is drawn outside the golds made before it."""

from dataclasses import dataclass

import pytest

from pipeline.evaluation.bbc_gold import load_gold
from tests.pipeline.bbc_gold_files import (
    DATA,
    SECTIONS,
    check_file_names,
    check_spans_in_text,
    check_well_formed,
    corpus_present,
    documents_by_section,
    seeded_draw,
)


@dataclass(frozen=True)
class HeldOutSet:
    directory: str
    seed: str
    drawn_outside: tuple[str, ...]  # the gold directories whose articles the draw excluded


HELDOUT_SETS = (
    HeldOutSet("bbc_heldout", "newsclaims-bbc-heldout", ("bbc_gold",)),
    HeldOutSet("bbc_heldout2", "newsclaims-bbc-heldout-2", ("bbc_gold", "bbc_heldout")),
    HeldOutSet("bbc_heldout3", "newsclaims-bbc-heldout-3", ("bbc_gold", "bbc_heldout", "bbc_heldout2")),
    HeldOutSet(
        "bbc_heldout4", "newsclaims-bbc-heldout-4", ("bbc_gold", "bbc_heldout", "bbc_heldout2", "bbc_heldout3")
    ),
    HeldOutSet(
        "bbc_heldout5",
        "newsclaims-bbc-heldout-5",
        ("bbc_gold", "bbc_heldout", "bbc_heldout2", "bbc_heldout3", "bbc_heldout4"),
    ),
    HeldOutSet(
        "bbc_heldout6",
        "newsclaims-bbc-heldout-6",
        ("bbc_gold", "bbc_heldout", "bbc_heldout2", "bbc_heldout3", "bbc_heldout4", "bbc_heldout5"),
    ),
)
GOLD = {name: load_gold(DATA / name) for name in ("bbc_gold", *(s.directory for s in HELDOUT_SETS))}
FILES = [(s.directory, g) for s in HELDOUT_SETS for g in GOLD[s.directory]]
per_set = pytest.mark.parametrize("held_out", HELDOUT_SETS, ids=[s.directory for s in HELDOUT_SETS])
per_file = pytest.mark.parametrize("gold", [g for _, g in FILES], ids=[f"{d}:{g['document']}" for d, g in FILES])


def used_articles(held_out: HeldOutSet) -> dict[str, set[str]]:
    """File names per section of the golds the held-out set was drawn outside."""
    used: dict[str, set[str]] = {section: set() for section in SECTIONS}
    for name in held_out.drawn_outside:
        for g in GOLD[name]:
            section, file_name = g["document"].split("/")
            used[section].add(file_name)
    return used


@per_set
def test_ten_articles_two_per_section_none_from_the_other_golds(held_out):
    gold = GOLD[held_out.directory]
    assert {s: len(docs) for s, docs in documents_by_section(gold).items()} == {section: 2 for section in SECTIONS}
    documents = {g["document"] for g in gold}
    for other, other_gold in GOLD.items():
        if other != held_out.directory:
            assert not documents & {g["document"] for g in other_gold}, other
    check_file_names(DATA / held_out.directory)


@per_file
def test_gold_file_is_well_formed(gold):
    check_well_formed(gold)


@corpus_present
@per_set
def test_articles_are_the_seeded_random_choice_outside_the_earlier_golds(held_out):
    used = used_articles(held_out)
    drawn = {section: seeded_draw(section, held_out.seed, 2, excluded=used[section]) for section in SECTIONS}
    assert documents_by_section(GOLD[held_out.directory]) == drawn


@corpus_present
@per_file
def test_quoted_spans_are_found_in_the_text(gold):
    check_spans_in_text(gold)
