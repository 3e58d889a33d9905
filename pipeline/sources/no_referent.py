"""Source mentions that name no `sources` row, whatever the resolver made of them.

A claim keeps its source as written (`claims.source_mention`), but a sources row stands for a
speaker a reader can look up. Two kinds of mention stand for none:

- a relative pronoun whose antecedent is a common noun no speaker lexicon knows ("signs in some
  locations that say ...", "in ways that convinced ..."): a place, a manner or a thing the parser
  hung the clause on, which speaks for no one;
- a bare post ("the owner said", "the chairman added": "the" and the noun, nothing else) that the
  resolver tied to no name, in a document that names people: the article names the post-holder
  somewhere (often only later), so a row "owner" would be nobody's, and across documents everyone's.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from pipeline.sources.descriptions import is_definite, is_post
from pipeline.sources.kinds import antecedent_of_relative, names_a_speaker
from pipeline.sources.sectors import agent_sector, is_person_noun

_RELATIVES = {"that", "which"}


def names_no_source(written: Token, name: str) -> bool:
    """Whether the source written at `written`, resolved to `name`, gets no sources row."""
    if written.lower_ in _RELATIVES:
        antecedent = antecedent_of_relative(written)
        return antecedent.i != written.i and _speechless_noun(antecedent)
    return _bare_post(written) and name.casefold() == written.lower_ and _names_people(written.doc)


def _speechless_noun(token: Token) -> bool:
    """A common noun, not part of a name, that no lexicon of speakers (source nouns, group
    quantifiers, person nouns, the agent dictionary's sectors) knows."""
    lemma = token.lemma_.lower()
    return (
        token.pos_ == "NOUN" and not token.ent_type_ and not names_a_speaker(token)
        and not is_person_noun(lemma) and agent_sector(lemma) is None
    )


def _bare_post(head: Token) -> bool:
    return is_definite(head) and is_post(head) and all(c.dep_ == "det" for c in head.children)


@lru_cache(maxsize=4)  # asked once per source mention, of the same document
def _names_people(doc: Doc) -> bool:
    """Whether the document names a person by a full name (two words or more)."""
    return any(ent.label_ == "PERSON" and len(ent) > 1 for ent in doc.ents)
