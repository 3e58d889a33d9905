"""Whom "he" or "she" stands for when the sentences before carry the topic on without naming it:
a subject pronoun or a person's description ranked above the names a sentence holds passes the
pronoun on to the referent before (pipeline/sources/topic_chain.py, salient_person); one
of a coordinated subject is no main subject for it (names.grammatical_role)."""

import pytest

from tests.pipeline.claim_sources import mention_name


@pytest.mark.parametrize(
    "text, last_source",
    [
        pytest.param(
            (
                "Marcel Desailly insists there is no chance of history repeating itself.\n\n"
                "He is now winding down his career in Qatar, alongside the likes of Frank Lebeouf and Josep Guardiola."
                " So he is full of admiration for two of his colleagues from the great Milan side of the mid-90s -"
                " Paolo Maldini and Alessandro Costacurta."
                ' "I\'m happy that they have managed to play so long at a high level," he said.'
            ),
            ("he", "Marcel Desailly"),
            id="a_pronoun_subject_passes_over_the_names_of_its_objects",
        ),
        pytest.param(
            (
                "Malcolm Seagrave, security expert at Energis, said the most common types of attacks hit sites with"
                " 10 megabytes of data. He said Energis also did its own intelligence work."
                ' "We have people in places where they shouldn\'t be, monitoring tech sites," he said.'
            ),
            ("he", "Malcolm Seagrave"),
            id="a_name_in_what_a_pronoun_reported_is_not_the_next_speaker",
        ),
        pytest.param(
            (
                "Henman came from two sets down to defeat Saulnier in the first round of the French Open last year,"
                " so he knows he faces a tough test in Melbourne. The seventh seed, who has never gone beyond the"
                " quarter-finals in the year's first major and is lined up to meet Roddick in the last eight, is"
                ' looking forward to the match. "He\'s tough player on any surface, he\'s got a lot of ability," he said.'
            ),
            ("he", "Henman"),
            id="a_described_subject_passes_over_a_name_in_its_relative_clause",
        ),
        pytest.param(
            (
                "Parry revealed Liverpool are still in negotiations with a mystery investor. That prompted the"
                " withdrawal of tycoon Steve Morgan, who got frustrated by failed bids and what he claimed was"
                ' indecision by the board. He also accused Liverpool of using him as "a stalking horse".'
            ),
            ("He", "Steve Morgan"),
            id="a_pronoun_after_a_name_in_its_sentence_is_that_name",
        ),
        pytest.param(
            (
                "The investigation by New York attorney general Eliot Spitzer has now obtained nine guilty pleas."
                " The highest ranking executive pleading guilty on Tuesday was former Marsh senior vice president"
                " Joshua Bewlay. He admitted one felony count of scheming to defraud."
            ),
            ("He", "Joshua Bewlay"),
            id="a_subject_the_copula_names_does_not_pass_the_pronoun_on",
        ),
        pytest.param(
            (
                "Wigan chairman Maurice Lindsay says he does not expect a quick solution to the saga.\n\n"
                "Leicester and Saracens are leading the chase for the player, but Lindsay told the BBC it was not yet a done deal."
                ' "It\'s not a quick decision," he said.'
            ),
            ("he", "Maurice Lindsay"),
            id="one_of_a_coordinated_subject_is_not_what_he_stands_for",
        ),
    ],
)
def test_the_last_pronoun_stands_for_the_topic_carried_on(nlp, text, last_source):
    assert mention_name(nlp, text)[-1] == last_source


def test_past_a_sentence_whose_subject_refers_back_the_chain_skips_objects(nlp):
    # "He will undergo ..." continues the prop, not the club his team beat
    text = ("England prop Phil Vickery is staying positive despite a broken arm. The 28-year-old fractured the radius "
            "in his right forearm during Gloucester's 17-16 win over Bath on Saturday. He will undergo an operation on "
            "Monday. He said: \"This isn't an injury that will stop me from working hard.\"")
    assert mention_name(nlp, text)[-1] == ("He", "Phil Vickery")


def test_a_pronoun_speaker_is_no_one_named_in_its_own_claim(nlp):
    text = ("Tony Blair has had the chance to tackle the problems facing Britain and has failed, Michael Howard has "
            "said. Mr Blair has failed to tackle these problems, he claimed.")
    assert mention_name(nlp, text)[-1] == ("he", "Michael Howard")


def test_a_name_introducing_a_quote_in_the_content_may_still_be_its_speaker(nlp):
    text = ("Democratic Sen. Claire McCaskill (D-Mo.) scolded him: \u201cThe scientific community is almost "
            "monolithic against you,\u201d she said.")
    assert mention_name(nlp, text)[-1] == ("she", "Claire McCaskill")
