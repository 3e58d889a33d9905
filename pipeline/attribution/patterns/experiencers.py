"""Verbs of emotion whose object feels something about their subject: 'The ruling worries
environmentalists', 'a law which angered the ministers', 'Y, frustrating the mayor', 'it troubles
me that Y'.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from pipeline.attribution.certainty import base_certainty
from pipeline.attribution.context import DocContext
from pipeline.attribution.frames import Frame
from pipeline.attribution.grammar.cue_verbs import cue_lemma, cue_tokens
from pipeline.attribution.grammar.subjects import EXPLETIVES, RELATIVE_TAGS
from pipeline.attribution.lexicons import cues
from pipeline.deps import subtree
from pipeline.sources.source_like import is_source_like

def experiencer_frames(ctx: DocContext) -> Iterator[Frame]:
    """'The ruling worries environmentalists', 'a law which angered the ministers', 'Y, frustrating
    the mayor': a verb of emotion whose source-like object feels it about its subject (or about
    the clause a subjectless participle hangs on); 'it troubles me that Y' about the clause."""
    quoted = ctx.quoted
    verbs = cues()["experiencer_verbs"]
    pos = ctx.columns.pos
    for token in ctx.tokens:
        if token.i in quoted or pos[token.i] != "VERB" or cue_lemma(token) not in verbs:
            continue
        feeler = next((c for c in token.rights if c.dep_ == "dobj"), None)
        if feeler is None or not is_source_like(ctx, feeler) or _nobody(feeler):
            continue
        if any(c.dep_ in {"xcomp", "oprd"} for c in token.children):
            continue  # "it encouraged voters to stay home": a request, not a feeling
        content = _stimulus(token)
        if content:
            certainty = base_certainty(token, "asserted")
            yield Frame(cue=cue_tokens(token), source_head=feeler, content=content, certainty=certainty)


def _nobody(phrase: Token) -> bool:
    """'surprised nobody', 'pleased no one': a negated object names no one who feels anything."""
    return phrase.lower_ in cues()["negative_pronouns"] or any(c.dep_ == "det" and c.lower_ == "no" for c in phrase.children)


def _stimulus(verb: Token) -> set[int]:
    """What an experiencer verb's object feels about: an extraposed clause ('it troubles me that
    Y'), the subject (a relative word stands for its noun, PolNeAR's convention), or the clause a
    subjectless participle is adjoined to."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    clause = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    if subject is not None and subject.lower_ in EXPLETIVES:
        return subtree(clause) if clause is not None else set()
    if subject is not None:
        return {subject.i} if subject.tag_ in RELATIVE_TAGS else subtree(subject)
    head = verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.pos_ in {"VERB", "AUX"} and head.i < verb.i:
        return subtree(head) - subtree(verb)
    return set()
