"""Complements the CAMEO patterns and the modality read on the parse: a passive's object raised
to a governing verb's subject ("the embargo is likely to be lifted"), an infinitive with its
own subject opened by "for" ("called for him to go"), an object's predicate ("which he calls
"good fun"") and a participle describing its noun ("the coalition headed by ...")."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.doc_words import children_with, doc_words


def raised_subject(verb: Token) -> list[Token]:
    """The object of a passive whose subject sits on a governing verb or adjective: "the
    embargo is likely to be lifted", "are expected to be released"."""
    found = doc_words(verb.doc)
    deps = {found.deps[c] for c in found.children[verb.i]}
    if "auxpass" not in deps or "nsubjpass" in deps:
        return []
    current = verb
    for _ in range(3):
        if current.dep_ not in {"xcomp", "acomp"} or current.head.i == current.i:
            return []
        current = current.head
        subjects = children_with(current, {"nsubj", "nsubjpass"})
        if subjects:
            return subjects
    return []


def for_clause(token: Token) -> bool:
    """"(called) for him to go": an infinitive with its own subject, opened by "for"."""
    children = list(token.children)
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children
    )


def names_its_object(verb: Token) -> bool:
    """"which he calls "good fun"", "was named a Hans Christian Andersen ambassador": a verb
    with its object's predicate names or ranks the object; CALL's default (041, a phone call)
    or NAME's (050) is another sense."""
    return any(c.dep_ == "oprd" for c in verb.children)


def labels_its_noun(verb: Token) -> bool:
    """A past participle with its agent describing a noun ("the coalition headed by ...",
    "Britons held by the US"): coded only by its block's default, it labels the noun, no event
    of its own."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
