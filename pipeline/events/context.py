"""Who takes part in an event, coded the event-data way.

A participant's code comes from the Phoenix dictionaries (pipeline.events.actors): a name
in the actor dictionaries ("Jack Straw" -> GBRGOV, "Hamas" -> PSEREBHMS), else a nationality
or country word with the agent noun's sector ("Russian forces" -> RUS + MIL, "officials" -> GOV).
Whether the codes make a political or violent context, and who can act, is read in
pipeline.events.agency; the sense gate itself is pipeline.events.sides.

A country code alone makes a state actor only when the participant names the state itself
("Russia", "Moscow", "the Israelis"). A person, organisation or thing of that country the
dictionaries do not list ("France's Cyril Saulnier", "Italy's Illva Saronno"), a city that is
no capital ("Liverpool": a club, a venue) or a state's name with plural agreement (a team)
keeps the country code but is no state actor.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pipeline.doc_index import doc_slice
from pipeline.events import actors
from pipeline.events.ontology import load_lexicon
from pipeline.events.triggers import event_noun_type
from pipeline.events.places import country_of_demonym, is_city_not_capital, resolve_place
from pipeline.events.teams import plays_as_a_side, sentences_with_a_score
from pipeline.sources.kinds import word_set

# Phoenix sectors of political actors: government, military, rebels, opposition, police,
# judiciary, legislature, international organisations, armed groups, intelligence, parties,
# elites, civilians as a group, labour, refugees, human-rights and non-governmental groups
POLITICAL_SECTORS = frozenset({
    "GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "IGO", "UAF", "SPY", "PTY", "ELI",
    "INS", "SEP", "RAD", "MOD", "IMG", "CVL", "LAB", "REF", "HRI", "NGO", "PPL",
})
COMMERCIAL_SECTORS = frozenset({"BUS", "MNC"})
# people at large: a side of force (its victims) and of protest, but no political context by
# themselves ("people go online", "urged people to donate") unless in numbers ("Thousands
# marched ... to demand a ceasefire")
POPULACE_SECTORS = frozenset({"PPL", "CVL"})
# offices a title names (not "captain", "wing": military words that are also sports roles)
OFFICE_SECTORS = frozenset({"GOV", "LEG", "JUD"})
VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
# institutions force strikes, and whose premises a noun names ("the hospital's vicinity")
_PREMISES_SECTORS = frozenset({"HLH", "EDU"})
_ORGANISATION_PREFIXES = ("IGO", "NGO", "MNC", "IMG", "UAF")
# agent nouns, people by what they do: supporters, directors, activists, civilians
AGENT_NOUN_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians")


@dataclass(frozen=True)
class Code:
    country: str | None  # ISO-3 style CAMEO country code: RUS, USA
    sector: str | None  # Phoenix sector: GOV, MIL, REB, BUS, IGO ...
    organisation: str | None = None  # the full code of a named organisation: IGOUNO
    affiliated: bool = False  # of that country, not the state: "France's Cyril Saulnier"
    in_numbers: bool = False  # people in numbers ("thousands", "crowds"): collective action

    @property
    def text(self) -> str:
        return self.organisation or (self.country or "") + (self.sector or "")

    @property
    def political(self) -> bool:
        if self.sector in POLITICAL_SECTORS:
            return True
        return self.country is not None and self.sector is None and not self.affiliated


def struck_agent(code: Code) -> bool:
    """An institution force strikes though it is no political side: a hospital, a school."""
    return code.sector in _PREMISES_SECTORS


def _split(code: str) -> Code:
    if code.startswith(_ORGANISATION_PREFIXES):
        return Code(None, code[:3], code)
    return Code(code[:3], code[3:6] or None)


def participant_code(token: Token, phrase: Span, apposition: bool = True) -> Code | None:
    """The dictionary code of a participant, its head `token` within `phrase`. A city name
    modifying the event ("Sunday's Leipzig meeting") is its venue, not a participant. A name
    the dictionaries lack takes the code of its apposition ("the European Union's foreign
    policy chief, Kaja Kallas"). A state's name with plural agreement is a team of that
    country, not the state ("England were beaten by Wales")."""
    code = _participant_code(token, phrase, apposition)
    if code is None or not code.country or code.sector or code.affiliated or country_of_demonym(token.text):
        return code
    # beside a game's score, or anywhere in a report of games (two scores or more: a sports
    # report; 1 of 417 BBC politics articles has two such numbers, in no event sentence)
    scores = sentences_with_a_score(token.doc)
    team = plays_as_a_side(token) or token.sent.start in scores or len(scores) >= 2
    return Code(code.country, None, code.organisation, affiliated=True) if team else code


def _participant_code(token: Token, phrase: Span, apposition: bool) -> Code | None:
    if token.dep_ in {"compound", "amod", "nmod"} and token.ent_type_:
        return _modifier_code(token)
    name = entity_or(phrase, token)
    named = actors.actor_code(name)
    if named is not None and _by_surname(name, named) and named[:3] not in _countries_named(token.doc):
        # a listed office holder's surname in a document that does not name his country:
        # "Mr Clarke" keeps the office (a title marks a public figure), "Owen" keeps nothing
        honorifics = load_lexicon()["honorifics"]
        titled = any(t.lower_.rstrip(".") in honorifics for t in phrase)
        office = _split(named).sector
        if not titled or office is None:
            named = None
        else:
            return Code(None, office)
    sectors = [actors.sector(t) for t in phrase if t.dep_ == "compound" or t.i == token.i]
    commercial = [s for s in sectors if s in COMMERCIAL_SECTORS]  # "company boards"
    # an office before a person's name: "U.S. Vice President JD Vance", "Tory ex-minister Hogg"
    titles = [s for s in sectors if s in OFFICE_SECTORS and token.ent_type_ == "PERSON"]
    own = None if _a_name_of_words(token) or _a_stance(token) or a_post_in_general(token) or _acts_for_a_person(token) else actors.sector(token)
    sector = commercial[0] if commercial else own or next(iter(titles), None)
    if sector in COMMERCIAL_SECTORS:  # "a company of troops": a unit of its members, no firm
        members = [actors.sector(t) for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.children]
        sector = next((m for m in members if m in POLITICAL_SECTORS), sector)
    # "the Lagardere group", "LG Group": a name's head word is an organisation, not a crowd
    named_head = token.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.lefts)
    collective = sector is None and not named_head and token.lower_ in load_lexicon()["collective_nouns"]
    if collective:  # "thousands", "crowds": people in numbers, civilians; "dozens of companies" are firms
        members = [actors.sector(t) for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.children]
        sector = next((m for m in members if m in COMMERCIAL_SECTORS), "CVL")
    # plural: one "group" is a band or a firm as often as a crowd
    in_numbers = collective and token.tag_ in {"NNS", "CD"}
    # "future EU budgets": a thing of an organisation, or of a country a nationality word
    # alone codes, not the organisation or state itself
    of_thing = sector is None and not token.ent_type_ and token.pos_ != "PROPN"
    of_thing = of_thing and not country_of_demonym(token.text) and event_noun_type(token) is None
    of_thing = of_thing and not token.lower_.endswith(AGENT_NOUN_ENDINGS)  # "IMF directors" are people
    # people of a country by an agent noun the agents dictionary lacks ("US consumers", "British
    # shoppers"): of that country, not the state, as "Russian forces" (MIL) and "Chinese leaders"
    # (the sources' government heads) are
    people = sector is None and token.pos_ == "NOUN" and not token.ent_type_ and token.lower_.endswith(AGENT_NOUN_ENDINGS)
    people = people and token.lemma_.lower() not in word_set("government_heads")
    if named is not None:
        code = _split(named)
        # the name is the state only when the head itself carries it ("Russia", not
        # "British number one Tim Henman"), and a city only when it is a capital
        # a city that is no capital ("Liverpool"), or a name holding a place's name ("Borussia
        # Dortmund", "Manchester City"): of that country, not the state
        affiliated = code.organisation is None and (
            is_city_not_capital(name.text) or (name is not phrase and not _whole_name(name, named))
            or (people and code.sector is None)
        )
        # "future EU budgets"; "British cinema", "the London exchange", "Manchester United's
        # board", a singular thing a nationality adjective, a city's or a club's name codes (not "Kenya's biggest shantytown", "the
        # Cuba detention camp": places the state holds; nor plural bodies the agents dictionary
        # lacks, "Polish MEPs", "Russian institutions")
        by_nationality = code.sector is None and token.tag_ == "NN" and any(
            (t.dep_ == "amod" and country_of_demonym(t.text)) or (t.dep_ == "compound" and _a_city_name(t))
            or (t.dep_ == "poss" and _a_club(t))
            for t in token.children
        ) and token.lemma_.lower() not in load_lexicon()["place_nouns"]
        if of_thing and (code.organisation is not None or by_nationality):
            return Code(code.country, None, code.organisation, affiliated=True)
        return Code(code.country, code.sector or sector, code.organisation, affiliated)
    country = next((country_of_demonym(t.text) for t in phrase if country_of_demonym(t.text)), None)
    if country is None and token.ent_type_ in {"GPE", "NORP"}:
        place = resolve_place(entity_or(phrase, token).text)  # a state, not a person misread
        country = place.country if place is not None and place.country == place.name else None
    if country is not None or sector is not None:
        affiliated = country is not None and (_named_by_country_word(token) or of_thing or people)
        return Code(_country_code(country), sector, affiliated=affiliated, in_numbers=in_numbers)
    apposed = [token.head] if token.dep_ == "appos" else [c for c in token.children if c.dep_ == "appos"]
    for noun in apposed if apposition and token.ent_type_ == "PERSON" else []:
        code = participant_code(noun, noun.doc[noun.i : noun.i + 1], apposition=False)
        if code is not None and code.political:
            return code
    owners = [c for c in token.children if c.dep_ == "poss" and c.pos_ in {"PROPN", "NOUN"}]
    if owners:  # "backed Gordon Brown's report", "the hospital's vicinity": the owner takes part
        code = participant_code(owners[0], owners[0].doc[owners[0].i : owners[0].i + 1])
        if owners[0].pos_ == "NOUN" and (code is None or code.sector not in _PREMISES_SECTORS):
            return None  # not "voters' tolerance", "the bank's board" (Phoenix: "bank" GOV)
        if code is not None and _named_by_country_word(token):  # "France's Cyril Saulnier"
            return Code(code.country, code.sector, code.organisation, affiliated=True)
        return code
    return None


def _a_city_name(token: Token) -> bool:
    """A city's name ("London", "Paris"), not a country's ("the Cuba detention camp" is a
    place the state holds) nor a person's or firm's."""
    if token.ent_type_ not in {"GPE", "LOC"}:
        return False
    place = resolve_place(entity_or(token.doc[token.i : token.i + 1], token).text)
    return place is not None and place.name != place.country


def _a_club(owner: Token) -> bool:
    """A name holding a city's name, of that country but no state: "Manchester United's board"."""
    if owner.pos_ != "PROPN":
        return False
    code = _participant_code(owner, entity_or(owner.doc[owner.i : owner.i + 1], owner), False)
    return code is not None and code.affiliated and code.sector is None and code.organisation is None


def _a_name_of_words(token: Token) -> bool:
    """A proper name of several words that the NER does not read as an organisation is a
    band's, a person's or a product's name, not its last word's agent: "Snow Patrol" is no
    patrol, while "the Metropolitan Police" and "the Red Army" (ORG) keep theirs."""
    if token.pos_ != "PROPN" or token.ent_type_ in {"ORG", "NORP", "GPE"}:
        return False
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.lefts)


def _acts_for_a_person(token: Token) -> bool:
    """A person's agent, lawyer or aide acts for that person, and takes the person's code (see
    the owners below), not the sector Phoenix gives the noun: "Mike Tindall's agent" is no
    spy (SPY), "Spector's lawyers" no judiciary (JUD)."""
    return token.pos_ == "NOUN" and any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in token.children)


def a_post_in_general(token: Token) -> bool:
    """A singular object with no determiner, possessor or modifier names a post or institution
    in general, no body acted on: "since Mr Bush took office", "before he entered parliament"
    (a body acted on is "the office", "the government", "its council")."""
    if token.dep_ != "dobj" or token.tag_ != "NN":
        return False
    return not any(c.dep_ in {"det", "poss", "amod", "compound", "nmod", "nummod"} for c in token.children)


def _a_stance(token: Token) -> bool:
    """"voiced opposition to the takeover", "Opposition from TCI", "its opposition": the
    stance, not the political opposition (lexicon stance_nouns)."""
    if token.lemma_.lower() not in load_lexicon()["stance_nouns"]:
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in {"to", "from", "against"}) for c in token.children)


def _by_surname(name: Span, code: str) -> bool:
    """Whether `code` came from a surname alone ("Mr Blair" -> "~blair"), not a listed name; the
    surname may own the phrase ("managed Cash's career")."""
    words = [t.lower_ for t in name if not t.is_punct and t.lower_ not in {"the", "'s", "’s"}]
    codes = actors.actor_codes()
    listed = any(codes.get(w) == code for w in words) or codes.get(" ".join(words)) == code
    surnames = [t.lower_ for t in name if t.pos_ == "PROPN"] or words[-1:]
    return bool(words) and not listed and any(codes.get("~" + s) == code for s in surnames)


_NAMED_COUNTRIES: list = [None, frozenset()]  # the last document and the countries it names


def _countries_named(doc: Doc) -> frozenset[str]:
    """The CAMEO country codes of the places and nationalities a document names ("UK",
    "British", "London" -> GBR), once per document: a surname matches an office holder only
    in a document about his country."""
    if _NAMED_COUNTRIES[0] is not doc:
        codes = (actors.actor_code(e) for e in doc.ents if e.label_ in {"GPE", "NORP", "LOC"})
        _NAMED_COUNTRIES[:] = [doc, frozenset(c[:3] for c in codes if c)]
    return _NAMED_COUNTRIES[1]


def _whole_name(entity: Span, code: str) -> bool:
    """Whether the dictionaries list the whole entity under `code`, not only a word inside it; a
    surname alone is the whole name the document writes ("Mr Brown" after "Gordon Brown")."""
    words = [t.lower_ for t in entity if not t.is_punct and t.lower_ not in {"the", "'s", "’s"}]
    codes = actors.actor_codes()
    if actors.name_code(" ".join(words)) == code or (bool(words) and codes.get("~" + words[-1]) == code):
        return True
    names = [t for t in entity if t.pos_ == "PROPN"]
    return len(names) == 1 and actors.code_in_document(names[0], None) == code


def _named_by_country_word(token: Token) -> bool:
    """A person's or organisation's name the dictionaries lack, coded only by a country word
    beside it ("France's Cyril Saulnier", "Swedish triple jumper Christian Olsson")."""
    return token.ent_type_ not in {"", "GPE", "NORP", "LOC"}


def _modifier_code(token: Token) -> Code | None:
    """A name modifying the event noun: a country ("Israeli airstrikes") or a whole name the
    actor dictionaries list ("Hamas attack"); a city or part of a name is its venue or label
    ("Sunday's Leipzig International meeting")."""
    entity = entity_or(token.doc[token.i : token.i + 1], token)
    named = actors.name_code(entity.text.lower().removeprefix("the "))
    if named is not None and not is_city_not_capital(entity.text):  # "the Glasgow meeting": a venue
        return _split(named)
    place = resolve_place(entity.text)
    country = country_of_demonym(token.text) or (
        place.country if place is not None and place.name == place.country else None
    )
    return Code(_country_code(country), None) if country else None


def entity_or(phrase: Span, token: Token) -> Span:
    """The named entity around `token` (read from its IOB tags: no scan of doc.ents), else
    the phrase."""
    if not token.ent_type_ or token.ent_type_ == "DATE":
        return phrase
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc_slice(doc, start, end)


def _country_code(country: str | None) -> str | None:
    """A gazetteer country name -> the CAMEO country code the actor dictionary gives it."""
    if country is None:
        return None
    code = actors.actor_codes().get(country.casefold())
    return code[:3] if code else ""
