"""Verb classes of stance and judgment as cues.

Verbs of judgment ('grilled X over Y'), the ones with a physical sense only with a person or a body
as their target; verbs of minimizing ('downplayed Y') and advocacy ('espouses the view that Y');
phrasal cues of verbal conflict ('sparred over Y'), of emotion with its stimulus ('rejoiced in Y')
and of stance ('approves of Y'); characterising verbs that need an object and an 'as' phrase
('identified Y as Z'). Verbs that mostly name an action ('approved the merger', 'treated the
patient') stay out.

Hand-written sentences; each case gives the expected (source mention, cue, content fragments joined
by " | ") per claim, in text order.
"""

import pytest

from tests.pipeline.claims import triples


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The senator grilled the bank's chief executive over the fake accounts.",
            [("The senator", "grilled", "the bank's chief executive over the fake accounts")],
        ),
        (
            "The governor has been hammering his rival as a career politician.",
            [("The governor", "has been hammering", "his rival as a career politician")],
        ),
        (
            "Opposition leaders have been pounding the government over rising prices.",
            [("Opposition leaders", "have been pounding", "the government over rising prices")],
        ),
        (
            "The striker was savaged by the manager after the match.",
            [("the manager", "was savaged by", "The striker")],
        ),
        (
            "Critics pilloried the mayor for his handling of the flood.",
            [("Critics", "pilloried", "the mayor for his handling of the flood")],
        ),
        ("The committee censured the judge for his remarks.", [("The committee", "censured", "the judge for his remarks")]),
        (
            "The coach congratulated his players on a hard-fought win.",
            [("The coach", "congratulated", "his players on a hard-fought win")],
        ),
        # the physical sense judges nothing
        ("The chef grilled the fish over an open flame.", []),
        ("The workers hammered the nails into the beam.", []),
        ("Heavy rain pounded the coast all weekend.", []),
        ("Rioters smeared paint on the walls of the station.", []),
        ("Soldiers saluted the flag at dawn.", []),
        # with a particle it is another verb
        ("The unions hammered out a deal with the employers.", []),
    ],
)
def test_verbs_of_judgment(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The minister downplayed the risk of a recession.", [("The minister", "downplayed", "the risk of a recession")]),
        (
            "The governor trivialized the concerns of the farmers.",
            [("The governor", "trivialized", "the concerns of the farmers")],
        ),
        (
            "The candidate espouses the view that taxes should be cut.",
            [("The candidate", "espouses", "the view that taxes should be cut")],
        ),
        (
            "The old doctrine was propounded by a small group of economists.",
            [("a small group of economists", "was propounded by", "The old doctrine")],
        ),
    ],
)
def test_verbs_of_minimizing_and_advocacy(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The two leaders sparred over whether the treaty should be renewed.",
            [("The two leaders", "sparred over", "whether the treaty should be renewed")],
        ),
        ("The two parties wrangled over the budget for months.", [("The two parties", "wrangled over", "the budget")]),
        ("Police clashed with protesters outside the embassy.", []),
        (
            "The senator rejoiced in the victory of her party.",
            [("The senator", "rejoiced in", "the victory of her party")],
        ),
        ("The president fumed over the leak of the report.", [("The president", "fumed over", "the leak of the report")]),
        (
            "The union leader marvelled at the resilience of the workers.",
            [("The union leader", "marvelled at", "the resilience of the workers")],
        ),
        ("The mayor disapproves of the new stadium.", [("The mayor", "disapproves of", "the new stadium")]),
        ("Most voters approve of the new law.", [("Most voters", "approve of", "the new law")]),
        # approving a measure is an act, not a stance anyone states
        ("The board approved the merger on Friday.", []),
    ],
)
def test_phrasal_verbs_of_conflict_emotion_and_stance(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The report identified poor training as the main cause of the crash.",
            [("The report", "identified", "poor training as the main cause of the crash")],
        ),
        (
            "The court treated the delay as a breach of contract.",
            [("The court", "treated", "the delay as a breach of contract")],
        ),
        ("The agency classed the bonds as junk.", [("The agency", "classed", "the bonds as junk")]),
        ("The police identified the suspect.", []),
        ("The nurse treated him for burns.", []),
    ],
)
def test_characterising_verbs_need_an_as_phrase(nlp, text, expected):
    assert triples(nlp, text) == expected
