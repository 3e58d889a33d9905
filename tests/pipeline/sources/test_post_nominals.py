"""Letters after a name (QC, MP, CBE, Jr) are not part of it, so a later "Mr Surname" finds the
person (pipeline/lexicons/post_nominals.json, read by `tidy_person`)."""

import pytest

from pipeline.attribution import extract_claims
from pipeline.sources.phrases import tidy_person


def _names(nlp, text):
    return [(c.source.mention.text, c.source.name) for c in extract_claims(nlp(text)) if c.source]


@pytest.mark.parametrize(
    "text, mention, name",
    [
        (
            "Helen Marsh QC resigned when the ministry ignored the court's ruling. "
            "Ms Marsh told reporters that the rules were giving the country a bad name.",
            "Ms Marsh", "Helen Marsh",
        ),
        (
            "Labour's Tom Watson MP quit the committee on Monday. "
            "Mr Watson told reporters that the inquiry had been a sham.",
            "Mr Watson", "Tom Watson",
        ),
        ("Sir Elton John CBE said the award was a surprise.", "Sir Elton John CBE", "Elton John"),
    ],
)
def test_a_name_leaves_its_post_nominals_out(nlp, text, mention, name):
    assert (mention, name) in _names(nlp, text)


def test_letters_that_are_the_whole_name_or_ordinary_words_stay():
    assert tidy_person("Ian MacDonald QC") == "Ian MacDonald"
    assert tidy_person("Cal Ripken Jr.") == "Cal Ripken"
    assert tidy_person("QC") == "QC"
    assert tidy_person("Mark Mp") == "Mark Mp"  # matched as written
