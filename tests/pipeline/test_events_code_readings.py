"""A matched CAMEO code read in its context, where PLOVER types the act
(pipeline/events/code_readings.py; signed agreements: test_events_dictionary.py)."""

import pytest

from pipeline.events.code_readings import act_object_code, expulsion_code, repressed_by


def _word(nlp, text, word):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "verb", "default", "code"),
    [
        # an act defended or attacked is defended or criticised in words, as the verb's own
        # patterns for "decision", "plan", "criticism" code it
        ("The minister defended the move in parliament.", "defended", "074", "052"),
        ("The opposition attacked the proposals.", "attacked", "190", "111"),
        # a place is protected, materially: the block's default stands
        ("Troops defended the border town.", "defended", "074", None),
        # a verbal default is no material sense to read otherwise ("welcomed" is praise, 051)
        ("The minister welcomed the decision.", "welcomed", "051", None),
    ],
)
def test_a_material_default_with_an_act_as_object_is_the_verbal_sense(nlp, text, verb, default, code):
    assert act_object_code(_word(nlp, text, verb), default) == code


def test_repression_is_typed_by_the_act_that_represses(nlp):
    # CAMEO 175 names whom an arrest or a killing represses; PLOVER types the act
    assert repressed_by(_word(nlp, "Police arrested the protesters.", "arrested"), "175") == "COERCE"
    assert repressed_by(_word(nlp, "Soldiers killed a demonstrator.", "killed"), "175") is None
    assert repressed_by(_word(nlp, "Police arrested the protesters.", "arrested"), "173") is None


def test_an_expulsion_from_an_organisation_is_a_sanction(nlp):
    # PLOVER's SANCTION expels an actor from a group; COERCE deports individuals
    expelled = _word(nlp, "Turkey was expelled from the Council of Europe.", "expelled")
    assert expulsion_code(expelled, "174") == "166"
    assert expulsion_code(_word(nlp, "The MP was expelled from the party.", "expelled"), "174") == "166"
    assert expulsion_code(_word(nlp, "Russia expelled the journalist from the country.", "expelled"), "174") is None
