"""Attribution frames beyond "X said Y": evidential 'seems', speech-act objects ('sent a letter'),
passives, 'in X's view', evidence verbs with an object, stance adjectives and role nouns ('critical
of', 'an opponent of'), labels and dashes in web text, a cue closing its paragraph with a colon, and
two cues of one speaker in one sentence.

Hand-written sentences; each case gives the expected (source mention, cue, content fragments joined
by " | ") per claim, in text order; negatives expect no claim.
"""

import pytest

from pipeline.attribution import extract_claims
from pipeline.models import Certainty
from tests.pipeline.claims import triples



@pytest.mark.parametrize(
    "text, expected",
    [
        # evidential raising verb: subject plus complement, the experiencer as source
        ("The mayor seems to have changed her mind about the tax.", [(None, "seems", "The mayor | to have changed her mind about the tax")]),
        ("The plan seemed reckless to the senator.", [("the senator", "seemed", "The plan | reckless")]),
        # a production verb with a message noun as object
        ("The senator raised questions about the contract.", [("The senator", "raised questions about", "the contract")]),
        # (a message noun with nothing but an article, "sent a letter", says nothing: resolve/test_non_claims.py)
        ("The city sent a cease-and-desist letter to the company.", [("The city", "sent", "a cease-and-desist letter")]),
        # passive with a by-agent: the passive subject is what the agent backs
        ("The proposal was backed by three unions.", [("three unions", "was backed by", "The proposal")]),
        # ... with what the verb says of it, as in the active "Labour accused the Tories of planning cuts"
        ("The Tories were accused of planning cuts by Labour.", [("Labour", "were accused", "The Tories | of planning cuts")]),
        # agentless passive that says something of its subject
        ("The former minister was accused of taking bribes.", [(None, "was accused", "The former minister | of taking bribes")]),
        # evidence verbs take an object when the subject is a document
        ("The latest poll shows the governor with a narrow lead.", [("The latest poll", "shows", "the governor with a narrow lead")]),
        # a common noun for a person can hold a view
        ("His former business partner called him a genius.", [("His former business partner", "called", "him a genius")]),
        # 'in the poll' / 'in his view' as the source
        ("In the latest poll, the governor leads by four points.", [("the latest poll", "In", "the governor leads by four points.")]),
        ("In his view, the tax is unfair.", [("his", "In", "the tax is unfair.")]),
        # stance adjectives with an infinitive or a prepositional object
        ("The governor has been critical of the new budget.", [("The governor", "has been critical of", "the new budget")]),
        ("Some senators were willing to support a smaller bill.", [("Some senators", "were willing", "to support a smaller bill")]),
        # a stance role noun after the copula
        ("The governor is a staunch opponent of the death penalty.", [("The governor", "is a staunch opponent of", "the death penalty")]),
        (
            "A passionate defender of the network, the host compared it to the BBC.",
            [("the host", "A passionate defender of", "the network"), ("the host", "compared", "it to the BBC")],
        ),
        # gerund complements of proposal verbs and of a cue's preposition
        ("The senator proposed raising the minimum wage.", [("The senator", "proposed", "raising the minimum wage")]),
        ("The president called for reducing the corporate tax rate.", [("The president", "called for", "reducing the corporate tax rate")]),
        # a cue verb's preposition that introduces its content
        ("The company did not respond to requests for comment.", [("The company", "did not respond to", "requests for comment")]),
        # two cues of one speaker: a coordinated cue and an adjoined participle are claims of their own
        (
            "The minister denied the report and insisted that the talks would continue.",
            [("The minister", "denied", "the report"), ("The minister", "insisted", "the talks would continue")],
        ),
        (
            "The senator said the bill would pass, adding that the vote was close.",
            [("The senator", "said", "the bill would pass"), ("The senator", "adding", "the vote was close")],
        ),
    ],
)
def test_frames(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a stance noun aims at its object; the possessor holds the stance
        ("The mayor's disdain for the new stadium was obvious.", [("The mayor", "disdain for", "the new stadium")]),
        ("Her criticism of the budget surprised nobody.", [("Her", "criticism of", "the budget")]),
        # a speech or belief noun with its topic; a noun naming something said needs no holder
        ("The senator's comments on the strike were harsh.", [("The senator", "comments on", "the strike")]),
        ("There were claims of fraud in the election.", [(None, "claims of", "fraud")]),
        # a proposition noun's that-clause, with or without a holder
        ("Charges that the mayor took bribes have dogged him.", [(None, "Charges", "the mayor took bribes")]),
        # a light verb with a proposition or stance noun: the verb's subject holds it
        ("The governor voiced concern that the dam would fail.", [("The governor", "voiced concern", "the dam would fail")]),
        ("The two leaders signed an agreement to cut tariffs.", [("The two leaders", "signed an agreement", "to cut tariffs")]),
        # a received reaction: about its for-object, or else about the subject; the sender is unnamed
        ("The minister has faced sharp criticism for closing the hospital.", [(None, "sharp criticism for", "closing the hospital")]),
        ("The video has drawn ridicule from comedians.", [("comedians", "ridicule", "The video")]),
        ("The senator faced questions about the contract.", [(None, "questions about", "the contract")]),
        # light-verb idioms: the verb and noun together are the speech act
        ("The mayor made the case for a new tax.", [("The mayor", "made the case for", "a new tax")]),
        ("The senator took a swipe at the governor.", [("The senator", "took a swipe at", "the governor")]),
        ("The union is throwing its support behind the nominee.", [("The union", "is throwing its support behind", "the nominee")]),
        # a noun cue keeps its article and adjectives, not its possessor
        ("The mayor's latest effort to cut taxes failed.", [("The mayor", "latest effort", "to cut taxes")]),
        ("There was a tacit acknowledgment that the plan had failed.", [(None, "a tacit acknowledgment", "the plan had failed")]),
        # (with no holder, criticism of the mayor names only its target: no claim)
        ("The intense criticism of the mayor by councillors surprised nobody.",
         [("councillors", "The intense criticism of", "the mayor")]),
        ("The chief's repeated emphasis that few workers were involved did not help.", [("The chief", "repeated emphasis", "few workers were involved")]),
    ],
)
def test_noun_cues(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a speech event whose clause has no reporting verb: its subject spoke; a lexical verb is the act
        ("In a statement issued Tuesday, the senator was more cautious.", [("the senator", "In a statement", "was more cautious.")]),
        ("In a speech on Friday, the governor laid out her budget.", [("the governor", "laid out", "her budget")]),
        ("In his remarks, the senator did not name the company.", [("the senator", "did not name", "the company")]),
        # 'as X put it in a statement': the speech act says the clause it qualifies
        (
            "As the minister put it in a speech in July, the country is offering a different view.",
            [("the minister", "put it", "the country is offering a different view.")],
        ),
        # 'by' + an estimate or an admission
        ("By one estimate, 300 acres of forest have burned.", [("one estimate", "By", "300 acres of forest have burned.")]),
        ("By his own admission, the plan is expensive.", [("his", "own admission", "the plan is expensive.")]),
        ("The tax is unfair in his eyes.", [("his", "in", "The tax is unfair")]),
        # stance adjectives the parser reads as participles, or in a 'with' clause
        ("The aides were coy about whether the governor would run.", [("The aides", "were coy about", "whether the governor would run")]),
        ("Protesters were frustrated that the police kept the video.", [("Protesters", "frustrated", "the police kept the video")]),
    ],
)
def test_phrase_and_adjective_cues(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # certainty and readiness adjectives; the clause or object may hang on the copula
        ("The coach was not sure whether the team could win.", [("The coach", "was not sure", "whether the team could win")]),
        ("The union is ready to return to the table.", [("The union", "is ready", "to return to the table")]),
        ("The analyst is bearish on the future of coal.", [("The analyst", "is bearish on", "the future of coal")]),
        ("The president has been clear that he will veto the bill.", [("The president", "has been clear", "he will veto the bill")]),
        # an evaluative adjective with an extraposed clause: nobody in particular holds it (over an
        # embedded question, "it is unclear whether Y", no claim: resolve/test_non_claims.py)
        ("It is obvious that the plan failed.", [(None, "It is obvious", "the plan failed")]),
        ("Nor is it clear that the talks will resume.", [(None, "is it clear", "the talks will resume")]),
        # a stance preposition on the copula, or a stance noun in an 'in' phrase
        ("The senator is against the new pipeline.", [("The senator", "is against", "the new pipeline")]),
        ("Most farmers are in favor of the trade deal.", [("Most farmers", "are in favor of", "the trade deal")]),
        ("The party's leaders are in despair over the polls.", [("The party's leaders", "are in despair over", "the polls")]),
        # the cue spans the copula with its auxiliaries, adverbs and negation, as written
        ("The voters weren't too concerned about the new tax.", [("The voters", "weren't too concerned about", "the new tax")]),
        ("She has long been a persuasive advocate for women.", [("She", "has long been a persuasive advocate for", "women")]),
        ("The farmers privately are in despair over the drought.", [("The farmers", "privately are in despair over", "the drought")]),
        # an extraposed clause with no complementiser
        ("It was clear the mayor is trying to win over young voters.", [(None, "It was clear", "the mayor is trying to win over young voters")]),
    ],
)
def test_copular_cues(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The mayor appeared at the rally.",  # 'appear' of presence, not evidence
        "The storm sent a tree through the roof.",  # no message noun, no source-like subject
        "The new bridge was announced on Monday.",  # a bare passive says nothing of its subject
        "The talks showed little sign of progress.",  # an evidence verb needs a source-like subject
        "In the morning, the governor left.",  # 'in' + a time is no source
        "The weather was critical to the harvest.",  # a stance adjective needs a source-like subject
        "The river is a source of fresh water.",  # not a stance role noun
        "The governor said:",  # a bare cue with nothing after it
        "His remarks on Saturday were brief.",  # a time is no topic
        "Support for the bill has grown.",  # a stance with no holder is no one's claim
        "The company has a plan for the site.",  # an intention noun takes an infinitive, not a topic
        "The company has 5 percent support for its plan.",  # a measure, not a stance
        "She has been in the public eye for years.",  # 'eye' is no point of view
        "The storm was furious.",  # a stance adjective needs a source-like holder
        "The lawyer took the case.",  # 'case' is a speech act only in 'make the case'
        "By the river, the town was quiet.",  # 'by' a place is no source
        "It is against the law.",  # a stance preposition needs a source-like subject
        "The mayor is in the office.",  # 'in' + a place is no stance
        "The path was clear for the vote.",  # an extraposed evaluation needs 'it' and a clause
        "The song that the singer is passionate about is old.",  # a relative pronoun is no content
        "The decision raises questions about the budget.",  # a light verb's non-person subject speaks for no one
        "The reporter had a question for the mayor.",  # 'for' + a person is whom a question is for
        "The mayor has strong support from teachers, with 60 percent.",  # past a comma, no longer the noun's topic
        "He made dubious claims on-air for years.",  # 'on-air' is a compound, not a topic
        "The senator's complaint with the agency was rejected.",  # 'with' + an institution is whom a complaint goes to
        "The allies will work to make their troops more ready to deploy.",  # a state brought about, nobody's stance
    ],
)
def test_no_claim(nlp, text):
    assert extract_claims(nlp(text)) == []


def test_raising_verb_is_unverified(nlp):
    [claim] = extract_claims(nlp("The mayor seems to have changed her mind about the tax."))
    assert claim.certainty is Certainty.UNVERIFIED


def test_in_statement_keeps_the_reporting_verb(nlp):
    # 'in a statement' is not a source of its own: the clause's reporting verb is the cue
    assert triples(nlp, "In a statement, the company said it would cut 200 jobs.") == [
        ("the company", "said", "it would cut 200 jobs")
    ]


def test_cue_ending_a_paragraph_with_a_colon_takes_the_next_paragraph(nlp):
    text = "The governor said:\nWe will not let the factory close without a fight."
    assert triples(nlp, text) == [("The governor", "said", "We will not let the factory close without a fight.")]


def test_transcript_labels_after_a_quote_mark(nlp):
    text = (
        '"SMITH: We will not raise taxes on working families.\n'
        '"JONES: We will pay for the schools by cutting waste.\n'
        '"SMITH: The waste is a myth and the schools know it.'
    )
    assert triples(nlp, text) == [
        ("SMITH", ":", "We will not raise taxes on working families."),
        ("JONES", ":", "We will pay for the schools by cutting waste."),
        ("SMITH", ":", "The waste is a myth and the schools know it."),
    ]


def test_dash_attribution_with_no_break_space(nlp):
    text = "“We will rebuild the bridge before winter.”\u00a0― Maria Lopez"
    assert triples(nlp, text) == [("Maria Lopez", "―", "We will rebuild the bridge before winter.")]


@pytest.mark.parametrize("attribution", ["”―Maria Lopez", "”―\u00a0Maria Lopez", "”—Maria Lopez"])
def test_dash_attribution_glued_to_the_quote_or_name(nlp, attribution):
    text = f"“We will rebuild the bridge before winter.{attribution}\n“The river is too high.” ― Ann Park"
    assert triples(nlp, text) == [
        ("Maria Lopez", attribution[1], "We will rebuild the bridge before winter."),
        ("Ann Park", "―", "The river is too high."),
    ]


def test_en_dash_ranges_stay_one_token(nlp):
    assert [t.text for t in nlp("Between 10–20 people came in 1990–91.")][1:2] == ["10–20"]
