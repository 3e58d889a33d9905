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
from pipeline.attribution.context import DocContext, document_context, verb_lemmas
from pipeline.attribution.cue_classes import speaks_or_writes
from pipeline.attribution.grammar.name_subjects import retag_name_subjects
from pipeline.attribution.frames import Frame, covering, fragments, token_span
from pipeline.attribution.grammar.cue_verbs import cue_lemma_of
from pipeline.attribution.registry import PATTERNS, Pattern, candidates
from pipeline.attribution.resolve.conflicts import settle_cues
from pipeline.attribution.resolve.nesting import nest
from pipeline.attribution.resolve.quote_attachment import attach_quotes
from pipeline.deps import FINITE_VERB_TAGS
from pipeline.doc_index import doc_slice, doc_text
from pipeline.models import ClaimType, ExtractedClaim, SourceRef
from pipeline.sources.coreference import SourceResolver, is_speaker_pronoun
from pipeline.sources.mentions import expand_mention
from pipeline.sources.written_names import join_particle_names

__all__ = ["claims_and_resolver", "extract_claims", "repair_parse"]

_REPAIRED = "newsclaims.parse_repaired"


def _claim(doc: Doc, text: str, frame: Frame, source: SourceRef | None) -> ExtractedClaim | None:
    pieces = fragments(doc, frame.content, verbatim=frame.claim_type is ClaimType.DIRECT_QUOTE)
    if not pieces:
        return None
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
        cue_lemma=cue_lemma_of(doc_slice(doc, frame.cue[0], frame.cue[-1] + 1)) if frame.cue else None,
        pattern=frame.pattern,
    )


def _quote_speakers(ctx: DocContext, frames: list[Frame], quoted: set[int]) -> dict[int, Frame]:
    """id of each frame whose source is "I", "we" or "you" inside quote marks -> the frame of the
    quote's speaker: the frame holding that quote with its source outside it, else the last
    speaker outside quote marks before it in its paragraph or the two before, else the first
    after it in its paragraph ('"I think Y," she said')."""
    paragraph = ctx.paragraphs.number
    quote_of = {i: n for n, quote in enumerate(ctx.quotes) for i in quote.tokens()}
    inside = quoted | set(quote_of)
    speakers = [f for f in frames if f.source_head is not None and f.source_head.i not in inside and f.cue]
    owners: dict[int, Frame] = {}
    for frame in frames:
        head = frame.source_head
        if head is None or head.i not in inside or not is_speaker_pronoun(head):
            continue
        n = quote_of.get(head.i)
        holding = [f for f in speakers if n is not None and (n in f.quotes or any(quote_of.get(i) == n for i in f.content))]
        same = [f for f in speakers if paragraph[f.source_head.i] == paragraph[head.i]]
        before = [f for f in speakers if f.source_head.i < head.i and 0 <= paragraph[head.i] - paragraph[f.source_head.i] <= 2]
        after = [f for f in same if f.source_head.i > head.i]
        owner = (holding or before[-1:] or after[:1] or [None])[0]
        if owner is not None:
            owners[id(frame)] = owner
    return owners


def _resolve_sources(ctx: DocContext, frames: list[Frame]) -> tuple[list[tuple[Frame, SourceRef | None]], SourceResolver]:
    """Each frame with its source, resolved in the order the mentions appear (so a pronoun finds
    its antecedent), except that "I", "we" or "you" inside a quote take the quote's speaker."""
    resolver = SourceResolver(ctx.doc, [quote.tokens() for quote in ctx.quotes])
    ordered = sorted(frames, key=lambda f: f.source_head.i if f.source_head is not None else min(f.content))
    owners = _quote_speakers(ctx, ordered, resolver.names.quoted)
    sources: dict[int, SourceRef | None] = {}
    for frame in ordered:
        if frame.source_head is not None and id(frame) not in owners:
            sources[id(frame)] = resolver.resolve(frame.source_head, content=frame.content)
    for frame in ordered:
        if id(frame) in owners:
            sources[id(frame)] = resolver.resolve(frame.source_head, sources.get(id(owners[id(frame)])), frame.content)
    return [(f, sources.get(id(f))) for f in ordered], resolver


def _reader_addressed(frame: Frame, claim: ExtractedClaim, resolver: SourceResolver) -> bool:
    """'you' outside quote marks, naming no one, that does not speak or write: the reader the
    article addresses ("a tablet which allows you to write on the screen", "if you knew"), not a
    source. Inside a quote it is the quote's speaker's listener; "you said" (the subject of a
    finite verb of speaking or writing) still speaks."""
    head = frame.source_head
    if head is None or head.lower_ != "you" or head.i in resolver.names.quoted:
        return False
    if claim.source is not None and claim.source.name is not None:
        return False
    return not (speaks_or_writes(claim.cue_lemma) and head.dep_ == "nsubj" and head.head.tag_ in FINITE_VERB_TAGS)


def repair_parse(doc: Doc) -> None:
    """Mend the parse where the model is known to misread names: a person's name the entity
    tagger cut at a surname particle, a capitalised subject tagged as a verb. Once per document
    and before anything caches its tokens or entities (pipeline.doc_index), so that every reader,
    the sentence rows' included, sees the same repaired parse."""
    if doc.user_data.get(_REPAIRED):
        return
    join_particle_names(doc)
    retag_name_subjects(doc, verb_lemmas(doc))
    doc.user_data[_REPAIRED] = True


def extract_claims(doc: Doc, patterns: Iterable[Pattern] = PATTERNS) -> list[ExtractedClaim]:
    """Direct and indirect claims of `doc`, in text order, with in-document source resolution
    (`patterns`: all of them, or some to run alone)."""
    return claims_and_resolver(doc, patterns)[0]


def claims_and_resolver(
    doc: Doc, patterns: Iterable[Pattern] = PATTERNS
) -> tuple[list[ExtractedClaim], SourceResolver]:
    """The claims and the resolver that named their sources: it has seen every source mention
    of the document, so the events' pronouns are resolved against the same referents."""
    repair_parse(doc)
    ctx = document_context(doc)
    frames = attach_quotes(ctx, nest(ctx, settle_cues(ctx, candidates(ctx, patterns))))
    text = doc_text(doc)  # spaCy rebuilds Doc.text on every access
    claims: list[ExtractedClaim] = []
    seen: set[tuple[int, int]] = set()
    resolved, resolver = _resolve_sources(ctx, frames)
    for frame, source in resolved:
        claim = _claim(doc, text, frame, source)
        if claim is None or (claim.content.start, claim.content.end) in seen or _reader_addressed(frame, claim, resolver):
            continue
        seen.add((claim.content.start, claim.content.end))
        claims.append(claim)
    claims = [replace(c, source=resolver.finalise(c.source)) if c.source else c for c in claims]
    return sorted(claims, key=lambda c: (c.content.start, c.content.end)), resolver
