"""`newsclaims eval --bbc-gold DIR --corpus DIR`: the product on a BBC gold directory (the
development gold tests/data/bbc_gold or the held-out tests/data/bbc_heldout).

Each gold file names its article by its path inside the corpus (`"document":
"politics/338.txt"`); the texts stay outside the project. Every article goes through the
same ingestion and `process` as `newsclaims run`, so the scores are those of the claims and
sources rows the tables would hold. Usage: `python -m pipeline.evaluation.bbc_gold GOLD_DIR CORPUS` prints
every case of each error class, every claim matching no gold claim, and every missed required
claim with its sentences and the claims extracted from them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pipeline.evaluation.bbc_pairing import product_claims
from pipeline.evaluation.bbc_scoring import BbcReport, score_document
from pipeline.ingest import read_inputs
from pipeline.models import Document
from pipeline.nlp import parse_stream
from pipeline.process import process


def load_gold(gold_dir: Path) -> list[dict[str, Any]]:
    """The gold files of `gold_dir` (`*.gold.json`), in name order."""
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.gold.json"))]


def read_article(path: Path) -> Document | None:
    """The article as ingestion stores it, or None when ingestion rejects it."""
    for _, outcome in read_inputs([path]):
        return outcome if isinstance(outcome, Document) else None
    return None


def evaluate_bbc_gold(gold_dir: Path, corpus: Path) -> BbcReport:
    report = BbcReport()
    articles = [(gold, read_article(corpus / gold["document"])) for gold in load_gold(gold_dir)]
    for gold, document in articles:
        if document is None:  # rejected at ingestion: every gold claim is missed
            score_document(report, gold, "", [])
    parsed = parse_stream((d.text, (g, d)) for g, d in articles if d is not None)
    for doc, (gold, document) in parsed:
        score_document(report, gold, document.text, product_claims(process(doc, document)))
    return report


def _ratio(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "n/a (0/0)"


def format_report(report: BbcReport, examples: int = 3, title: str = "BBC development gold") -> str:
    lines = [
        f"{title}: {report.documents} documents, {report.gold_claims} gold claims, "
        f"{report.required} required, {report.attributed} attributed claims extracted",
        f"  recall of required claims          {_ratio(report.found, report.required)}",
        f"  precision of attributed claims     {_ratio(report.attributed_correct, report.attributed)}",
        f"  precision, speech/written/belief   {_ratio(report.statement_correct, report.statement_considered)}",
        f"  content spans right                {_ratio(report.span_right, report.paired)}",
        f"  certainty agreement                {_ratio(report.certainty_right, report.paired)}",
        f"  speaker accuracy                   {_ratio(report.speaker_right, report.with_speaker)}",
        f"  canonical full name                {_ratio(report.full_name_right, report.with_speaker)}",
        f"  speaker kind (right speakers)      {_ratio(report.kind_right, report.speaker_right)}",
        f"  speakers held in one sources row   {_ratio(report.speakers_one_row, report.speakers)}",
        f"  sources rows: {len(report.row_names)}, pronoun rows {len(report.pronoun_rows)} "
        f"{report.pronoun_rows}, rows holding several gold speakers {len(report.merged_rows)} "
        f"{report.merged_rows}, rows naming no gold speaker {len(report.unknown_rows)}, "
        f"malformed names {len(report.malformed_rows)} {report.malformed_rows}",
        "  recall of required claims per gold cue class: " + ", ".join(
            f"{c} {report.by_class[c, 'found']}/{report.by_class[c, 'required']}"
            for c in sorted({c for c, _ in report.by_class}) if report.by_class[c, "required"]),
    ]
    if report.by_product_class:
        lines.append("  precision per claims.cue_class: " + ", ".join(
            f"{c} {_ratio(report.by_product_class[c, 'correct'], report.by_product_class[c, 'extracted'])}"
            for c in sorted({c for c, _ in report.by_product_class})))
    for error_class in sorted({c for c, _ in report.causes}):
        lines.append(f"  {error_class} by cause: " + ", ".join(
            f"{cause} {n}" for (c, cause), n in sorted(report.causes.items()) if c == error_class))
    unknown = sorted(report.row_names[r] for r in report.unknown_rows)
    lines.append(f"  rows naming no gold speaker: {unknown}")
    for error_class, found in sorted(report.errors.items()):
        shown = "; ".join(found[:examples]) + ("; ..." if len(found) > examples else "")
        lines.append(f"  {error_class}: {len(found)}  e.g. {shown}")
    return "\n".join(lines)


if __name__ == "__main__":
    gold_dir = Path(sys.argv[1])
    full = evaluate_bbc_gold(gold_dir, Path(sys.argv[2]))
    print(format_report(full, examples=1000, title=f"BBC gold {gold_dir}"))
    print("every claim matching no gold claim, with its class, type, cue and sentence:")
    print("\n".join(f"  {line}" for line in full.unmatched))
    print("every missed required claim, in its sentences, with what was extracted there:")
    print("".join(full.missed))
