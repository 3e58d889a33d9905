"""Sectors of agent nouns and the shape of plural sources, for the source-kind classifier.

`agent_sector("regulator")` is "government": the single-word agent nouns of the Phoenix/PETRARCH
agents dictionary (vendored in `data/`, MIT, origin and selection in the file's header) with their
sector: government, military, media, business or party. `group_or_anonymous` tells a set of people
known by what they belong to ("Mr Blair's supporters", "Some Liverpool fans", "Labour MPs": group)
from unnamed people known by their role ("organisers", "researchers from Leeds University": anonymous).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from pipeline.doc_index import token_columns
from pipeline.lexicons import load
from pipeline.models import SourceKind

_AGENTS = Path(__file__).resolve().parent / "data" / "phoenix_agent_sectors.tsv"
# What ties a plural of members to a set of its own ("Labour MPs", "supporters of the change").
_SET_DEPS = {"poss", "compound", "nmod", "prep", "relcl", "acl", "nummod"}
# Endings of agent nouns, people who do something ("anglers", "licensees", "fishermen", "lobbyists").
_AGENT_ENDINGS = ("er", "or", "ee", "ist", "ian", "man", "men")
# How a spokesperson's body is attached to the noun ("a Vodafone spokesman", "Ofcom's spokeswoman").
_BODY_DEPS = {"compound", "poss", "nmod"}
_SET_DETERMINERS = {"some", "many", "most", "several", "few", "all", "both", "these", "those", "other"}


@lru_cache(maxsize=1)
def _sectors() -> dict[str, str]:
    rows = (line.split("\t") for line in _AGENTS.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#"))
    return {word: sector for word, sector in rows}


def agent_sector(lemma: str) -> str | None:
    return _sectors().get(lemma.lower())


def sector_kind(lemma: str) -> SourceKind | None:
    """The kind a body named by an agent noun has ("regulator" -> government, "broadcaster" -> media)."""
    sector = agent_sector(lemma)
    return {
        "government": SourceKind.GOVERNMENT,
        "military": SourceKind.MILITARY,
        "media": SourceKind.MEDIA,
        "business": SourceKind.ORGANIZATION,
        "party": SourceKind.ORGANIZATION,
    }.get(sector or "")


def is_plural(head: Token) -> bool:
    """A plural noun, or an acronym with a plural "s" the model tags singular ("MPs", "MEPs", "GPs")."""
    return head.tag_ in {"NNS", "NNPS"} or is_plural_acronym(head)


def is_plural_acronym(token: Token) -> bool:
    """'MPs', 'MEPs': the plural of an acronym, whatever the model's tag."""
    return len(token.text) > 2 and token.text.endswith("s") and token.text[:-1].isupper()


# the tags of a subject `agrees_in_plural` reads as one name
SINGULAR_NAME_TAGS = frozenset({"NNP", "NN"})


def agrees_in_plural(head: Token) -> bool:
    """A singular name whose verb agrees in the plural ("Leicester say they will not be rushed",
    "England have yet to name a replacement") is a team or body spoken of as its members, as
    British news writes them; one person's name takes a singular verb."""
    # the small model tags some place names NN ("England have"); a common noun ("the government
    # have") keeps the kind its noun gives
    named = head.pos_ == "PROPN" or head.ent_type_ in {"GPE", "ORG", "PERSON", "LOC"}
    # ("Obama, others vow": a name listed with others is not alone; "... ― Martha Aguilar": a dash is no verb)
    comma_after = head.i + 1 < len(head.doc) and head.doc[head.i + 1].text == ","
    listed = comma_after or any(c.dep_ in {"conj", "cc", "appos"} for c in head.children)
    if head.dep_ != "nsubj" or head.tag_ not in SINGULAR_NAME_TAGS or not named or listed:
        return False
    verb = head.head
    forms = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    return any(t.is_alpha and (t.tag_ == "VBP" or t.lower_ == "were") for t in forms)


def group_or_anonymous(head: Token) -> SourceKind:
    """Several unnamed people or bodies: a group when joined ("Anglers and fishermen") or when the
    phrase says which set - people known by who they are or what they belong to, back or hold a
    stake in, tied to someone or something ("Mr Blair's supporters", "Some Liverpool fans", "DOD
    members", "50,000 pregnant women in Gaza"), a count of ones the article has named ("the three
    firms", "Both organisations") or a plural its relative clause or examples name; anonymous
    when known by a trade or a role, whatever says where or whose ("experts", "some watchers",
    "researchers from Leeds University", "the show's producers", "some aid groups")."""
    if any(c.dep_ == "conj" and is_plural(c) for c in head.children):
        return SourceKind.GROUP  # "Anglers and fishermen"
    lemma = head.lower_[:-1] if is_plural_acronym(head) else head.lemma_.lower().removesuffix("s")  # "MPs", "Creditors"
    members = lemma in load("source_kinds")["member_heads"] or head.ent_type_ == "NORP"  # "Pakistanis in Britain"
    described = any(
        c.dep_ in _SET_DEPS or (c.dep_ in {"det", "amod"} and c.lower_ in _SET_DETERMINERS) for c in head.children
    )
    counted = any(c.dep_ == "nummod" for c in head.children) and any(
        c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in head.children) or any(
        c.lower_ == "both" and c.dep_ in {"det", "predet"} for c in head.children)
    # a relative clause or examples say which ones of any noun ("Licensees, who run the pubs", "Singers including X",
    # "firms such as Acme")
    examples = (c for c in head.children if c.dep_ == "prep")
    named = any(c.dep_ == "relcl" for c in head.children) or any(
        p.lower_ in {"including", "like"} or p.lower_ == "as" and any(w.lower_ == "such" for w in p.children) for p in examples)
    return SourceKind.GROUP if members and described or counted or named else SourceKind.ANONYMOUS


def coordinated_places(head: Token) -> list[Token]:
    """'Thailand and India', 'both Britain and the United States': places joined by 'and', whose
    governments or people speak together; not one place's name with 'and' inside ('Trinidad and
    Tobago')."""
    names = [head, *(c for c in head.children if c.dep_ == "conj")]
    if len(names) < 2 or any(t.pos_ != "PROPN" or t.ent_type_ not in {"GPE", "LOC"} for t in names):
        return []
    return [] if _one_entity(names) else names


def of_joined_places(head: Token) -> bool:
    """'the authorities in both Britain and the United States': a body of the state of several places."""
    if head.lemma_.lower() not in load("source_kinds")["government_heads"]:
        return False
    places = (o for p in head.children if p.dep_ == "prep" and p.lower_ in {"in", "of"} for o in p.children if o.dep_ == "pobj")
    return any(coordinated_places(o) for o in places)


def _one_entity(names: list[Token]) -> bool:
    doc = names[0].doc
    entity = next((e for e in doc.ents if e.start <= names[0].i < e.end), None)
    return entity is not None and all(entity.start <= t.i < entity.end for t in names)


def coordinated_people(head: Token) -> list[Token]:
    """'singer Gary Lightbody and drummer Jonny Quinn' -> [Lightbody, Quinn]: named people joined
    by 'and' (two or more), who speak together."""
    people = [head, *(c for c in head.children if c.dep_ == "conj")]
    if len(people) > 1 and all(p.ent_type_ == "PERSON" for p in people):
        return people
    return []


def coordinated_bodies(head: Token) -> list[Token]:
    """'both Plaid Cymru and the Liberal Democrats' -> [Cymru, Democrats]: named bodies (or bodies
    and people) joined by 'and', who speak together; not places ('Britain and France':
    `coordinated_places`) nor one name with 'and' inside ('Marks and Spencer', one entity)."""
    names = [head, *(c for c in head.children if c.dep_ == "conj")]
    if len(names) < 2 or coordinated_people(head) or any(t.pos_ != "PROPN" or t.ent_type_ in {"GPE", "LOC"} for t in names):
        return []
    if _one_entity(names):
        return []
    return names if any(t.ent_type_ in {"ORG", "NORP"} for t in names) else []


def spoken_for(head: Token) -> Token | None:
    """The body a spokesperson speaks for: 'a Vodafone spokesman', "Ofcom's spokeswoman", 'a
    spokesman for Ofcom' -> the body's head token; None for 'the spokesman' alone."""
    for child in head.children:
        if child.dep_ in _BODY_DEPS and child.pos_ in {"PROPN", "NOUN"}:
            return child
        if child.dep_ == "prep" and child.lower_ in {"for", "of", "at"}:
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    return None


def names_agents(head: Token) -> bool:
    """A noun for people or bodies: the lexicons' person and body nouns, the agents dictionary, a
    people's name ("Pakistanis") or an agent noun's ending ("anglers", "licensees", "chip makers");
    not a thing ("calculations", "data")."""
    lexicon = load("source_kinds")
    lemma = head.lemma_.lower().removesuffix("s")  # a plural capitalised by its sentence keeps its "s"
    listed = any(lemma in lexicon[k] for k in ("person_heads", "person_titles", "organization_heads", "overseer_heads"))
    return listed or agent_sector(lemma) is not None or head.ent_type_ == "NORP" or lemma.endswith(_AGENT_ENDINGS)


def plural_kind(head: Token) -> SourceKind | None:
    """Several unnamed people or bodies: 'Anglers and fishermen' (joined: a group), 'Some major
    tech firms', 'Pro-hunt MPs' (described: a group), 'Licensees', 'Pakistanis' (bare: anonymous).
    None for anything that is not a plural of people or bodies."""
    # capitalised inside a sentence, a plural is a name ("European champions Wasps"), unless a people's
    # (or an acronym, or a body the model names: "EA said" opening a sentence)
    named = head.is_upper or head.ent_type_ in {"ORG", "PERSON", "GPE", "FAC"}
    opening = head.is_sent_start or head.ent_type_ == "NORP"
    common = (head.pos_ == "NOUN" or head.tag_ == "NNPS") and (head.is_lower or opening) and not named
    if not (is_plural(head) and common and names_agents(head)):
        return None
    return group_or_anonymous(head)


def is_person_noun(lemma: str) -> bool:
    """A noun for a person, not an office that stands for its government ('leader', 'minister')."""
    lexicon = load("source_kinds")
    return lemma in lexicon["person_heads"] or lemma in lexicon["person_titles"] and lemma not in lexicon["government_heads"]


def spokesperson_kind(head: Token, kind_of: Callable[[Token], SourceKind]) -> SourceKind:
    """A spokesperson has the kind of the body they speak for (`kind_of` its head token); one for
    a person, or for no one named, is a person."""
    body = spoken_for(head)
    if body is None or body.ent_type_ == "PERSON":
        return SourceKind.PERSON
    kind = kind_of(body)
    return SourceKind.ORGANIZATION if kind in {SourceKind.PERSON, SourceKind.ANONYMOUS, SourceKind.GROUP} else kind


def appositive_body_kind(head: Token) -> SourceKind | None:
    """A name described by a body noun after it: 'Munich Re, the world's biggest reinsurer'."""
    for child in head.children:
        lemma = child.lemma_.lower()
        if child.dep_ == "appos" and child.pos_ == "NOUN" and not is_person_noun(lemma):
            if lemma in load("source_kinds")["organization_heads"]:
                return SourceKind.ORGANIZATION
            # a person's post is no body: "Prof David Green, vice-chancellor of X" (but "Network Box, a
            # security firm" above is a firm whatever its tag)
            if sector_kind(lemma) is not None and head.ent_type_ != "PERSON":
                return sector_kind(lemma)
    return None


def company_names(doc: Doc) -> set[str]:
    """Names the document shows to be companies, whatever the model's tag: by what they have
    ("Pernod shares", "Shares in Southwest", "Next stores", "Telekom Austria's fixed line division"), by a post only a body has ("AMR's
    chief executive", "Halifax chief economist", "an analyst at Jupiter research") or by a body
    noun before them ("phone operators Vodafone")."""
    lexicon = load("source_kinds")
    attributes, parts, roles, bodies = (set(lexicon[k]) for k in ("company_attributes", "company_parts", "employer_roles", "organization_heads"))

    def shows_company(name: Token) -> bool:
        held = name.head.lemma_.lower()
        owner = name.dep_ == "compound" and held in attributes | parts | roles or name.dep_ == "poss" and held in parts | roles
        # "Shares in Southwest", "profits at Next"
        holder = name.dep_ == "pobj" and name.head.lower_ in {"in", "of", "at"} and name.head.head.lemma_.lower() in attributes
        # "an analyst at Gartner", "mobile analyst at Jupiter research": where someone holds a post only a body has
        place = name.head if name.dep_ == "compound" and name.head.pos_ == "NOUN" and name.head.is_lower else name
        employer = place.dep_ == "pobj" and place.head.lower_ in {"at", "of"} and place.head.head.lemma_.lower() in roles
        # "phone operators Vodafone", "Bookmaker William Hill" opening its sentence
        described = any(c.dep_ == "compound" and (c.is_lower or c.is_sent_start) and c.lemma_.lower() in bodies for c in name.children)
        return owner or holder or employer or described

    columns = token_columns(doc)
    return {word for i, word in enumerate(columns.text) if columns.pos[i] == "PROPN" and shows_company(doc[i])}
