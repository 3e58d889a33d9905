"""Mentions that keep their text but name no sources row (pipeline/sources/no_referent.py): a
relative pronoun standing for a noun that cannot speak, and a bare post the document never ties
to one of the people it names."""

from pathlib import Path

import pytest

from pipeline.attribution import extract_claims
from pipeline.ingest import read_inputs
from pipeline.models import Document


def _sources(nlp, text):
    return {c.source.mention.text: c.source.name for c in extract_claims(nlp(text)) if c.source}


@pytest.mark.parametrize(
    "text, mention",
    [
        # the parser hangs the relative clause on a place: a place speaks for no one
        ("The owner, Omar Khan, has put up signs in some branches that say men are not allowed past the desk.", "that"),
        # ... or on a manner
        ("Some party blocs attacked her in ways that convinced other Democrats she could not win.", "that"),
        # a bare post at the top of a report that names the owner only later
        (
            "A salon chain is banning men after the owner said a customer behaved indecently in one of its shops.\n\n"
            "The founder's son, Omar Khan, runs the business now. Khan said the ban would be permanent.",
            "the owner",
        ),
        # a number standing for people named before
        ("The trio are chief executive Willie Walsh, finance chief Brian Dunne and operations chief Seamus Kearney. "
         "The three have refused to confirm reports they plan to launch an airline.", "The three"),
    ],
)
def test_mention_without_a_source_row(nlp, text, mention):
    sources = _sources(nlp, text)
    assert mention in sources
    assert sources[mention] is None


@pytest.mark.parametrize(
    "text, mention, name",
    [
        # a relative pronoun for a body or for people still names them
        ("Shares in the company, which said profits fell by a third, dropped 5%.", "which", "company"),
        ("Residents, who said the water had been cut off for days, protested outside the town hall.", "who", "Residents"),
        # a post with anything more than "the" is a description of its own ("the regional governor")
        ("The regional governor said debris from drones damaged a residential building.", "The regional governor", "regional governor"),
        # ... but where the people named do not speak, the owner is an unnamed source of their own
        (
            "The gallery failed to buy the portrait by Joshua Reynolds. The owner said it could be shown in May.",
            "The owner", "owner",
        ),
        # a bare post in a report that names no one is the only name it has
        ("The club said the match would go ahead. The chairman said tickets had sold out.", "The chairman", "chairman"),
    ],
)
def test_mention_that_keeps_its_source_row(nlp, text, mention, name):
    assert _sources(nlp, text)[mention] == name


def test_a_recording_capitalised_by_its_place_is_a_document_not_a_person(nlp):
    claims = extract_claims(nlp("Video from the shop shows the man entering at about 10:40 a.m. on Tuesday."))
    assert [(c.source.name, str(c.source.kind)) for c in claims] == [("Video from the shop", "document")]


def test_a_quantifier_alone_names_no_source_on_a_real_page(nlp):
    # tests/data/html/theguardian.com.academics.html: "Others" are more of the academics the
    # report surveyed, never named; the claim keeps its mention and gets no sources row
    page = Path(__file__).parents[2] / "data/html/theguardian.com.academics.html"
    document = next(d for _, d in read_inputs([page]) if isinstance(d, Document))
    sources = _sources(nlp, document.text)
    assert sources["Others"] is None
    assert sources["One academic"] == "One academic"


@pytest.mark.parametrize(
    "text, mention, name",
    [
        # BBC business news (outside the golds): a post that continues an unnamed speaker is that
        # speaker, the body a spokesman spoke for ...
        ("A Yili spokesman said it may now move to oust chairman Zheng Junhuai. "
         "The spokesman did not say why the three had been detained by the police.", "The spokesman", "Yili"),
        # ... or the unnamed person's own row, in a document where a named person speaks
        ("Defence Secretary Geoff Hoon said troops were ready. However a spokesman pointed out that there were "
         "particular logistical difficulties in Indonesia. The spokesman said: \"The government has formally "
         "offered the assistance of a company of Gurkhas.\"", "The spokesman", "spokesman"),
    ],
)
def test_a_bare_post_continues_the_unnamed_speaker_before_it(nlp, text, mention, name):
    assert _sources(nlp, text)[mention] == name


def test_a_country_written_in_capitals_is_no_pronoun(nlp):
    # BBC business news (outside the golds): "US" is no "us", whatever its letters
    sources = _sources(nlp, "The US said it filed the complaint after talks failed to find a solution.")
    assert sources["The US"] == "US"
