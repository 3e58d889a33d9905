"""Whether a word names people: a person or people, not a thing ("it") nor anyone at all (a
generic "you")."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.ontology import load_lexicon
from pipeline.sources.descriptions import is_role_noun

# pronouns of things, never of people ("it was killed off")
THING_PRONOUNS = frozenset({"it", "its", "itself", "which", "what"})
# "you": anyone, in reviews and advice ("each time you are killed" in a game)
_GENERIC_PRONOUNS = frozenset({"you", "your", "yourself"})


def people(noun: Token) -> bool:
    """A person or people: a name, a pronoun other than "it" or a generic "you", a people
    ("Tutsis"), a crowd or the sources' role nouns ("suspects", "businessmen", "protesters");
    not "the firms"."""
    if noun.pos_ == "PRON":
        return noun.lower_ not in THING_PRONOUNS | _GENERIC_PRONOUNS
    if noun.ent_type_ in {"PERSON", "NORP"}:
        return True
    lemma = noun.lemma_.lower()
    return not noun.ent_type_ and noun.pos_ == "NOUN" and (is_role_noun(lemma) or lemma in load_lexicon()["collective_nouns"])
