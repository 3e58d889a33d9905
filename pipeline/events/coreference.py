"""In-document event coreference: is a later event mention the same event as an earlier one?

Used for noun mentions only ("The strikes came as ...", "the talks"): news text names an event
once with its details and then refers back to it with a bare noun. Verb mentions state new
facts and are always kept.
"""

from __future__ import annotations

from pipeline.events.ontology import load_lexicon, load_ontology
from pipeline.events.places import name_keys
from pipeline.models import ExtractedEvent


def _actor_keys(event: ExtractedEvent) -> set[str]:
    """Name words of the actors, and of a meeting's partners (its targets: both take part);
    an unresolved pronoun says nothing about who acted."""
    pronouns = load_lexicon()["person_pronouns"] | load_lexicon()["group_pronouns"]
    partners = event.targets if load_ontology().types[event.event_type].object_role == "actor" else ()
    names = [a.text for a in (*event.actors, *partners) if a.text.lower() not in pronouns]
    return set().union(*map(name_keys, names)) if names else set()


def refers_back(later: ExtractedEvent, earlier: ExtractedEvent) -> bool:
    """Whether `later` can be a second mention of `earlier`: the same type, and actors,
    place and date that do not conflict (missing values conflict with nothing)."""
    if later.event_type != earlier.event_type:
        return False
    later_keys, earlier_keys = _actor_keys(later), _actor_keys(earlier)
    if later_keys and earlier_keys and not later_keys & earlier_keys:
        return False
    if later.location and earlier.location:
        if (later.location_name or later.location.text) != (
            earlier.location_name or earlier.location.text
        ):
            return False
    if later.event_date and earlier.event_date and later.event_date != earlier.event_date:
        return False
    return True
