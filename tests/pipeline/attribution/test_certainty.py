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
