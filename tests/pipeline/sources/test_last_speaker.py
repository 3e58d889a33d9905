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


def test_an_epithet_continues_the_speaker_across_their_quote(nlp):
    text = (  # BBC sport/366
        "Former All Black star Jonah Lomu says he cannot wait to run out on the pitch for former England "
        "rugby union captain Martin Johnson's testimonial on 4 June.\n\n"
        "The 29-year-old had a kidney transplant in July 2004 but will play his first full match for three years. "
        '"I actually started training three weeks after my operation but I was very limited until a few months ago. '
        '"Now it\'s basically bring it on!" said the giant winger.'
    )
    assert ("the giant winger", "Jonah Lomu") in _names(nlp, text)


def test_an_epithet_whose_article_hangs_on_a_modifier_is_the_subject_before(nlp):
    text = (  # BBC sport/037
        "Former Olympic champion Michael Johnson has accused Britain's top sprinters of lacking pride and ambition.\n\n"
        '"At the moment, the biggest factor on the mind of British sprinters is to be number one in Britain," '
        "the world 200m and 400m record holder told Five Live."
    )
    assert ("the world 200m and 400m record holder", "Michael Johnson") in _names(nlp, text)


def test_an_epithet_after_another_named_subject_is_not_the_earlier_speaker(nlp):
    text = (
        "Former All Black star Jonah Lomu says he cannot wait to play at Twickenham. "
        "Martin Johnson has organised the match for 4 June. "
        '"It will be a great day," said the former lock.'
    )
    assert ("the former lock", "Jonah Lomu") not in _names(nlp, text)


def test_an_institutions_person_noun_is_no_epithet_of_the_speaker(nlp):
    text = (
        "Mark Hollis said the firm had done nothing wrong. The hearing was adjourned until March. "
        "The case has lasted two years. "
        '"It will be dropped," said the defence lawyer.'
    )
    assert ("the defence lawyer", "Mark Hollis") not in _names(nlp, text)
