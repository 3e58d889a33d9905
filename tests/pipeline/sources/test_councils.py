"""Named councils (pipeline/sources/councils.py): a council named by a place or a state word is a
government, one named by anything else is an organisation of its members."""

import pytest

from pipeline.attribution import extract_claims
from pipeline.models import SourceKind


def _source(nlp, text):
    claim = next(c for c in extract_claims(nlp(text)) if c.source)
    return claim.source.name, claim.source.kind


@pytest.mark.parametrize("text, name", [
    ("The Parents Television Council said the broadcast was offensive.", "Parents Television Council"),
    ("The Bar Council said the reforms would harm defendants.", "Bar Council"),
    ("The World Gold Council said demand for jewellery had risen.", "World Gold Council"),
])
def test_a_council_of_no_place_is_an_organisation(nlp, text, name):
    assert _source(nlp, text) == (name, SourceKind.ORGANIZATION)


@pytest.mark.parametrize("text, name", [
    ("Brent Council said it would appeal against the ruling.", "Brent Council"),
    ("Kent County Council said the roads would stay closed.", "Kent County Council"),
    ("The National Security Council said the threat was real.", "National Security Council"),
    ("The council said it would appeal against the ruling.", "council"),
])
def test_a_council_of_a_place_or_the_state_is_a_government(nlp, text, name):
    assert _source(nlp, text) == (name, SourceKind.GOVERNMENT)


def test_a_council_of_a_faith_is_its_community_s_wherever_it_is(nlp):
    assert _source(nlp, "The Muslim Council of Britain said the law was unfair.") == ("Muslim Council of Britain", SourceKind.ORGANIZATION)


def test_a_council_of_a_state_function_is_a_government(nlp):
    text = "The Sentencing Guidelines Council said judges should give shorter terms."
    assert _source(nlp, text) == ("Sentencing Guidelines Council", SourceKind.GOVERNMENT)
