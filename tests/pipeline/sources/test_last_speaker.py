"""A role description tied to no name before it ("said the European champion") is the person who
spoke last, not someone named inside that speaker's words (pipeline/sources/last_speaker.py)."""

from pipeline.attribution import extract_claims


def _names(nlp, text):
    return [(c.source.mention.text, c.source.name) for c in extract_claims(nlp(text)) if c.source]


def test_a_description_after_a_named_speaker_is_that_speaker(nlp):
    text = (
        "Jess Carter has been given more time to decide whether to run in the indoor championships. "
        "Club captain Laura Weightman said the squad would understand if Carter stayed at home. "
        '"It would be great to have Jess with us," said the former European champion. '
        "Carter was world indoor champion in 2019."
    )
    assert ("the former European champion", "Laura Weightman") in _names(nlp, text)


def test_a_description_beside_the_last_speaker_is_someone_else(nlp):
    text = (
        "Anna Berg said the ruling had ignored the evidence. "
        "The judge agreed with Anna Berg that there was no reason to publish the files."
    )
    assert ("The judge", "Anna Berg") not in _names(nlp, text)


def test_a_possessed_description_is_someone_else(nlp):
    text = (
        "Mark Hollis said the firm had done nothing wrong. "
        "Hollis's lawyer said the case would be dropped."
    )
    assert ("Hollis's lawyer", "Mark Hollis") not in _names(nlp, text)
