"""Who takes part in an event, coded the event-data way, and whether its context is political.

A participant's code comes from the Phoenix dictionaries (pipeline.events.dictionary): a name
in the actor dictionaries ("Jack Straw" -> GBRGOV, "Hamas" -> PSEREBHMS), else a nationality
or country word with the agent noun's sector ("Russian forces" -> RUS + MIL, "officials" -> GOV).

The sense gate: an event word is coded only in a political or violent context, so sports,
business, technology and entertainment senses are not ("attacked the last 200m", "agreed to
buy 33% of Changyu", "malicious attacks" on software). The context is political when a
participant is a state, government, armed group, political organisation or official; for
violent types a weapon, a place or any participant the agents dictionary knows (a hospital,
civilians) also does. A participant known to be a business, media or sports actor makes a
business sense, unless a state actor takes part too.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from pipeline.events import dictionary
from pipeline.events.ontology import load_lexicon
from pipeline.events.places import country_of_demonym, resolve_place

# Phoenix sectors of political actors: government, military, rebels, opposition, police,
# judiciary, legislature, international organisations, armed groups, intelligence, parties,
# elites, civilians as a group, labour, refugees, human-rights and non-governmental groups
POLITICAL_SECTORS = frozenset({
    "GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "IGO", "UAF", "SPY", "PTY", "ELI",
    "INS", "SEP", "RAD", "MOD", "IMG", "CVL", "LAB", "REF", "HRI", "NGO", "PPL",
})
COMMERCIAL_SECTORS = frozenset({"BUS", "MNC"})
VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
_ORGANISATION_PREFIXES = ("IGO", "NGO", "MNC", "IMG", "UAF")


@dataclass(frozen=True)
class Code:
    country: str | None  # ISO-3 style CAMEO country code: RUS, USA
    sector: str | None  # Phoenix sector: GOV, MIL, REB, BUS, IGO ...
    organisation: str | None = None  # the full code of a named organisation: IGOUNO

    @property
    def text(self) -> str:
        return self.organisation or (self.country or "") + (self.sector or "")

    @property
    def political(self) -> bool:
        return self.sector in POLITICAL_SECTORS or (self.country is not None and self.sector is None)


def _split(code: str) -> Code:
    if code.startswith(_ORGANISATION_PREFIXES):
        return Code(None, code[:3], code)
    return Code(code[:3], code[3:6] or None)


def participant_code(token: Token, phrase: Span) -> Code | None:
    """The dictionary code of a participant, its head `token` within `phrase`. A city name
    modifying the event ("Sunday's Leipzig meeting") is its venue, not a participant."""
    if token.dep_ in {"compound", "amod", "nmod"} and token.ent_type_:
        return _modifier_code(token)
    named = dictionary.actor_code(_entity_or(phrase, token))
    sectors = [dictionary.sector(t) for t in phrase if t.dep_ == "compound" or t.i == token.i]
    commercial = [s for s in sectors if s in COMMERCIAL_SECTORS]  # "company boards"
    sector = commercial[0] if commercial else dictionary.sector(token)
    if sector is None and token.lower_ in load_lexicon()["collective_nouns"]:
        sector = "CVL"  # "thousands", "crowds": people in numbers, civilians
    if named is not None:
        code = _split(named)
        return Code(code.country, code.sector or sector, code.organisation)
    country = next((country_of_demonym(t.text) for t in phrase if country_of_demonym(t.text)), None)
    if country is None and token.ent_type_ in {"GPE", "NORP"}:
        place = resolve_place(_entity_or(phrase, token).text)  # a state, not a person misread
        country = place.country if place is not None and place.country == place.name else None
    if country is not None or sector is not None:
        return Code(_country_code(country), sector)
    owners = [c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    if owners:  # "backed Gordon Brown's report": the report's owner takes part
        return participant_code(owners[0], owners[0].doc[owners[0].i : owners[0].i + 1])
    return None


def _modifier_code(token: Token) -> Code | None:
    """A name modifying the event noun: a country ("Israeli airstrikes") or a whole name the
    actor dictionaries list ("Hamas attack"); a city or part of a name is its venue or label
    ("Sunday's Leipzig International meeting")."""
    entity = _entity_or(token.doc[token.i : token.i + 1], token)
    named = dictionary.name_code(entity.text.lower().removeprefix("the "))
    if named is not None:
        return _split(named)
    place = resolve_place(entity.text)
    country = country_of_demonym(token.text) or (
        place.country if place is not None and place.name == place.country else None
    )
    return Code(_country_code(country), None) if country else None


def _entity_or(phrase: Span, token: Token) -> Span:
    """The named entity around `token` (read from its IOB tags: no scan of doc.ents), else
    the phrase."""
    if not token.ent_type_ or token.ent_type_ == "DATE":
        return phrase
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _country_code(country: str | None) -> str | None:
    """A gazetteer country name -> the CAMEO country code the actor dictionary gives it."""
    if country is None:
        return None
    code = dictionary.actor_codes().get(country.casefold())
    return code[:3] if code else ""


def is_political(codes: list[Code | None], event_type: str, has_weapon: bool, has_place: bool) -> bool:
    known = [c for c in codes if c is not None]
    state = any(c.political for c in known)
    commercial = any(c.sector in COMMERCIAL_SECTORS for c in known)
    if commercial and not any(c.country and c.sector not in COMMERCIAL_SECTORS for c in known):
        return False
    if state:
        return True
    if event_type in VIOLENT_TYPES:
        return has_weapon or has_place or bool(known)
    return False


def sentence_is_political(sentence: Span, place_preps: frozenset[str]) -> bool:
    """Fallback when the participants are unknown (an unresolved pronoun): a state actor or
    official named in the sentence outside a place phrase ("in France" is only a venue)."""
    for token in sentence:
        if token.pos_ not in {"PROPN", "NOUN"}:
            continue
        if token.dep_ == "pobj" and token.head.lower_ in place_preps:
            continue
        code = participant_code(token, sentence[token.i - sentence.start : token.i - sentence.start + 1])
        if code is not None and code.political and code.sector not in COMMERCIAL_SECTORS:
            return True
    return False
