"""The event ontology (pipeline/events/ontology.json) as typed, indexed data."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ONTOLOGY_PATH = Path(__file__).parent / "ontology.json"
LEXICON_PATH = Path(__file__).parent / "lexicon.json"


@dataclass(frozen=True)
class EventType:
    name: str
    description: str
    plover: str | None
    cameo: str  # the CAMEO code stored for this file's own triggers
    verbs: tuple[str, ...]
    nouns: tuple[str, ...]
    object_cued_verbs: tuple[str, ...]
    object_role: str  # "target" | "actor" | "none": what a verb trigger's object is
    target_preps: frozenset[str]  # prepositions whose object is a target: "strikes on Kyiv"
    modes: tuple[tuple[str, tuple[str, ...]], ...]  # (mode, cue words), in priority order

    @property
    def mode_cues(self) -> frozenset[str]:
        """Every mode cue word: weapons for ASSAULT ("missile", "drone")."""
        return frozenset(cue for _, cues in self.modes for cue in cues)


@dataclass(frozen=True)
class TriggerEntry:
    """One trigger word: its head (lemma or lower-case form) and the modifier it needs."""

    head: str
    modifier: str | None  # particle ("shoot down") or compound/amod word ("press conference")
    event_type: EventType
    needs_cued_object: bool = False  # "fired a missile": the object must be a mode cue


@dataclass(frozen=True)
class Ontology:
    types: dict[str, EventType]
    verbs: dict[str, tuple[TriggerEntry, ...]]
    nouns: dict[str, tuple[TriggerEntry, ...]]


def _index(types: dict[str, EventType], kind: str) -> dict[str, tuple[TriggerEntry, ...]]:
    index: dict[str, list[TriggerEntry]] = {}
    for event_type in types.values():
        phrases = [(p, False) for p in getattr(event_type, kind)]
        if kind == "verbs":
            phrases += [(p, True) for p in event_type.object_cued_verbs]
        for phrase, cued in phrases:
            words = phrase.lower().split()
            if kind == "verbs":  # verb first, particle after: "shoot down"
                head, modifier = words[0], " ".join(words[1:]) or None
            else:  # head noun last, modifier before: "press conference"
                head, modifier = words[-1], " ".join(words[:-1]) or None
            index.setdefault(head, []).append(TriggerEntry(head, modifier, event_type, cued))
    # entries needing a modifier are tried first, so "press conference" beats a bare match
    return {h: tuple(sorted(e, key=lambda x: x.modifier is None)) for h, e in index.items()}


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    with ONTOLOGY_PATH.open(encoding="utf-8") as handle:
        raw = json.load(handle)["types"]
    types = {
        name: EventType(
            name=name,
            description=spec["description"],
            plover=spec["plover"],
            cameo=spec["cameo"],
            verbs=tuple(spec["verbs"]),
            object_cued_verbs=tuple(spec["object_cued_verbs"]),
            nouns=tuple(spec["nouns"]),
            object_role=spec["object_role"],
            target_preps=frozenset(spec["target_preps"]),
            modes=tuple((mode, tuple(cues)) for mode, cues in spec["modes"].items()),
        )
        for name, spec in raw.items()
    }
    return Ontology(types, _index(types, "verbs"), _index(types, "nouns"))


@lru_cache(maxsize=1)
def load_lexicon() -> dict[str, frozenset[str]]:
    """The syntactic word lists of lexicon.json, as sets."""
    with LEXICON_PATH.open(encoding="utf-8") as handle:
        raw = json.load(handle)
    return {key: frozenset(words) for key, words in raw.items() if not key.startswith("_")}
