"""Sides named by proper names the actor dictionaries lack.

PETRARCH codes a sentence when its dictionaries know both sides; news names many actors no
dictionary lists (and PETRARCH's unit tests use invented states: "Calenardhon urged Bree").
A dyad of such names is coded when the verb itself is an event (not a bare default code) and
names stand on both sides: a named subject, and a named object or partner, also the first
name inside the object phrase, as PETRARCH takes the first actor of the phrase ("restore full
diplomatic ties with Gondor"). A name alone ("Jones insisted"), an organisation as the other
side ("won the Whitbread Prize"), names joined as one subject ("Payne and Jones come into the
centres"), a person named as of a country ("Ceplak urged Britain's Kelly Holmes": how sport
and entertainment label players) or a side the dictionaries know as a business make no dyad.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.deps import NOMINAL_SUBJECTS
from pipeline.events import arguments as args
from pipeline.events.context import COMMERCIAL_SECTORS, VIOLENT_TYPES
from pipeline.events.ontology import load_lexicon
from pipeline.events.places import resolve_place

# prepositions of a partner or target ("ties with Gondor", "contribute ... to Gondor")
_PARTNER_PREPS = frozenset({"to", "with", "against", "on", "from", "between"})


def a_name(token: Token) -> bool:
    """A person's name or a people the dictionaries lack ("Tutsis"). The small model also
    labels some people GPE ("Blinken", "Machado"): a GPE the gazetteer does not know is
    taken for a name; and some ORG ("Lord Butler", "Mr Clarke"): a title makes a person."""
    if token.ent_type_ in {"PERSON", "NORP"}:
        return True
    if token.ent_type_ == "ORG":
        honorifics = load_lexicon()["honorifics"]
        return any(c.dep_ == "compound" and c.lower_.rstrip(".") in honorifics for c in token.lefts)
    return token.ent_type_ == "GPE" and resolve_place(token.text) is None


def proper_name(token: Token) -> bool:
    """Any proper name the dictionaries lack: a person, organisation, people or state
    ("Lord Butler", "Calenardhon"); a GPE the gazetteer knows is a place."""
    if token.ent_type_ in {"ORG", "NORP"} or (token.pos_ == "PROPN" and not token.ent_type_):
        return True
    return a_name(token)


def named_dyad(found, actors: list[tuple], others: list[tuple]) -> bool:
    """Whether a verb trigger (`found`, a triggers.Trigger) joins two named sides the
    dictionaries lack; `actors` and `others` are (token, code or None) pairs."""
    if found.token.pos_ != "VERB" or found.needs_target or found.event_type.name in VIOLENT_TYPES:
        return False
    if any(c is not None and (c.sector in COMMERCIAL_SECTORS or c.affiliated) for _, c in actors + others):
        return False
    if not any(c is None and proper_name(t) and t.dep_ in NOMINAL_SUBJECTS for t, c in actors):
        return False
    inner = [n for o in args.objects(found.token) if o.pos_ == "NOUN" for n in _named_inside(o)]
    return any(_other_side(t) for t in [*(t for t, _ in others), *inner])


def _other_side(token: Token) -> bool:
    """A named object or partner: a person, state or people, or a bare proper noun ("urged
    Bree", "to Gondor"); not an organisation ("won the Whitbread Prize")."""
    if token.dep_ == "pobj" and token.head.lower_ not in _PARTNER_PREPS:
        return False
    if token.dep_ not in {"dobj", "pobj", "dative"}:
        return False
    if token.ent_type_:
        return a_name(token)
    return token.pos_ == "PROPN" and not any(c.dep_ == "det" for c in token.children)


def _named_inside(noun: Token, depth: int = 2) -> list[Token]:
    """Proper nouns in an object's partner phrase: "ties with Gondor", "resumption of ties
    with Osgiliath" (through "of")."""
    found = [t for t in args.prep_objects(noun, _PARTNER_PREPS) if t.pos_ == "PROPN"]
    if found or depth <= 1:
        return found
    return [n for t in args.prep_objects(noun, frozenset({"of"})) for n in _named_inside(t, depth - 1)]
