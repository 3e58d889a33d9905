"""The held-out BBC gold (tests/data/bbc_heldout) is well-formed and is the seeded draw it says it is.

It is scored like the development gold (`newsclaims eval --bbc-gold tests/data/bbc_heldout`)
and must never be tuned on; the checks are those of the development gold (bbc_gold_files)."""

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

HELDOUT_DIR = DATA / "bbc_heldout"
HELDOUT = load_gold(HELDOUT_DIR)
DEVELOPMENT = load_gold(DATA / "bbc_gold")


def test_ten_articles_two_per_section_none_from_the_development_gold():
    assert {s: len(docs) for s, docs in documents_by_section(HELDOUT).items()} == {section: 2 for section in SECTIONS}
    assert not {g["document"] for g in HELDOUT} & {g["document"] for g in DEVELOPMENT}
    check_file_names(HELDOUT_DIR)


@pytest.mark.parametrize("gold", HELDOUT, ids=[g["document"] for g in HELDOUT])
def test_gold_file_is_well_formed(gold):
    check_well_formed(gold)


@corpus_present
def test_articles_are_the_seeded_random_choice_outside_the_development_gold():
    development = documents_by_section(DEVELOPMENT)
    drawn = {
        section: seeded_draw(section, "newsclaims-bbc-heldout", 2,
                             excluded={d.split("/")[1] for d in development[section]})
        for section in SECTIONS
    }
    assert documents_by_section(HELDOUT) == drawn


@corpus_present
@pytest.mark.parametrize("gold", HELDOUT, ids=[g["document"] for g in HELDOUT])
def test_quoted_spans_are_found_in_the_text(gold):
    check_spans_in_text(gold)
