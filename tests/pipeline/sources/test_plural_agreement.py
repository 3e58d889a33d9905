"""A singular name whose verb agrees in the plural (pipeline/sources/sectors.py
`agrees_in_plural`) is a team or body, not a person."""

import pytest

from pipeline.attribution import extract_claims
from pipeline.models import SourceKind


def _sources(nlp, text):
    return [(c.source.name, c.source.kind) for c in extract_claims(nlp(text)) if c.source and c.source.name]


@pytest.mark.parametrize("text, name", [
    ("Leicester say they will not be rushed into making a bid for Andy Farrell.", "Leicester"),
    ("Nottingham Forest have confirmed they have received an £8m bid from Tottenham for Andy Reid.", "Nottingham Forest"),
])
def test_a_name_with_a_plural_verb_is_a_team_not_a_person(nlp, text, name):
    assert (name, SourceKind.ORGANIZATION) in _sources(nlp, text)


def test_a_person_s_singular_verb_keeps_a_person(nlp):
    assert ("Mark Davies", SourceKind.PERSON) in _sources(nlp, "Wales' team physiotherapist Mark Davies says the flanker is getting there.")
