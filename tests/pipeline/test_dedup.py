"""Duplicates: same text in another layout, re-titled or lightly edited copies; different stories are kept."""

from __future__ import annotations

import pytest

from pipeline import ids
from pipeline.ingest.dedup import Deduplicator

# The seed article's paragraphs (one story) ...
STORY = [
    "Russia carried out one of its largest aerial assaults on Ukraine in recent months, unleashing more than 650 "
    "drones and 51 missiles overnight on Saturday. The strikes came as American and Ukrainian officials met in "
    "Miami for continued negotiations aimed at ending the nearly four-year-old conflict.",
    "Ukraine’s armed forces reported that the attacks targeted locations across the country, including western "
    "regions far from the frontlines. Air raid sirens also sounded in parts of eastern Poland, raising concerns "
    "about spillover effects of the war into NATO territory.",
    "Authorities in Kyiv confirmed that at least three people were injured in the capital region. The national "
    "energy operator, Ukrenergo, said the majority of the strikes were directed at power stations and other energy "
    "infrastructure.",
    "Moscow’s defense ministry claimed it had intercepted 116 Ukrainian drones over Russian territory during the "
    "same period. The regional governor said debris from drones damaged a residential building and fell on an "
    "industrial site.",
]
# ... and a different story on the same topic, written for this test.
OTHER_STORY = [
    "Ukraine said on Sunday that its air defences had shot down most of the drones launched by Russia overnight, "
    "while officials in the west of the country reported damage to a gas facility.",
    "The energy ministry said repair crews had restored power to most homes in the Lviv region by the morning, "
    "but warned that further outages were likely as temperatures fell.",
    "Polish military officials said aircraft had been scrambled as a precaution and that no Russian missiles had "
    "entered the country's airspace during the attack.",
]


def text(title: str, paragraphs: list[str], separator: str = "\n\n") -> str:
    return title + separator + separator.join(paragraphs)


@pytest.fixture
def dedup() -> Deduplicator:
    kept = Deduplicator()
    original = text("Russia launches massive drone attack", STORY)
    kept.add(ids.doc_id(original), original)
    return kept


ORIGINAL_ID = ids.doc_id(text("Russia launches massive drone attack", STORY))


def test_exact_duplicate_with_other_paragraph_breaks(dedup):
    copy = text("Russia launches massive drone attack", STORY, separator="\n")
    assert ids.doc_id(copy) == ORIGINAL_ID
    assert dedup.duplicate_of(ids.doc_id(copy), copy) == ORIGINAL_ID


@pytest.mark.parametrize(
    "variant",
    [
        text("Russian drones and missiles hit Ukraine's power grid", STORY),
        text("Russia launches massive drone attack", [STORY[0].replace("650", "700"), *STORY[1:]]),
        text("Russia launches massive drone attack", STORY[:3] + [STORY[3].replace("residential", "apartment")]),
    ],
    ids=["retitled", "changed-number", "changed-word"],
)
def test_near_duplicates(dedup, variant):
    assert dedup.duplicate_of(ids.doc_id(variant), variant) == ORIGINAL_ID


@pytest.mark.parametrize(
    "candidate",
    [
        text("Ukraine says most Russian drones shot down", OTHER_STORY),
        text("Russia launches massive drone attack", STORY[:1] + OTHER_STORY),
    ],
    ids=["same-topic-other-story", "shares-one-paragraph"],
)
def test_different_stories_are_not_duplicates(dedup, candidate):
    assert dedup.duplicate_of(ids.doc_id(candidate), candidate) is None


def test_most_similar_kept_document_wins():
    first = text("Russia launches massive drone attack", STORY)
    edited = text("Russia launches massive drone attack", [STORY[0].replace("650", "700"), *STORY[1:]])
    kept = Deduplicator()
    kept.add("d_edited", edited)
    kept.add("d_first", first)
    assert kept.duplicate_of("d_new", first + " ") == "d_first"


def test_removed_document_no_longer_matches(dedup):
    updated = text("Russia launches massive drone attack", [*STORY, "Officials said the talks would resume on Monday."])
    assert dedup.duplicate_of(ids.doc_id(updated), updated) == ORIGINAL_ID
    dedup.remove(ORIGINAL_ID)
    assert dedup.duplicate_of(ids.doc_id(updated), updated) is None
    original = text("Russia launches massive drone attack", STORY)
    assert dedup.duplicate_of(ORIGINAL_ID, original) is None


def test_a_stored_signature_finds_the_same_duplicates_as_the_text():
    original = " ".join(f"word{i}" for i in range(300))
    retitled = "A new headline\n\n" + original
    from_text, from_signature = Deduplicator(), Deduplicator()
    from_text.add("d_original", original)
    from_signature.add_signature("d_original", from_text.signature("d_original"))
    assert from_signature.duplicate_of("d_retitled", retitled) == "d_original"
    assert from_signature.duplicate_of("d_other", "An unrelated story about something else entirely.") is None
