"""What a source phrase names, read off its shape: the name after a descriptor ("accountancy firm
Ernst & Young" -> Ernst & Young) and the kind the descriptor gives (its lexicon class or its Phoenix
agent sector: "the regulator Ofcom" is government), a bare plural named by what describes it
("Singers including Cliff Richard", "People who have integrated net access into their lives"), a
party member's word ("Tory" -> the Tories), a nationality standing for a person ("the Russian"),
and a name's edges tidied (an article, a possessive, an example list, a bracket, a stray quote
mark, a person's age), the appositions of a head and a post's field before its holder's name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from pipeline.deps import has_the
from pipeline.doc_index import doc_slice
from pipeline.lexicons import load
from pipeline.models import SourceKind
from pipeline.sources.sectors import sector_kind

_NAME_LINKS = {"&", "of", "and", "-"}
# Modifiers that say which members of a plural are meant: with any of them the plural is no bare role.
_MODIFIER_DEPS = {"det", "poss", "amod", "compound", "nummod", "nmod"}
_QUOTE_MARKS = "\"'“”‘’`"
# "Natalie Appleton,31" or "Mario Ancic 6-3": an age or a score glued to a person's name.
_TRAILING_NUMBER = re.compile(r"[\s,]*\d[\d\s\-–]*$")


def _lexicon() -> dict:
    return load("source_kinds")


@lru_cache(maxsize=1)
def _people_heads() -> frozenset[str]:
    lexicon = _lexicon()
    return frozenset(lexicon["person_heads"]) | frozenset(lexicon["anonymous_heads"])


def _word_before_name(mention: Span, head: Token) -> Token | None:
    """The word of `mention` just before the capitalised name it ends in, if any."""
    start = _name_start(mention, head)
    return head.doc[start - 1] if start is not None and start != mention.start else None


def _describes_name(before: Token) -> bool:
    # "telecoms giant": PROPN to the tagger; "Bookmaker William Hill" opens its sentence
    return before.pos_ in {"NOUN", "PROPN"} and (before.is_lower or opens_as_trade(before))


def descriptor_of(mention: Span, head: Token) -> Token | None:
    """'accountancy firm Ernst & Young' -> firm: a lowercase common noun just before the
    capitalised name the phrase ends in, the noun describing what the name is."""
    before = _word_before_name(mention, head)
    return before if before is not None and _describes_name(before) else None


def opens_as_trade(token: Token) -> bool:
    """'Bookmaker William Hill', 'Regulator Ofcom': a noun for a body by its trade, capitalised only
    because it opens the sentence, before a name; not a body's word that starts names ("Union
    Pacific", "Network Rail"): a trade is an agent noun."""
    lemma, lexicon = token.lemma_.lower(), _lexicon()
    trade = lemma.endswith(("er", "or")) and (lemma in lexicon["organization_heads"] or lemma in lexicon["media_heads"]
                                             or sector_kind(lemma) is not None)
    return token.is_sent_start and token.dep_ == "compound" and token.head.pos_ == "PROPN" and trade


def _name_start(mention: Span, head: Token) -> int | None:
    """First token of the run of capitalised words (with '&', 'of', 'and' inside) ending at a
    proper-noun head, or None when the head is no name."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper():
        return None
    start = head.i
    doc = head.doc
    while start - 1 >= mention.start:
        previous = doc[start - 1]
        linking = previous.lower_ in _NAME_LINKS and start - 2 >= mention.start and doc[start - 2].text[:1].isupper()
        if not (previous.text[:1].isupper() and previous.pos_ in {"PROPN", "ADJ", "NOUN"} or linking) or opens_as_trade(previous):
            break
        start -= 1
    return start


def descriptor_kind(mention: Span, head: Token) -> SourceKind | None:
    """The kind a descriptor gives the name it describes: 'accountancy firm Ernst & Young' is an
    organisation, 'the regulator Ofcom' government, 'trade publication Screen Daily' media. A
    person's title ('president Hugo Chavez') is left to the person classifier."""
    descriptor = descriptor_of(mention, head)
    if descriptor is None:
        return None
    lexicon, lemma = _lexicon(), descriptor.lemma_.lower()
    # "reviews editor Ted Kessler" is a person, whatever the editor's sector; "Security firm Network
    # Box" is a firm (but not "the union Unison Dave Prentis", where the union is not the name's)
    if head.ent_type_ == "PERSON" and (lemma not in lexicon["organization_heads"] or descriptor.head != head):
        return None
    if lemma in lexicon["person_heads"] or lemma in lexicon["person_titles"]:
        return None
    for key, kind in (("media_heads", SourceKind.MEDIA), ("organization_heads", SourceKind.ORGANIZATION),
                      ("government_heads", SourceKind.GOVERNMENT)):
        if lemma in lexicon[key]:
            return kind
    return sector_kind(lemma)


def party_of(word: str) -> str | None:
    """The party a member's word names: 'Tory' -> 'tories', 'Lib Dem' -> 'lib dems', 'Labour'."""
    parties = set(_lexicon()["party_names"])
    folded = word.casefold()
    for form in (folded, folded + "s", folded[:-1] + "ies" if folded.endswith("y") else None):
        if form in parties:
            return form
    return None


def after_descriptor(mention: Span, head: Token) -> Span | None:
    """The name without what comes before it when that is a descriptor or a possessor:
    'Pharmaceutical giant Johnson & Johnson' -> Johnson & Johnson, "France's Pernod Ricard" ->
    Pernod Ricard, 'the regulator Ofcom' -> Ofcom."""
    before = _word_before_name(mention, head)
    if before is not None and (_describes_name(before) or before.dep_ == "case" and before.head.dep_ == "poss"):
        return head.doc[before.i + 1 : mention.end]
    return None


def is_bare_plural(head: Token) -> bool:
    """'Singers', 'People': a plural common noun (capitalised only by opening its sentence) with
    nothing saying which ones."""
    plural = head.pos_ == "NOUN" and head.tag_ == "NNS" or head.tag_ == "NNPS" and head.is_sent_start
    return plural and not any(c.dep_ in _MODIFIER_DEPS for c in head.children)


def described_plural(head: Token) -> bool:
    """A bare plural that a relative clause or an example list names: 'People who have integrated
    net access', 'Singers including Cliff Richard'. Its description is its name."""
    singular = {head.lemma_.lower(), head.lower_.removesuffix("s")}  # "Singers" opening a sentence is a PROPN
    people = bool(singular & _people_heads())
    return people and is_bare_plural(head) and any(
        c.dep_ == "relcl" or c.dep_ == "prep" and c.lower_ == "including" for c in head.children
    )


def strip_edges(span: Span) -> str:
    """Text of `span` without a leading article, stray quote marks, a trailing 's, an example
    list after a comma ("Four African players, including X") or a bracket ("Organisation (ILO)")."""
    tokens = list(span)
    while tokens and (tokens[0].dep_ == "det" and tokens[0].lower_ in {"the", "a", "an"} or tokens[0].is_quote):
        tokens = tokens[1:]
    for n, token in enumerate(tokens[1:], start=1):
        if token.text == "," and n + 1 < len(tokens) and tokens[n + 1].lower_ in {"including", "such", "like"} or token.text == "(":
            tokens = tokens[:n]
            break
    while tokens and (tokens[-1].dep_ == "case" or tokens[-1].is_punct):
        tokens = tokens[:-1]
    if not tokens:
        return span.text
    return tidy(doc_slice(span.doc, tokens[0].i, tokens[-1].i + 1).text)


def tidy(name: str) -> str:
    """A name without quote marks left open at either end ('"MI6 agent')."""
    for mark in _QUOTE_MARKS:
        if name.count(mark) % 2 and (name.startswith(mark) or name.endswith(mark)):
            name = name.strip(mark).strip()
    return name


@lru_cache(maxsize=1)
def post_nominals() -> frozenset[str]:
    """Letters written after a person's name, as written ('QC', 'MP', 'Jr': `post_nominals.json`)."""
    return frozenset(load("post_nominals")["post_nominals"])


def tidy_person(name: str) -> str:
    """A person's name without an age or score glued to it ("Natalie Appleton,31") or letters
    after it ("Ian MacDonald QC", "Tom Watson MP": `post_nominals.json`)."""
    stripped = _TRAILING_NUMBER.sub("", tidy(name))
    words = stripped.split()
    while len(words) > 1 and words[-1].rstrip(",") in post_nominals():
        words = words[:-1]
    stripped = " ".join(words).rstrip(",")
    return stripped if stripped else name


def is_occasion(head: Token) -> bool:
    """'the next General Election', 'the show': an occasion speaks for no one ('BBC Broadcast',
    a body the model tags, is no occasion)."""
    body = head.ent_type_ in {"ORG", "PERSON", "GPE", "NORP", "FAC"}
    return head.pos_ in {"NOUN", "PROPN"} and not body and head.lemma_.lower() in _lexicon()["event_heads"]


def is_age(head: Token) -> bool:
    """'old' in 'the 27-year-old', 'a six-month-old': an age, which describes a person."""
    return head.lower_ == "old" and any(c.dep_ == "npadvmod" and c.lemma_ in {"year", "month"} for c in head.children)


def is_nationality(head: Token) -> bool:
    """'The Russian', 'the Croatian': a nationality with 'the' standing for one person of it."""
    return head.ent_type_ == "NORP" and head.tag_ in {"NNP", "NN", "JJ"} and head.text[:1].isupper() and has_the(head)


def is_field_before_name(name: Token) -> bool:
    """'rugby Nigel Melville': a word of no entity modifying a person's full name (two words at
    least: "oil giant Yukos" is a firm the model tagged a person) from before it."""
    start = name.i
    while name.doc[start].ent_iob_ == "I":  # back to the first word of the name
        start -= 1
    return start < name.i and any(c.dep_ == "compound" and c.i < start and not c.ent_type_ and c.is_lower for c in name.children)


def own_appositions(head: Token) -> list[Token]:
    """The appositions of `head`, not a name after a clause describing it ("The actor, whose films
    include ... Star Wars: The Phantom Menace, said" lists a film the parser hangs on the actor)."""
    clause = min((c.i for c in head.children if c.dep_ == "relcl"), default=len(head.doc))
    return [c for c in head.children if c.dep_ == "appos" and c.i < clause]


def known_as(head: Token) -> Span | None:
    """'One group of ... organizers, known as The Reckoning Crew': the name a participle of naming
    in the phrase `head` heads gives it ("known as", "called", "named")."""
    # on the head or on its "of" object ("a group of organizers, known as"), not deeper ("the man who
    # founded a company known as Acme")
    named_nouns = [head] + [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    for verb in (t for n in named_nouns for t in n.children if t.dep_ == "acl" and t.lemma_ in {"know", "call", "name"}):
        named = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children if o.dep_ == "pobj"]
        named += [c for c in verb.children if c.dep_ == "oprd"]
        for name in (n for n in named if n.pos_ == "PROPN"):
            return doc_slice(head.doc, name.left_edge.i, name.right_edge.i + 1)
    return None
