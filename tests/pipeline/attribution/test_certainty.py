"""Certainty from the cue lexicon, hedges on the source or cue, and negation."""

import pytest

from pipeline.attribution import extract_claims
from pipeline.models import Certainty


@pytest.mark.parametrize(
    "text, certainty",
    [
        ("Authorities in Kyiv confirmed that at least three people were injured in the capital region.", Certainty.CONFIRMED),
        ("The national energy operator said the strikes were directed at power stations.", Certainty.ASSERTED),
        ("Ukraine’s armed forces reported that the attacks targeted locations across the country.", Certainty.REPORTED),
        ("Moscow’s defense ministry claimed it had intercepted 116 Ukrainian drones.", Certainty.CLAIMED),
        ("Meanwhile, unverified reports on Telegram suggested that Ukrainian forces had struck an oil refinery.", Certainty.UNVERIFIED),
        ("The ministry denied that its troops had shelled the town.", Certainty.DENIED),
        ("The spokesman did not confirm that the talks had resumed.", Certainty.UNVERIFIED),
        ("The minister never said that the border would close.", Certainty.DENIED),
        ("The governor reportedly said that the curfew would end.", Certainty.REPORTED),
        ("The bridge collapsed on Monday, according to local police.", Certainty.REPORTED),
        ("Washington’s proposals reportedly involve Ukraine ceding territory in exchange for security guarantees.", Certainty.REPORTED),
        ("The minister allegedly accepted bribes from contractors.", Certainty.CLAIMED),
        ("Anonymous officials said the deal was done.", Certainty.UNVERIFIED),
    ],
)
def test_certainty(nlp, text, certainty):
    [claim] = extract_claims(nlp(text))
    assert claim.certainty is certainty


@pytest.mark.parametrize(
    "text, cue, certainty",
    [
        ("GM no longer wants to own the unprofitable Fiat unit.", "no longer wants", Certainty.DENIED),
        ("The firm refused to comment on the report.", "refused", Certainty.DENIED),
        ("The club declined to say whether the offer had been accepted.", "declined", Certainty.DENIED),
    ],
)
def test_negation_and_refusal_are_denied_with_the_negation_in_the_cue(nlp, text, cue, certainty):
    [claim] = extract_claims(nlp(text))
    assert (claim.cue.text, claim.certainty) == (cue, certainty)


@pytest.mark.parametrize(
    "text, certainty",
    [
        ("It is understood that the club will sell the player in the summer.", Certainty.REPORTED),
        ("It is thought that the bank will cut interest rates next month.", Certainty.UNVERIFIED),
        ("Fears had been expressed that the deal would collapse.", Certainty.UNVERIFIED),
        ("The merger is expected to be approved by shareholders next week.", Certainty.UNVERIFIED),
        ("The board was known to favour the offer from the rival bank.", Certainty.REPORTED),
        ("The striker is said to be unhappy at the club.", Certainty.REPORTED),
    ],
)
def test_hedged_impersonal_frames_have_no_source_and_are_not_asserted(nlp, text, certainty):
    [claim] = extract_claims(nlp(text))
    assert (claim.source, claim.certainty) == (None, certainty)


def test_a_passive_with_its_agent_keeps_the_cue_certainty(nlp):
    [claim] = extract_claims(nlp("It was announced by the ministry that the border would reopen."))
    assert claim.certainty is Certainty.ASSERTED


@pytest.mark.parametrize(
    "text, certainty",
    [
        ("The referendum, widely expected to be held in May, will decide the matter.", Certainty.UNVERIFIED),
        ('"We will win the league," the coach is quoted as saying.', Certainty.REPORTED),
    ],
)
def test_a_raising_participle_and_a_quoted_as_saying_pass_on_hearsay(nlp, text, certainty):
    [claim] = extract_claims(nlp(text))
    assert claim.certainty is certainty


def test_a_raising_participle_the_parser_gave_a_subject_has_no_source(nlp):
    # the parse makes "euros" the subject of a past-tense "thought": a reduced passive all the same
    text = ("The firm was declared insolvent after it emerged that 4bn euros thought to be held in an "
            "offshore account did not in fact exist.")
    [thought] = [c for c in extract_claims(nlp(text)) if c.cue_lemma == "think"]
    assert (thought.source, thought.certainty) == (None, Certainty.UNVERIFIED)
