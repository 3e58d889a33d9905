"""Attributions whose cue is not a verb, where the parse hides the usual configuration: a noun's
that-clause read as a relative clause, hung on the noun's verb or on the copula ("X's hope is that
Y"); a speaker noun compounded with the noun ("media reports that Y"); 'to' after some stance
nouns ("opposition to Y"); 'for X to Y' after a noun ("calls for X to Y"); an embedded question
after an adjective of knowing ("unsure if Y").

Hand-written sentences; each case gives the expected (source mention, cue, content fragments joined
by " | ") per claim, in text order; negatives expect no claim of that kind.
"""

import pytest

from tests.pipeline.claims import triples


@pytest.mark.parametrize(
    "text, expected",
    [
        # the complement clause of a proposition noun read as a relative clause ('that' is a mark)
        (
            "Despite media pronouncements that the senator was the winner of the debate, she did not gain.",
            [("media", "pronouncements", "the senator was the winner of the debate")],
        ),
        # ... and hung on the verb whose object the noun is
        (
            "The strike dragged on, fueling worries from Paris to Berlin that the union was a burden.",
            [("Paris", "worries", "the union was a burden")],
        ),
        # ... and on the copula the noun is the subject of: the cue spans the copula
        ("The senator's hope is that the bill will pass.", [("The senator", "hope is", "the bill will pass")]),
        ("Her argument was that taxes were too high.", [("Her", "argument was", "taxes were too high")]),
        ("The governor's bet is that voters will forgive him.", [("The governor", "bet is", "voters will forgive him")]),
        # a speaker noun compounded with the noun holds it
        ("Despite police claims that the driver was armed, no gun was found.", [("police", "claims", "the driver was armed")]),
        ("Union complaints about the cuts grew louder.", [("Union", "complaints about", "the cuts")]),
        # 'to' introduces the target of opposition, devotion, loyalty ...
        ("The senator's opposition to the bill surprised nobody.", [("The senator", "opposition to", "the bill")]),
        ("The mayor's loyalty to the party was never in doubt.", [("The mayor", "loyalty to", "the party")]),
        # rejection nouns are stances toward what is rejected
        ("The senator's repudiation of the group came too late.", [("The senator", "repudiation of", "the group")]),
        # 'for X to Y' after a proposition noun: whom it is addressed to acts, and belongs to the content
        ("Protesters renewed their calls for the mayor to resign.", [("Protesters", "renewed their calls for", "the mayor to resign")]),
        (
            "The union's demand for the company to raise wages was rejected.",
            [("The union", "demand for", "the company to raise wages")],
        ),
        (
            "The senator sounded a call for the state to accept more refugees.",
            [("The senator", "sounded a call for", "the state to accept more refugees")],
        ),
        # an embedded question after an adjective of knowing, parsed as a condition
        ("The officials were unsure if the deal would survive.", [("The officials", "were unsure", "if the deal would survive")]),
    ],
)
def test_nonverbal_cue(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative pronoun 'that' makes a relative clause: the claims are only what she dismissed
        ("She dismissed the claims that he made.", [("She", "dismissed", "the claims that he made")]),
        # a cue verb's clause is its own, not its object's
        (
            "The mayor told the committee that the budget was balanced.",
            [("The mayor", "told", "the budget was balanced")],
        ),
        # an extraposed noun predicate is the writer's own judgement
        ("It is a safe bet that prices will rise.", []),
        # not every noun subject of a copula clause names a proposition
        ("The problem is that the plan will fail.", []),
        # a 'for' phrase without an infinitive is no for-clause; 'time' is no proposition noun
        ("The city has no plans for a new stadium.", []),
        ("It is time for the council to act.", []),
        # 'if' after an adjective of feeling is a condition
        ("The mayor would be happy if the bill passed.", []),
        # 'to' after a stance noun outside that class is a recipient
        ("The government's support to the farmers arrived late.", []),
        ("The mayor's commitment to the fund reached $2 million.", []),
    ],
)
def test_no_nonverbal_claim(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a cue in the infinitive of a predicate adjective speaks for the copula's subject
        (
            "The governor was able to consistently tout his polling strength.",
            [("The governor", "to consistently tout", "his polling strength")],
        ),
        ("The plan is likely to anger residents.", []),
    ],
)
def test_cue_infinitive_of_a_predicate_adjective(nlp, text, expected):
    assert triples(nlp, text) == expected
