"""Pairing a document's extracted claims with its gold claims, on content alone.

Extracted attributed claims are paired one-to-one with gold claims (the seed rule of
`claims_gold`: at least half of the gold content's words), best share first, so that who is
credited is measured separately instead of deciding whether a claim counts. A content span
is right when it also keeps to the sentences the gold content is in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pipeline.evaluation.claims_gold import content_matches, content_share, words
from pipeline.models import DocumentResult

# A sentence ends at . ! or ? (and any closing quote or bracket) before a capital, digit or
# opening quote, or at a line break.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9£$])|\n+")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class ProductClaim:
    """One claims row with its source as the tables hold it."""

    content_spans: tuple[tuple[int, int], ...]
    claim_type: str
    certainty: str
    source_id: str | None = None
    source_name: str | None = None
    source_kind: str | None = None
    cue_class: str | None = None  # once the product labels claims (issue 15)
    cue: str | None = None
    sentence: str = ""  # the text of the claim's sentence, for the lists of errors


def product_claims(result: DocumentResult) -> list[ProductClaim]:
    mentions = {m.claim_id: m for m in result.source_mentions}
    sentences = {s.sentence_id: s.text for s in result.sentences}
    claims = []
    for row in result.claims:
        mention = mentions.get(row.claim_id)
        claims.append(
            ProductClaim(
                content_spans=tuple((s, e) for s, e in row.content_spans),
                claim_type=row.claim_type,
                certainty=row.certainty,
                source_id=row.source_id,
                source_name=mention.name if mention else None,
                source_kind=mention.kind if mention else None,
                cue_class=row.cue_class,
                cue=row.cue,
                sentence=sentences.get(row.sentence_id, ""),
            )
        )
    return claims


def content_fragments(text: str, claim: ProductClaim) -> list[str]:
    """The claim's content, span by span."""
    return [text[s:e] for s, e in claim.content_spans]


def sentence_region(text: str, start: int, end: int) -> tuple[int, int]:
    """From the start of the sentence holding `start` to the end of the one holding `end`."""
    region_start, region_end = 0, len(text)
    for brk in _SENTENCE_BREAK.finditer(text):
        if brk.end() <= start:
            region_start = brk.end()
        elif brk.start() >= end:
            region_end = brk.start()
            break
    return region_start, region_end


def span_right(text: str, gold_claim: dict[str, Any], claim: ProductClaim) -> bool:
    """At least half the gold words, and no word from a sentence the gold content is not in."""
    if not content_found(text, gold_claim, claim):
        return False
    start = content_start(text, gold_claim)
    low, high = sentence_region(text, start, start + len(gold_claim["content"]))
    return all(low <= s + w.start() and s + w.end() <= high
               for s, e in claim.content_spans for w in _WORD.finditer(text[s:e]))


def content_start(text: str, gold_claim: dict[str, Any]) -> int:
    """Where the gold content is in the text (-1 if nowhere): its first occurrence, or its
    `occurrence`-th when the article repeats the same words in another claim."""
    start = -1
    for _ in range(gold_claim.get("occurrence", 1)):
        start = text.find(gold_claim["content"], start + 1)
        if start < 0:
            break
    return start


def content_found(text: str, gold_claim: dict[str, Any], claim: ProductClaim) -> bool:
    """The seed rule (half the gold words), on a span that overlaps the gold content's place in
    the text, so that 'her' in another sentence does not find 'her absence'."""
    start = content_start(text, gold_claim)
    return (start >= 0 and overlaps(claim, start, start + len(gold_claim["content"]))
            and content_matches(gold_claim, content_fragments(text, claim)))


def pair_claims(text: str, gold_claims: list[dict], claims: list[ProductClaim]) -> dict[str, ProductClaim]:
    """Gold id -> extracted claim, one-to-one: required gold claims first (an optional claim nested
    inside a required one must not take the claim that holds both), then by content share, then
    fewest extra words."""
    candidates = []
    for g in gold_claims:
        gold_words = words(g["content"])
        for i, claim in enumerate(claims):
            fragments = content_fragments(text, claim)
            if content_found(text, g, claim):
                extra = len(words(" ".join(fragments)) - gold_words)
                candidates.append((not g["required"], -content_share(g, fragments), extra, g["id"], i))
    pairs: dict[str, ProductClaim] = {}
    used: set[int] = set()
    for *_, gold_id, i in sorted(candidates):
        if gold_id not in pairs and i not in used:
            pairs[gold_id] = claims[i]
            used.add(i)
    return pairs


def overlaps(claim: ProductClaim, start: int, end: int) -> bool:
    """Whether any of the claim's content spans overlaps [start, end)."""
    return any(s < end and start < e for s, e in claim.content_spans)
