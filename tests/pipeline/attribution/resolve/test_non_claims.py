"""Frames that attribute nothing a reader could use as a claim (pipeline/attribution/resolve/non_claims.py):
a message named but not given ('sent a letter'), a noun phrase cut before its head noun by the
parser, a question nobody has answered ('it is unclear whether Y'), a consequence ('this means
that Y'), a state of mind of nobody in particular ('anyone wanting to Y'); and their near
neighbours that stay claims.

Hand-written sentences; each case gives the expected (source mention, cue, content fragments joined
by " | ") per claim, in text order; negatives expect no claim.
"""

import pytest

from tests.pipeline.claims import triples


@pytest.mark.parametrize(
    "text",
    [
        # a production verb whose message noun has no more than an article
        "The mayor sent a letter to the council.",
        "The union is filing a complaint.",
        "The ministry issued a statement on Monday.",
        # an evaluation or a verb of knowing held by nobody over an embedded question, and what that
        # question covers
        "It is unclear whether the mayor will run.",
        "It was not clear what the new evidence showed.",
        "It is unclear whether the minister said the tax would rise.",
        "It is not known whether the two men ever met.",
        "Who knows what the next election will bring?",
        # a verb of causing or entailing: its that-clause is a consequence, not a proposition
        "The new figures mean that half of all households now own a tablet.",
        "The city must ensure that every officer receives the training.",
        # a participle of wanting or knowing with no one who holds it
        "The guide is a good start for anyone wanting to learn more about pensions.",
        "It is hard to judge the plan without knowing how it would affect him.",
        # a passive act with its agent: a thing acted on, nothing stated
        "The winners are chosen by the viewers to perform in the final.",
        "The novel has been voted best book of the year by readers.",
        # a preposition's object: a thing added to, not something said
        "The film won two more prizes on Monday, adding to honours it has already picked up.",
        # a thing's name
        "Earlier versions of the browser were called Phoenix and Firebird.",
        "Alex Bell, whose trial at the Old Bailey ended on Friday, was known as Mr 2940.",  # BBC tech/354
        # a writer's idiom with a demonstrative for a source
        "That's not to say the plan has failed.",
    ],
)
def test_no_claim(nlp, text):
    assert triples(nlp, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # the parser cuts "the city police's earlier account" before its noun: the fragment goes
        (
            "The footage shows the man raising his hands, contradicting the city police’s earlier account of the shooting.",
            [("The footage", "shows", "the man raising his hands")],
        ),
        # a clause may end in a possessive by ellipsis: still a claim
        (
            "The mayor’s plan is better than the governor’s, the senator said.",
            [("the senator", "said", "The mayor’s plan is better than the governor’s")],
        ),
        # a message with something said of it, or the clause that gives it, stays
        ("The senator sent a letter urging the council to act.", [("The senator", "urging", "the council to act")]),
        ("The senator raised questions about the contract.", [("The senator", "raised questions about", "the contract")]),
        # another verb outside the lexicon with a that-clause is a finding or a statement
        ("The judge ruled that the law was void.", [("The judge", "ruled", "the law was void")]),
        # a holder's doubt over a question is that holder's view
        ("The aides were unsure whether the governor would run.", [("The aides", "were unsure", "whether the governor would run")]),
        ("It is clear that the plan failed.", [(None, "It is clear", "the plan failed")]),
        # asking is a speech act: the question is the content
        ("The mayor was asked whether she would run.", [(None, "was asked", "whether she would run")]),
        # a participle of knowing with its holder, and one of wanting inside a reported clause
        ("The aides, knowing the vote was lost, left early.", [("The aides", "knowing", "the vote was lost")]),
        (
            "Anyone knowing the suspect's whereabouts should call the police, officers said.",
            [("officers", "said", "Anyone knowing the suspect's whereabouts should call the police")],
        ),
        # a fronted adverbial set off by a comma opens the clause said
        (
            "The party says in the northern cities, the race is between them and Labour.",
            [("The party", "says", "in the northern cities, the race is between them and Labour")],
        ),
        # a pronoun after 'to' is a viewpoint or an addressee, and the clause said follows
        (
            "I've always said to me it feels more like a school than an office.",
            [("I", "'ve always said", "to me it feels more like a school than an office")],
        ),
        # a naming verb with a judgement, or with its agent, stays
        ("He has been labelled a traitor.", [(None, "has been labelled", "He | a traitor")]),
        # a holder's ignorance over a question is that holder's state, as a holder's doubt
        (
            "The doctors don't know what happened to the patients.",
            [("The doctors", "don't know", "what happened to the patients")],
        ),
        # a negated speech verb over a question is a refusal to say, kept
        ("The minister did not say whether the tax would rise.", [("The minister", "did not say", "whether the tax would rise")]),
        # a passive speech cue with its agent, and a clause after the passive, stay
        ("It was announced by the ministry that the border would reopen.", [("the ministry", "was announced", "that the border would reopen")]),
        (
            "Plans to close 40 stations have been unveiled by the operator.",
            [("the operator", "have been unveiled by", "Plans to close 40 stations")],
        ),
        ("The senator has been endorsed by the union.", [("the union", "has been endorsed by", "The senator")]),
        ("The minister was urged by MPs to resign.", [("MPs", "was urged", "The minister | to resign")]),
    ],
)
def test_near_neighbours_stay_claims(nlp, text, expected):
    assert triples(nlp, text) == expected
