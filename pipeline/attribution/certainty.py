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
    """'It is understood that Y', 'Fears had been expressed that Y', 'Y is expected to Z', 'the
    vote, widely expected to be held in May': a passive cue with no agent whose subject is 'it' or
    a noun of opinion, a raising passive of hearsay or opinion whose subject is what the claim is
    about (also as a participle after its noun), or a verb whose passive always passes on
    hearsay ('X is quoted as saying'), so nobody is named as holding Y."""
    children = list(cue.children)
    if any(c.dep_ == "agent" for c in children):
        return False
    lemma, lexicon = cue.lemma_.lower(), hedges()
    if cue.tag_ == "VBN" and lemma in lexicon["hearsay_passives"]:
        return any(c.dep_ == "auxpass" for c in children) or cue.dep_ == "acl"
    raising = lemma in lexicon["raising_passives"] and any(
        c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) for c in children
    )
    if cue.dep_ == "acl" and cue.tag_ == "VBN" or reduced_raising_passive(cue):  # 'the vote, widely expected to be held'
        return raising
    if not any(c.dep_ == "auxpass" for c in children):
        return False
    subjects = [c for c in children if c.dep_ == "nsubjpass"]
    return raising or any(s.lower_ == "it" or s.lemma_.lower() in lexicon["impersonal_subjects"] for s in subjects)


def reduced_raising_passive(cue: Token) -> bool:
    """'4bn euros thought to be held in an account', 'people said to have fled': a raising verb of
    hearsay with no auxiliary, whose infinitive is 'to be' or 'to have', is a participle after its
    noun even where the parser made the noun its subject and the verb a past tense; active
    'thought'/'said' does not take 'to be' ("he said it was", not "he said to be")."""
    if cue.lemma_.lower() not in hedges()["raising_passives"] or cue.tag_ not in {"VBD", "VBN"}:
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in cue.children):
        return False
    return any(
        c.dep_ == "xcomp" and c.i > cue.i and any(a.tag_ == "TO" for a in c.children)
        and (c.lemma_ == "be" or any(a.dep_ in {"aux", "auxpass"} and a.lemma_ in {"be", "have"} for a in c.children))
        for c in cue.children
    )


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
