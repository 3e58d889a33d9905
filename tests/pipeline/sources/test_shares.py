"""Shares of a surveyed population as sources (pipeline/sources/shares.py): the people a share is
of, named by their description, or no one."""

from pipeline.models import SourceKind
from tests.pipeline.claim_sources import mention_name_kind


def test_a_share_of_people_is_the_people_and_later_shares_are_too(nlp):
    text = ("Nearly two thirds - 65% - of the 1,000 people interviewed said they had used the new cards. "
            "However, only 34% said they had received replacement cards. Furthermore, 16% said none had arrived.")
    assert [(name, kind) for _, name, kind in mention_name_kind(nlp, text)] == [("1,000 people interviewed", SourceKind.GROUP)] * 3


def test_a_share_of_those_described_is_them(nlp):
    text = "Almost 70% of those asked in a poll said that net firms are not doing enough."
    assert mention_name_kind(nlp, text)[0][1:] == ("those asked in a poll", SourceKind.GROUP)


def test_a_share_tied_to_no_population_names_no_one(nlp):
    text = "Sales rose in March. Only 16% said the service had improved."
    assert mention_name_kind(nlp, text) == [("Only 16%", None, SourceKind.GROUP)]


def test_a_number_of_places_is_those_places(nlp):
    text = "Opponents will face the EPA, 18 states and a number of cities that support the regulations."
    assert mention_name_kind(nlp, text)[-1][1:] == ("cities", SourceKind.GROUP)
