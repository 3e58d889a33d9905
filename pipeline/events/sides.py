"""The sides of an event: PETRARCH codes dyads, a political side acting on another.

A verb coded only by its block's default needs both sides (`block_default_dyad`); people in
numbers acting together are one side of a protest (`people_acting_together`); when the
participants are unknown, the sentence's own officials and institutions decide
(`sentence_is_political`). Participants' codes come from pipeline.events.context.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.events.context import POLITICAL_SECTORS, VIOLENT_TYPES, Code, participant_code
from pipeline.events.ontology import EventType, load_lexicon

# a gathering's other side may be its place: "Officials met in Geneva", "protested in Paris"
_GATHERING_TYPES = frozenset({"CONSULT", "PROTEST"})
# agent nouns, people by what they do: supporters, demonstrators, activists, civilians
_AGENT_NOUN_ENDINGS = ("ers", "ors", "ists", "ians")


def people_acting_together(actor: Token, event_type: str) -> Code | None:
    """A protest is collective action: its plural agent noun the dictionaries lack
    ("supporters", "pensioners") is people in numbers, as "crowds" are, when the sentence names
    a political side ("opposition supporters"; not "the players protested to the referee")."""
    lexicon = load_lexicon()
    if event_type not in lexicon["collective_action_types"] or actor.tag_ != "NNS" or actor.ent_type_:
        return None
    if not actor.lower_.endswith(_AGENT_NOUN_ENDINGS):  # "gas prices continue their upward march"
        return None
    return Code(None, "CVL") if sentence_is_political(actor.sent, lexicon["location_preps"]) else None


def sentence_is_political(sentence: Span, place_preps: frozenset[str]) -> bool:
    """Fallback when the participants are unknown (an unresolved pronoun, a person's name the
    dictionaries lack): an official, institution or armed group named in the sentence outside a
    place phrase ("in France" is only a venue). A country's name alone is not enough: sports
    and business sentences name the countries of players, teams and firms."""
    for token in sentence:
        if token.pos_ not in {"PROPN", "NOUN"}:
            continue
        if token.dep_ == "pobj" and token.head.lower_ in place_preps:
            continue
        code = participant_code(token, sentence[token.i - sentence.start : token.i - sentence.start + 1])
        if code is not None and code.sector in POLITICAL_SECTORS:
            return True
    return False


def block_default_dyad(
    event_type: EventType, actors: list[tuple[Token, Code | None]], targets: list, weapon: bool, place: bool,
    gathering: bool = True,
) -> bool:
    """A verb coded only by a block default (a synonym or generic verb) needs a political side
    acting on another, as PETRARCH codes dyads: "met Blair", "American and Ukrainian officials
    met", "Officials met in Geneva" (a gathering's other side may be its place); not "Roddick
    ... force Nadal to serve", "the girl was removed". Force: a weapon or place is evidence."""
    known = [(t, c) for t, c in actors if c is not None]
    # "American and Ukrainian officials": one phrase naming both sides of a meeting
    modifiers = [c for t, _ in known for c in t.children if c.dep_ in {"amod", "compound"}]
    both = any(g.dep_ == "conj" for c in modifiers for g in c.children)
    partners = gathering and event_type.object_role == "actor" and (both or len([c for _, c in known if c.political]) >= 2)
    other_side = bool(targets) or partners or (event_type.name in _GATHERING_TYPES and place)
    acting = any(c.political for _, c in known)
    return (acting and other_side) or _collective_action(event_type, known) or (
        event_type.name in VIOLENT_TYPES and (weapon or place)
    )


def _collective_action(event_type: EventType, known: list[tuple[Token, Code]]) -> bool:
    """"Opposition supporters protested outside the ministry": people in numbers acting
    together are one side of a protest, the authority the sentence names the other."""
    lexicon = load_lexicon()
    return event_type.name in lexicon["collective_action_types"] and any(
        c.sector == "CVL" and sentence_is_political(t.sent, lexicon["location_preps"]) for t, c in known
    )
