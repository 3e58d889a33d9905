"""Evidential raising verbs (lexicon `raising_verbs`): 'Y seems Z', 'X seems to Y'.

The proposition is the subject together with the verb's complement ('Melania seems to have
vanished' -> 'Melania ... to have vanished'); whoever it seems so to ('seems credible to me')
is the source, and without one the narrator holds it. PolNeAR annotates these as attributions.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from pipeline.attribution.certainty import base_certainty
from pipeline.attribution.context import DocContext
from pipeline.attribution.frames import Frame
from pipeline.attribution.lexicons import cues
from pipeline.attribution.grammar.cue_verbs import cue_tokens
from pipeline.attribution.grammar.subjects import EXPLETIVES
from pipeline.deps import NOMINAL_SUBJECTS, subtree
from pipeline.sources.source_like import is_source_like

_COMPLEMENT_DEPS = ("xcomp", "ccomp", "acomp", "attr", "oprd")


def _experiencer(ctx: DocContext, verb: Token, complement: Token) -> Token | None:
    """'seems credible to me' -> the preposition 'to' (on the verb or on its complement), when
    what it introduces can hold a view ('seemed to fill the space to the right of X' has none)."""
    for prep in (*verb.children, *complement.children):
        if prep.dep_ == "prep" and prep.lower_ == "to" and any(g.dep_ == "pobj" and is_source_like(ctx, g) for g in prep.children):
            return prep
    return None


def raising_frames(ctx: DocContext) -> Iterator[Frame]:
    """'Y seems Z' / 'X appears to Y': subject plus complement, source the experiencer if any."""
    quoted = ctx.quoted
    raising = cues()["raising_verbs"]
    verbs = cues()["verbs"]
    lemmas, pos = ctx.columns.lemma, ctx.columns.pos
    for token in ctx.tokens:
        lemma = lemmas[token.i]
        if lemma not in raising or pos[token.i] not in {"VERB", "AUX"} or token.i in quoted:
            continue
        complement = next((c for dep in _COMPLEMENT_DEPS for c in token.children if c.dep_ == dep), None)
        # 'seemed to suggest that Y' is the reporting verb's frame, which keeps its own source
        if complement is None or complement.lemma_.lower() in verbs:
            continue
        content = subtree(complement)
        for child in token.children:
            if child.dep_ in NOMINAL_SUBJECTS and child.lower_ not in EXPLETIVES:
                content |= subtree(child)
        cue = cue_tokens(token)
        experiencer = _experiencer(ctx, token, complement)
        if experiencer is not None:
            content -= subtree(experiencer)
        yield Frame(
            cue=cue,
            source_head=next((g for g in experiencer.children if g.dep_ == "pobj"), None) if experiencer else None,
            content=content - set(cue),
            certainty=base_certainty(token, raising[lemma]),
        )
