"""How the article uses a name decides between a person and a body where the model's label is
wrong (pipeline/sources/name_usage.py, the media initials of kinds.py, the company attributes of
sectors.py)."""

import pytest

from pipeline.models import SourceKind
from pipeline.sources.name_usage import NameUsage
from tests.pipeline.claim_sources import mention_name_kind


@pytest.mark.parametrize("text, name, kind", [
    # "the" before a proper name: a body's name, not a person's
    ("The sale was halted when the Louvre declared the painting should be classified as a national treasure.",
     "Louvre", SourceKind.ORGANIZATION),
    # a person noun in apposition or before the name: a person, whatever the label
    ("Gustavo Faleiros, an editor at the environmental news group InfoAmazonia, said in an email that the air "
     "quality was poor.", "Gustavo Faleiros", SourceKind.PERSON),
    ("Laurence des Cars, the museum's president and director, said the museum was fully mobilised.",
     "Laurence des Cars", SourceKind.PERSON),
    ('"The whole experience is free," commented Broadreach chief executive Magnus McEwen-King.',
     "Magnus McEwen-King", SourceKind.PERSON),
    # a broadcaster's initials inside the name
    ("BBC Sport understands Morgan is still ready to invest in the club.", "BBC Sport", SourceKind.MEDIA),
    # what only a company has: "Telekom Austria's fixed line division"
    ("It's growing fast, said Rudolf Fischer, head of Telekom Austria's fixed line division. Telekom Austria is "
     "now considering setting up other projects.", "Telekom Austria", SourceKind.ORGANIZATION),
])
def test_the_article_s_use_of_a_name_gives_its_kind(nlp, text, name, kind):
    assert (name, kind) in [(n, k) for _, n, k in mention_name_kind(nlp, text)]


def test_a_body_s_role_noun_after_its_name_is_the_body(nlp):
    text = ("The sale was halted when the Louvre declared the painting a national treasure. The museum said it "
            "would raise the money.")
    assert [n for _, n, _ in mention_name_kind(nlp, text)] == ["Louvre", "Louvre"]


@pytest.mark.parametrize("text, name, kind", [
    # a name the model tags a place that is no country, capital or region, nor written as a place: a body
    ("Danish brewer Carlsberg, the world's fifth-largest brewer, saw sales rise. Rival Carlsberg is projecting "
     "growth of 5%, it said.", "Rival Carlsberg", SourceKind.ORGANIZATION),
    # a name the model tags a people: one of them, not the government
    ("In the soap, character Dot confided that she had never been happy.", "Dot", SourceKind.PERSON),
    # a country stays its government, "South" and all, and as an exporter
    ("Venezuela - the world's fifth largest oil exporter - sells about 60% of its output to the US. Venezuela said "
     "it would supply more oil to China.",
     "Venezuela", SourceKind.GOVERNMENT),
    # two of them speak together, a group
    ("South Korea and Japan denied they were planning a sell-off.", "South Korea and Japan", SourceKind.GROUP),
    # a body named after a place, with words of its own before the place's name
    ("Universities Scotland, which represents university principals, claimed an increase in applications did not "
     "amount to Scottish students being squeezed out.", "Universities Scotland", SourceKind.ORGANIZATION),
    # the seat of a government stands for it, as the actors dictionary codes Number 10 Downing Street
    ("Downing Street would not be drawn on the claim, saying election timing was a matter for the prime minister.",
     "Downing Street", SourceKind.GOVERNMENT),
])
def test_a_place_or_people_label_alone_is_no_government(nlp, text, name, kind):
    assert (name, kind) in [(n, k) for _, n, k in mention_name_kind(nlp, text)]


def test_a_name_after_the_and_a_year_taken_for_a_person_is_the_document_it_names(nlp):
    # the model tags it a person in its article ("Community" and "American" are no first names)
    doc = nlp("Data from the 2014 American Community Survey show that women represented about 41 percent of both "
              "the private and federal workforces.")
    survey = next(t for t in doc if t.text == "Survey")
    name = "2014 American Community Survey"
    assert NameUsage(doc).kind(survey, name, SourceKind.PERSON, False) is SourceKind.DOCUMENT
