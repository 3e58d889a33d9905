"""Posts ("the Rovers boss", "the Greens' finance spokeswoman") resolved to the person the
document ties them to, or to no one (pipeline/sources/descriptions.py)."""

import pytest

from tests.pipeline.claim_sources import mention_name


@pytest.mark.parametrize(
    "text, mention, name",
    [
        # the subject of the sentence before continues as this sentence's subject
        (
            "Margaret Hughes says household debt will rise. The Greens' finance spokeswoman is unveiling a plan "
            "and said banks were to blame.",
            "The Greens' finance spokeswoman", "Margaret Hughes",
        ),
        # a quote's speaker, the quote's own "We" skipped as a subject
        (
            'Later, Tom Reyes spoke to a smaller group of reporters. "We will win the league," the Rovers boss '
            "is quoted as saying.",
            "the Rovers boss", "Tom Reyes",
        ),
        # a named subject's possessive earlier in the same sentence
        (
            "Anna Lane's speech angered her rivals, but the minister said taxes would fall.",
            "the minister", "Anna Lane",
        ),
        # a written tie outweighs the subject just before
        (
            "Rovers boss Tom Reyes praised his team. Ian Cole said the pitch was poor. "
            "The Rovers boss said the referee was wrong.",
            "The Rovers boss", "Tom Reyes",
        ),
        # "our correspondent" outside quotes is the publisher's own, whom the article names (BBC politics/294)
        (
            'BBC correspondent Stephen Cape said the combined unions represented "a formidable force". '
            'Opposition to raising the retirement age is "one thing all the unions are agreed on", our correspondent added.',
            "our correspondent", "Stephen Cape",
        ),
    ],
)
def test_a_post_stands_for_the_person_the_document_ties_it_to(nlp, text, mention, name):
    assert (mention, name) in mention_name(nlp, text)


def test_a_person_given_another_post_is_not_the_post_that_follows(nlp):
    text = "Chancellor Gordon Brown spoke in London. The prime minister said growth would be strong."
    assert mention_name(nlp, text)[-1] == ("The prime minister", "prime minister")


def test_an_untied_post_after_named_speakers_names_no_one(nlp):
    text = "Tom Reyes said the game was fair. The match ended late, and the Rovers boss said the referee was wrong."
    assert mention_name(nlp, text) == [("Tom Reyes", "Tom Reyes"), ("the Rovers boss", None)]


def test_what_a_person_is_does_not_continue_the_subject(nlp):
    text = "Tom Reyes was arrested on Monday. The man said he was innocent."
    assert mention_name(nlp, text)[-1][1] != "Tom Reyes"


def test_a_post_held_for_a_person_is_someone_else(nlp):
    text = ("Tom Reyes said the claims were false. Tom Reyes was sued on Friday. "
            "The rapper's spokesman said the lawsuit had no merit.")
    assert mention_name(nlp, text)[-1] == ("The rapper's spokesman", "rapper's spokesman")


def test_an_untied_post_repeats_the_unnamed_source_of_that_post(nlp):
    text = ("Tom Reyes said the tour would go on. A band spokesman said the singer was resting. "
            "The spokesman added that the gig would be moved to June.")
    assert mention_name(nlp, text)[-1] == ("The spokesman", "band spokesman")


@pytest.mark.parametrize(
    "text, mention, name",
    [
        # the description's noun ends a body's name: that body, though another was named since
        (
            "The Lords transport committee said rail fares were too high. It had heard evidence from "
            "Network Rail and the Office of Rail Regulation. The committee said ticket machines were confusing.",
            "The committee", "Lords transport committee",
        ),
        (
            "The Arts Council will cut grants, and Tate Modern objected. The council said the cuts were needed.",
            "The council", "Arts Council",
        ),
        # a name modifying a thing its owner has ("its new SpamGuard software") is a product, never
        # the firm, wherever else it is written
        (
            "Microsoft says its new SpamGuard software will block junk mail. Microsoft said SpamGuard would "
            "ship soon. SpamGuard is expected to reach shops in May, the company said.",
            "the company", "Microsoft",
        ),
        # ... but a firm's shares are the firm's
        (
            "Bill Gates sold his Microsoft shares last year. The company said the sale was planned.",
            "The company", "Microsoft",
        ),
        # the agent of a passive acts, over a product named after it (BBC tech/183)
        (
            "Produced by Jupiter Research the analysis of the portable media player market found only 13% of "
            "Europeans want to watch video while out and about. By contrast, almost a third are interested in "
            "listening to music on a portable player such as an iPod. The firm said gadget makers should avoid hybrid devices.",
            "The firm", "Jupiter Research",
        ),
        # a company is never the place named before it (BBC business/479)
        (
            '"We also confronted operating challenges with our Jaguar brand," said chief executive Bill Ford. '
            "But Ford declined to provide guidance for first quarter 2005. It will do so at a presentation in New York "
            "on 26 January. In addition, the company said 2004 net income was affected by a fourth-quarter pre-tax charge.",
            "the company", "Ford",
        ),
    ],
)
def test_a_body_description_stands_for_the_body_it_names(nlp, text, mention, name):
    assert (mention, name) in mention_name(nlp, text)


def test_a_body_noun_with_its_own_proper_name_names_itself(nlp):
    text = (
        "A committee of MPs said schools needed more teachers. The Commons education committee added that "
        "pay was too low. The US firm Acme said nothing."
    )
    assert ("The Commons education committee", "Commons education committee") in mention_name(nlp, text)
    coordinated = (  # the model reads a proper noun before coordinated modifiers as nmod, not compound
        "A committee of MPs said hospitals needed more nurses. There was a crisis in nursing, the Lords health "
        "and social care committee added."
    )
    assert ("the Lords health and social care committee", "Lords health and social care committee") in mention_name(nlp, coordinated)


def test_a_place_before_a_body_noun_still_describes_the_body_named_before(nlp):
    text = "Video game giant Electronic Arts says it wants to grow. The US firm says it will buy studios."
    assert ("The US firm", "Electronic Arts") in mention_name(nlp, text)


def test_a_pronoun_after_a_resolved_description_stands_for_its_person(nlp):
    # the description is the sentence's subject; the names in its prepositional phrase are not
    text = (
        "Director Ann Lee's new film opened on Friday to poor reviews. \"It was hard work,\" said the director "
        "behind JFK, Platoon and Nixon. She added the film would travel to Europe."
    )
    assert ("She", "Ann Lee") in mention_name(nlp, text)


def test_a_post_is_not_tied_to_a_holder_of_another_post_of_the_same_noun(nlp):
    text = (
        "Prime Minister Ann Lee said the cabinet would meet. Tom Reyes spoke later. "
        "The health minister said hospitals needed more money."
    )
    assert ("The health minister", "Ann Lee") not in mention_name(nlp, text)
    same_post = "Health Minister Ann Lee opened a clinic. Tom Reyes spoke later. The health minister said nurses were tired."
    assert ("The health minister", "Ann Lee") in mention_name(nlp, same_post)


def test_a_post_is_not_tied_to_a_holder_of_another_rank_of_it(nlp):
    # BBC politics: a dinner host named by his rank, then "the prime minister" who is someone else
    text = (
        "Mr Blair said the claims were old. At a dinner hosted by Deputy Prime Minister Tom Reyes he told "
        "Mr Brown of his plans. But the prime minister said he had discussed these claims with the chancellor."
    )
    assert ("the prime minister", "Tom Reyes") not in mention_name(nlp, text)
    assert ("the former minister", "Tom Reyes") not in mention_name(nlp, "Minister Tom Reyes opened a clinic. "
                                                                       "Ann Lee spoke later. The former minister said nurses were tired.")
    same_rank = "Deputy Prime Minister Tom Reyes opened a clinic. Ann Lee spoke later. The deputy prime minister said nurses were tired."
    assert ("The deputy prime minister", "Tom Reyes") in mention_name(nlp, same_rank)


def test_a_negated_copula_ties_no_post(nlp):
    text = (
        "Ann Lee said that Tom Reyes would not be the chancellor after the election. "
        "Later the chancellor said taxes would rise."
    )
    assert ("the chancellor", "Tom Reyes") not in mention_name(nlp, text)


def test_a_body_noun_is_the_body_written_before_that_noun(nlp):
    text = ("The striker signed the singer to his 4 Fold Records label last year. He signed to Mr Cole's label a year "
            "ago and has released one single, with the label saying the album was due in May.")
    assert ("the label", "4 Fold Records") in mention_name(nlp, text)


def test_he_after_a_bodys_spokesman_is_that_spokesman(nlp):
    text = ("Culture Secretary Ann Lee said casinos would be regulated. A spokesman for the Casino Traders Association "
            "said the rules were unfair. He said foreign firms would win the contracts.")
    assert mention_name(nlp, text)[1:] == [
        ("A spokesman for the Casino Traders Association", "Casino Traders Association"),
        ("He", "Casino Traders Association"),
    ]


def test_a_named_bodys_spokesman_is_the_body_not_a_person_named_before(nlp):
    # BBC entertainment: a chart company the model tags PERSON, then a trade body's spokesman
    text = (
        "Billboard's Hot 100 chart now incorporates data from sales of music downloads. Green Day's single is "
        "number two in Billboard's pop chart.\n\nA spokesman for the British Phonographic Industry (BPI) said the "
        "first combined chart was due. \"Work is going on,\" he said. The BPI spokesman described the chart as "
        "having been \"a great success\"."
    )
    assert [name for _, name in mention_name(nlp, text)] == ["British Phonographic Industry"] * 3


def test_a_winner_after_the_content_is_the_person_just_named(nlp):
    # BBC entertainment: "winner" is a noun for a person, so the postposed epithet speaks
    text = ('Tom Hanks, who plays five roles in the movie, said he loved the book. '
            '"It is a story about faith," added the two-time Academy Award winner.')
    assert dict(mention_name(nlp, text))["the two-time Academy Award winner"] == "Tom Hanks"
