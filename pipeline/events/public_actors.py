"""Political participants the 2015 Phoenix dictionaries lack, read from what the project knows
about sources (pipeline/lexicons/source_kinds.json) combined with the parse.

The sense gate (pipeline.events.context) needs a political participant; the dictionaries list
states, institutions and office holders of 2015, so later parties and a person named with his
office drop right events ("A spokesman for UKIP called on ...", "Former civil service chief
Lord Butler has criticised ...", "critics have called for ..."). The evidence here:
- a spokesperson speaks for a body: his code is the body's ("a spokesman for UKIP", "a
  Kremlin spokesman"), not the media sector the agents dictionary gives "spokesman";
- a named person, leader or spokesperson by his party's word ("Liberal Democrat leader Charles
  Kennedy", "the Tory leader"); a party named alone is not enough: political articles name parties beside every sense of a
  verb ("Mr Hockney also left UKIP", "those who lead UKIP"), read on BBC politics articles;
- a person whose phrase holds a public office ("minister", "commissioner", "ambassador": the
  sources' government heads that are people's titles) or a peerage ("Lord Dubs"), unless an
  organisation's name owns the office ("Fifa commissioner": a body's office, no state's);
- people by their opposition to a policy ("critics", "opponents"), not a trade's critics
  ("film critics").
A participant the dictionaries code as a business keeps that code: a company is no political
side here, so business senses stay out.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from pipeline.events.context import COMMERCIAL_SECTORS, Code, entity_or, participant_code
from pipeline.events.ontology import load_lexicon
from pipeline.sources.descriptions import POSTS, is_role_noun
from pipeline.sources.kinds import source_kinds
from pipeline.sources.phrases import party_of
from pipeline.sources.sectors import spoken_for

_MODIFIERS = frozenset({"compound", "amod", "nmod", "appos", "poss"})


@lru_cache(maxsize=1)
def _offices() -> frozenset[str]:
    """Public offices: the sources' government heads that are also people's titles or heads
    ("minister", "ambassador", "commissioner"), not a spokesperson's or a leader's word, which
    any body has."""
    kinds = source_kinds()
    people = {*kinds["person_titles"], *kinds["person_heads"], "chancellor", "commissioner", "premier"}
    # "state" titles only a "Secretary of State": before a noun it makes a firm state-owned
    generic = set(kinds["speaking_for_heads"]) | {"leader", "chief", "head", "state"}
    return frozenset(w for w in kinds["government_heads"] if w in people and w not in generic)


def public_code(token: Token, phrase: Span, code: Code | None) -> Code | None:
    """The participant's code, political when the evidence above shows it; else `code`."""
    if code is not None and (code.political or code.sector in COMMERCIAL_SECTORS):
        return code
    return _spoken_for(token) or _party_member(token, phrase) or _office(token, phrase) or _opposition(token) or code


def _spoken_for(token: Token) -> Code | None:
    """The political code of the body a spokesperson speaks for, or a post's holder heads
    (`sectors.spoken_for`, the sources' reading of "a spokesman for UKIP", "a Kremlin
    spokesman", "the chairman of the Commission for Racial Equality"); a club's or firm's post
    has none ("the Liverpool manager")."""
    lemma = token.lemma_.lower()
    body = spoken_for(token) if lemma in source_kinds()["speaking_for_heads"] or lemma in POSTS else None
    if body is None:
        return None
    phrase = body.doc[body.left_edge.i : body.i + 1]
    found = public_code(body, phrase, participant_code(body, phrase))
    return found if found is not None and found.political else _party(body)


def _party_member(token: Token, phrase: Span) -> Code | None:
    """"Liberal Democrat leader Charles Kennedy", "the Tory leader", "a Labour spokesman": a
    named person or the party's leader or spokesperson, by his party's word (an entity or the
    sources' party names); not a thing of the party, nor its candidate greeted by his wife."""
    heads = {"leader", *source_kinds()["speaking_for_heads"]}  # "the Tory leader", not "the Republican nominee"
    # the NER may take the party's word into the name and leave its head out ("[Tory Dominic] Grieve")
    named = token.ent_type_ == "PERSON" or any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in token.lefts)
    if not named and token.lemma_.lower() not in heads:
        return None
    words = [t for t in phrase if t.i != token.i and t.dep_ in _MODIFIERS]
    member = any(party_of(_entity_text(t) if t.ent_type_ else t.text) or party_of(t.text) for t in words)
    return Code(None, "PTY") if member else None


def party_side(token: Token) -> Code | None:
    """A party as what an event acts on: named whole ("rejected the Tories' call": through its
    possessor) or by its word before a thing of its ("ridiculed the Tory plans", "hailed
    Labour's achievement"). Only a target: a party named as an actor is no evidence by itself
    (see `_party_member`), nor is a person by his party's word ("greeted the Republican nominee")."""
    person = token.ent_type_ == "PERSON" or is_role_noun(token.lemma_.lower())
    owners = [] if person else [c for c in token.children if c.dep_ in {"poss", "compound", "amod", "nmod"}]
    words = [token, *owners]
    # a name the NER reads as a group, not a colour or a person ("the final green light", "Eve Green")
    named = [w for w in words if _named_group(w)]
    return next(filter(None, map(_party, named)), None)


def party_acting(token: Token) -> Code | None:
    """A party named whole as the one who acts ("Labour has branded the proposal unworkable",
    "Democrats claim ..."): a political side, as a party acted on is not ("left UKIP")."""
    return _party(token) if _named_group(token) else None


def _named_group(token: Token) -> bool:
    """A name the NER reads as a group, or a capitalised word it left unlabelled or took for a
    place: the small model labels "Labour" ORG in one sentence and nothing in the next
    ("Labour ridiculed the plan"), "Ukip" GPE. The party names then decide, for a word standing
    alone: "Eve Green" is a name of its own."""
    if token.ent_type_ in {"ORG", "NORP"}:
        return True
    alone = not any(c.dep_ == "compound" for c in token.children)
    return token.ent_type_ in {"", "GPE"} and token.text[:1].isupper() and alone


def _party(body: Token) -> Code | None:
    """A party a spokesperson speaks for: named whole ("UKIP", "the Tories") or an ORG entity
    whose head is "party"."""
    whole = _entity_text(body).casefold().removeprefix("the ")
    a_party = body.lower_ == "party" and body.ent_type_ == "ORG"
    return Code(None, "PTY") if party_of(whole) or a_party else None


def _office(token: Token, phrase: Span) -> Code | None:
    lexicon = load_lexicon()
    titles = [t for t in phrase if t.i == token.i or t.dep_ in _MODIFIERS or t.head.dep_ in _MODIFIERS]
    for title in titles:
        lemma = title.lemma_.lower()
        if lemma in lexicon["peerage_titles"] and title.i < token.i and token.pos_ == "PROPN":
            return Code(None, "LEG")
        if lemma in _offices() and not _owned_by_organisation(title):
            return Code(None, "GOV")
    return None


def _owned_by_organisation(title: Token) -> bool:
    """"Fifa president Sepp Blatter", "the club's chairman": an office of a body the
    dictionaries do not know as a state or institution, nor a party ("Tory minister")."""
    owners = [
        t for t in title.doc[title.head.left_edge.i : title.i]
        if t.dep_ in {"compound", "poss"} and t.pos_ == "PROPN" and t.ent_type_ != "PERSON"
    ]
    return any(not _political_name(o) for o in owners)


def _political_name(token: Token) -> bool:
    code = participant_code(token, token.doc[token.i : token.i + 1])
    return (code is not None and code.political) or party_of(_entity_text(token)) is not None


def _opposition(token: Token) -> Code | None:
    """"critics have called for", not "film critics praised": a noun of opposition with no
    trade before it."""
    if token.lemma_.lower() not in load_lexicon()["opposition_nouns"]:
        return None
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in token.children):
        return None
    return Code(None, "OPP")


def _entity_text(token: Token) -> str:
    """The named entity around `token` ("Liberal Democrat"), else the word."""
    return entity_or(token.doc[token.i : token.i + 1], token).text
