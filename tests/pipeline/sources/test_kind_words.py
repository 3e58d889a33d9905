"""Kinds and names from the words of a source's own phrase and the document's names: plurals of
people, a party's members, documents, two people named together, a body's name with a post in it
and a description headed like a body's name (pipeline/sources/kinds.py, coreference.py,
descriptions.py, written_names.py)."""

import pytest

from pipeline.models import SourceKind
from tests.pipeline.claim_sources import mention_name_kind


@pytest.mark.parametrize("text, name, kind", [
    ("In November, MPs urged ministers to make councils create sites.", "MPs", SourceKind.ANONYMOUS),
    ("Buttigieg surged in Iowa, and black Democrats blasted him so hard that he fell back.", "black Democrats",
     SourceKind.GROUP),
    ("The Democrats said the bill would fail.", "Democrats", SourceKind.ORGANIZATION),
    ("The number is low, according to city data.", "city data", SourceKind.DOCUMENT),
    ("An investigation into the crash revealed the plane was overloaded.", "investigation into the crash",
     SourceKind.DOCUMENT),
    ("The driver said she lost control while turning west.", "driver", SourceKind.PERSON),
    # a noun for one person of a nation, whatever the model's label ("the Scot" after "the" is no body's name)
    ("The Scot said he was delighted with the win.", "Scot", SourceKind.PERSON),
    ("The 55-year-old Frenchman said he would stay at the club.", "55-year-old Frenchman", SourceKind.PERSON),
])
def test_the_phrase_s_own_words_give_its_kind(nlp, text, name, kind):
    assert (name, kind) in [(n, k) for _, n, k in mention_name_kind(nlp, text)]


def test_two_people_named_together_are_a_group_and_each_keeps_a_name(nlp):
    text = ("German Chancellor Gerhard Schroeder and Italian Prime Minister Silvio Berlusconi voiced concerns about "
            "the euro. Mr Berlusconi said the euro's strength was worrying. Mr Schroeder said in a newspaper article "
            "that stability was needed.")
    assert [(n, k) for _, n, k in mention_name_kind(nlp, text)] == [
        ("Gerhard Schroeder and Silvio Berlusconi", SourceKind.GROUP),
        ("Silvio Berlusconi", SourceKind.PERSON),
        ("Gerhard Schroeder", SourceKind.PERSON),
    ]


@pytest.mark.parametrize("text, name", [
    # a description headed like the body's name before "of"
    ("Bids have been invited from foreign companies, Iraq's Ministry of Communications said. The ministry said "
     "that it wanted to increase the penetration rate.", "Ministry of Communications"),
    # a post the model took into a body's name is no part of it
    ("Having spent $3 billion, the LVMH CEO in 2014 launched the Fondation Louis Vuitton. The billionaire's company "
     "has also supported more than 60 major art exhibitions.", "LVMH"),
])
def test_a_description_is_the_body_the_document_names(nlp, text, name):
    assert [n for _, n, _ in mention_name_kind(nlp, text)][-1] == name
