"""The field's actor dictionaries, converted (pipeline/events/vendor/convert.py): Phoenix actor
dictionaries (names -> CAMEO actor codes such as RUSGOV, IGOUNO) and Phoenix agents (nouns ->
sector: official -> GOV, rebel -> REB, company -> BUS)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span, Token

from pipeline.events.ontology import load_lexicon
from pipeline.events.places import resolve_place

_DATA = Path(__file__).parent / "data"
_SURNAMES_KEY = "newsclaims.surname_codes"


@lru_cache(maxsize=1)
def actor_codes() -> dict[str, str]:
    return json.loads((_DATA / "actors.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def agent_sectors() -> dict[str, str]:
    return json.loads((_DATA / "agents.json").read_text(encoding="utf-8"))


def name_code(name: str) -> str | None:
    """The actor code of a lower-case name; the dictionary lists some names only with their
    article ("THE_EU", "THE_UK")."""
    codes = actor_codes()
    return codes.get(name) or codes.get("the " + name) or _undotted().get(name)


@lru_cache(maxsize=1)
def _undotted() -> dict[str, str]:
    """Names written with initials ("george w. bush") also without the dots: the parse
    keeps "W" apart from its dot, or news leaves it out."""
    codes = actor_codes()
    return {k.replace(".", ""): v for k, v in codes.items() if "." in k and k.replace(".", "") not in codes}


def actor_code(phrase: Span) -> str | None:
    """The CAMEO actor code of a name ("Jack Straw" -> GBRGOV), country adjectives included
    ("Russian forces" -> RUS); longest dictionary name inside the phrase wins."""
    codes = actor_codes()
    tokens = [t for t in phrase if not t.is_punct and t.lower_ not in {"the", "'s", "’s"}]
    words = [t.lower_ for t in tokens]
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size + 1):
            if _given_names_only(tokens[start : start + size]):
                continue
            name = " ".join(words[start : start + size])
            if _head_of_a_longer_name(tokens, start, size):
                # a common word the dictionary lists as a name only with its article ("THE_FOUNDATION")
                # is no name as the head of a longer one: "the Mozilla Foundation"
                code = codes.get(name) or _undotted().get(name)
            else:
                code = name_code(name)
            if code and not _country_in_a_name(phrase, code, start + size < len(words)):
                return code
    # "Mr Blair", "Blair": an office holder's surname, when no other given name is written
    # ("Leslie Nielsen" is not the Danish minister Nielsen); a title makes a person of a
    # surname the small model's NER labels otherwise ("Mr Clarke" as an ORG)
    honorifics = load_lexicon()["honorifics"]
    names = [t for t in phrase if t.pos_ == "PROPN" and t.lower_.rstrip(".") not in honorifics]
    if len(names) == 1 and (names[0].ent_type_ == "PERSON" or _titled(names[0], honorifics)):
        code = codes.get("~" + names[0].lower_)
        if code is None:
            return None
        # a title of address marks a public figure: "Mr Kennedy" keeps the listed surname's
        # code, for pipeline.events.context to read as an office where his country is unnamed,
        # unless the document names him in full as someone the dictionaries lack ("Mr Walsh"
        # after "David Walsh", a games executive, is not the Irish minister Walsh)
        return code_in_document(names[0], code)
    return None


def _head_of_a_longer_name(tokens: list[Token], start: int, size: int) -> bool:
    """Whether `tokens[start:start + size]` ends a proper name of more words ("Foundation" of
    "Mozilla Foundation")."""
    return start > 0 and start + size == len(tokens) and tokens[start - 1].pos_ == "PROPN"


def _given_names_only(words: list[Token]) -> bool:
    """Words of a person's name that stop before its surname name no one: "Michael" of "Michael
    Ferguson" is not the official Phoenix lists as "MICHAEL" alone. A place's name stays one:
    the small model reads clubs as people ("Leeds United")."""
    last = words[-1]
    if resolve_place(" ".join(t.text for t in words)) is not None:
        return False
    following = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    return last.ent_type_ == "PERSON" and following is not None and following.ent_type_ == "PERSON" and (
        following.ent_iob_ == "I" and following.pos_ == "PROPN"
    )


def full_name(surname: Token) -> Span | None:
    """The document's first mention of a surname after a given name, the whole name it ends
    ("George W. Bush" for "Bush" or "Mr Bush"; not "Prime Minister" nor "Mr"), or None: once per
    document and surname."""
    doc, honorifics = surname.doc, load_lexicon()["honorifics"]
    known = doc.user_data.setdefault(_SURNAMES_KEY, {})  # surname -> (start, end) of its full name, or None
    if surname.lower_ not in known:
        known[surname.lower_] = None
        for token in doc:
            if token.lower_ != surname.lower_:
                continue
            start = token.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ == "PERSON" and (
                doc[start - 1].lower_.rstrip(".") not in honorifics
            ):
                start -= 1
            if start < token.i:
                known[surname.lower_] = (start, token.i + 1)
                break
    bounds = known[surname.lower_]
    return doc[bounds[0] : bounds[1]] if bounds is not None else None


def code_in_document(surname: Token, code: str | None) -> str | None:
    """A bare surname is the person the document names in full (`full_name`): that name's code
    where the dictionaries list it ("Bush" after "George W. Bush", not the surname's
    Caymanian), none where they do not ("Johansson" after "Joachim Johansson", a tennis player,
    not the Swedish minister Morgan Johansson, as "Leslie Nielsen" is no Danish minister),
    else `code`."""
    full = full_name(surname)
    return name_code(" ".join(t.lower_ for t in full)) if full is not None else code


def _titled(name: Token, honorifics: frozenset[str]) -> bool:
    """A name written after a title of address ("Mr Clarke"), whatever its entity label; a
    peer's title names the peer's own seat, not an office holder's ("Lord Butler")."""
    title = name.doc[name.i - 1].lower_.rstrip(".") if name.i > 0 else ""
    return title in honorifics and title not in load_lexicon()["peerage_titles"]


def _country_in_a_name(phrase: Span, code: str, before_head: bool) -> bool:
    """"UK Athletics", "Japan Airlines": a bare country before the proper-noun head of an
    organisation's name is part of that name, not the state ("UK government" keeps GBR: its
    head is an agent noun)."""
    head = phrase.root
    return (
        before_head
        and len(code) == 3
        and head.pos_ == "PROPN"
        and head.ent_type_ == "ORG"
        and sector(head) is None
    )


def sector(token: Token) -> str | None:
    """The Phoenix agent sector of a noun ("officials" -> GOV, "rebels" -> REB)."""
    sectors = agent_sectors()
    compound = " ".join(t.lower_ for t in token.lefts if t.dep_ == "compound")
    # an acronym's plural, which the lemmatiser keeps as a proper noun: "MPs", "MEPs"
    acronym = token.text[:-1].lower() if token.text.endswith("s") and token.text[:-1].isupper() else None
    for key in filter(None, (f"{compound} {token.lower_}".strip(), token.lemma_.lower(), token.lower_, acronym)):
        if key in sectors:
            return sectors[key]
    return None
