"""Event extraction scored against the seed article's gold events."""

import json
from pathlib import Path

import pytest

from pipeline.evaluation.events_gold import CLASS_TYPES, matches, score_events
from pipeline.events import extract_events
from pipeline.events.ontology import load_ontology

TEST_DATA = Path(__file__).parents[1] / "data"


@pytest.fixture(scope="module")
def seed(nlp):
    text = (TEST_DATA / "seed_article.txt").read_text(encoding="utf-8")
    gold = json.loads((TEST_DATA / "seed_article.gold.json").read_text(encoding="utf-8"))
    return gold, text, extract_events(nlp(text), None)


def test_required_events_found_with_precision(seed):
    score = score_events(*seed)
    assert score.misses == []
    assert score.found == score.required == 4
    # the gold lists the events the first ontology covered; the CAMEO dictionary also codes
    # PLOVER events it leaves out ("three people were injured", an interception)
    assert score.precision >= 0.55, score.spurious


def test_an_event_of_the_wrong_type_does_not_match(seed):
    gold, text, events = seed
    retyped = [type(e)(**{**e.__dict__, "event_type": "PROTEST"}) for e in events]
    score = score_events(gold, text, retyped)
    assert score.found == 0 and score.correct == 0


def test_a_wrong_location_does_not_match(seed):
    gold, text, events = seed
    (talks,) = [g for g in gold["events"] if g["id"] == "E2"]
    moved = {**talks, "location": "Geneva"}
    assert not any(matches(moved, text, event) for event in events)
    assert any(matches(talks, text, event) for event in events)


def test_every_mapped_type_is_in_the_ontology():
    types = set(load_ontology().types)
    assert set().union(*CLASS_TYPES.values()) <= types
