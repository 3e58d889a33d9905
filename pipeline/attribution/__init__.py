"""Attributed claims (who said what) in a parsed document: direct quotes and reported speech.

`extract_claims(doc)` runs, in order:
1. `context.document_context`: tokens, paragraphs, labels, headlines, quotes, built once;
2. every pattern of `registry` (one module per cue family in `patterns/`), each on its own;
3. `resolve.conflicts`: one cue token to one frame, by pattern priority;
4. `resolve.nesting`: frames inside other frames' content, non-claims (`resolve.non_claims`);
5. `resolve.quote_attachment`: quotes to the cue that introduces them (same sentence, the adjacent
   sentence, or the previous speaker for a quote that continues without a cue);
6. sources resolved within the document (`pipeline.sources`), in the order they are mentioned.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc

from pipeline.attribution.certainty import hedged
from pipeline.attribution.context import document_context
from pipeline.attribution.frames import Frame, covering, fragments, token_span
from pipeline.attribution.grammar.cue_verbs import cue_lemma_of
from pipeline.attribution.registry import PATTERNS, Pattern, candidates
from pipeline.attribution.resolve.conflicts import settle_cues
from pipeline.attribution.resolve.nesting import nest
from pipeline.attribution.resolve.quote_attachment import attach_quotes
from pipeline.models import ClaimType, ExtractedClaim
from pipeline.sources.coreference import SourceResolver
from pipeline.sources.mentions import expand_mention

__all__ = ["extract_claims"]


def _claim(doc: Doc, text: str, frame: Frame, resolver: SourceResolver) -> ExtractedClaim | None:
    pieces = fragments(doc, frame.content, verbatim=frame.claim_type is ClaimType.DIRECT_QUOTE)
    if not pieces:
        return None
    source = resolver.resolve(frame.source_head) if frame.source_head is not None else None
    hedge_tokens = [doc[i] for i in frame.cue]
    if frame.source_head is not None:
        hedge_tokens.extend(expand_mention(frame.source_head))
    return ExtractedClaim(
        claim_type=frame.claim_type,
        certainty=hedged(frame.certainty, hedge_tokens),
        content=covering(pieces, text),
        content_fragments=pieces,
        cue=token_span(doc, frame.cue) if frame.cue else None,
        source=source,
        cue_lemma=cue_lemma_of(doc[frame.cue[0] : frame.cue[-1] + 1]) if frame.cue else None,
        pattern=frame.pattern,
    )


def extract_claims(doc: Doc, patterns: Iterable[Pattern] = PATTERNS) -> list[ExtractedClaim]:
    """Direct and indirect claims of `doc`, in text order, with in-document source resolution
    (`patterns`: all of them, or some to run alone)."""
    ctx = document_context(doc)
    frames = attach_quotes(ctx, nest(ctx, settle_cues(ctx, candidates(ctx, patterns))))
    resolver = SourceResolver(doc, [quote.tokens() for quote in ctx.quotes])
    text = doc.text  # spaCy rebuilds Doc.text on every access: read it once
    claims: list[ExtractedClaim] = []
    seen: set[tuple[int, int]] = set()
    # Sources are resolved in the order their mentions appear, so a pronoun finds its antecedent.
    for frame in sorted(frames, key=lambda f: f.source_head.i if f.source_head is not None else min(f.content)):
        claim = _claim(doc, text, frame, resolver)
        if claim is None or (claim.content.start, claim.content.end) in seen:
            continue
        seen.add((claim.content.start, claim.content.end))
        claims.append(claim)
    claims = [replace(c, source=resolver.finalise(c.source)) if c.source else c for c in claims]
    return sorted(claims, key=lambda c: (c.content.start, c.content.end))
