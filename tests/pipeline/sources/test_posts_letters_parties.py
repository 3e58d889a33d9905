"""Posts and titles tied to people: a name the model heads with the letters after it ('Frank Field
MP'), a post's qualifiers, titles won ('the silver medallist')
(pipeline/sources/kinds.name_token, post_ties.qualifiers, descriptions._TITLES_WON); a post that
heads a body ("the club chief") continues its holder whatever office the document gave them
(descriptions.HEAD_OF_BODY_POSTS)."""

from pipeline.attribution import extract_claims
from pipeline.models import SourceKind


def _sources(nlp, text):
    return [(c.source.name, c.source.kind) for c in extract_claims(nlp(text)) if c.source]


def _speaker_by_mention(nlp, text) -> dict[str, str | None]:
    return {c.source.mention.text: c.source.name for c in extract_claims(nlp(text)) if c.source}


def test_a_name_headed_by_its_post_nominal_is_the_person_not_the_office(nlp):
    text = "Former welfare minister Frank Field MP criticised the reported rivalry between the pair."
    assert _sources(nlp, text) == [("Frank Field", SourceKind.PERSON)]


def test_a_post_written_later_is_the_person_whose_post_nominal_was_that_post(nlp):
    text = (
        "Former welfare minister Frank Field MP criticised the rivalry on a Sunday programme. "
        '"What sort of model does it give to the nation?" the Labour MP for Birkenhead asked. '
        'Conservative policy co-ordinator David Cameron, MP for Witney, added: "It is serious."'
    )
    speakers = _speaker_by_mention(nlp, text)
    assert speakers["the Labour MP for Birkenhead"] == "Frank Field"


def test_the_prime_minister_is_not_a_minister_tied_to_another_post(nlp):
    text = (
        "Both men spoke about aid with their colleagues Foreign Secretary Jack Straw, Aid minister "
        "Hilary Benn and Deputy Prime Minister John Prescott. The prime minister denied all that as well."
    )
    speakers = _speaker_by_mention(nlp, text)
    assert speakers.get("The prime minister") != "Hilary Benn"


def test_a_title_won_is_the_athlete_the_article_just_named(nlp):
    text = (
        '"I do not want to go if I am not going to get a medal," said Johnson. Johnson, who finished '
        "seventh last year, has not competed indoors since 2000. And the Commonwealth and European "
        "silver medallist believes her lack of experience has knocked her confidence."
    )
    speakers = _speaker_by_mention(nlp, text)
    assert speakers["the Commonwealth and European silver medallist"] == "Johnson"


def test_a_title_won_is_the_person_it_was_written_before(nlp):
    text = (
        "Olympic champion Kelly Holmes withdrew from the race. Paula Radcliffe said she was tired. "
        "The champion said she would return next year."
    )
    speakers = _speaker_by_mention(nlp, text)
    assert speakers["The champion"] == "Kelly Holmes"


def test_a_post_that_heads_a_body_continues_a_speaker_the_document_gave_another_office(nlp):
    # "chairman" is tied to Lindsay; "the Warriors chief" is whoever heads the club, the same man
    text = (
        "Wigan chairman Maurice Lindsay says he does not expect a quick solution to the saga.\n\n"
        "Lindsay also said he understood why rugby union was so interested in signing the player."
        ' "It\'d be a great loss for us but a great boost for them," said the Warriors chief.'
    )
    assert _speaker_by_mention(nlp, text)["the Warriors chief"] == "Maurice Lindsay"
