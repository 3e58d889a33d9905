"""The BBC development gold (tests/data/bbc_gold) is well-formed, and its scorer counts right."""

from dataclasses import replace

import pytest

from pipeline.evaluation.bbc_gold import format_report, load_gold
from pipeline.evaluation.bbc_pairing import ProductClaim, sentence_region
from pipeline.evaluation.bbc_scoring import BbcReport, malformed_name, names_speaker, score_document
from pipeline.ids import normalise_name
from tests.pipeline.bbc_gold_files import (
    DATA,
    SECTIONS,
    check_file_names,
    check_spans_in_text,
    check_well_formed,
    corpus_present,
    documents_by_section,
    seeded_draw,
)

GOLD_DIR = DATA / "bbc_gold"
GOLD = load_gold(GOLD_DIR)


def test_twenty_articles_four_per_section():
    assert {s: len(docs) for s, docs in documents_by_section(GOLD).items()} == {section: 4 for section in SECTIONS}
    check_file_names(GOLD_DIR)


@pytest.mark.parametrize("gold", GOLD, ids=[g["document"] for g in GOLD])
def test_gold_file_is_well_formed(gold):
    check_well_formed(gold)


@corpus_present
def test_articles_are_the_seeded_random_choice():
    drawn = {section: seeded_draw(section, "newsclaims-bbc-gold", 4) for section in SECTIONS}
    assert documents_by_section(GOLD) == drawn


@corpus_present
@pytest.mark.parametrize("gold", GOLD, ids=[g["document"] for g in GOLD])
def test_quoted_spans_are_found_in_the_text(gold):
    check_spans_in_text(gold)


# --------------------------------------------------------------------------- the scorer on a hand-made case

TEXT = (
    "Storm warning\n\n"
    "The mayor, Jane Roe, said the bridge would reopen on Monday. \"We are not giving up,\" Ms Roe said. "
    "Officials did not say how much the repairs cost. He added that it was late.\n"
)
CASE = {
    "document": "test/001.txt",
    "claims": [
        {"id": "C1", "source": "Jane Roe", "aliases": ["The mayor, Jane Roe", "Ms Roe"], "source_kind": "person",
         "cue": "say", "cue_class": "speech", "content": "the bridge would reopen on Monday",
         "certainty": "asserted", "claim_type": "indirect", "required": True},
        {"id": "C2", "source": "Jane Roe", "aliases": ["The mayor, Jane Roe", "Ms Roe"], "source_kind": "person",
         "cue": "say", "cue_class": "speech", "content": "We are not giving up",
         "certainty": "asserted", "claim_type": "direct_quote", "required": True},
        {"id": "C3", "source": "Officials", "aliases": [], "source_kind": "anonymous",
         "cue": "say", "cue_class": "speech", "content": "how much the repairs cost",
         "certainty": "denied", "claim_type": "indirect", "required": True},
        {"id": "C4", "source": "Jane Roe", "aliases": ["The mayor, Jane Roe", "Ms Roe"], "source_kind": "person",
         "cue": "add", "cue_class": "speech", "content": "it was late",
         "certainty": "asserted", "claim_type": "indirect", "required": False},
    ],
    "furniture": [{"text": "Storm warning", "kind": "headline"}],
}


def _claim(content: str, certainty: str, source: tuple[str, str, str] | None, claim_type: str = "indirect",
           until: str | None = None) -> ProductClaim:
    start = TEXT.index(content)
    end = TEXT.index(until) + len(until) if until else start + len(content)
    source_id, name, kind = source or (None, None, None)
    return ProductClaim(((start, end),), claim_type, certainty, source_id, name, kind)


@pytest.fixture
def case_report():
    claims = [
        _claim("the bridge would reopen on Monday", "asserted", ("s1", "Jane Roe", "person")),
        # a quote running on into the next sentence, credited to a second row for the same person
        _claim("We are not giving up", "asserted", ("s2", "Ms Roe", "person"), "direct_quote",
               until="Officials did not say"),
        _claim("how much the repairs cost", "asserted", ("s3", "they", "person")),  # wrong speaker, negation lost
        _claim("Storm warning", "asserted", ("s4", "Storm", "government")),  # a headline
        _claim("He added that it was late.", "asserted", None, "narrator"),
    ]
    report = BbcReport()
    score_document(report, CASE, TEXT, claims)
    return report


def test_claim_measures_on_the_hand_made_case(case_report):
    r = case_report
    assert (r.required, r.found) == (3, 3)
    assert (r.attributed, r.attributed_correct) == (4, 3)  # the narrator claim is not an attribution
    assert (r.statement_considered, r.statement_correct) == (4, 3)
    assert (r.paired, r.span_right, r.certainty_right) == (3, 2, 2)
    assert len(r.errors["negation lost"]) == 1 and "C3" in r.errors["negation lost"][0]
    assert len(r.errors["furniture claims"]) == 1 and "headline" in r.errors["furniture claims"][0]


def test_speaker_measures_on_the_hand_made_case(case_report):
    r = case_report
    assert (r.with_speaker, r.speaker_right, r.full_name_right, r.kind_right) == (3, 2, 1, 2)
    assert (r.speakers, r.speakers_one_row) == (1, 0)  # Jane Roe split over 'Jane Roe' and 'Ms Roe'
    assert r.pronoun_rows == ["they"]
    assert sorted(r.row_names[s] for s in r.unknown_rows) == ["Storm", "they"]
    text = format_report(r)
    assert "recall of required claims          1.000 (3/3)" in text
    assert "speakers held in one sources row   0.000 (0/1)" in text
    assert dict(r.causes) == {("not the full name", "part of the full name"): 1,
                              ("wrong speaker", "a non-speaker, gold named elsewhere"): 1}
    assert "wrong speaker by cause: a non-speaker, gold named elsewhere 1" in text


def test_wrong_speakers_are_counted_by_cause_without_their_text():
    sentence = "Officials did not say how much the repairs cost."
    unresolved = replace(_claim("how much the repairs cost", "denied", None), cue="say", cue_class="speech",
                         source_name="He", sentence=sentence)
    other_speaker = replace(_claim("it was late", "asserted", ("s1", "Jane Roe", "person")), sentence="He added that it was late.")
    report = BbcReport()
    score_document(report, CASE, TEXT, [unresolved, other_speaker])
    assert dict(report.causes) == {
        ("wrong speaker", "no sources row (a pronoun, indirect, cue class speech), gold named in the sentence"): 1,
    }  # C4's speaker is Jane Roe: right, so no cause
    text = format_report(report)
    assert "Officials" not in text.split("rows naming no gold speaker")[0]


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Jane Roe", True),
        ("Ms Roe", True),  # an alias: the right speaker, not the full name
        ("Mayor Jane Roe", True),  # the full name with a title
        ("Jane", False),  # one word inside the full name is not enough
        ("Roe Holdings", False),
        ("she", False),
    ],
)
def test_which_names_designate_the_speaker(name, expected):
    names = {normalise_name(n) for n in ["Jane Roe", "Ms Roe", "The mayor, Jane Roe"]}
    assert names_speaker(name, normalise_name("Jane Roe"), names, "person") is expected


def test_a_member_does_not_stand_for_a_group():
    names = {normalise_name("Gary Lightbody and Jonny Quinn")}
    assert not names_speaker("Gary Lightbody", normalise_name("Gary Lightbody and Jonny Quinn"), names, "group")


def test_sentence_region_spans_the_sentences_of_the_content():
    start = TEXT.index("We are")
    low, high = sentence_region(TEXT, start, start + len("We are not giving up"))
    assert TEXT[low:high] == "\"We are not giving up,\" Ms Roe said."


def test_claims_labelled_by_the_product_use_their_own_cue_class():
    claims = [
        replace(_claim("the bridge would reopen on Monday", "asserted", ("s1", "Jane Roe", "person")), cue_class="speech"),
        replace(_claim("Storm warning", "asserted", ("s4", "Storm", "government")), cue_class="act"),
        replace(_claim("how much the repairs cost", "denied", ("s5", "Officials", "anonymous")), cue_class="belief"),
    ]
    report = BbcReport()
    score_document(report, CASE, TEXT, claims)
    assert (report.statement_considered, report.statement_correct) == (2, 2)  # the act is left out
    assert (report.attributed, report.attributed_correct) == (3, 2)  # but still counts overall
    assert "precision per claims.cue_class: act 0.000 (0/1), belief 1.000 (1/1), speech 1.000 (1/1)" in format_report(report)


def test_a_repeated_content_is_scored_at_its_own_place():
    text = "Ann Lee said the plan was sound. Later she said the plan was sound. Bo Ray said nothing new.\n"
    claims = [{"id": f"C{n}", "source": "Ann Lee", "aliases": [], "source_kind": "person", "cue": "say",
               "cue_class": "speech", "content": "the plan was sound", "certainty": "asserted",
               "claim_type": "indirect", "required": True, "occurrence": n} for n in (1, 2)]
    second = text.rindex("the plan was sound")
    extracted = ProductClaim(((second, second + len("the plan was sound")),), "indirect", "asserted", "s1", "Ann Lee")
    report = BbcReport()
    score_document(report, {"document": "test/002.txt", "claims": claims, "furniture": []}, text, [extracted])
    assert (report.required, report.found, report.span_right) == (2, 1, 1)
    assert report.errors["missed required claims"] == ["test/002.txt C1: the plan was sound"]


@pytest.mark.parametrize(
    "name, malformed",
    [
        ("Natalie Appleton,31", True), ('"MI6 agent', True), ("Muslim Association of Britain (MAB", True),
        ("Lib Dems'", True), ("Jane Roe", False), ("Channel 4", False), ("Marks & Spencer Co.", False),
        ("Sen. Jane Roe (D-Ore.)", False),
    ],
)
def test_malformed_names(name, malformed):
    assert malformed_name(name) is malformed


def test_a_row_shared_across_documents_is_over_merged_only_within_one():
    report = BbcReport()
    for number, spelling in ((1, "Lib Dems"), (2, "Liberal Democrats")):
        case = {"document": f"politics/{number}.txt", "claims": [
            {"id": "C1", "source": spelling, "aliases": [], "source_kind": "organization", "cue": "say",
             "cue_class": "speech", "content": "taxes would rise", "certainty": "asserted",
             "claim_type": "indirect", "required": True}]}
        text = f"The {spelling} said taxes would rise."
        start = text.index("taxes")
        claim = ProductClaim(((start, start + len("taxes would rise")),), "indirect", "asserted", "s1",
                             "Liberal Democrats", "organization")
        score_document(report, case, text, [claim])
    assert report.merged_rows == []


def test_a_missed_required_claim_is_listed_with_its_sentence_and_what_was_extracted_there():
    claims = [
        _claim("We are not giving up", "asserted", ("s2", "Ms Roe", "person"), "direct_quote", until="up,\" Ms"),
        _claim("the bridge", "asserted", ("s1", "Jane Roe", "person")),  # too little of C1 to find it
    ]
    report = BbcReport()
    score_document(report, CASE, TEXT, claims)
    missed = "".join(report.missed)
    assert "C1 (say, indirect): 'The mayor, Jane Roe, said the bridge would reopen on Monday.'" in missed
    assert "C3 (say, indirect): 'Officials did not say how much the repairs cost.'" in missed
    assert "C2" not in missed  # found, though its span runs on
    assert missed.count("extracted:") == 1 and "    extracted: 'the bridge'" in missed


def test_an_optional_nested_claim_does_not_take_the_claim_that_holds_a_required_one():
    text = "He said the firm, which reported record sales, would grow in the spring - but it was late.\n"
    gold = {"document": "test/002.txt", "claims": [
        {"id": "C1", "source": "He", "aliases": [], "source_kind": "person", "cue": "say", "cue_class": "speech",
         "content": "the firm, which reported record sales, would grow in the spring - but it was late",
         "certainty": "asserted", "claim_type": "indirect", "required": True},
        {"id": "C2", "source": "the firm", "aliases": [], "source_kind": "organization", "cue": "report",
         "cue_class": "written", "content": "record sales", "certainty": "asserted", "claim_type": "indirect",
         "required": False},
    ]}
    start = text.index("the firm")
    claim = ProductClaim(((start, text.index(" - but")),), "indirect", "asserted")  # covers all of C2, most of C1
    report = BbcReport()
    score_document(report, gold, text, [claim])
    assert (report.required, report.found, report.paired) == (1, 1, 1)
