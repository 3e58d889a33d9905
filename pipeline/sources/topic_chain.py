"""Sentences that carry the topic on without naming it. 'Desailly is one of the most decorated
players. He is now winding down his career in Qatar ... So he is full of admiration for ... Paolo
Maldini and Alessandro Costacurta. "I'm happy ...," he said.': the subject "he" of the sentences
between refers back to Desailly, so the names they hold only as objects or modifiers are not what
a later "he" stands for (the grammatical centre of a sentence is its subject, and a pronoun
subject continues the referent before it)."""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Span, Token

from pipeline.deps import NOMINAL_SUBJECTS, has_the
from pipeline.lexicons import load


def _person_description(token: Token) -> bool:
    """'the striker', 'The seventh seed, who has never gone beyond ...': a definite noun phrase
    without a name that is a person, by its head noun or by a "who" clause describing it."""
    definite = has_the(token)
    named = any(t.pos_ == "PROPN" for t in token.doc[token.left_edge.i : token.i]) or any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children)
    if token.pos_ != "NOUN" or not definite or named:
        return False
    who = any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in token.children)
    return who or token.lemma_.lower() in load("source_kinds")["person_heads"]


def _named_by_copula(subject: Token) -> bool:
    """'The highest ranking executive ... was former Marsh senior vice president Joshua Bewlay': the
    subject is the name its verb's attribute gives, not someone before."""
    return any(c.dep_ == "attr" and any(w.pos_ == "PROPN" for w in c.subtree) for c in subject.head.children)


def continuing_subject_role(sentence: Span, gender: str | None, quoted: Container[int]) -> int | None:
    """The grammatical role (0: of the main verb, 1: of another clause) of the highest subject of
    `sentence`, outside quotes, that refers back to someone without naming them: "he" or "she"
    of `gender`, or a definite description of a person; None when there is none. Only the words
    before the sentence's first name count (pass them as `sentence`): a "he" after a name is that
    name ("tycoon Steve Morgan, who got frustrated by what he claimed")."""
    pronouns = load("source_kinds")["person_pronouns"]
    roles = [
        0 if t.head.dep_ == "ROOT" else 1 for t in sentence
        if t.dep_ in NOMINAL_SUBJECTS and t.i not in quoted
        and (t.pos_ == "PRON" and pronouns.get(t.lower_) == gender or _person_description(t))
        and not _named_by_copula(t)
    ]
    return min(roles, default=None)
