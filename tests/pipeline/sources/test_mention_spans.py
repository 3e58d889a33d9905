"""A source mention's span leaves out a fronted date the parser hung on the noun after it (also a
day before a title: "On Thursday Mr X") and an amount hung on it as an apposition, and keeps a
date that is part of the noun phrase (pipeline/sources/mentions.py)."""

from pipeline.attribution import extract_claims


def _mentions(nlp, text):
    return [c.source.mention.text for c in extract_claims(nlp(text)) if c.source]


def test_a_fronted_date_is_no_part_of_the_speaker(nlp):
    text = "Earlier this year economists calculated that these games have a gross economic impact equivalent to the GDP of Namibia."
    assert _mentions(nlp, text) == ["economists"]


def test_a_year_inside_the_noun_phrase_stays(nlp):
    assert _mentions(nlp, "The 2004 report said prices would rise.") == ["The 2004 report"]


def test_an_amount_hung_on_the_source_as_an_apposition_is_not_part_of_it(nlp):
    text = "According to statistics 50% of all muggings and snatch theft offences involve mobiles."
    assert _mentions(nlp, text) == ["statistics"]


def test_a_day_before_a_title_is_no_part_of_the_speaker(nlp):
    # the parser hangs "Thursday" on the name after "On"
    assert _mentions(nlp, "On Thursday Mr Kilroy-Silk is due to announce which constituency he will run in.") == [
        "Mr Kilroy-Silk"
    ]
