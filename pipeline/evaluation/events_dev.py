"""Scoring event typing on sentence sets: the annotated development set and PETRARCH's unit tests.

Both are scored per sentence on PLOVER types (the CAMEO code of a PETRARCH record is mapped
through the vendored CAMEO->PLOVER crosswalk). A sentence's predicted types are the PLOVER
types of every event extracted from it, whatever its modality: typing is scored here, while
modality has its own accuracy line. An event inside another event's complement ("agreed to
release", "called for talks") is part of that event here, as PETRARCH codes such sentences.

- macro-F1 over the 16 PLOVER types (per type: sentences annotated with it vs predicted);
- event recall: annotated event sentences that get at least one event;
- look-alike false rate: sentences annotated with no event that get one;
- actor and target right, on events of an annotated type found (as modality): the named sides
  share a name word with the annotation ("Mr Straw" and "Jack Straw"; "British" folds to
  "Britain"), or both name none (an annotated pronoun names no one in a lone sentence).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from pipeline.evaluation.events_misses import MissCauses
from pipeline.events.crosswalk import PLOVER_TYPES, plover_of_cameo
from pipeline.events.ontology import load_lexicon
from pipeline.events.places import name_keys
from pipeline.events.rejections import Rejection

DEV_SET = Path(__file__).resolve().parents[2] / "tests" / "data" / "events_dev.json"


@dataclass(frozen=True)
class Labelled:
    text: str
    types: frozenset[str]  # PLOVER types a careful reader codes; empty for a look-alike
    modalities: dict[str, str] = field(default_factory=dict, hash=False)  # type -> modality
    sides: dict[str, tuple[str | None, str | None]] = field(default_factory=dict, hash=False)  # type -> (actor, target)


@dataclass
class TypeScores:
    name: str
    sentences: int = 0
    event_sentences: int = 0
    with_event: int = 0
    lookalikes: int = 0
    false_on_lookalikes: int = 0
    modality_scored: int = 0
    modality_right: int = 0
    actor_right: int = 0
    target_right: int = 0
    counts: dict[str, list[int]] = field(default_factory=dict)  # type -> [tp, fp, fn]
    errors: list[str] = field(default_factory=list)
    causes: MissCauses | None = None  # where the missed event sentences lose their event

    def f1(self, plover_type: str) -> float:
        tp, fp, fn = self.counts.get(plover_type, [0, 0, 0])
        return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0

    @property
    def macro_f1(self) -> float:
        present = [t for t in PLOVER_TYPES if sum(self.counts.get(t, [0, 0, 0]))]
        return sum(map(self.f1, present)) / len(present) if present else 0.0

    @property
    def share_right(self) -> float:
        """Event sentences whose events include an annotated type."""
        return self.counts.get("_right", [0])[0] / self.event_sentences if self.event_sentences else 0.0

    def format(self, errors: bool = False) -> str:
        """The scores; with `errors`, every sentence whose predicted types differ from the
        annotation, with the events found (type, CAMEO code, trigger)."""
        lines = [
            f"{self.name}: {self.sentences} sentences, {self.event_sentences} with events",
            f"  right PLOVER type among events: {self.share_right:.3f}",
            f"  macro-F1 over PLOVER types: {self.macro_f1:.3f}",
            f"  event sentences with an event: "
            f"{self.with_event / self.event_sentences if self.event_sentences else 0:.3f}",
        ]
        if self.lookalikes:
            lines.append(
                f"  look-alikes with a false event: {self.false_on_lookalikes}/{self.lookalikes}"
            )
        if self.modality_scored:
            lines.append(f"  modality right: {self.modality_right}/{self.modality_scored}")
            lines.append(f"  actor right: {self.actor_right}/{self.modality_scored}, "
                         f"target right: {self.target_right}/{self.modality_scored}")
        per_type = ", ".join(
            f"{t} {self.f1(t):.2f}" for t in PLOVER_TYPES if sum(self.counts.get(t, [0, 0, 0]))
        )
        lines.append(f"  per type F1: {per_type}")
        if self.causes is not None:
            lines.extend(self.causes.format(self.event_sentences))
        if errors:
            lines.append(f"  sentences typed wrong ({len(self.errors)}), [annotated got found]:")
            lines.extend(f"    {error}" for error in self.errors)
        return "\n".join(lines)


def load_dev_set(path: Path = DEV_SET) -> list[Labelled]:
    items = json.loads(path.read_text(encoding="utf-8"))["sentences"]
    return [
        Labelled(
            item["text"],
            frozenset(e["type"] for e in item["events"]),
            {e["type"]: e["modality"] for e in item["events"]},
            {e["type"]: (e.get("actor"), e.get("target")) for e in item["events"]},
        )
        for item in items
    ]


def load_petrarch_tests(path: Path) -> list[Labelled]:
    """The unit-test records with at least one expected event that PLOVER types."""
    root = ElementTree.parse(path).getroot()
    found = []
    for record in root.iter("Sentence"):
        codes = [c.get("eventcode", "") for c in record.iter("EventCoding")]
        types = frozenset(filter(None, map(plover_of_cameo, codes)))
        text = re.sub(r"\s+", " ", record.findtext("Text") or "").strip()
        if types and text:
            found.append(Labelled(text, types))
    return found


def score(name: str, sentences: Iterable[Labelled], extracted: Iterable[list]) -> TypeScores:
    """`extracted`: for each sentence, its ExtractedEvent list."""
    result = TypeScores(name)
    for labelled, events in zip(sentences, extracted):
        events = _free_standing(events)
        result.sentences += 1
        predicted = {e.plover_type for e in events if e.plover_type}
        if labelled.types:
            result.event_sentences += 1
            result.with_event += bool(events)
            if predicted & labelled.types:
                result.counts.setdefault("_right", [0])[0] += 1
        else:
            result.lookalikes += 1
            result.false_on_lookalikes += bool(events)
        for plover_type in labelled.types | predicted:
            counts = result.counts.setdefault(plover_type, [0, 0, 0])
            if plover_type in labelled.types and plover_type in predicted:
                counts[0] += 1
            elif plover_type in predicted:
                counts[1] += 1
            else:
                counts[2] += 1
        for plover_type, modality in labelled.modalities.items():
            event = next((e for e in events if e.plover_type == plover_type), None)
            if event is not None:
                result.modality_scored += 1
                result.modality_right += event.modality == modality
                actor, target = labelled.sides.get(plover_type, (None, None))
                result.actor_right += _same_side(actor, event.actors)
                result.target_right += _same_side(target, event.targets)
        if labelled.types != predicted:
            shown = ", ".join(
                f"{e.plover_type or e.event_type} {e.cameo_code} '{e.trigger.text}'" for e in events
            ) or "-"
            result.errors.append(f"[{','.join(sorted(labelled.types)) or '-'} got {shown}] "
                                 f"{labelled.text}")
    return result


def _same_side(annotated: str | None, found: tuple) -> bool:
    """Whether the named sides found (TextSpans) match the annotated one by a name word;
    an annotation that names no one (none, or a pronoun) matches none found."""
    lexicon = load_lexicon()
    wanted = name_keys(annotated or "") - lexicon["person_pronouns"] - lexicon["group_pronouns"]
    got = set().union(*(name_keys(f.text) for f in found)) if found else set()
    return bool(wanted & got) if wanted else not got


def _free_standing(events: list) -> list:
    """Events not inside another event's complement: "agreed to release the four" is one
    AGREE event, as PETRARCH codes it; the release stays in the table as an intended event."""
    triggers = {e.trigger.start for e in events}
    return [e for e in events if e.governed_by not in triggers]


def evaluate_sentences(name: str, sentences: list[Labelled]) -> TypeScores:
    """The scores, with the missed event sentences counted by cause (pipeline.evaluation.
    events_misses): the extractor records why it dropped each candidate."""
    from pipeline.events import extract_events
    from pipeline.nlp import load_nlp

    docs = list(load_nlp().pipe(s.text for s in sentences))
    recorders: list[list[Rejection]] = [[] for _ in docs]
    extracted = [extract_events(doc, None, recorder=recorder) for doc, recorder in zip(docs, recorders)]
    result = score(name, sentences, extracted)
    result.causes = MissCauses()
    for labelled, doc, events, recorder in zip(sentences, docs, extracted, recorders):
        free = _free_standing(events)
        if labelled.types and not labelled.types & {e.plover_type for e in free}:
            result.causes.add(labelled.types, doc, events, free, recorder)
    return result
