"""Attributions inside another claim's content: a relative clause whose relative word is part of
what its own cue reports ("the rule, which advocates say hurts schools") is a claim of its own and
is carved out of the outer content; any other nested cue stays inside the outer claim. A second
cue after a reported clause takes the outer speaker ("X said Y, adding Z") unless it is a bare verb
sharing the subject of the reported clause ("they should change the laws rather than criticize him").

Hand-written sentences; each case gives the expected (source mention, cue, content fragments joined
by " | ") per claim, in text order.
"""

import pytest

from tests.pipeline.claims import triples



@pytest.mark.parametrize(
    "text, expected",
    [
        # relative word inside the relative clause's reported content: two claims, outer carved
        (
            "Critics protested the funding rule, which advocates say hurts poor schools.",
            [("Critics", "protested", "the funding rule"), ("advocates", "say", "which | hurts poor schools")],
        ),
        (
            "He praised the budget, which he said would cut taxes.",
            [("He", "praised", "the budget"), ("he", "said", "which | would cut taxes")],
        ),
        # the relative pronoun is the cue's own subject: the clause stays inside the outer claim
        (
            "The mayor thanked the nurses, who said the hospital needs more staff.",
            [("The mayor", "thanked", "the nurses, who said the hospital needs more staff")],
        ),
        # a complement cue inside reported content is part of that content
        (
            "The senator said the governor believes the tax is unfair.",
            [("The senator", "said", "the governor believes the tax is unfair")],
        ),
    ],
)
def test_nested_relative_claims(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle or a finite verb continuing the speaker's sentence takes the outer speaker
        (
            "The mayor said the plan was sound, adding that critics had not read it.",
            [("The mayor", "said", "the plan was sound"), ("The mayor", "adding", "critics had not read it")],
        ),
        # a bare verb under the reported clause's modal keeps that clause's subject
        (
            "He said that if voters are unhappy with the rules, they should change the rules rather than criticize him.",
            [
                ("He", "said", "if voters are unhappy with the rules, they should change the rules rather than"),
                ("they", "criticize", "him"),
            ],
        ),
    ],
)
def test_second_cue_source(nlp, text, expected):
    assert triples(nlp, text) == expected


def test_a_contrasting_while_clause_is_another_speakers_claim(nlp):
    text = "The unions say the plan will cost jobs, while the employers say it will save the company."
    assert triples(nlp, text) == [
        ("The unions", "say", "the plan will cost jobs"),
        ("the employers", "say", "it will save the company"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # BBC business: a "while" clause with a speaker of its own inside a participle's content,
        # with no comma before it
        (
            "Thailand and India have however declined the offer, with Thailand prefering to keep up with its payments"
            " while India said it would prefer to rely on its own resources rather than on international aid.",
            [
                ("Thailand and India", "have however declined", "the offer"),
                ("Thailand", "prefering", "to keep up with its payments"),
                ("India", "said", "it would prefer to rely on its own resources rather than on international aid"),
            ],
        ),
        ("The minister said taxes would rise while the Conservatives said they would fall.", [
            ("The minister", "said", "taxes would rise"),
            ("the Conservatives", "said", "they would fall"),
        ]),
        # "while" without a report of its own stays inside the claim
        ("He said he was leaving while she was staying.", [("He", "said", "he was leaving while she was staying")]),
    ],
)
def test_a_while_clause_with_its_own_speaker_is_carved_out(nlp, text, expected):
    assert triples(nlp, text) == expected


def test_an_expected_report_is_the_subjects_claim(nlp):
    """BBC politics/092: the minister is expected to say Y: Y is his claim, not an expectation of no one's;
    an expectation over no report of its own stays (BBC business/032)."""
    assert triples(nlp, "He is expected to say that the new figures were heartening.") == [
        ("He", "to say", "the new figures were heartening")
    ]
    assert triples(nlp, "However, UFJ's management was known to prefer the offer from a rival bank.") == [
        (None, "was known", "UFJ's management | to prefer the offer from a rival bank")
    ]
