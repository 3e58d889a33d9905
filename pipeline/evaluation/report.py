"""`newsclaims eval` on gold files in the seed format: recall, precision and F1 per kind."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.attribution import extract_claims
from pipeline.evaluation import Score
from pipeline.evaluation.claims_gold import score_claims
from pipeline.evaluation.events_gold import score_events
from pipeline.events import extract_events
from pipeline.nlp import load_nlp


def _merge(total: Score, part: Score) -> None:
    total.required += part.required
    total.found += part.found
    total.extracted += part.extracted
    total.correct += part.correct
    total.misses += part.misses
    total.spurious += part.spurious


def score_gold_files(paths: list[Path]) -> list[Score]:
    """Scores for claims, sources and events, summed over the gold files."""
    totals = [Score("claims"), Score("sources"), Score("events")]
    nlp = load_nlp()
    for path in paths:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (path.parent / gold["document"]).read_text(encoding="utf-8")
        doc = nlp(text)
        claims, sources = score_claims(gold, text, extract_claims(doc))
        events = score_events(gold, text, extract_events(doc, None))
        for total, part in zip(totals, (claims, sources, events), strict=True):
            _merge(total, part)
    return totals


def format_scores(scores: list[Score]) -> str:
    lines = [f"{'':<8} {'required':>8} {'found':>6} {'recall':>7} {'extracted':>9} {'correct':>7} {'precision':>9} {'F1':>6}"]
    for s in scores:
        lines.append(
            f"{s.name:<8} {s.required:>8} {s.found:>6} {s.recall:>7.3f} {s.extracted:>9} {s.correct:>7} "
            f"{s.precision:>9.3f} {s.f1:>6.3f}"
        )
    for s in scores:
        if s.misses:
            lines.append(f"{s.name} missed: {', '.join(s.misses)}")
    return "\n".join(lines)


def evaluate_gold_files(paths: list[Path]) -> str:
    return format_scores(score_gold_files(paths))
