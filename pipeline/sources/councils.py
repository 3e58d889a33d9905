"""Whose a named council is: a state's or its members'.

"Council" heads a government's name ("Brent Council", "Kent County Council", "the National
Security Council", "the Sentencing Guidelines Council") and a non-state body's ("The Parents
Television Council", "the Bar Council", "the World Gold Council", "the Muslim Council of Britain").
The words before "council" decide: a council they name with no place, nationality or state
function is a body of its members, an organisation; a place after it ("of Britain") says where the
members are, not whose the council is. A faith ("Muslim", "Jewish": the agents dictionary's
religious sectors) is a community, not a state. Places come from the entity labels the document
gives the name's words anywhere and from the gazetteer (`pipeline.events.places`); state words from
the kind lexicon and the agents dictionary's government sector.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.lexicons import load
from pipeline.sources.sectors import agent_sector

_PLACE_LABELS = {"GPE", "NORP", "LOC"}
# Words naming a state's tiers and functions, which no member body's name uses ("National Security
# Council", "Kent County Council", "Westminster City Council").
_STATE_WORDS = {"national", "federal", "state", "city", "county", "district", "borough", "town", "parish",
                "municipal", "regional", "local", "security", "privy", "legislative", "executive",
                "sentencing", "judicial", "justice", "probation", "parole"}
# The agents dictionary's codes of faiths: a council of one is its community's ("Muslim Council of Britain").
_FAITH_CODES = {"REL", "MUS", "CHR", "JEW", "HIN", "BUD"}

_PLACE_PREPOSITIONS = {"in", "to", "from", "through", "across", "throughout", "around", "near"}
# "Ugandan" -> Uganda, "Kenyan" -> Kenya, "Brazilian" -> Brazil
_DEMONYM_ENDINGS = ("n", "an", "ian", "ese", "i")


def is_civil_council(mention: Span, head: Token) -> bool:
    """Whether a mention names a council of no place or state: "Parents Television Council"."""
    if head.lemma_.lower() != "council" or head.pos_ != "PROPN":
        return False
    name = [t for t in mention if t.i < head.i and t.pos_ in {"PROPN", "ADJ", "NOUN"}]
    return bool(name) and not any(_names_a_state(t) for t in name)


def _names_a_state(token: Token) -> bool:
    lexicon = load("source_kinds")
    word = token.lower_
    # imported here: the events package imports the sources package
    from pipeline.events.actors import agent_sectors
    from pipeline.events.places import country_of_demonym, resolve_place

    if agent_sectors().get(word) in _FAITH_CODES:
        return False  # "Muslim" is tagged a nationality, but names a faith's community
    state_words = _STATE_WORDS | set(lexicon["government_words"]) | set(lexicon["legislature_words"])
    if token.ent_type_ in _PLACE_LABELS or word in state_words or agent_sector(token.lemma_) == "government":
        return True
    if any(t.lower_ == word and t.i != token.i and (t.ent_type_ in _PLACE_LABELS or _is_place_object(t)) for t in token.doc):
        return True  # "Borders Council" where the article writes "through the Borders" elsewhere
    # the gazetteer's own name, a country or a nationality ("Ugandan": Uganda), not an alternate
    # name ("Gold" -> Gold Coast)
    for name in (token.text, *(token.text[: -len(end)] for end in _DEMONYM_ENDINGS if word.endswith(end))):
        place = resolve_place(name)
        if place is not None and (place.name.casefold() == name.casefold() or place.name == place.country):
            return True
    return country_of_demonym(word) is not None


def _is_place_object(token: Token) -> bool:
    """'Borders' in "to the Borders", "in Brent": the object of a preposition of place."""
    return token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPOSITIONS
