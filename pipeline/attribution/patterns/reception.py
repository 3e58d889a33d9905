"""A received reaction: 'X faced criticism from Z for Y', 'X took heat for Y', 'X has faced
ridicule'. The reaction is Z's (often unnamed); it is about Y, or else about X."""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.attribution.certainty import base_certainty
from pipeline.attribution.context import DocContext
from pipeline.attribution.frames import Frame
from pipeline.attribution.grammar.subjects import subject_of
from pipeline.attribution.lexicons import cues
from pipeline.attribution.patterns.nouns import prepositional_content
from pipeline.deps import PREPOSITION_OBJECTS, subtree


def reception_frames(ctx: DocContext) -> Iterator[Frame]:
    """'X faced criticism from Z for Y', 'X took heat for Y', 'X has faced ridicule': the reaction
    is Z's (often unnamed); it is about Y, or else about X."""
    quoted = ctx.quoted
    lexicon = cues()
    reactions, verbs = lexicon["reaction_nouns"], set(lexicon["reception_verbs"])
    dep, lemmas = ctx.columns.dep, ctx.columns.lemma
    for token in ctx.tokens:
        if dep[token.i] != "dobj" or lemmas[token.i] not in reactions:
            continue
        verb = token.head
        lemma = lemmas[token.i]
        if lemmas[verb.i] not in verbs or token.i in quoted:
            continue
        sender = next((c for c in (*token.rights, *verb.rights) if c.dep_ == "prep" and c.lower_ == "from"), None)
        source = next((g for g in sender.children if g.dep_ == "pobj"), None) if sender is not None else None
        about = [
            c for c in (*token.rights, *verb.rights)
            if c.dep_ == "prep" and c.lower_ in lexicon["reaction_prepositions"]
            and any(g.dep_ in PREPOSITION_OBJECTS for g in c.children)
        ]
        target = subject_of(ctx, verb)
        if target is not None and target.lemma_.lower() in lexicon["nouns"]:
            target = None  # "the claim drew criticism": the claim is the attribution, kept whole
        if about:
            content, cue_end = prepositional_content(about[0]), about[0].i if about[0].i == token.i + 1 else token.i
        elif target is not None:
            content, cue_end = subtree(target), token.i
        else:
            continue
        start = min([token.i] + [c.i for c in token.lefts if c.dep_ == "amod" and c.i >= token.i - 2])
        certainty = base_certainty(token, reactions[lemma])
        yield Frame(cue=list(range(start, cue_end + 1)), source_head=source, content=content, certainty=certainty)
