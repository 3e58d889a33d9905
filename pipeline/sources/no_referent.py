"""Source mentions that name no `sources` row, whatever the resolver made of them.

A claim keeps its source as written (`claims.source_mention`), but a sources row stands for a
speaker a reader can look up. Three kinds of mention stand for none:

- a quantifier alone ("some", "others", "many"): a share of people the text never names;
- a relative pronoun whose antecedent is a common noun no speaker lexicon knows ("signs in some
  locations that say ...", "in ways that convinced ..."): a place, a manner or a thing the parser
  hung the clause on, which speaks for no one;
- a bare post ("the owner said", "the chairman added": "the" and the noun, nothing else) that the
  resolver tied to no name, in a document where a named person speaks: the post-holder is most
  likely that speaker, named only later, so a row "owner" would be a second row for them.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from pipeline.deps import NOMINAL_SUBJECTS
from pipeline.sources.descriptions import is_definite, is_post
from pipeline.sources.kinds import source_kinds
from pipeline.sources.source_like import antecedent_of_relative, names_a_speaker
from pipeline.sources.sectors import agent_sector, is_person_noun

_RELATIVES = {"that", "which"}
_SPEECH_VERBS = {"say", "tell", "add", "explain", "write"}  # the verbs of most attributions


def names_no_source(written: Token, name: str) -> bool:
    """Whether the source written at `written`, resolved to `name`, gets no sources row."""
    if _quantifier_only(name) or _number_only(written, name):
        return True
    if written.lower_ in _RELATIVES:
        antecedent = antecedent_of_relative(written)
        return antecedent.i != written.i and _speechless_noun(antecedent)
    return is_bare_post(written) and name.casefold() == written.lower_ and _names_people(written.doc)


def _quantifier_only(name: str) -> bool:
    """'some', 'Others', 'many': a share of people the sentence never names ("some invoked
    tropes, others said ..."), a row of its own in every document that writes it."""
    words = name.casefold().split()
    return len(words) == 1 and words[0].removesuffix("s") in source_kinds()["standalone_group_quantifiers"]


def _number_only(written: Token, name: str) -> bool:
    """'The three have refused to confirm ...' (after "The trio are chief executive X, ..."): a
    number stands for people named before, and is no name of theirs."""
    return len(name.split()) == 1 and written.vocab[name.casefold()].like_num


def _speechless_noun(token: Token) -> bool:
    """A common noun, not part of a name, that no lexicon of speakers (source nouns, group
    quantifiers, person nouns, the agent dictionary's sectors) knows."""
    lemma = token.lemma_.lower()
    return (
        token.pos_ == "NOUN" and not token.ent_type_ and not names_a_speaker(token)
        and not is_person_noun(lemma) and agent_sector(lemma) is None
    )


def is_bare_post(head: Token) -> bool:
    """'the spokesman', 'The owner': "the" and a post, nothing else."""
    return is_definite(head) and is_post(head) and all(c.dep_ == "det" for c in head.children)


@lru_cache(maxsize=4)  # asked once per source mention, of the same document
def _names_people(doc: Doc) -> bool:
    """Whether a person the document names speaks in it ("Hasib said"): then a post no one is
    tied to is one of its speakers. A document naming only people who do not speak (a painter
    whose portrait "the owner" will lend) leaves the post an unnamed source of its own."""
    people = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON"}  # a surname, whatever its tag elsewhere
    return any(
        token.text in people and token.dep_ in NOMINAL_SUBJECTS and token.head.lemma_.lower() in _SPEECH_VERBS
        for token in doc if token.pos_ == "PROPN"
    )
