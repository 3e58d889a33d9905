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


def test_a_side_given_a_plural_verb_elsewhere_is_no_antecedent_for_he(nlp):
    # the model tags the quoted "England" PERSON; "England face" in the sentence before makes it a side
    text = ("England are second bottom in the Six Nations table. But England face a potential wooden spoon "
            "match against Italy on 12 March. And the ex-Wallaby added: \"If England lost that, they'd be in "
            "bloody turmoil.\" \"It's been a surprising tournament,\" he said.")
    assert ("England", SourceKind.PERSON) not in _sources(nlp, text)
