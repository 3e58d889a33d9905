"""The event development set (tests/data/events_dev.json) and the sentence-set scorer."""

import json
from collections import Counter
from pathlib import Path

import pytest

from pipeline.evaluation.events_dev import (
    Labelled,
    evaluate_sentences,
    load_dev_set,
    load_petrarch_tests,
    score,
)
from pipeline.events.crosswalk import PLOVER_TYPES, plover_of_cameo
from pipeline.models import ExtractedEvent, TextSpan


def test_dev_set_covers_every_plover_type_and_has_lookalikes():
    sentences = load_dev_set()
    counts = Counter(t for s in sentences for t in s.types)
    assert all(counts[t] >= 3 for t in PLOVER_TYPES), counts
    assert sum(1 for s in sentences if s.types) >= 60
    assert sum(1 for s in sentences if not s.types) >= 20


def test_dev_set_scores_do_not_fall_below_the_measured_level(nlp):
    # measured: macro-F1 0.60, with an event 0.72, 1/21 look-alikes with an event (block
    # defaults of synonyms and generic verbs need a political side acting on another: two
    # sentences whose only events were typed wrong, "Mr Clarke agreed to key changes" and
    # "have been charged with disorderly conduct", now have none)
    result = evaluate_sentences("dev", load_dev_set())
    assert result.macro_f1 >= 0.54, result.errors
    assert result.with_event / result.event_sentences >= 0.70
    assert result.false_on_lookalikes <= 4
    # measured: actor right 48/56, target right 30/56 (events of an annotated type found)
    assert result.actor_right >= 0.8 * result.modality_scored
    assert result.target_right >= 0.45 * result.modality_scored


def _event(plover_type, start=0, governed_by=None):
    return ExtractedEvent(
        event_type=plover_type, trigger=TextSpan(start, start + 1, "x"),
        plover_type=plover_type, governed_by=governed_by,
    )


def test_scorer_counts_types_lookalikes_and_embedded_events():
    sentences = [
        Labelled("a", frozenset({"AGREE"}), {"AGREE": "asserted"}),
        Labelled("b", frozenset()),
        Labelled("c", frozenset({"ASSAULT"})),
    ]
    extracted = [
        [_event("AGREE", 0), _event("RETREAT", 5, governed_by=0)],  # "agreed to release"
        [_event("CONSULT")],
        [],
    ]
    result = score("t", sentences, extracted)
    assert result.counts["AGREE"] == [1, 0, 0]
    assert "RETREAT" not in result.counts  # inside the agreement, not a second event
    assert result.counts["CONSULT"] == [0, 1, 0] and result.counts["ASSAULT"] == [0, 0, 1]
    assert (result.with_event, result.event_sentences) == (1, 2)
    assert (result.false_on_lookalikes, result.lookalikes) == (1, 1)
    assert (result.modality_right, result.modality_scored) == (1, 1)
    listed = result.format(errors=True)
    assert "[- got CONSULT None 'x'] b" in listed and "[ASSAULT got -] c" in listed
    assert "] a" not in listed  # typed right: not listed


def test_petrarch_records_are_typed_through_the_crosswalk(tmp_path):
    xml = tmp_path / "records.xml"
    xml.write_text(
        "<Validation><Sentences>"
        '<Sentence id="A"><EventCoding sourcecode="ARN" targetcode="GON" eventcode="064">'
        "</EventCoding><Text>Arnor will share intelligence with Gondor.</Text></Sentence>"
        '<Sentence id="B"><EventCoding sourcecode="ARN" targetcode="GON" eventcode="010">'
        "</EventCoding><Text>Arnor commented on Gondor.</Text></Sentence>"
        "</Sentences></Validation>"
    )
    (record,) = load_petrarch_tests(xml)  # 010 (a statement) has no PLOVER type
    assert record.types == {"COOPERATE"}
    assert (plover_of_cameo("0874"), plover_of_cameo("163"), plover_of_cameo("021")) == (
        "RETREAT", "SANCTION", "REQUEST",
    )


DATA = Path(__file__).resolve().parents[1] / "data"
TEST_HTML = DATA / "html"
MODALITIES = {"asserted", "denied", "intended", "threatened", "requested", "hypothetical"}
# each held-out set: the sets whose articles it must not use, its least event sentences,
# look-alikes and sentences per PLOVER type (the first found no MOBILIZE sentence). The first
# three are released to development; events_heldout4.json is the held-out set: never tune on it.
HELDOUT_SETS = {
    "events_heldout.json": (("events_dev.json",), 25, 10, 0),
    "events_heldout2.json": (
        ("events_dev.json", "events_heldout.json", "bbc_gold", "bbc_heldout", "bbc_heldout2",
         "bbc_heldout3"),
        60, 20, 2,
    ),
    "events_heldout3.json": (
        ("events_dev.json", "events_heldout.json", "events_heldout2.json", "bbc_gold", "bbc_heldout",
         "bbc_heldout2", "bbc_heldout3", "bbc_heldout4"),
        138, 27, 4,
    ),
    "events_heldout4.json": (
        ("events_dev.json", "events_heldout.json", "events_heldout2.json", "events_heldout3.json",
         "bbc_gold", "bbc_heldout", "bbc_heldout2", "bbc_heldout3", "bbc_heldout4", "bbc_heldout5",
         "bbc_heldout6"),
        144, 28, 4,
    ),
}


def _sources(name: str) -> set[str]:
    """The articles an annotation set quotes, as paths under ../shared."""
    if name.endswith(".json"):
        return {s["source"] for s in json.loads((DATA / name).read_text(encoding="utf-8"))["sentences"]}
    return {
        "bench/bbc/" + json.loads(gold.read_text(encoding="utf-8"))["document"]
        for gold in (DATA / name).glob("*.gold.json")
    }


@pytest.mark.parametrize("name", sorted(HELDOUT_SETS))
def test_heldout_set_is_well_formed_and_shares_no_article_with_the_other_sets(name):
    excluded, events_least, lookalikes_least, per_type_least = HELDOUT_SETS[name]
    items = json.loads((DATA / name).read_text(encoding="utf-8"))["sentences"]
    used = {s["source"] for s in items}
    for other in excluded:
        assert not used & _sources(other), other
    assert len({s["text"] for s in items}) == len(items)
    for item in items:
        assert bool(item["events"]) != ("lookalike" in item), item["text"]
        for event in item["events"]:
            assert event["type"] in PLOVER_TYPES and event["modality"] in MODALITIES, item["text"]
    sentences = load_dev_set(DATA / name)
    assert sum(1 for s in sentences if s.types) >= events_least
    assert sum(1 for s in sentences if not s.types) >= lookalikes_least
    counts = Counter(t for s in sentences for t in s.types)
    assert all(counts[t] >= per_type_least for t in PLOVER_TYPES), counts


@pytest.mark.parametrize("name", sorted(HELDOUT_SETS))
def test_heldout_sentences_are_quoted_from_their_articles(name):
    from pipeline.evaluation.bbc_gold import read_article

    shared = Path(__file__).resolve().parents[3] / "shared"
    for item in json.loads((DATA / name).read_text(encoding="utf-8"))["sentences"]:
        source = item["source"]
        path = TEST_HTML / Path(source).name if source.startswith("eval/html/") else shared / source
        if not path.is_file():  # the BBC corpus is not shipped
            continue
        assert item["text"] in read_article(path).text, item["text"]


def test_scorer_counts_actors_and_targets_by_name_words():
    def found(actors, targets):
        return ExtractedEvent(
            event_type="CONSULT", trigger=TextSpan(0, 1, "x"), plover_type="CONSULT",
            actors=tuple(TextSpan(0, len(a), a) for a in actors),
            targets=tuple(TextSpan(0, len(t), t) for t in targets),
        )

    sentences = [
        Labelled("a", frozenset({"CONSULT"}), {"CONSULT": "asserted"}, {"CONSULT": ("Mr Straw", "Spain")}),
        Labelled("b", frozenset({"CONSULT"}), {"CONSULT": "asserted"}, {"CONSULT": ("He", None)}),
        Labelled("c", frozenset({"CONSULT"}), {"CONSULT": "asserted"}, {"CONSULT": ("the US", "Iran")}),
    ]
    extracted = [
        [found(["Jack Straw"], ["Spanish counterpart"])],  # a surname; a nationality folds to its country
        [found([], [])],  # an annotated pronoun names no one in a lone sentence
        [found(["Iran"], ["the US"])],  # the sides the wrong way round
    ]
    result = score("t", sentences, extracted)
    assert (result.actor_right, result.target_right, result.modality_scored) == (2, 2, 3)
