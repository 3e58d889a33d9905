"""A document named once and then called by its noun is one source, named by its title where it
has one (pipeline/sources/described._earlier_document, kinds.canonical_name)."""

from pipeline.models import SourceKind
from tests.pipeline.claim_sources import mention_name_kind


def test_the_report_after_a_named_report_is_that_report(nlp):
    text = (
        "The Hefce report said teenagers in the richest areas were far more likely to go to university. "
        "Participation ranged widely between constituencies. "
        "The report also showed women were more likely than men to enter higher education."
    )
    assert ("The report", "Hefce report", SourceKind.DOCUMENT) in mention_name_kind(nlp, text)


def test_a_book_is_named_by_its_title_and_the_book_later_is_it(nlp):
    text = (
        "The book, Brown's Britain, said the prime minister felt he had lost voters' trust. "
        "Ministers were said to be furious. "
        "The book, serialised in a Sunday newspaper, claims the chancellor had been betrayed."
    )
    names = {(mention, name) for mention, name, _ in mention_name_kind(nlp, text)}
    assert ("The book, Brown's Britain", "Brown's Britain") in names
    assert ("The book, serialised in a Sunday newspaper", "Brown's Britain") in names


def test_a_report_without_an_earlier_named_one_stays_the_report(nlp):
    text = "The report said the number of quangos had grown since 1997."
    assert mention_name_kind(nlp, text) == [("The report", "report", SourceKind.DOCUMENT)]


def test_a_report_with_a_proper_name_is_a_document_named_by_it(nlp):
    text = "The guide follows last year's government-commissioned Gershon Report which recommended cuts in bureaucracy."
    assert [(name, kind) for _, name, kind in mention_name_kind(nlp, text)] == [("Gershon Report", SourceKind.DOCUMENT)]


def test_a_firm_named_for_research_stays_a_firm(nlp):
    assert mention_name_kind(nlp, "Jupiter Research said sales would grow.") == [("Jupiter Research", "Jupiter Research", SourceKind.ORGANIZATION)]


def test_the_previous_poll_is_not_the_poll_named_before(nlp):
    text = (
        "A new Washington Post-ABC News national poll said the race was tied. "
        "Voters were split on the economy. "
        "The previous Washington Post-ABC News poll said the lead was five points."
    )
    names = {mention: name for mention, name, _ in mention_name_kind(nlp, text)}
    assert names["The previous Washington Post-ABC News poll"] != names["A new Washington Post-ABC News national poll"]


def test_the_ad_far_on_in_a_running_story_is_another_ad(nlp):
    filler = " ".join(f"Update {n}: the candidates travelled to another state." for n in range(14))
    text = (
        "A memorable campaign ad in 2008 questioned whether the rival was ready. " + filler +
        " The ad says the senator has failed the voters of her state."
    )
    names = {mention: name for mention, name, _ in mention_name_kind(nlp, text)}
    assert names["The ad"] != names["A memorable campaign ad in 2008"]
