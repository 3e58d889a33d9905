"""How sure the text is of a claim: the cue's lexicon certainty, lowered by hedges and negation."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from pipeline.attribution.lexicons import cues, hedges
from pipeline.models import Certainty


def _negated(cue: Token) -> bool:
    words = set(hedges()["negation_words"])
    return any(
        child.dep_ == "neg"
        or (child.dep_ == "advmod" and (child.lower_ in words or any(g.lower_ in words for g in child.lefts)))
        for child in cue.children
    )  # "did not say", "never said", "no longer wants"


def _impersonal_passive(cue: Token) -> bool:
    """'It is understood that Y', 'Fears had been expressed that Y': a passive cue with no
    agent whose subject is 'it' or a noun of opinion, so nobody is named as holding Y."""
    children = list(cue.children)
    if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ == "agent" for c in children):
        return False
    subjects = [c for c in children if c.dep_ == "nsubjpass"]
    return any(s.lower_ == "it" or s.lemma_.lower() in hedges()["impersonal_subjects"] for s in subjects)


def base_certainty(cue: Token, lexicon_certainty: str) -> Certainty:
    """The cue's certainty; an adverb on the cue ("reportedly said") or a negation changes it."""
    certainty = Certainty(lexicon_certainty)
    adverbs = cues()["adverbs"]
    for child in cue.children:
        if child.dep_ == "advmod" and child.lower_ in adverbs and child.i != cue.i:
            certainty = Certainty(adverbs[child.lower_])
    if _impersonal_passive(cue):
        frames = hedges()["impersonal_passive"]
        certainty = Certainty(frames.get(cue.lemma_.lower(), frames["_default"]))
    if _negated(cue):
        certainty = Certainty(hedges()["negated"][certainty.value])
    return certainty


def hedged(certainty: Certainty, tokens: Iterable[Token]) -> Certainty:
    """UNVERIFIED when the source or cue is qualified as unverified ("unconfirmed reports said")."""
    if certainty is Certainty.DENIED:
        return certainty
    modifiers = set(hedges()["unverified_modifiers"])
    if any(token.lower_ in modifiers for token in tokens):
        return Certainty.UNVERIFIED
    return certainty
