"""Grouping event rows from different documents that report the same real-world event.

Two events are linked when they have the same type, their dates (when both known) lie within
`window_days`, their actors share a name word (when both have actors), and either both name
the same place (with shared actors or both dates known) or, when a place is missing, they
share actors, both have dates, and the place of one is among the targets of the other
(or their targets overlap). Frequent actors ("Russian drones") alone never
link two events. Clusters are the connected
components of these links; a cluster id is derived from its smallest event_id, so it is the
same on every run.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations

from pipeline.events.places import name_keys
from pipeline.models import EventRow


def cluster_events(events: Sequence[EventRow], *, window_days: int = 3) -> list[str]:
    """A cluster id for each event, in input order."""
    parent = list(range(len(events)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_type: dict[str, list[int]] = {}
    for index, event in enumerate(events):
        by_type.setdefault(event.event_type, []).append(index)
    keys = [_EventKeys.of(event) for event in events]  # once per event, not once per pair
    for indices in by_type.values():
        for a, b in combinations(indices, 2):
            if _same_event(keys[a], keys[b], window_days):
                parent[root(a)] = root(b)
    members: dict[int, list[str]] = {}
    for index, event in enumerate(events):
        members.setdefault(root(index), []).append(event.event_id)
    return [_cluster_id(min(members[root(i)])) for i in range(len(events))]


def _cluster_id(event_id: str) -> str:
    return "c_" + hashlib.sha256(event_id.encode("utf-8")).hexdigest()[:20]


def _place(event: EventRow) -> str | None:
    return event.location_name or event.location


def _keys(names: list[str]) -> set[str]:
    return set().union(*map(name_keys, names)) if names else set()


def _where(event: EventRow) -> set[str]:
    """Name keys of where it happened: its place, or its targets (an attack "on Kyiv")."""
    place = _place(event)
    return _keys([place, *event.targets]) if place else _keys(event.targets)


@dataclass(frozen=True)
class _EventKeys:
    """What _same_event compares of an event: its date, place and name keys."""

    event_date: date | None
    place: str | None
    actors: set[str]
    where: set[str]

    @classmethod
    def of(cls, event: EventRow) -> _EventKeys:
        return cls(event.event_date, _place(event), _keys(event.actors), _where(event))


def _same_event(a: _EventKeys, b: _EventKeys, window_days: int) -> bool:
    shared_actors = bool(a.actors & b.actors)
    if a.actors and b.actors and not shared_actors:
        return False
    if a.event_date and b.event_date and abs((a.event_date - b.event_date).days) > window_days:
        return False
    if a.place and b.place:
        return a.place == b.place and (shared_actors or bool(a.event_date and b.event_date))
    # one place is unknown: the same actors and dates, and where it happened must agree
    shared_where = bool(a.where & b.where)
    return shared_actors and shared_where and bool(a.event_date and b.event_date)
