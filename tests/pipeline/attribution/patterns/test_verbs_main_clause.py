"""Main-clause cue verbs whose content the parse hides: a clause closed by a semicolon or colon
before the cue, a participle cue hung on the reported clause ("X said Y, citing Z"), a clause
joined by ", and" with a speaker of its own, an "as X pointed out" clause the parser makes the
head or hangs on a noun, a that-clause parsed as the head of the sentence, a noun-phrase fragment
before "X said.", a relative clause describing a noun-phrase object, two objects of a verb of
giving, infinitive content of demands and votes, "X said so", and "it" as the subject of an agentless
passive with nothing extraposed.

Hand-written sentences; each case gives the expected (source mention, cue, content fragments joined
by " | ") per claim, in text order; negatives show what stays as it was.
"""

import pytest

from tests.pipeline.claims import triples


@pytest.mark.parametrize(
    "text, expected",
    [
        # a clause closed by a semicolon or colon is not the content of a cue with its own complement
        (
            "The deal looks unlikely; the union says talks will resume next week.",
            [("the union", "says", "talks will resume next week")],
        ),
        (
            "The term has a precise meaning: it refers to the jobless share of the workforce.",
            [("it", "refers to", "the jobless share of the workforce")],
        ),
        # ... but it is the content of a cue with nothing after it
        ("The plan will fail; the critics said.", [("the critics", "said", "The plan will fail")]),
        ("The plan will fail; the critics said in a statement.", [("the critics", "said", "The plan will fail")]),
        ("The plan will fail, the critics said.", [("the critics", "said", "The plan will fail")]),
    ],
)
def test_clause_closed_before_the_cue(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a cue participle after a reported clause whose subject cannot speak is the speaker's
        (
            "The mayor said the budget would grow, noting the strong revenue from tourism.",
            [("The mayor", "said", "the budget would grow"), ("The mayor", "noting", "the strong revenue from tourism")],
        ),
        (
            "Analysts said rising prices had hurt exports, citing the strength of the currency.",
            [("Analysts", "said", "rising prices had hurt exports"), ("Analysts", "citing", "the strength of the currency")],
        ),
        (
            "The report shows that the bridge had cracks in its deck, contradicting the builder's earlier claim that it was sound.",
            [("The report", "shows", "the bridge had cracks in its deck"), ("The report", "contradicting", "the builder's earlier claim that it was sound")],
        ),
        # the whole participle clause leaves the first content, also what its own content leaves out
        (
            "The mayor said the budget would grow, adding in a statement on Friday that taxes would not rise.",
            [("The mayor", "said", "the budget would grow"), ("The mayor", "adding", "taxes would not rise")],
        ),
        # a cue gerund coordinated with a preposition's gerund is part of the reported clause
        (
            "He warned that the regulator could take the easy route of fining the bank and charging its owners the full cost.",
            [("He", "warned", "the regulator could take the easy route of fining the bank and charging its owners the full cost")],
        ),
        # a participle that is not a cue stays in the reported clause
        (
            "The mayor said the storm had destroyed homes, leaving thousands homeless.",
            [("The mayor", "said", "the storm had destroyed homes, leaving thousands homeless")],
        ),
    ],
)
def test_participle_cue_on_the_reported_clause(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # ", and" + a clause with its own speaker and cue: the next sentence, not part of the report
        (
            "The mayor said residents who park overnight would not be fined during the holidays, and the police chief replied that officers would use discretion.",
            [
                ("The mayor", "said", "residents who park overnight would not be fined during the holidays"),
                ("the police chief", "replied", "officers would use discretion"),
            ],
        ),
        # without the comma, or after "that", the clause stays inside the report
        (
            "The mayor said residents who park overnight would not be fined during the holidays and the police chief replied that officers would use discretion.",
            [("The mayor", "said", "residents who park overnight would not be fined during the holidays and the police chief replied that officers would use discretion")],
        ),
        (
            "The mayor noted that residents who park overnight had been fined during the holidays, and some complained about the cost.",
            [("The mayor", "noted", "residents who park overnight had been fined during the holidays, and some complained about the cost")],
        ),
        # nor is a condition joined by ", but only if" a claim apart
        (
            "The firm could open a plant in Ohio, but only if its board is persuaded that the tax break will last, the chief executive said.",
            [("the chief executive", "said", "The firm could open a plant in Ohio, but only if its board is persuaded that the tax break will last")],
        ),
    ],
)
def test_coordinated_report(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the cue verb parsed as the head of the sentence, the speaker after "as"
        (
            "The city, as one of the mayor's advisers pointed out, rarely gets floods.",
            [("one of the mayor's advisers", "pointed out", "The city | rarely gets floods.")],
        ),
        (
            "The law, as the senator pointed out on Monday, was never enforced.",
            [("the senator", "pointed out", "The law | was never enforced.")],
        ),
        # the as-clause hung on the subject noun
        (
            "The vote, as the chairman pointed out, was close.",
            [("the chairman", "pointed out", "The vote | was close.")],
        ),
        # as parsed correctly: unchanged
        (
            "The plan, as critics have pointed out, costs too much.",
            [("critics", "have pointed out", "The plan | costs too much.")],
        ),
        # an as-clause of time is no claim
        ("The crowd, as the band arrived, grew quiet.", []),
    ],
)
def test_inserted_as_clause(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a that-clause parsed as the head of the sentence belongs to the cue ending the clause before it
        (
            "The nominee continues to insist, most recently in a television interview with a network, that he really, really wants to release his taxes but can't.",
            [("The nominee", "to insist", "he really, really wants to release his taxes but can't.")],
        ),
        # parsed as the cue's adverbial clause: the clause is still the content, without the final stop
        (
            "The senator continues to insist, most recently in a radio interview with a local station, that he really, really wants to release his records.",
            [("The senator", "to insist", "he really, really wants to release his records")],
        ),
    ],
)
def test_that_clause_parsed_as_head(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a noun-phrase fragment before "X said." read as a subject or an adverbial noun
        ("Some voters disagree. People like Scott, he said.", [("he", "said", "People like Scott")]),
        ("Big mistake, he said.", [("he", "said", "Big mistake")]),
        # a time word, an adverb or a quote before the cue is not such a fragment
        ("Yesterday, he said.", []),
        ("Later, the mayor said.", []),
        ('"A total disaster," he said.', [("he", "said", "A total disaster")]),
    ],
)
def test_fragment_before_the_cue(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative clause set off by a comma describes the object in the writer's words
        (
            "He cited criticism of the anchor, who took heat for his questions.",
            # (the reaction the anchor received is a claim of its own, its sender unnamed)
            [("He", "cited", "criticism of the anchor"), (None, "heat for", "his questions")],
        ),
        (
            "The senator praised the plan, which was drafted by the mayor, for its ambition.",
            [("The senator", "praised", "the plan | for its ambition")],
        ),
        # a restrictive relative clause is part of the object
        (
            "The senator praised the plan that the mayor drafted.",
            [("The senator", "praised", "the plan that the mayor drafted")],
        ),
    ],
)
def test_describing_relative_clause(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a word standing for a proposition said before, ending the cue's clause
        ("He doesn't think so.", [("He", "doesn't think", "so")]),
        ("The campaign manager said as much in an interview on Thursday.", [("The campaign manager", "said", "as much")]),
        ("The mayor said so, and the council agreed.", [("The mayor", "said", "so")]),
        ("The senator said yes.", [("The senator", "said", "yes")]),
        # a comparison, a word opening a longer object, or an answer word followed by a phrase
        # ("said no to Y" refuses Y) is no such content; nor is it when a clause before is the content
        ("The party said no to the prime minister.", []),
        ("Best film of the decade - I don't think so.", [("I", "don't think so", "Best film of the decade")]),
        ("She knows as much about defense as I do about basketball.", []),
        ("He said so many things.", [("He", "said", "so many things")]),
        ("The senator said no immediate decision had been made.", [("The senator", "said", "no immediate decision had been made")]),
    ],
)
def test_proform_content(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # two objects one after the other, the first one who receives: the second is the content
        (
            "The agency isn't offering enough veterans the kind of therapies that researchers are uncovering.",
            [("The agency", "isn't offering", "the kind of therapies that researchers are uncovering")],
        ),
        ("The minister promised farmers a new subsidy.", [("The minister", "promised", "a new subsidy")]),
        # a naming verb keeps both, and a noun the parser split is not a second object
        ("His partner called him a genius.", [("His partner", "called", "him a genius")]),
        (
            "The chief executive attributed an 8.3% increase in January worldwide sales to the menu.",
            [("The chief executive", "attributed", "an 8.3% increase in January | to the menu")],
        ),
    ],
)
def test_double_object(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # demands, requests and votes take their infinitive as content
        ("The senator demanded to see the documents.", [("The senator", "demanded", "to see the documents")]),
        ("The committee voted to send the bill to the floor.", [("The committee", "voted", "to send the bill to the floor")]),
        ("The council voted on Monday.", []),
    ],
)
def test_infinitive_content(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an agentless passive says something of "it" when no clause follows for "it" to stand for
        (
            "Although the missiles cannot reach the mainland, it is considered a threat to troops in the region.",
            [(None, "is considered", "it | a threat to troops in the region")],
        ),
        ("When the fact-checkers examined the statement, it was labeled false.", [(None, "was labeled", "it | false")]),
        # an extraposed clause: "it" stands for the clause, as before
        ("It was reported that the bill passed.", [(None, "was reported", "the bill passed")]),
        ("It is considered unlikely that the bill will pass.", []),
        ("It is hoped the forecast for Sunday, for cool weather but no rain, will prove accurate.", []),
    ],
)
def test_referential_it_in_agentless_passive(nlp, text, expected):
    assert triples(nlp, text) == expected
