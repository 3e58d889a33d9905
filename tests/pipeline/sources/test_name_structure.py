"""Names around their core (`name_structure.json`, pipeline/sources/written_names.py): a surname
particle the entity tagger cut the name at ("Ursula von der" PERSON, "Leyen" GPE) is rejoined, a
styled address ("the Rt. Hon.", "His Excellency") is never part of the name nor cuts it off, and a
campaign named after a person is an organisation, not the news medium its name may spell; a day
written before a name is no part of it, the place a royal is of is (`royal_styles`)."""

import pytest

from pipeline.attribution import extract_claims
from pipeline.sources.written_names import strip_honorific


def _sources(nlp, text):
    return [(c.source.name, c.source.kind.value) for c in extract_claims(nlp(text)) if c.source and c.source.name]


@pytest.mark.parametrize(
    "text, name",
    [
        # tests/data/html/bbc.com.52241221.html
        ('New York City Mayor Bill de Blasio indicated earlier this week that "temporary burials" might be '
         "necessary until the crisis had passed.", "Bill de Blasio"),
        ("In Brussels, Ursula von der Leyen told reporters that the border agency would get more staff.",
         "Ursula von der Leyen"),
        ("On Tuesday, Ludwig van der Berg said that the dykes would hold through the winter.", "Ludwig van der Berg"),
    ],
)
def test_a_surname_particle_stays_in_the_name(nlp, text, name):
    assert (name, "person") in _sources(nlp, text)


def test_a_styled_address_ends_the_title_before_the_name(nlp):
    text = (
        "Jamaica’s Prime Minister and Chair of the Caricom Conference, the Most Hon. Andrew Holness has "
        "called for a regional fund to fight gun crime. "
        "The Prime Minister said, “No island can do this alone.”"
    )
    assert _sources(nlp, text) == [("Andrew Holness", "person"), ("Andrew Holness", "person")]


@pytest.mark.parametrize(
    "written, name",
    [
        ("the Rt. Hon. Andrew Holness", "Andrew Holness"),
        ("His Excellency Hage Geingob", "Hage Geingob"),
        ("Mr Kennedy", "Kennedy"),
        ("The Hague", "The Hague"),  # "the" alone styles no one
        ("Most Haunted", "Most Haunted"),
    ],
)
def test_strip_honorific_drops_a_styled_address(written, name):
    assert strip_honorific(written) == name


def test_a_campaign_named_after_a_person_is_an_organisation(nlp):
    text = "Despite starting late, the Bloomberg campaign said it had hired 500 staff in 30 states."
    assert ("Bloomberg campaign", "organization") in _sources(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        # tests/data/html/wsvn.com-crash.html and bostonherald.com-Brothel-catering.html
        ("Miami-Dade Police Detective Alvaro Zabaleta said the driver fled.", "Alvaro Zabaleta"),
        ("Cambridge Police Commissioner Christine Elow said the crimes exploit the vulnerable.", "Christine Elow"),
        ("Labour leader Keir Starmer said the vote was close.", "Keir Starmer"),
    ],
)
def test_a_title_ends_what_comes_before_the_name(nlp, text, name):
    assert (name, "person") in _sources(nlp, text)



def test_a_peers_title_and_surname_is_the_full_name_the_document_gives(nlp):
    text = (  # BBC politics/289
        "Former Labour leader Neil Kinnock has officially been made a life peer during a ceremony in the House of Lords. "
        "Lord Kinnock - who led Labour from 1983 until 1992 - was until recently one of Britain's EU commissioners. "
        "Lord Kinnock said he will use the Upper House to advocate its reform."
    )
    assert [c.source.name for c in extract_claims(nlp(text)) if c.source] == ["Neil Kinnock"]


@pytest.mark.parametrize("text, name", [
    ("On Monday Tony Blair insisted the plan would not cost jobs.", "Tony Blair"),
    ('In a statement issued on Wednesday Lord Woolf said: "The guidelines are better now."', "Lord Woolf"),
])
def test_a_day_before_a_name_is_no_part_of_it(nlp, text, name):
    assert _sources(nlp, text) == [(name, "person")]


def test_a_royal_s_name_keeps_the_place_it_is_of_on_every_mention(nlp):
    text = "King Abdullah of Jordan said the talks had failed. The king said more talks were needed."
    assert [name for name, _ in _sources(nlp, text)] == ["King Abdullah of Jordan"] * 2
    # the place a commoner is from is no part of the name
    assert _sources(nlp, "Mr Skeens of Brownsville said he was happy.") == [("Skeens", "person")]
