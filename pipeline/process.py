"""The one per-document entry point: a parsed document in, every table's rows out.

Sentences, claims, quantities, source mentions and events all come from the same parse,
so each document is parsed exactly once per run (see README, "One parse per document").
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span

from pipeline import ids, segment
from pipeline.doc_index import char_bounds, doc_slice, doc_text, sentence_spans
from pipeline.nlp import installed_model
from pipeline.attribution import claims_and_resolver, repair_parse
from pipeline.attribution.cue_classes import claim_cue_class
from pipeline.events import extract_events
from pipeline.models import (
    Certainty,
    ClaimRow,
    ClaimType,
    Document,
    DocumentResult,
    EventClaimRow,
    EventRow,
    ExtractedClaim,
    ExtractedEvent,
    QuantityMention,
    QuantityRow,
    SentenceKind,
    SentenceRow,
    SourceMentionRow,
    TextSpan,
)
from pipeline.quantities import find_quantities
from pipeline.sources.merge import merge_key


_PIPELINE_DIR = Path(__file__).parent
# What extraction output depends on: documents extracted by another version are extracted again.
# The packages and modules of `pipeline/` that extraction runs, and its lexicons (a new module
# extraction imports must be listed: tests/pipeline/test_extractor_version.py checks it).
EXTRACTION_PARTS = (
    "attribution", "events", "sources", "lexicons",
    "deps.py", "doc_index.py", "ids.py", "models.py", "nlp.py", "page_parts.py", "process.py", "quantities.py", "segment.py",
)


def extraction_files() -> list[Path]:
    """The code and lexicon files whose content decides what extraction produces."""
    files = []
    for part in EXTRACTION_PARTS:
        path = _PIPELINE_DIR / part
        if not path.exists():
            raise FileNotFoundError(f"extraction part {part} is not in {_PIPELINE_DIR}")
        found = sorted(path.rglob("*")) if path.is_dir() else [path]
        files += [file for file in found if file.is_file() and file.suffix in {".py", ".json", ".tsv"}]  # code, lexicons, vendored tables
    return sorted(files)


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of the extraction code, its lexicons and the spaCy model."""
    digest = hashlib.sha256(installed_model().encode())
    for file in extraction_files():
        digest.update(file.relative_to(_PIPELINE_DIR).as_posix().encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


class _SentenceIndex:
    """Maps a character offset to the sentence that contains it (or the nearest before it)."""

    def __init__(self, rows: list[SentenceRow]):
        self.rows = rows
        self.starts = [row.start_char for row in rows]

    def at(self, position: int) -> SentenceRow:
        return self.rows[max(bisect_right(self.starts, position) - 1, 0)]

    def body_sentences(self, doc: Doc) -> list[Span]:
        """The parser's sentences that lie in body sentences (whitespace-only ones dropped)."""
        text = doc_text(doc)  # Span.text walks the span's tokens: sliced from the document's text
        body = []
        for first, last in sentence_spans(doc):  # a Span made only for a body sentence
            start, end = char_bounds(doc, first, last)
            words = text[start:end]
            if words.strip() and self.at(start + len(words) - len(words.lstrip())).kind == SentenceKind.BODY:
                body.append(doc_slice(doc, first, last))
        return body

    def in_body(self, *spans: TextSpan | None) -> bool:
        """Whether every given span starts in a body sentence: nothing is extracted from page
        furniture (headlines, date lines, captions, teasers, footers; see page_parts)."""
        return all(span is None or self.at(span.start).kind == SentenceKind.BODY for span in spans)


def _quantity_rows(owner_id: str, doc_id: str, found: Iterable[QuantityMention]) -> list[QuantityRow]:
    return [
        QuantityRow(
            quantity_id=ids.child_id("q", owner_id, q.span.start, q.span.end),
            owner_id=owner_id,
            doc_id=doc_id,
            value=q.value,
            qualifier=q.qualifier,
            unit=q.unit,
            text=q.span.text,
            start_char=q.span.start,
            end_char=q.span.end,
        )
        for q in found
    ]


def _overlaps_any(start: int, end: int, claims: list[ExtractedClaim]) -> bool:
    return any(f.start < end and start < f.end for c in claims for f in c.content_fragments)


def _narrator_claims(
    doc: Doc,
    sentence_rows: list[SentenceRow],
    attributed: list[ExtractedClaim],
    events: list[ExtractedEvent],
) -> list[ExtractedClaim]:
    """Unattributed sentences that state a number or a factual event, as narrator claims.

    Other narrator sentences are left out so the claims table is not every sentence.
    """
    event_starts = [e.trigger.start for e in events]
    narrator = []
    for row in sentence_rows:
        if row.kind != SentenceKind.BODY:
            continue
        if _overlaps_any(row.start_char, row.end_char, attributed):
            continue  # the sentence's statement already has a source
        has_event = any(row.start_char <= s < row.end_char for s in event_starts)
        if has_event or find_quantities(doc, row.start_char, row.end_char):
            span = TextSpan(row.start_char, row.end_char, row.text)
            narrator.append(
                ExtractedClaim(
                    claim_type=ClaimType.NARRATOR,
                    certainty=Certainty.ASSERTED,
                    content=span,
                    content_fragments=(span,),
                )
            )
    return narrator


def _claim_row(doc: Doc, doc_id: str, claim: ExtractedClaim, sentence: SentenceRow) -> ClaimRow:
    source, cue, lemma = claim.source, claim.cue, claim.cue_lemma
    narrator = claim.claim_type == ClaimType.NARRATOR
    return ClaimRow(
        claim_id=ids.child_id("cl", doc_id, claim.claim_type, claim.content.start, claim.content.end),
        doc_id=doc_id,
        sentence_id=sentence.sentence_id,
        source_id=ids.source_id(merge_key(source, doc_id)) if source and source.name else None,
        source_mention=source.mention.text if source else None,
        source_start=source.mention.start if source else None,
        source_end=source.mention.end if source else None,
        cue=cue.text if cue else None,
        cue_lemma=lemma,
        cue_start=cue.start if cue else None,
        cue_end=cue.end if cue else None,
        content=claim.content.text,
        content_start=claim.content.start,
        content_end=claim.content.end,
        content_spans=[[f.start, f.end] for f in claim.content_fragments],
        claim_type=str(claim.claim_type),
        certainty=str(claim.certainty),
        cue_class=None if narrator else str(
            claim_cue_class(doc, claim.claim_type, lemma, cue, claim.content, source.kind if source else None)
        ),
    )


def event_row(doc_id: str, event: ExtractedEvent, sentence_id: str) -> EventRow:
    """The events-table row of an extracted event."""
    return EventRow(
        event_id=ids.child_id("ev", doc_id, event.event_type, event.trigger.start, event.trigger.end),
        doc_id=doc_id,
        sentence_id=sentence_id,
        event_type=event.event_type,
        mode=event.mode,
        trigger=event.trigger.text,
        trigger_start=event.trigger.start,
        trigger_end=event.trigger.end,
        actors=[a.text for a in event.actors],
        targets=[t.text for t in event.targets],
        location=event.location.text if event.location else None,
        location_name=event.location_name,
        country=event.country,
        time_text=event.time.text if event.time else None,
        event_date=event.event_date,
        date_precision=str(event.date_precision),
        plover_type=event.plover_type,
        cameo_code=event.cameo_code,
        modality=event.modality,
        actor_codes=list(event.actor_codes),
        target_codes=list(event.target_codes),
        actor_sectors=list(event.actor_sectors),
        actor_countries=list(event.actor_countries),
        target_sectors=list(event.target_sectors),
        target_countries=list(event.target_countries),
    )


def process(doc: Doc, document: Document) -> DocumentResult:
    """Extract every table's rows from one parsed document."""
    doc_id = document.doc_id
    result = DocumentResult(doc_id=doc_id)
    repair_parse(doc)  # before the sentence rows build the document's token columns
    result.sentences = list(segment.sentences(doc, doc_id, document.title))
    if not result.sentences:
        return result
    index = _SentenceIndex(result.sentences)

    claims, resolver = claims_and_resolver(doc)
    attributed = [c for c in claims if index.in_body(c.content, c.cue)]
    events = extract_events(doc, document.published_at, index.body_sentences(doc), resolver)
    all_claims = attributed + _narrator_claims(doc, result.sentences, attributed, events)

    seen_claims: set[str] = set()
    for claim in all_claims:
        row = _claim_row(doc, doc_id, claim, index.at(claim.content.start))
        if row.claim_id in seen_claims:
            continue  # two mechanisms found the same claim
        seen_claims.add(row.claim_id)
        result.claims.append(row)
        for fragment in claim.content_fragments:
            found = find_quantities(doc, fragment.start, fragment.end)
            result.claim_quantities.extend(_quantity_rows(row.claim_id, doc_id, found))
        if claim.source and claim.source.name:  # an unresolved mention stays in claims.source_mention only
            mention = claim.source.mention
            result.source_mentions.append(
                SourceMentionRow(
                    mention_id=ids.child_id("sm", doc_id, row.claim_id, mention.start, mention.end),
                    source_id=row.source_id,
                    doc_id=doc_id,
                    claim_id=row.claim_id,
                    name=claim.source.name,
                    kind=str(claim.source.kind),
                    mention=mention.text,
                    start_char=mention.start,
                    end_char=mention.end,
                    aliases=sorted(set(claim.source.aliases)),
                )
            )

    attributed_rows = [r for r in result.claims if r.claim_type != ClaimType.NARRATOR]
    seen_events: set[str] = set()
    for event in events:
        row = event_row(doc_id, event, index.at(event.trigger.start).sentence_id)
        if row.event_id in seen_events:
            continue
        seen_events.add(row.event_id)
        result.events.append(row)
        result.event_quantities.extend(_quantity_rows(row.event_id, doc_id, event.quantities))
        for claim in attributed_rows:
            if any(s <= event.trigger.start < e for s, e in claim.content_spans):
                result.event_claims.append(EventClaimRow(row.event_id, claim.claim_id, doc_id))
    return result
