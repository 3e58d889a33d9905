"""The seed article against its hand-written gold: recall, precision, cue and certainty per claim."""

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.attribution import extract_claims
from pipeline.evaluation.claims_gold import claim_matches, match_claims, score_claims
from pipeline.models import Certainty, ClaimType, ExtractedClaim, SourceKind, SourceRef, TextSpan

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="module")
def seed(nlp):
    text = (DATA / "seed_article.txt").read_text(encoding="utf-8")
    gold = json.loads((DATA / "seed_article.gold.json").read_text(encoding="utf-8"))
    doc = nlp(text)
    return text, gold, doc, extract_claims(doc)


def test_seed_claims_and_sources_meet_targets(seed):
    text, gold, _, claims = seed
    claim_score, source_score = score_claims(gold, text, claims)
    assert claim_score.found >= 11 and claim_score.required == 12
    assert claim_score.precision >= 0.85
    assert source_score.recall >= 0.9


def test_seed_cue_lemma_and_certainty_of_matched_claims(seed):
    _, gold, doc, claims = seed
    matched = match_claims(gold, claims)
    for gold_claim in gold["claims"]:
        claim = matched.get(gold_claim["id"])
        if claim is None or not gold_claim.get("required", True):
            continue
        lemma = doc.char_span(claim.cue.start, claim.cue.end).root.lemma_.lower() if claim.cue else None
        assert (gold_claim["id"], lemma) == (gold_claim["id"], gold_claim["cue"])
        assert (gold_claim["id"], claim.certainty.value) == (gold_claim["id"], gold_claim["certainty"])
        assert (gold_claim["id"], claim.claim_type.value) == (gold_claim["id"], gold_claim["claim_type"])


def test_seed_offsets_are_exact(seed):
    text, _, _, claims = seed
    for claim in claims:
        spans = [claim.content, *claim.content_fragments]
        spans += [claim.cue] if claim.cue else []
        spans += [claim.source.mention] if claim.source else []
        for span in spans:
            assert text[span.start : span.end] == span.text
        assert claim.content.start == claim.content_fragments[0].start
        assert claim.content.end == claim.content_fragments[-1].end


def _claim(content: str, source: str | None) -> ExtractedClaim:
    span = TextSpan(0, len(content), content)
    ref = SourceRef(mention=TextSpan(0, len(source), source), name=source, kind=SourceKind.PERSON) if source else None
    return ExtractedClaim(ClaimType.INDIRECT, Certainty.ASSERTED, span, (span,), None, ref)


@pytest.mark.parametrize(
    "content, source, expected",
    [
        ("the administration had underestimated the complexity", "Vance", True),
        ("the administration had underestimated the complexity", "Kallas", False),
        ("the administration", "Vance", False),  # under half of the gold words
        ("the administration had underestimated the complexity", None, False),
    ],
)
def test_claim_matching_rule(content, source, expected):
    gold_claim = {
        "id": "X", "source": "JD Vance", "aliases": ["Vance"], "required": True,
        "content": "the administration had underestimated the complexity of resolving the conflict",
    }
    assert claim_matches(gold_claim, _claim(content, source)) is expected


PIECES = [
    "“The U.S. is still our biggest ally,” Kallas said.",
    "Officials said dozens of drones were shot down.",
    "According to the ministry, 12 people died.",
    "“We will rebuild,",
    "” she said.",
    '"',
    "'",
    "The regional governor said debris damaged a building.",
    "\n",
    "\n\n",
    "Poll: Voters abandon the party in droves.",
    "― Jane Doe",
]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=6))
def test_offsets_hold_on_arbitrary_mixes(nlp, pieces):
    text = " ".join(pieces)
    for claim in extract_claims(nlp(text)):
        spans = [claim.content, *claim.content_fragments]
        spans += [claim.cue] if claim.cue else []
        spans += [claim.source.mention] if claim.source else []
        assert all(text[s.start : s.end] == s.text and s.text for s in spans)
