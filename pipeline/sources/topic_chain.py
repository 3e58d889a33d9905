"""Sentences that carry the topic on without naming it. 'Desailly is one of the most decorated
players. He is now winding down his career in Qatar ... So he is full of admiration for ... Paolo
Maldini and Alessandro Costacurta. "I'm happy ...," he said.': the subject "he" of the sentences
between refers back to Desailly, so the names they hold only as objects or modifiers are not what
a later "he" stands for (the grammatical centre of a sentence is its subject, and a pronoun
subject continues the referent before it). `salient_person` ranks the people a "he" or "she" may
stand for by that order."""

from __future__ import annotations

from collections.abc import Container
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from pipeline.deps import NOMINAL_SUBJECTS, has_the
from pipeline.lexicons import load

if TYPE_CHECKING:
    from pipeline.sources.names import DocumentNames

# How far back (in sentences outside quotes) a pronoun looks for a named person before taking the
# document's most mentioned one.
_SALIENCE_WINDOW = 6


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


def salient_person(names: DocumentNames, before: int, sentence: int, gender: str | None, reachable) -> str | None:
    """The person a pronoun at token `before` (in sentence number `sentence`) stands for, among the
    people `names` (a document's `DocumentNames`) holds: a subject of its own sentence before it,
    else the nearest earlier sentence's main subject, other subject, then other mention (the most
    mentioned name first), within a few sentences (passing over one whose subject refers back above
    its names); else the most mentioned person so far. `reachable(p)`: a name in the pronoun's quote
    context and gender."""
    candidates = [p for p in names.people if p.start < before and not p.modifier and reachable(p)]
    same = [p for p in candidates if p.sentence == sentence and p.role < 2]
    if same:
        return min(same, key=lambda p: (p.role, -p.start)).name
    skipped = set() if before in names.quoted else names.quoted_sentences  # a narrator's pronoun skips quotes
    narrated = [n for n in range(sentence - 1, -1, -1) if n not in skipped]

    def mentions(person) -> int:
        return names.mentions[person.name.split()[-1].casefold()]

    # past a sentence whose subject refers back without a name ("He will undergo an operation",
    # "The writer was known for ..."), the chain goes on to a subject, never an object named
    # before it ("fractured his arm in a win over Bath", "a film starring Jacqueline Bisset")
    chained = False
    for earlier in narrated[:_SALIENCE_WINDOW]:
        here = [p for p in candidates if p.sentence == earlier and (p.role < 2 or not chained)]
        if not here or min(p.role for p in here) == 3:
            chained = chained or continuing_subject_role(names.sentence(earlier), gender, names.quoted) is not None
            continue
        whole = names.sentence(earlier)
        opening = whole.doc[whole.start : min(p.start for p in here)]  # before its first name
        carried = continuing_subject_role(opening, gender, names.quoted)
        if carried is None or carried >= min(p.role for p in here):
            return min(here, key=lambda p: (p.role, -mentions(p), -p.start)).name
    if candidates:
        return max(candidates, key=lambda p: (mentions(p), p.start)).name
    return None
