"""Evaluating claim extraction on the PolNeAR dev split (newsclaims gold format).

Extracted claims are paired one-to-one with gold attributions per document, greedily by the
number of content words they share. Per role (source, cue, content) an item is correct when
its paired item's span matches: exactly (after stripping surrounding quotes, punctuation,
whitespace and, for content, a leading complementiser "that", which PolNeAR includes and we
do not) or by overlap (at least one shared word; spans with no word, such as a ":" cue, by
sharing a character). A cue-less quote continuing the previous
speaker is merged into that speaker's claim first (or, with no quote of theirs before it, into
the speaker's next quote), as PolNeAR annotates it. Content also gets a token-level
proportional F1. Per pattern (`--by-pattern`), the claims each attribution pattern found
(`pipeline/attribution/registry.py`, a merged continuation counting as its speaker's claim): the
share paired with a gold attribution (overlap precision), the share whose content matches exactly,
and the share of all gold attributions they are paired with, the recall that pattern alone
contributes (pairing is one-to-one, so the shares add up to the overall content recall).
Usage: `python -m pipeline.evaluation.polnear DIR [--by-pattern]`.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline.attribution.lexicons import quote_marks
from pipeline.models import ClaimType, ExtractedClaim

ROLES = ("source", "cue", "content")
_WORD = re.compile(r"\w+")
_EDGES = "\"'“”‘’«»()[]{}.,;:!?—–- \t\n\u00a0"

Spans = list[tuple[int, int]]


@dataclass
class RoleCounts:
    gold: int = 0
    predicted: int = 0
    exact: int = 0
    overlap: int = 0

    def prf(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.predicted if self.predicted else 0.0
        r = hits / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class PatternCounts:
    predicted: int = 0
    paired: int = 0
    exact_content: int = 0


@dataclass
class PolnearReport:
    documents: int = 0
    roles: dict[str, RoleCounts] = field(default_factory=lambda: {r: RoleCounts() for r in ROLES})
    content_words_gold: int = 0
    content_words_predicted: int = 0
    content_words_shared: int = 0
    patterns: dict[str, PatternCounts] = field(default_factory=dict)

    def proportional_content(self) -> tuple[float, float, float]:
        p = self.content_words_shared / self.content_words_predicted if self.content_words_predicted else 0.0
        r = self.content_words_shared / self.content_words_gold if self.content_words_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def format(self) -> str:
        lines = [f"PolNeAR: {self.documents} documents", f"{'role':8} {'gold':>5} {'pred':>5}   exact P/R/F1        overlap P/R/F1"]
        for role, counts in self.roles.items():
            exact = "/".join(f"{v:.2f}" for v in counts.prf(counts.exact))
            overlap = "/".join(f"{v:.2f}" for v in counts.prf(counts.overlap))
            lines.append(f"{role:8} {counts.gold:5} {counts.predicted:5}   {exact:18}  {overlap}")
        lines.append("content proportional P/R/F1: " + "/".join(f"{v:.2f}" for v in self.proportional_content()))
        return "\n".join(lines)

    def format_patterns(self) -> str:
        gold = self.roles["content"].gold
        lines = [f"{'pattern':22} {'pred':>5}  {'overlap P':>9}  {'exact P':>7}  {'recall share':>12}"]
        for name, counts in sorted(self.patterns.items(), key=lambda item: (-item[1].predicted, -item[1].paired, item[0])):
            lines.append(
                f"{name:22} {counts.predicted:5}  {counts.paired / counts.predicted:9.2f}  "
                f"{counts.exact_content / counts.predicted:7.2f}  {counts.paired / gold if gold else 0.0:12.3f}"
            )
        return "\n".join(lines)


def _words(text: str, spans: Spans) -> set[int]:
    """Start offsets of the words inside `spans`."""
    return {m.start() + s for s, e in spans for m in _WORD.finditer(text[s:e])}


def _intersect(first: Spans, second: Spans) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in first for s2, e2 in second)


def _normalised(text: str, spans: Spans, role: str) -> str:
    pieces = [text[s:e].strip(_EDGES) for s, e in spans]
    joined = " ".join(p for p in pieces if p).casefold()
    if role == "content":
        joined = re.sub(r"^that\s+", "", joined).strip(_EDGES)
    return " ".join(joined.split())


def _predicted_spans(claim: ExtractedClaim) -> dict[str, Spans | None]:
    return {
        "source": [(claim.source.mention.start, claim.source.mention.end)] if claim.source else None,
        "cue": [(claim.cue.start, claim.cue.end)] if claim.cue else None,
        "content": [(f.start, f.end) for f in claim.content_fragments],
    }


def _gold_spans(attribution: dict) -> dict[str, Spans | None]:
    return {r: [tuple(s) for s in attribution[r]["spans"]] if attribution.get(r) else None for r in ROLES}


def _pair(text: str, gold: list[dict], predicted: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), greedily by shared content words."""
    overlaps = []
    for g, gold_roles in enumerate(gold):
        gold_words = _words(text, gold_roles["content"])
        for p, predicted_roles in enumerate(predicted):
            shared = len(gold_words & _words(text, predicted_roles["content"]))
            if shared:
                overlaps.append((shared, g, p))
    pairs, used_gold, used_predicted = [], set(), set()
    for _, g, p in sorted(overlaps, key=lambda o: -o[0]):
        if g not in used_gold and p not in used_predicted:
            pairs.append((g, p))
            used_gold.add(g)
            used_predicted.add(p)
    return pairs


def merge_continuations(claims: list[ExtractedClaim]) -> list[ExtractedClaim]:
    """PolNeAR convention: a cue-less quote continuing a speaker's quote (or reported speech quoting
    them in part) is one attribution with it (we keep it as a claim of its own, with no cue), also when a second cue of the same source
    mention comes between ('“Y1,” X said, adding Z. “Y2.”'). A cue-less quote with no such quote
    before it joins the speaker's quote right after it ('“Y1.” / “Y2,” X said.')."""
    merged: list[ExtractedClaim] = []
    for claim in claims:
        target = _continued_quote(merged, claim) if _continuation(claim) else None
        if target is None:
            merged.append(claim)
        else:
            merged[target] = replace(merged[target], content_fragments=merged[target].content_fragments + claim.content_fragments)
    joined: list[ExtractedClaim] = []
    for claim in merged:
        previous = joined[-1] if joined else None
        if previous is not None and _continuation(previous) and _same_speaker(previous, claim) and claim.cue is not None:
            joined[-1] = replace(claim, content_fragments=previous.content_fragments + claim.content_fragments)
        else:
            joined.append(claim)
    return joined


def _continuation(claim: ExtractedClaim) -> bool:
    return claim.cue is None and claim.claim_type is ClaimType.DIRECT_QUOTE


def _same_speaker(continuation: ExtractedClaim, claim: ExtractedClaim) -> bool:
    """Whether `claim` quotes the source of `continuation`, fully or in part ('X said Y "Z,"')."""
    return (
        (claim.claim_type is ClaimType.DIRECT_QUOTE or any(mark in claim.content.text for mark in _double_quote_marks()))
        and claim.source is not None
        and continuation.source is not None
        and claim.source.name == continuation.source.name
    )


def _double_quote_marks() -> set[str]:
    marks = quote_marks()
    return set(marks["paired_double"]) | set(marks["paired_double"].values()) | set(marks["straight_double"])


def _continued_quote(merged: list[ExtractedClaim], continuation: ExtractedClaim) -> int | None:
    """Index in `merged` of the direct quote `continuation` continues: the last claim, or the
    last one before claims that share its source mention (its sibling cues)."""
    if continuation.source is None or not merged:
        return None
    index = len(merged) - 1
    while index > 0 and merged[index].claim_type is not ClaimType.DIRECT_QUOTE and _same_mention(merged[index], merged[index - 1]):
        index -= 1
    return index if _same_speaker(continuation, merged[index]) else None


def _same_mention(first: ExtractedClaim, second: ExtractedClaim) -> bool:
    return first.source is not None and second.source is not None and first.source.mention == second.source.mention


def score_document(report: PolnearReport, text: str, gold_attributions: list[dict], claims: list[ExtractedClaim]) -> None:
    gold = [_gold_spans(a) for a in gold_attributions]
    predicted = [_predicted_spans(c) for c in claims]
    report.documents += 1
    for role in ROLES:
        report.roles[role].gold += sum(1 for g in gold if g[role])
        report.roles[role].predicted += sum(1 for p in predicted if p[role])
    report.content_words_gold += sum(len(_words(text, g["content"])) for g in gold)
    report.content_words_predicted += sum(len(_words(text, p["content"])) for p in predicted)
    for claim in claims:
        report.patterns.setdefault(claim.pattern or "none", PatternCounts()).predicted += 1
    for g, p in _pair(text, gold, predicted):
        by_pattern = report.patterns[claims[p].pattern or "none"]
        by_pattern.paired += 1
        by_pattern.exact_content += _normalised(text, gold[g]["content"], "content") == _normalised(text, predicted[p]["content"], "content")
        for role in ROLES:
            gold_spans, predicted_spans = gold[g][role], predicted[p][role]
            if not gold_spans or not predicted_spans:
                continue
            counts = report.roles[role]
            gold_text, predicted_text = _normalised(text, gold_spans, role), _normalised(text, predicted_spans, role)
            gold_words, predicted_words = _words(text, gold_spans), _words(text, predicted_spans)
            # punctuation-only spans (a ":" or "―" cue) have no words: they match where they intersect
            same_marks = not gold_words and not predicted_words and _intersect(gold_spans, predicted_spans)
            counts.exact += gold_text == predicted_text and (bool(gold_text) or same_marks)
            counts.overlap += bool(gold_words & predicted_words) or same_marks
        report.content_words_shared += len(_words(text, gold[g]["content"]) & _words(text, predicted[p]["content"]))


def evaluate_polnear(gold_dir: Path) -> PolnearReport:
    """Extract claims from every `<name>.txt` in `gold_dir` and score against `<name>.gold.json`."""
    from pipeline.attribution import extract_claims
    from pipeline.nlp import parse_stream

    gold_paths = sorted(gold_dir.glob("*.gold.json"))
    texts = [(p.with_name(p.name.removesuffix(".gold.json") + ".txt").read_text(encoding="utf-8"), p) for p in gold_paths]
    report = PolnearReport()
    for doc, gold_path in parse_stream(texts):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        score_document(report, doc.text, gold["attributions"], merge_continuations(extract_claims(doc)))
    return report


if __name__ == "__main__":
    polnear_report = evaluate_polnear(Path(sys.argv[1]))
    print(polnear_report.format())
    if "--by-pattern" in sys.argv[2:]:
        print(polnear_report.format_patterns())
