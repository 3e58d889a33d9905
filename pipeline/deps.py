"""Dependency-label, tag and entity-label sets (spaCy's English scheme) and small parse helpers,
each declared once.

Attribution, source resolution and events all read them; they live outside those packages so
that none has to import another to share a label set.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# Subjects that are noun phrases, active and passive ("X said", "X was told").
NOMINAL_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Every subject, a clause too ("What he said was Y").
SUBJECTS = NOMINAL_SUBJECTS | {"csubj"}
# What a preposition takes: a noun phrase or a clause ("called for reducing the rate").
PREPOSITION_OBJECTS = frozenset({"pobj", "pcomp"})
# Clauses describing a noun: relative and participial ("X, who said Y"; "officials saying Y").
DESCRIBING_CLAUSES = frozenset({"relcl", "acl"})
# Penn tags of a finite verb, and with a modal, of a clause, not a phrase ('Tax Fraud Charges Dropped').
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})
FINITE_TAGS = FINITE_VERB_TAGS | {"MD"}
# Entity labels of places: a dateline, a place acted on, not someone who speaks.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entity labels of measured amounts, and of every date, time or number: never a speaker, an actor
# or an event word.
MEASURE_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY"})
# Labels of when something happened ("Friday's meeting", "in July"): a time, never a who or a where.
TIME_LABELS = frozenset({"DATE", "TIME"})
NUMERIC_LABELS = MEASURE_LABELS | TIME_LABELS | {"CARDINAL", "ORDINAL"}


def subtree(token: Token) -> set[int]:
    """The token indices of `token`'s subtree."""
    return {t.i for t in token.subtree}


def has_the(head: Token) -> bool:
    """Whether a noun takes "the" as its determiner ("the firm", "The Treasury")."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def has_subject(verb: Token) -> bool:
    """Whether `verb` has a subject of its own, a clause included."""
    return any(c.dep_ in SUBJECTS for c in verb.children)


def has_nominal_subject(verb: Token) -> bool:
    """Whether `verb` has a noun-phrase subject of its own."""
    return any(c.dep_ in NOMINAL_SUBJECTS for c in verb.children)


def acts(phrase: Token) -> bool:
    """Whether a noun phrase's head is a doer: a subject, or the agent of a passive ("Produced by
    Jupiter Research, the analysis found")."""
    return phrase.dep_ in NOMINAL_SUBJECTS or phrase.dep_ == "pobj" and phrase.head.dep_ == "agent"


def joined_by_hyphen(doc: Doc, i: int) -> bool:
    """Token `i` and the one after the hyphen next to it are one word the tokenizer split
    ("Kilroy", "-", "Silk"; "27", "-", "year"): nothing spaced between them."""
    return i + 1 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_


def dates_only(prep: Token) -> bool:
    """A prepositional phrase whose object is a date or a time ("on Thursday", "in July"): it says
    when, not who, whose or what."""
    return prep.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ in TIME_LABELS for o in prep.children)
