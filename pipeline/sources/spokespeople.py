"""An unnamed spokesperson the document names elsewhere. "a spokeswoman for MTV said ..." and, later,
"MTV spokeswoman Jeannie Kedas said ...": when the document names exactly one spokesperson of the
same body, the unnamed one is that person; with none, or several, the body speaks
(`coreference._body_spoken_for`)."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.lexicons import load
from pipeline.sources.kinds import person_name
from pipeline.sources.sectors import spoken_for


def named_spokesperson(head: Token, body: Token) -> str | None:
    """The name of the one person the document calls the spokesperson of `body`'s name."""
    heads = set(load("source_kinds")["speaking_for_heads"])
    names = set()
    for token in head.doc:
        if token.i == head.i or token.lemma_.lower() not in heads:
            continue
        other = spoken_for(token)
        if other is None or other.text != body.text:
            continue
        person = _named(token)
        if person is not None:
            names.add(person_name(person))
    return names.pop() if len(names) == 1 else None


def _named(spokesperson: Token) -> Token | None:
    """'MTV spokeswoman Jeannie Kedas', 'a spokesman, John Smith': the person's name token."""
    if spokesperson.dep_ == "compound" and spokesperson.head.ent_type_ == "PERSON":
        return spokesperson.head
    return next((c for c in spokesperson.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
