"""A post written as a capitalised title with "the" ("The Indonesian Economics Minister") is the
person the document gave that title, a nationality aside (`is_written_title` in
pipeline/sources/descriptions.py)."""

import pytest

from tests.pipeline.claim_sources import mention_name


@pytest.mark.parametrize(
    "text, mention, name",
    [
        (
            "Thailand no longer needs the debt freeze, Finance Minister Somchai Wongsawat has reportedly said. "
            "The Thai Finance Minister explained that the money would go to rebuilding.",
            "The Thai Finance Minister", "Somchai Wongsawat",
        ),
        (
            "Prime Minister Tony Blair visited the flooded towns on Friday. "
            "Afterwards, the Prime Minister said the damage was severe.",
            "the Prime Minister", "Tony Blair",
        ),
        # another post of the same noun stays someone else, whoever spoke before
        (
            "Talks with Delhi have stalled, Foreign Minister Ana Reyes said on Monday. "
            "The Indian Finance Minister said that the loan would be repaid.",
            "The Indian Finance Minister", "Finance Minister",
        ),
    ],
)
def test_a_written_title_is_the_person_given_it(nlp, text, mention, name):
    assert (mention, name) in mention_name(nlp, text)
