"""The PolNeAR scorer on hand-written attributions (PolNeAR texts are never used in tests)."""

from dataclasses import replace

from pipeline.attribution import extract_claims
from pipeline.models import TextSpan
from pipeline.evaluation.polnear import PolnearReport, merge_continuations, score_document

TEXT = "“The bridge is safe,” the mayor said. “Traffic will resume tonight.”\nOfficials said that the river was rising."


def _gold(text, source, cue, *contents):
    def spans(part):
        start = text.index(part)
        return {"text": part, "spans": [[start, start + len(part)]]}

    return {
        "source": spans(source) if source else None,
        "cue": spans(cue),
        "content": {"text": " ".join(contents), "spans": [spans(c)["spans"][0] for c in contents]},
    }


def test_exact_and_overlap_scores(nlp):
    gold = [
        _gold(TEXT, "the mayor", "said", "The bridge is safe", "Traffic will resume tonight."),
        _gold(TEXT, "Officials", "said that", "that the river was rising"),
    ]
    report = PolnearReport()
    claims = merge_continuations(extract_claims(nlp(TEXT)))
    score_document(report, TEXT, gold, claims)
    assert len(claims) == 2  # the cue-less continuation joined its speaker's claim
    assert report.roles["content"].exact == 2  # "that" and quote marks are ignored
    assert report.roles["source"].exact == 2
    assert report.roles["cue"].exact == 1 and report.roles["cue"].overlap == 2
    precision, recall, _ = report.proportional_content()
    assert precision == 1.0 and recall == 12 / 13  # word-level: only PolNeAR's "that" is missing
    assert "content" in report.format()


def test_unmatched_claims_lower_precision(nlp):
    report = PolnearReport()
    score_document(report, TEXT, [], extract_claims(nlp(TEXT)))
    assert report.roles["content"].prf(report.roles["content"].overlap) == (0.0, 0.0, 0.0)
    assert report.roles["content"].predicted == 3


def test_a_colon_cue_matches_where_the_spans_meet(nlp):
    text = "The senator's verdict: the bill would fail in the House."
    claims = extract_claims(nlp(text))
    assert [c.cue.text for c in claims] == [":"]
    report = PolnearReport()
    score_document(report, text, [_gold(text, "The senator", ":", "the bill would fail in the House")], claims)
    assert report.roles["cue"].exact == 1 and report.roles["cue"].overlap == 1
    # a ":" elsewhere is no match: the prediction moved to another colon of the text
    two_colons = "Update: " + text
    gold = _gold(two_colons, "The senator", "verdict:", "the bill would fail in the House")
    gold["cue"]["spans"] = [[two_colons.rindex(":"), two_colons.rindex(":") + 1]]
    other_colon = [replace(c, cue=TextSpan(6, 7, ":")) for c in extract_claims(nlp(two_colons))]
    report = PolnearReport()
    score_document(report, two_colons, [gold], other_colon)
    assert report.roles["cue"].exact == 0 and report.roles["cue"].overlap == 0
