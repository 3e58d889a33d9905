"""Which cue a content belongs to when two cues share a sentence: an infinitive of purpose stays
inside the reported clause; a clause closed by a colon or semicolon is not the complement of the
cue after it; a cue closing a sentence of coordinated clauses reports all of them; a participle
continuing the speaker's sentence ("X said Y, citing Z") speaks for the speaker even when Y's
subject cannot speak; a gerund with its own subject after a preposition ("with experts arguing Z")
is a claim apart from the one it sits in; a that-clause the parser hung on the noun of a cue's
adjunct ("reported at the time that Y") is the cue's.

Hand-written sentences; each case gives the expected (source mention, cue, content fragments joined
by " | ") per claim, in text order.
"""

import pytest

from tests.pipeline.claims import triples


@pytest.mark.parametrize(
    "text, expected",
    [
        # an infinitive of purpose inside reported content is part of it, not a second claim
        (
            "A spokesman says that the mayor called the nurse on Friday to express gratitude for her work.",
            [("A spokesman", "says", "the mayor called the nurse on Friday to express gratitude for her work")],
        ),
        (
            "The senator said the mayor visited the hospital to thank the staff.",
            [("The senator", "said", "the mayor visited the hospital to thank the staff")],
        ),
        # a coordinated finite cue still continues the speaker's sentence
        (
            "The senator said the mayor visited the hospital and praised the staff.",
            [("The senator", "said", "the mayor visited the hospital"), ("The senator", "praised", "the staff")],
        ),
    ],
)
def test_purpose_clause_stays_in_content(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the clause before a colon or semicolon is the writer's, the cue reports what follows
        ("The plan had stalled for months: the governor said the state would fund it.", [("the governor", "said", "the state would fund it")]),
        ("The council was divided: some members said the tax was too high.", [("some members", "said", "the tax was too high")]),
        (
            "It is an unlikely outcome; the campaign says she will return to the trail this week.",
            [("the campaign", "says", "she will return to the trail this week")],
        ),
        # set off by a comma, the clause before the cue is what it reports
        ("The budget passed easily, the spokesman said.", [("the spokesman", "said", "The budget passed easily")]),
        ("The critics were wrong, she said; the plan would work.", [("she", "said", "The critics were wrong")]),
    ],
)
def test_clause_before_colon_is_not_complement(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a cue closing the sentence reports every coordinated clause before it
        (
            "The mayor had told officials that she did not want the escort, but the police overruled that request, the source added.",
            [("the source", "added", "The mayor had told officials that she did not want the escort, but the police overruled that request")],
        ),
        (
            "The company had promised a refund, but the bank refused to pay, the lawyer said.",
            [("the lawyer", "said", "The company had promised a refund, but the bank refused to pay")],
        ),
        # a cue inside the sentence reports the clause it interrupts and the one it introduces
        ("The plan is sound, the mayor said, and the council agreed.", [("the mayor", "said", "The plan is sound | the council agreed.")]),
    ],
)
def test_sentence_final_cue_reports_coordination(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the reported clause's subject cannot cite or blame: the speaker does
        (
            "Economists said rising prices have contributed to the slowdown, citing the cost of housing.",
            [("Economists", "said", "rising prices have contributed to the slowdown"), ("Economists", "citing", "the cost of housing")],
        ),
        (
            "Officials said the storm damaged the roof, blaming poor maintenance.",
            [("Officials", "said", "the storm damaged the roof"), ("Officials", "blaming", "poor maintenance")],
        ),
        # with no reporting verb above it, such a participle has no speaker and gives no claim
        ("Prices rose sharply in May, citing the cost of housing.", []),
        ("The storm damaged the roof, reflecting the cost of repairs.", []),
    ],
)
def test_participle_after_report_speaks_for_speaker(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a gerund with its own speaker after "with": its claim is cut out of the outer content
        (
            "The study examined the program, with researchers arguing that it had failed.",
            [("The study", "examined", "the program"), ("researchers", "arguing", "it had failed")],
        ),
        # a gerund without a subject is the outer speaker's means, inside the outer claim
        (
            "The mayor defended the plan by arguing that it would save money.",
            [("The mayor", "defended", "the plan by arguing that it would save money")],
        ),
    ],
)
def test_absolute_clause_is_claim_apart(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "that" opening a clause with its own subject after the cue's adjunct: the cue's complement
        (
            "The paper reported at the time that the editor had conveyed to her that the statement was wrong.",
            [("The paper", "reported", "the editor had conveyed to her that the statement was wrong")],
        ),
        (
            "A neighbor was heard yelling to the officers that her husband was unarmed.",
            [("A neighbor", "yelling", "her husband was unarmed")],
        ),
        # a true relative clause, "that" its subject, reports nothing
        ("She wrote about the day that changed her life.", []),
        ("The mayor said at the meeting that the budget was balanced.", [("The mayor", "said", "the budget was balanced")]),
        # BBC entertainment/185: the that-clause hung on the cue's adverb
        (
            "The comedian caused a furore when he said in an interview with US magazine Entertainment Weekly recently"
            " that he hardly ever watched the Oscars.",
            [("he", "said", "he hardly ever watched the Oscars")],
        ),
    ],
)
def test_clause_on_adjunct_noun_is_complement(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a decision verb takes its infinitive, like decide and choose
        (
            "The committee voted to hold the former aide in contempt of Congress.",
            [("The committee", "voted", "to hold the former aide in contempt of Congress")],
        ),
        ("The board decided against renewing the contract.", [("The board", "decided against", "renewing the contract")]),
        # reaction verbs are cues with their 'at' phrase
        ("The senator bristled at questions about the deal.", [("The senator", "bristled at", "questions about the deal")]),
        ("Residents balked at the new parking fees.", [("Residents", "balked at", "the new parking fees")]),
        # without content, or from something that cannot hold a view, nothing is claimed
        ("He voted in the morning.", []),
        ("The dog recoiled at the noise.", []),
    ],
)
def test_decision_and_reaction_verbs(nlp, text, expected):
    assert triples(nlp, text) == expected


def test_coordinated_passive_cue_does_not_inherit_the_subject_as_speaker(nlp):
    # the federation is the one requested: who requested it is unknown (the 'by' phrase hangs on 'do')
    claims = triples(nlp, "The federation declined to act, but was then requested to do so by the commission.")
    assert ("The federation", "declined", "to act") in claims
    assert all(source != "The federation" for source, cue, _ in claims if cue != "declined")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb of the clause's own adverbial before its subject does not make the clause another verb's
        (
            "The agency said that if the flaw went unchecked real e-mail messages could be lost.",
            [("The agency", "said", "if the flaw went unchecked real e-mail messages could be lost")],
        ),
        # without "that", a clause right after another cue is still that cue's, even hung inside the clause
        (
            "While she acknowledged funding was a major reason she felt tired working under him, Smith also noted "
            "several problems left her disillusioned.",
            [("she", "acknowledged", "funding was a major reason she felt tired working under him"),
             ("Smith", "also noted", "several problems left her disillusioned")],
        ),
        # a subordinator of time inside the clause, misread from a preposition, does not make it circumstance
        (
            "The bank said its net profit before tax rose 8% in the year.",
            [("The bank", "said", "its net profit before tax rose 8% in the year")],
        ),
    ],
)
def test_clause_misparsed_inside_is_still_the_complement(nlp, text, expected):
    assert triples(nlp, text) == expected


def test_a_that_clause_coordinated_with_the_cue_is_a_second_complement(nlp):
    """BBC politics/001: 'but that Z' hung on the cue verb continues what was said."""
    text = (
        "She said new mothers were already entitled to 12 months leave, but that many women could not take it as"
        " only six of those months were paid."
    )
    assert triples(nlp, text) == [(
        "She", "said",
        "new mothers were already entitled to 12 months leave, but that many women could not take it as only six"
        " of those months were paid",
    )]
    assert triples(nlp, "He said prices would rise, but added that wages would fall.") == [
        ("He", "said", "prices would rise"), ("He", "added", "wages would fall"),
    ]


def test_a_phrase_set_off_before_a_quoted_complement_is_no_content(nlp):
    """BBC tech/354: 'at the time:' before the quote is when it was said; the quote is one direct claim."""
    text = (
        'US Attorney Paul McNulty said at the time: "John Sankus and his techno-gang operated in the faceless world'
        ' of the internet and thought they would never be caught."'
    )
    assert triples(nlp, text) == [(
        "US Attorney Paul McNulty", "said",
        "John Sankus and his techno-gang operated in the faceless world of the internet and thought they would never"
        " be caught.",
    )]


@pytest.mark.parametrize(
    "text, expected",
    [
        # BBC politics/160 and sport/044: one clause the parser split into two complements of the cue
        (
            "But Mr MacDonald believes that detainees currently being held should be entitled to a trial by jury.",
            [("Mr MacDonald", "believes", "detainees currently being held should be entitled to a trial by jury")],
        ),
        (
            "The 27-year-old believes doping is so common in sport she felt compelled to cheat herself if she was to"
            " have any chance of winning.",
            [("The 27-year-old", "believes", "doping is so common in sport she felt compelled to cheat herself if she"
              " was to have any chance of winning")],
        ),
        # BBC business/236: "that" read as the determiner of a noun with a possessor is the subordinator
        (
            "The survey found that shoppers had adapted easily to the new system, but that banks' performance in"
            " distributing the new cards had been patchy.",
            [("The survey", "found", "shoppers had adapted easily to the new system, but that banks' performance in"
              " distributing the new cards had been patchy")],
        ),
    ],
)
def test_one_reported_clause_the_parser_split(nlp, text, expected):
    assert triples(nlp, text) == expected
