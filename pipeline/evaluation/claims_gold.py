"""Scoring extracted claims and sources against a hand-written gold file (seed_article.gold.json).

A gold claim is found by an extracted claim whose content covers at least half of the gold
content's words and whose source (mention or canonical name) matches the gold source or an
alias, either string containing the other, case-insensitively. Gold claims with
`"required": false` are neither rewarded nor penalised: they only count for precision.

Run `python -m pipeline.evaluation.claims_gold TEXT GOLD` for scores plus per-claim cue lemma
and certainty agreement.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from pipeline.evaluation import Score
from pipeline.models import ExtractedClaim

_WORD = re.compile(r"\w+")
_MIN_CONTENT_SHARE = 0.5


def words(text: str) -> set[str]:
    """The case-folded word set that content matching compares."""
    return {w.casefold() for w in _WORD.findall(text.replace("’", "'"))}


def _fold(text: str) -> str:
    return text.casefold().replace("’", "'").strip()


def _source_names(gold_claim: dict[str, Any]) -> list[str]:
    return [_fold(n) for n in [gold_claim["source"], *gold_claim.get("aliases", [])] if n]


def _names_match(names: list[str], candidates: list[str]) -> bool:
    return any(a in b or b in a for a in names for b in candidates if a and b)


def _extracted_names(claim: ExtractedClaim) -> list[str]:
    return [_fold(claim.source.mention.text), _fold(claim.source.name)] if claim.source else []


def content_share(gold_claim: dict[str, Any], fragments: list[str]) -> float:
    """The share of the gold content's words that the extracted content fragments hold."""
    gold_words = words(gold_claim["content"])
    return len(gold_words & words(" ".join(fragments))) / len(gold_words) if gold_words else 0.0


def content_matches(gold_claim: dict[str, Any], fragments: list[str]) -> bool:
    return content_share(gold_claim, fragments) >= _MIN_CONTENT_SHARE


def claim_matches(gold_claim: dict[str, Any], claim: ExtractedClaim) -> bool:
    if not content_matches(gold_claim, [f.text for f in claim.content_fragments]):
        return False
    if gold_claim["source"] is None:
        return True
    return _names_match(_source_names(gold_claim), _extracted_names(claim))


def match_claims(gold: dict[str, Any], claims: list[ExtractedClaim]) -> dict[str, ExtractedClaim]:
    """Gold claim id -> the first extracted claim that matches it."""
    matched: dict[str, ExtractedClaim] = {}
    for gold_claim in gold["claims"]:
        hit = next((c for c in claims if claim_matches(gold_claim, c)), None)
        if hit is not None:
            matched[gold_claim["id"]] = hit
    return matched


def score_claims(gold: dict[str, Any], text: str, claims: list[ExtractedClaim]) -> tuple[Score, Score]:
    """(claims, sources) scores of `claims` extracted from `text` against `gold`."""
    claim_score = Score("claims")
    matched = match_claims(gold, claims)
    for gold_claim in gold["claims"]:
        if gold_claim.get("required", True):
            claim_score.required += 1
            if gold_claim["id"] in matched:
                claim_score.found += 1
            else:
                claim_score.misses.append(gold_claim["id"])
    for claim in claims:
        claim_score.extracted += 1
        if any(claim_matches(g, claim) for g in gold["claims"]):
            claim_score.correct += 1
        else:
            claim_score.spurious.append(text[claim.content.start : claim.content.end])

    source_score = Score("sources")
    gold_sources: dict[str, list[str]] = {}
    for gold_claim in gold["claims"]:
        if gold_claim["source"] and gold_claim.get("required", True):
            gold_sources.setdefault(gold_claim["source"], []).extend(_source_names(gold_claim))
    all_gold_names = [n for g in gold["claims"] for n in _source_names(g)]
    extracted = {c.source.name: _extracted_names(c) for c in claims if c.source}
    for source, names in gold_sources.items():
        source_score.required += 1
        if any(_names_match(names, candidates) for candidates in extracted.values()):
            source_score.found += 1
        else:
            source_score.misses.append(source)
    for name, candidates in extracted.items():
        source_score.extracted += 1
        if _names_match(all_gold_names, candidates):
            source_score.correct += 1
        else:
            source_score.spurious.append(name)
    return claim_score, source_score


def _main(text_path: Path, gold_path: Path) -> None:
    from pipeline.attribution import extract_claims
    from pipeline.nlp import load_nlp

    text = text_path.read_text(encoding="utf-8")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = load_nlp()(text)
    claims = extract_claims(doc)
    claim_score, source_score = score_claims(gold, text, claims)
    for score in (claim_score, source_score):
        print(f"{score.name}: found {score.found}/{score.required}, precision {score.precision:.2f} "
              f"({score.correct}/{score.extracted}), misses {score.misses}, spurious {score.spurious}")
    matched = match_claims(gold, claims)
    certainty_ok = cue_ok = 0
    for gold_claim in gold["claims"]:
        claim = matched.get(gold_claim["id"])
        if claim is None:
            continue
        span = doc.char_span(claim.cue.start, claim.cue.end) if claim.cue else None
        lemma = span.root.lemma_.lower() if span is not None else None
        cue_ok += lemma == gold_claim["cue"] or (lemma or "") in (gold_claim["cue"] or "").split()
        certainty_ok += claim.certainty.value == gold_claim["certainty"]
        print(f"  {gold_claim['id']}: cue {lemma!r}/{gold_claim['cue']!r} certainty "
              f"{claim.certainty.value}/{gold_claim['certainty']} source {claim.source.name if claim.source else None!r}")
    print(f"cue lemma correct {cue_ok}/{len(matched)}, certainty correct {certainty_ok}/{len(matched)}")


if __name__ == "__main__":
    _main(Path(sys.argv[1]), Path(sys.argv[2]))
