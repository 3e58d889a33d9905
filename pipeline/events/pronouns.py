"""Pronoun actors resolved cheaply from the parse: "its/their" -> the clause subject, a
subject pronoun in a reported clause -> the reporter ("the ministry claimed it had ..."),
he/she -> the nearest PERSON subject of the last three sentences (it/they: organisation or
country), "who" -> the noun its clause describes.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.deps import SUBJECTS
from pipeline.doc_index import entities
from pipeline.events.arguments import governing_verb, subjects
from pipeline.events.ontology import load_lexicon

_PRONOUN_WINDOW = 3  # sentences searched back for the antecedent of he/she/it/they
_FUNCTION_POS = {"PRON", "DET", "SCONJ", "CCONJ", "ADP", "PART", "AUX", "PUNCT"}


def resolve_pronoun(token: Token) -> Token:
    """An antecedent for a pronoun actor, or the pronoun itself when none is found."""
    lexicon = load_lexicon()
    lower = token.lower_
    if token.pos_ != "PRON":
        return token
    if lower in lexicon["relative_pronouns"] and token.head.dep_ == "relcl":
        return token.head.head  # "Laura, who spoke": the noun the clause describes
    if token.dep_ == "poss" or lower in lexicon["group_pronouns"]:
        antecedent = _clause_subject(token)
        if antecedent is not None:
            return antecedent
    if lower in lexicon["person_pronouns"]:
        return _entity_antecedent(token, frozenset({"PERSON"})) or token
    if lower in lexicon["group_pronouns"] and token.dep_ in SUBJECTS:  # "It launched ..."
        return _entity_antecedent(token, lexicon["group_labels"]) or token
    return token


def _clause_subject(pronoun: Token) -> Token | None:
    """"Russia intensified its campaign", "the nominee, who began his speech": the subject
    of the pronoun's clause; for a subject pronoun in a reported clause, the reporter."""
    if pronoun.dep_ in SUBJECTS:
        clause = pronoun.head
        if clause.dep_ != "ccomp":
            return None
        clause = clause.head  # "the ministry claimed it had ...": the reporter
    else:
        clause = governing_verb(pronoun.head)
    for subject in subjects(clause) if clause is not None else []:
        if subject.i == pronoun.head.i:
            continue
        if subject.pos_ == "PRON" and subject.lower_ in load_lexicon()["relative_pronouns"]:
            subject = resolve_pronoun(subject)
        if subject.pos_ != "PRON":
            return subject
    return None


def _entity_antecedent(pronoun: Token, labels: frozenset[str]) -> Token | None:
    """The nearest entity of `labels` that is a subject (or names one: "the chief, Kaja
    Kallas,") within the last few sentences; else the nearest such entity there that is no
    place phrase ("phones in the UK" names where, not who)."""
    sentence_starts = [s.start for s in pronoun.doc.sents if s.start <= pronoun.i]
    window_start = sentence_starts[-_PRONOUN_WINDOW:][0]
    candidates = [
        e.root
        for e in entities(pronoun.doc)
        if e.label_ in labels and window_start <= e.start and e.end <= pronoun.i
    ]
    place_preps = load_lexicon()["location_preps"]
    candidates = [c for c in candidates if not (c.dep_ == "pobj" and c.head.lower_ in place_preps)]
    subjects_ = [c for c in candidates if _is_subject(c)]
    return (subjects_ or candidates or [None])[-1]


def _is_subject(token: Token) -> bool:
    if token.dep_ == "appos":
        token = token.head
    return token.dep_ in SUBJECTS


def unresolved(token: Token) -> bool:
    """A pronoun left unresolved ("it", "they"), a relative pronoun ("that", also where the
    parser reads it as a conjunction: "showed that of the 17 people found guilty"), a bare
    determiner or any other function word is never an actor or target name."""
    return token.pos_ in _FUNCTION_POS or token.tag_ in {"WDT", "WP", "WP$"}
