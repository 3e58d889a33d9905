"""Cue verbs the tagger reads as plural nouns, mostly in headlines and title case: 'Sanders Vows
To Cut Taxes', 'The campaign plans to hire staff', 'Trump Charges That Y', 'Y, the doctor maintains';
and headline cue verbs whose subject the parser reads as a compound of the verb.

A listed cue verb's -s form counts as the verb when it heads its clause (its own subject, or a
name compounded before it at the root) and governs what a cue verb governs: an infinitive, a
that-clause, a clausal complement, or a clause fronted before it.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.attribution.certainty import base_certainty
from pipeline.attribution.frames import Frame
from pipeline.attribution.lexicons import cues
from pipeline.sources import is_source_like

_PLURAL_TAGS = {"NNS", "NNPS"}
# Where a misread verb stands when it heads the clause; a noun in any other slot is a noun.
_CLAUSE_HEAD_DEPS = {"ROOT", "dep"}


def verb_lemma(token: Token) -> str | None:
    """'Vows' -> 'vow', 'pushes' -> 'push': the listed cue verb whose -s form the token is."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.tag_ not in _PLURAL_TAGS and not token.is_title:
        return None
    word = token.lower_
    verbs = cues()["verbs"]
    for stem in (word.removesuffix("s"), word.removesuffix("es")):
        if stem != word and stem in verbs:
            return stem
    return None


def _subject(token: Token) -> Token | None:
    """Its own subject ('The campaign plans'), or at the root the name compounded right before it
    ('Sanders Vows'), when that can speak."""
    subject = next((c for c in token.lefts if c.dep_ == "nsubj"), None)
    if subject is None and token.dep_ in _CLAUSE_HEAD_DEPS:
        subject = next((c for c in token.lefts if c.dep_ == "compound" and c.i == token.i - 1), None)
    return subject if subject is not None and is_source_like(subject) else None


def _complement(token: Token) -> Token | None:
    """The infinitive, that-clause or clausal complement right after it, or a clause fronted before it."""
    for child in token.rights:
        if child.pos_ not in {"VERB", "AUX"} or child.left_edge.i != token.i + 1:
            continue
        if any(g.dep_ == "aux" and g.lower_ == "to" or g.dep_ == "mark" and g.lower_ == "that" for g in child.children):
            return child
        if child.dep_ == "ccomp":
            return child
    if token.dep_ == "ROOT":
        return next((c for c in token.lefts if c.dep_ == "ccomp"), None)  # "Y, the doctor maintains."
    return None


def misread_verb_frame(token: Token) -> Frame | None:
    """The frame of a cue verb tagged as a plural noun, or of a headline cue verb whose subject was
    read as a compound ('Mayor Vows To Y'), if it is one."""
    lemma = verb_lemma(token)
    if lemma is None and token.pos_ == "VERB" and token.lemma_.lower() in cues()["verbs"]:
        if not any(c.dep_ == "nsubj" for c in token.children):
            lemma = token.lemma_.lower()
    if lemma is None:
        return None
    subject, complement = _subject(token), _complement(token)
    if subject is None or complement is None:
        return None
    return Frame(
        cue=[token.i],
        source_head=subject,
        content={t.i for t in complement.subtree},
        certainty=base_certainty(token, cues()["verbs"][lemma]),
    )
