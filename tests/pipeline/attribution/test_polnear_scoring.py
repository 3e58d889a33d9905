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


def _merged(nlp, text):
    return [(c.source.name if c.source else None, c.cue.text if c.cue else None, [f.text for f in c.content_fragments])
            for c in merge_continuations(extract_claims(nlp(text)))]


def test_a_continuation_joins_its_speakers_quote_across_a_claim_of_the_same_speaker(nlp):
    text = (
        "“The economy is finally turning around,” Ruiz said, adding that the city would hire more teachers. "
        "“We have added thousands of new jobs this year.”"
    )
    assert _merged(nlp, text) == [
        ("Ruiz", "said", ["The economy is finally turning around", "We have added thousands of new jobs this year."]),
        ("Ruiz", "adding", ["the city would hire more teachers"]),
    ]


def test_a_continuation_does_not_join_across_another_speaker(nlp):
    text = (
        "“The economy is finally turning around,” Ruiz said. Tom Baker said that the numbers were misleading. "
        "“We have added thousands of new jobs this year,” Ruiz said."
    )
    first, rival, last = extract_claims(nlp(text))
    assert (first.source.name, rival.source.name, last.source.name) == ("Ruiz", "Tom Baker", "Ruiz")
    continuation = replace(last, cue=None)
    assert merge_continuations([first, rival, continuation]) == [first, rival, continuation]
    assert merge_continuations([first, continuation]) == [
        replace(first, content_fragments=first.content_fragments + continuation.content_fragments)
    ]


def test_a_continuation_after_a_separate_report_of_the_speaker_is_not_merged(nlp):
    text = (
        "“The economy is finally turning around,” Ruiz explained. Ruiz said she felt the budget was too small. "
        "“We have added thousands of new jobs this year.”"
    )
    assert [cue for _, cue, _ in _merged(nlp, text)] == ["explained", "said", None]


def test_a_continuation_with_no_quote_before_joins_the_speakers_next_quote(nlp):
    text = "Ruiz said that the budget was too small. “You cut the school lunches to pay for a stadium.”\n“It is a shameful choice,” Ruiz said."
    assert _merged(nlp, text) == [
        ("Ruiz", "said", ["the budget was too small"]),
        ("Ruiz", "said", ["You cut the school lunches to pay for a stadium.", "It is a shameful choice"]),
    ]


def test_a_continuation_does_not_join_another_speakers_next_quote(nlp):
    text = "Ruiz said that the budget was too small. “You cut the school lunches to pay for a stadium.”\n“It is a fair budget,” Tom Baker said."
    assert [cue for _, cue, _ in _merged(nlp, text)] == ["said", None, "said"]


def test_a_continuation_joins_reported_speech_that_quotes_the_speaker(nlp):
    text = "Both parties “saw the port as a lifeline for the region,” said Ana Ruiz. “Nobody wanted to be blamed for closing it.”"
    assert _merged(nlp, text) == [
        ("Ana Ruiz", "said", ["Both parties “saw the port as a lifeline for the region", "Nobody wanted to be blamed for closing it."]),
    ]


BY_PATTERN_TEXT = "According to the police, the road was closed all night. Critics said the plan would fail."


def test_each_claim_is_scored_under_the_pattern_that_found_it(nlp):
    gold = [_gold(BY_PATTERN_TEXT, "Critics", "said", "the plan would fail")]
    report = PolnearReport()
    claims = extract_claims(nlp(BY_PATTERN_TEXT))
    score_document(report, BY_PATTERN_TEXT, gold, claims)
    assert [c.pattern for c in claims] == ["according_to", "verb"]
    verb, according_to = report.patterns["verb"], report.patterns["according_to"]
    assert (verb.predicted, verb.paired, verb.exact_content) == (1, 1, 1)
    assert (according_to.predicted, according_to.paired) == (1, 0)
    table = report.format_patterns().splitlines()
    assert table[1].split() == ["verb", "1", "1.00", "1.00", "1.000"]
    assert table[2].split() == ["according_to", "1", "0.00", "0.00", "0.000"]


def test_a_pattern_runs_alone(nlp):
    from pipeline.attribution.registry import PATTERNS

    according_to = [p for p in PATTERNS if p.name == "according_to"]
    claims = extract_claims(nlp(BY_PATTERN_TEXT), patterns=according_to)
    assert [(c.source.mention.text, c.cue.text, c.content.text) for c in claims] == [
        ("the police", "According to", "the road was closed all night.")
    ]


def test_eval_cli_prints_the_per_pattern_table(tmp_path, capsys):
    import json

    from assets.cli import main

    (tmp_path / "article.txt").write_text(BY_PATTERN_TEXT, encoding="utf-8")
    gold = {"attributions": [_gold(BY_PATTERN_TEXT, "Critics", "said", "the plan would fail")]}
    (tmp_path / "article.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    assert main(["eval", "--polnear", str(tmp_path), "--by-pattern"]) == 0
    rows = {line.split()[0]: line.split()[1:] for line in capsys.readouterr().out.splitlines() if line.strip()}
    assert rows["verb"] == ["1", "1.00", "1.00", "1.000"]
    assert rows["according_to"] == ["1", "0.00", "0.00", "0.000"]
