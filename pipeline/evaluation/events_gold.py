"""Scoring extracted events against the `events` list of a gold annotation file.

A gold event is found when an extracted event (1) has its trigger inside the sentence that
contains the gold `sentence_contains`, (2) has a type of the gold `event_class`, (3) shares a
name word with the gold actors when gold lists any, and (4) names the gold location when
gold gives one. Precision counts extracted events matching any gold event, required or not.
"""

from __future__ import annotations

import re

from pipeline.evaluation import Score
from pipeline.events.places import name_keys
from pipeline.models import ExtractedEvent

_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z“\"])|\n")
CLASS_TYPES: dict[str, frozenset[str]] = {
    "attack": frozenset({"ASSAULT"}),
    "talks": frozenset({"CONSULT"}),
    "statement": frozenset({"STATEMENT"}),
    "other": frozenset(
        {"COERCE", "PROTEST", "AGREE", "REJECT", "AID", "SANCTION", "ACCUSE", "THREATEN",
         "MOBILIZE", "RETREAT", "SUPPORT", "CONCEDE", "COOPERATE", "REQUEST"}
    ),
}


def _sentence_bounds(text: str, needle: str) -> tuple[int, int] | None:
    """The sentence around the first occurrence of `needle`: bounded by a sentence-final mark
    before a capital or quote ("U.S. and" does not end a sentence), or by a line break."""
    at = text.replace("’", "'").find(needle.replace("’", "'"))
    if at < 0:
        return None
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    end = _SENTENCE_END.search(text, at + len(needle))
    return (starts[-1] if starts else 0), (end.start() + 1 if end else len(text))


def _names(texts: list[str]) -> set[str]:
    return set().union(*(name_keys(t) for t in texts)) if texts else set()


def matches(gold_event: dict, text: str, event: ExtractedEvent) -> bool:
    bounds = _sentence_bounds(text, gold_event["sentence_contains"])
    if bounds is None or not bounds[0] <= event.trigger.start < bounds[1]:
        return False
    if event.event_type not in CLASS_TYPES.get(gold_event["event_class"], frozenset()):
        return False
    if gold_event["actors"] and not _names(gold_event["actors"]) & _names(
        [a.text for a in event.actors]
    ):
        return False
    if gold_event.get("location"):
        found = [t for t in (event.location and event.location.text, event.location_name) if t]
        if not _names([gold_event["location"]]) & _names(found):
            return False
    return True


def score_events(gold: dict, text: str, events: list[ExtractedEvent]) -> Score:
    score = Score(name="events")
    gold_events = gold.get("events", [])
    for gold_event in gold_events:
        if not gold_event.get("required", True):
            continue
        score.required += 1
        if any(matches(gold_event, text, event) for event in events):
            score.found += 1
        else:
            score.misses.append(gold_event["id"])
    for event in events:
        score.extracted += 1
        if any(matches(g, text, event) for g in gold_events):
            score.correct += 1
        else:
            score.spurious.append(event.trigger.text)
    return score
