"""A person's name inside a longer description is the source's name (pipeline/sources/kinds.py:
name_token, canonical_name): an apposition of an apposition, a partitive, roles joined before the
name, a phrase set off after the name, a surname that is also a document's noun."""

from pipeline.attribution import extract_claims
from pipeline.models import SourceKind


def _sources(nlp, text):
    return [(c.source.name, c.source.kind) for c in extract_claims(nlp(text)) if c.source]


def test_a_role_in_apposition_named_in_its_turn_is_that_person(nlp):
    text = "But the work's author, US playwright Eve Ensler, says it is all about women's empowerment."
    assert _sources(nlp, text) == [("Eve Ensler", SourceKind.PERSON)]


def test_one_of_a_set_named_in_apposition_is_that_person(nlp):
    text = '"A decision is now expected by around mid-March," said one of their lawyers, Michalis Dimitrakopoulos.'
    assert _sources(nlp, text) == [("Michalis Dimitrakopoulos", SourceKind.PERSON)]


def test_roles_joined_before_a_name_are_that_person_s(nlp):
    text = ("World outdoor triple jump record holder and BBC pundit Jonathan Edwards believes Phillips Idowu "
            "can take gold at the European Indoor Championships.")
    assert _sources(nlp, text) == [("Jonathan Edwards", SourceKind.PERSON)]


def test_a_phrase_set_off_after_a_name_is_not_part_of_it(nlp):
    text = "Vincent Cable, for the Liberal Democrats, accused Mr Cable's rivals of ducking tough choices."
    assert _sources(nlp, text)[0][0] == "Vincent Cable"


def test_a_surname_that_is_a_document_s_noun_is_a_name_after_a_title(nlp):
    text = ("Jack Law said the figures were worrying. Mr Law, from voluntary body Alcohol Focus Scotland, "
            "believed damage had been done to Scotland's fight against binge drinking.")
    assert _sources(nlp, text) == [("Jack Law", SourceKind.PERSON)] * 2


def test_a_post_written_as_a_name_is_the_person_in_apposition(nlp):
    # "Theresa May" is not tagged a person ("May"); the post before her is written in capitals
    text = ('The Shadow Secretary of State for the Family, Theresa May, said: "These plans were announced by '
            'Gordon Brown in December." She said the Conservatives would announce their proposals later.')
    assert _sources(nlp, text) == [("Theresa May", SourceKind.PERSON)] * 2
