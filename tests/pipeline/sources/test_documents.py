"""Who speaks through a document (pipeline/sources/documents.py): its issuer, owner or maker, for
every mention of the study."""

import pytest

from pipeline.models import SourceKind
from tests.pipeline.claim_sources import mention_name_kind


def test_a_study_speaks_for_its_author_in_every_mention(nlp):
    text = (
        "By 2025, 40% of the UK's population will still be without internet access at home, says a study.\n\n"
        "The report by telecoms giant BT found that 23 million Britons will miss out. "
        "The idea that the divide will vanish is wishful thinking, the report concludes. "
        "The study calls on the government to act."
    )
    sources = mention_name_kind(nlp, text)
    assert [s[0] for s in sources] == ["a study", "The report by telecoms giant BT", "the report", "The study"]
    assert {s[1:] for s in sources} == {("BT", SourceKind.ORGANIZATION)}


def test_a_named_possessor_wrote_the_document(nlp):
    text = "Card fraud rose 6% to 116m pounds. Internet fraud totalled 43m pounds, Retail Decisions' figures show."
    assert mention_name_kind(nlp, text)[-1][1:] == ("Retail Decisions", SourceKind.ORGANIZATION)


def test_a_date_owns_no_document_and_a_bare_study_without_an_author_stays_one(nlp):
    assert mention_name_kind(nlp, "Wednesday's statement said the hearing would be held in May.")[0][1] == "Wednesday's statement"
    assert mention_name_kind(nlp, "Prices will rise next year, a report says. The report warns that rents will follow.")[-1][1:] == (
        "report", SourceKind.DOCUMENT)


@pytest.mark.parametrize(
    "text, mention, name, kind",
    [
        (
            "Reports in the Daily Herald suggested that the firm is considering a bid.",
            "Reports in the Daily Herald", "Daily Herald", SourceKind.MEDIA,
        ),
        (
            "According to forecasts from the Ministry of Transport, traffic will rise by 4%.",
            "forecasts from the Ministry of Transport", "Ministry of Transport", SourceKind.GOVERNMENT,
        ),
        (
            "A survey of 300 schemes by Pension Data Services found that contributions had risen.",
            "A survey of 300 schemes by Pension Data Services", "Pension Data Services", SourceKind.ORGANIZATION,
        ),
        # whose it is: the possessor issued it, or the body naming the study
        (
            "Pension Data Services' survey found that contributions had risen.",
            "Pension Data Services' survey", "Pension Data Services", SourceKind.ORGANIZATION,
        ),
        (
            "The digital divide is narrowing fast, according to a World Bank report.",
            "a World Bank report", "World Bank", SourceKind.ORGANIZATION,
        ),
        # the agent of a verb describing it, or a body noun after "by"
        (
            "A survey conducted by Pension Data Services found that contributions had risen.",
            "A survey conducted by Pension Data Services", "Pension Data Services", SourceKind.ORGANIZATION,
        ),
        (
            "The sale failed due to a catalogue of errors, a report by the government's finance watchdog says.",
            "a report by the government's finance watchdog", "government's finance watchdog", SourceKind.GOVERNMENT,
        ),
    ],
)
def test_a_document_speaks_for_whoever_issued_or_carried_it(nlp, text, mention, name, kind):
    assert mention_name_kind(nlp, text)[0] == (mention, name, kind)


def test_a_study_without_an_issuer_is_the_study_the_article_names_with_one(nlp):
    text = ("By 2025, 40% of homes will have no landline, says a study. Most calls will be made on mobiles, "
            "predicts the report by telecoms giant Telcorp. The idea that landlines will survive is wrong, the report "
            "concludes. The study calls on the regulator to act.")
    sources = mention_name_kind(nlp, text)  # the report speaks the inverted "predicts the report by ..." too
    assert [(mention, name, kind) for mention, name, kind in sources] == [
        ("a study", "Telcorp", SourceKind.ORGANIZATION),
        ("the report by telecoms giant Telcorp", "Telcorp", SourceKind.ORGANIZATION),
        ("the report", "Telcorp", SourceKind.ORGANIZATION),
        ("The study", "Telcorp", SourceKind.ORGANIZATION),
    ]


def test_a_study_the_article_ties_to_no_issuer_stays_a_document(nlp):
    text = "The report said prices would rise. A new study by Pension Data Services found that pay would fall."
    assert mention_name_kind(nlp, text)[0] == ("The report", "report", SourceKind.DOCUMENT)


def test_a_word_in_brackets_holding_a_bodys_initials_is_its_short_name(nlp):
    text = ("Shoppers spent £5bn, according to the Association of Payment Clearing Services (Apacs). "
            "Internet fraud totalled £43m, Apacs' figures show.")
    assert mention_name_kind(nlp, text)[-1] == ("Apacs' figures", "Association of Payment Clearing Services", SourceKind.ORGANIZATION)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reyes's plan says that taxes would fall by half.",  # a person's plan, not a body's
        "Emails read by the Daily Herald showed that the deal had been agreed.",  # handled, not made, by it
    ],
)
def test_a_document_only_handled_or_held_by_a_person_stays_a_document(nlp, text):
    assert mention_name_kind(nlp, text)[0][2] is SourceKind.DOCUMENT


def test_the_last_word_of_a_longer_name_issues_nothing(nlp):
    text = "The Forum for the Future report found that most old phones were reused."
    assert mention_name_kind(nlp, text)[0][1] != "Future"


def test_a_report_from_a_place_stays_a_document(nlp):
    text = "Reports from Iraq suggested that the road had been reopened."
    assert mention_name_kind(nlp, text)[0][1:] == ("Reports from Iraq", SourceKind.DOCUMENT)
