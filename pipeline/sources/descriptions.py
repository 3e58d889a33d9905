"""Definite descriptions that stand for a named source: "the firm" for the company the article
just named, "the chancellor" for the person the article calls chancellor.

A body noun ("the firm", "the charity", "the world's second biggest insurer") stands for the
nearest organisation named before it, within a few sentences. A role noun ("the chancellor",
"the creator") stands for the person the document ties to that role: by a title or role word
before the name ("Lib Dem leader Charles Kennedy"), an apposition ("Gerhard Florin, EA's managing
director"; "His creator, Richard Bowden") or a copula ("he is the longest serving chancellor").
A party with a possessive pronoun ("his party") is the party the document ties to that person
("Lib Dem leader Charles Kennedy ... his party" -> the Liberal Democrats); another description with
a possessive pronoun or no tie stays as written.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from pipeline.lexicons import load
from pipeline.sources.names import DocumentNames
from pipeline.sources.phrases import party_of
from pipeline.sources.sectors import agent_sector

# How many sentences back a body noun looks for the organisation it stands for.
_BODY_WINDOW = 4
_COPULAS = {"be", "become", "remain"}


def _lexicon() -> dict:
    return load("source_kinds")


def is_definite(head: Token) -> bool:
    """'the firm', 'the world's biggest insurer': singular, with 'the' or a possessive noun."""
    return head.pos_ == "NOUN" and head.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"} for c in head.children
    )


def is_body_noun(lemma: str) -> bool:
    lexicon = _lexicon()
    return lemma in lexicon["organization_heads"] or agent_sector(lemma) in {"business", "media", "party"} and lemma not in lexicon["person_heads"]


def is_role_noun(lemma: str) -> bool:
    lexicon = _lexicon()
    return lemma in lexicon["person_heads"] or lemma in lexicon["person_titles"] or lemma in lexicon["government_heads"]


def role_ties(doc: Doc, names: DocumentNames, he_or_she: Callable[[Token], str | None]) -> dict[str, list[tuple[int, str]]]:
    """Role lemma -> (token, person name) for every place the document ties a role to a name."""
    ties: dict[str, list[tuple[int, str]]] = {}

    def tie(role: Token, at: int, name: str | None) -> None:
        if name and role.pos_ in {"NOUN", "PROPN"} and is_role_noun(role.lemma_.lower()):
            ties.setdefault(role.lemma_.lower(), []).append((at, name))

    named = {p.start: p.name for p in names.people}
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.start not in named:
            continue
        root, name = ent.root, named[ent.start]
        for child in root.children:
            if child.dep_ in {"compound", "amod", "nmod", "appos"}:
                tie(child, ent.start, name)  # "Lib Dem leader Charles Kennedy", "Florin, EA's director"
        if root.dep_ == "appos":
            tie(root.head, ent.start, name)  # "His creator, Richard Bowden"
        if root.dep_ == "nsubj":
            for attr in (c for c in root.head.children if c.dep_ == "attr"):
                if root.head.lemma_ in _COPULAS:
                    tie(attr, ent.start, name)
    for token in doc:  # "he is the longest serving chancellor"
        if token.lower_ in {"he", "she"} and token.dep_ == "nsubj" and token.head.lemma_ in _COPULAS:
            for attr in (c for c in token.head.children if c.dep_ == "attr"):
                tie(attr, token.i, he_or_she(token))
    return ties


def described_body(head: Token, names: DocumentNames, sources: list[tuple[int, str]]) -> str | None:
    """The organisation 'the firm' stands for: the nearest one named before it, not long before,
    among the organisations the model tagged and the bodies already resolved as sources."""
    sentence = names.sentence_index(head.i)
    before = sorted(
        (start, name) for start, name in names.organisation_mentions + sources if start < head.i
        and sentence - names.sentence_index(start) <= _BODY_WINDOW and not (head.left_edge.i <= start <= head.i)
    )
    return names.full_organisation(before[-1][1]) if before else None


def described_person(head: Token, ties: dict[str, list[tuple[int, str]]]) -> str | None:
    """The person the document ties to this role, the nearest tie before the description first."""
    tied = ties.get(head.lemma_.lower(), [])
    before = [name for at, name in tied if at < head.i]
    if before:
        return before[-1]
    return tied[0][1] if tied else None


def possessor_party(head: Token, names: DocumentNames, he_or_she: Callable[[Token], str | None]) -> str | None:
    """'his party' -> the party written before the name of the person 'his' stands for ('Lib Dem
    leader Charles Kennedy', 'Tory MP Ann Lee'), by its canonical name; None when untied."""
    if head.lemma_.lower() != "party":
        return None
    possessor = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in {"his", "her", "whose"}), None)
    if possessor is not None and possessor.lower_ == "whose":  # "Mr Kennedy, whose party opposes Y"
        clause = head.head
        named = clause.head if clause.dep_ == "relcl" and clause.head.pos_ == "PROPN" else None
        person = named.text if named is not None else None
    else:
        person = he_or_she(possessor) if possessor is not None else None
    if person is None:
        return None
    doc = head.doc
    surname = person.split()[-1]
    for named in (p for p in names.people if p.name.split()[-1] == surname):
        root = doc[named.start]  # the entity may open with its role words ("Lib Dem leader Charles Kennedy")
        while root.dep_ in {"compound", "flat"} and root.head.i != root.i:
            root = root.head
        before = [t for t in root.subtree if t.i < root.i and t.text not in named.name.split()]
        for n, token in enumerate(before):
            for written in (token.text, " ".join(t.text for t in before[n : n + 2])):
                form = party_of(written) if written[:1].isupper() else None
                if form is not None:  # "Tory" -> "Tories", "Lib Dem" -> "Lib Dems"
                    return names.full_organisation(written if written.casefold() == form else form.title())
    return None
