"""Headlines and title case, where the tagger reads cue verbs as nouns and names: a listed verb
after its subject with a noun or prepositional object ('Mayor Slams Council Over Y'); a headline
clause before a colon and a quotation ('X Meets Y: "Z"'); a label name the tagger misses but the
document names elsewhere ('X on Trade: Y'); and a quotation set off by dashes after a name
('including Jane Roe -- "Y" --').

Hand-written sentences; each case gives the expected (source mention, cue, content fragments joined
by " | ") per claim, in text order; negatives expect no claim.
"""

import pytest

from tests.pipeline.claims import triples


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Trump Questions Fairness Of Moderators", ("Trump", "Questions", "Fairness Of Moderators")),
        ("Mayor Slams Council Over Budget Cuts", ("Mayor", "Slams", "Council Over Budget Cuts")),
        # an -ies form, and the noun after it is its object, not a second verb
        ("Smith Denies Report On Campaign Loans", ("Smith", "Denies", "Report On Campaign Loans")),
        # a base form after a plural subject
        ("Veterans Rip Senator As A 'Coward'", ("Veterans", "Rip", "Senator As A 'Coward")),
        # a phrasal cue with its particle
        ("One Poll Sums Up The Mood Of Voters", ("Poll", "Sums Up", "The Mood Of Voters")),
        # an adverb between the subject and the verb
        ("Governor Still Defends Prison Plan", ("Governor", "Defends", "Prison Plan")),
        ("Clinton Touts Record On Health Care", ("Clinton", "Touts", "Record On Health Care")),
        ("Mayor Slams Post-Debate Spin By Rivals", ("Mayor", "Slams", "Post-Debate Spin By Rivals")),
        ("TRUMP SLAMS CLINTON OVER EMAILS", ("TRUMP", "SLAMS", "CLINTON OVER EMAILS")),
        # an embedded question keeps its own finite verb
        ("Senator Questions Why Agency Hid Report", ("Senator", "Questions", "Why Agency Hid Report")),
    ],
)
def test_headline_verbs_read_as_nouns(nlp, text, expected):
    assert triples(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Questions Remain Over Bridge Funding",  # no subject before the noun
        "Budget Questions Remain Over Bridge",  # a finite verb after it: the noun is the subject
        "Tax Fraud Charges Dropped Against Mayor",
        "Smith Campaign Claims Under Scrutiny",  # a preposition of the noun's own, not the verb's
        "Senator's Claims Of Fraud Go Unanswered",  # a possessed noun
        "Mayor Plans Rally",  # a verb whose noun object is no claim
        # a verb after the cue-like noun: the noun is its subject
        "Police Reports Show Rise In Crime",  # tagged as a verb
        "Obama Comments Spark Outrage",  # a claim noun, then a word that can be a verb
        "Rate Hike Fears Weigh On Stocks",
        "Campaign Promises Go Unfulfilled",
        "Judge Orders Release Of Documents",  # 'Orders' can be a verb: 'Release' is no verb after a plural subject
        "Top Questions For Tonight's Debate",
        "The council's plans for the bridge were shelved.",  # not a headline
    ],
)
def test_headline_nouns_stay_nouns(nlp, text):
    assert triples(nlp, text) == []


@pytest.mark.xfail(
    strict=True, reason="'attack' is no claim noun of the lexicon, so its plural before a verb is read as the verb"
)
def test_headline_noun_before_a_verb_not_tagged_as_one(nlp):
    assert triples(nlp, "Trump Attacks Draw Rebuke") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Elizabeth Warren Meets Bank Chief: 'You Should Resign Today'\n\nThe senator spoke on Tuesday.",
            [("Elizabeth Warren", ":", "You Should Resign Today")],
        ),
        # a listed verb: the verb's subject speaks the quotation too
        (
            "Mayor Slams Council Over Cuts: 'They Have Betrayed Our Schools'\n\nShe spoke.",
            [("Mayor", "Slams", "Council Over Cuts"), ("Mayor", ":", "They Have Betrayed Our Schools")],
        ),
        # a name with a title before it is a label, not a clause
        (
            "Acme Bank Chief Executive Mary Collins: 'We Will Fix This Problem Now'\n\nShe spoke.",
            [("Acme Bank Chief Executive Mary Collins", ":", "We Will Fix This Problem Now")],
        ),
        # no quotation after the colon: a heading, not what the subject said
        ("Elizabeth Warren Meets Bank Chief: What Comes Next For The Bank\n\nThe senator spoke on Tuesday.", []),
    ],
)
def test_headline_clause_before_colon(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Obama on Trade: The Deal Is Bad For Workers\n\nPresident Obama spoke on Monday.",
            [("Obama", ":", "The Deal Is Bad For Workers")],
        ),
        ("Spotlight on Trade: The Deal Is Bad For Workers\n\nThe deal was signed on Monday.", []),
    ],
)
def test_label_named_elsewhere(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Critics included the governor, Maria Lopez -- ''We cannot afford this plan'' -- and two mayors.",
            [("Maria Lopez", "--", "We cannot afford this plan")],
        ),
        ("“We will win this race in November.” -- Jane Roe", [("Jane Roe", "--", "We will win this race in November.")]),
        # a phrase describing the name, not words of hers
        ("The firm hired Jane Roe — “an old friend” — last year.", []),
    ],
)
def test_quotation_set_off_by_dashes(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a cue closing its sentence after a comma, read as a conjunct of what it reports
        (
            "Around 23 million Britons will miss out on a wide range of essential services such as education and "
            "medical information, predicts the report by telecoms giant BT.",
            [("the report by telecoms giant BT", "predicts",
              "Around 23 million Britons will miss out on a wide range of essential services such as education and medical information")],
        ),
        # a second clause of the same subject, joined by "and", reports nothing
        ("The firm cut its prices, and predicts higher sales.", [("The firm", "predicts", "higher sales")]),
    ],
)
def test_cue_after_a_comma_read_as_a_conjunct(nlp, text, expected):
    assert triples(nlp, text) == expected
