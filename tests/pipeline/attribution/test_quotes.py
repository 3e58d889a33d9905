"""Direct quotes: every quote style, split and multi-sentence quotes, paragraphs, continuation."""

import pytest

from pipeline.attribution import extract_claims
from pipeline.attribution.context import document_context
from pipeline.models import ClaimType
from tests.pipeline.claims import claim_parts


def _quotes(nlp, text):
    # an unresolved pronoun ("he" with no one before it) names no source: its mention stands in
    return [
        ((c.source.name or c.source.mention.text) if c.source else None, c.cue.text if c.cue else None, [f.text for f in c.content_fragments])
        for c in extract_claims(nlp(text))
        if c.claim_type is ClaimType.DIRECT_QUOTE
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"We will rebuild the city," the mayor said.', [("mayor", "said", ["We will rebuild the city"])]),
        ("“We will rebuild the city,” the mayor said.", [("mayor", "said", ["We will rebuild the city"])]),
        ("'We are ready to talk,' the minister said.", [("minister", "said", ["We are ready to talk"])]),
        ("‘We are ready to talk,’ the minister said.", [("minister", "said", ["We are ready to talk"])]),
        ("''We must not overreact to campaign rhetoric,'' he told me.", [("he", "told", ["We must not overreact to campaign rhetoric"])]),
        (
            'The president said: "We will not surrender any territory to the invaders."',
            [("president", "said", ["We will not surrender any territory to the invaders."])],
        ),
        (
            "“The city is safe,” said the police chief, “and the curfew will end tonight.”",
            [("police chief", "said", ["The city is safe", "and the curfew will end tonight."])],
        ),
        (
            "“You winning?” she said.",
            [("she", "said", ["You winning?"])],
        ),
    ],
)
def test_quote_styles_and_split_quotes(nlp, text, expected):
    assert _quotes(nlp, text) == expected


def test_seed_quote_with_pronoun_speaker(nlp):
    text = (
        "U.S. Vice President JD Vance acknowledged the challenges in an interview with NBC on Friday. "
        "“The Russia-Ukraine thing has been a source of perennial frustration, I think, for the entire White House,” he said."
    )
    [(name, cue, pieces)] = _quotes(nlp, text)
    assert (name, cue) == ("JD Vance", "said")
    assert pieces == ["The Russia-Ukraine thing has been a source of perennial frustration, I think, for the entire White House"]


def test_seed_continuing_quote_keeps_the_speaker(nlp):
    text = (
        "“The U.S. is still our biggest ally,” Kallas said. “I think we haven’t always seen eye to eye on different topics, "
        "but I think the overall principle is still there. We are the biggest allies and we should stick together.”"
    )
    first, second = _quotes(nlp, text)
    assert first == ("Kallas", "said", ["The U.S. is still our biggest ally"])
    assert second[:2] == ("Kallas", None)
    assert second[2][0].startswith("I think we haven’t") and second[2][0].endswith("stick together.")


def test_multi_paragraph_quote_is_one_claim_per_paragraph_with_the_speaker_named_after_it(nlp):
    text = "Jane Doe, a nurse, described the scene.\n“There were people everywhere. Nobody knew where to go.\n“We worked through the night,” she said."
    assert _quotes(nlp, text) == [
        ("Jane Doe", None, ["There were people everywhere. Nobody knew where to go."]),
        ("Jane Doe", "said", ["We worked through the night"]),
    ]


def test_dash_attribution_goes_to_the_quote_before_it(nlp):
    text = (
        "“Maybe we can build a wall around the problem.” ― Steve Quinlan\n"
        "“The most unqualified child to ever run for president.” ― Francisco Herrero"
    )
    assert _quotes(nlp, text) == [
        ("Steve Quinlan", "―", ["Maybe we can build a wall around the problem."]),
        ("Francisco Herrero", "―", ["The most unqualified child to ever run for president."]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # scare quotes and titles inside narration are not claims
        "The film “Silent Night” opened on Friday.",
        "Critics dismissed the plan as a “dangerous gamble” for the region.",
        # apostrophes are not single quotes
        "The leaders’ meeting ended early and the ministers' aides left.",
    ],
)
def test_no_direct_quote(nlp, text):
    assert _quotes(nlp, text) == []


def test_quote_inside_reported_content_is_not_a_direct_quote(nlp):
    text = "The strategy warned that Europe faced “civilisational erasure” due to immigration."
    [claim] = extract_claims(nlp(text))
    assert claim.claim_type is ClaimType.INDIRECT
    assert claim.content.text == "Europe faced “civilisational erasure” due to immigration"


def test_unpaired_mark_is_dropped(nlp):
    doc = nlp('He left "early.\nThe next day was quiet.')
    assert document_context(doc).quotes == ()


def test_quote_paragraph_after_reported_speech_keeps_that_speaker(nlp):
    text = "Senator Ana Ruiz said the plan would fail.\n“Nobody believes in it anymore. It is over.”"
    assert _quotes(nlp, text) == [("Ana Ruiz", None, ["Nobody believes in it anymore. It is over."])]


def test_quote_without_nearby_speaker_is_not_attributed(nlp):
    text = "Senator Ana Ruiz said the plan would fail.\nThe vote was delayed.\nRain fell all week.\n“Nobody believes in it anymore. It is over.”"
    assert _quotes(nlp, text) == []



def test_transcript_turns_speak_their_paragraph_and_its_reopened_continuation(nlp):
    text = (
        '"SMITH: Let us start with the budget. The council announced that it would cut the school funds. Why?\n\n'
        '"JONES: Well, you know, the money ran out. We will not raise taxes.\n\n'
        '"But we will find the savings elsewhere, and the schools will stay open.\n\n'
        '"(CROSSTALK.)\n\n'
        '"SMITH: And the parks?'
    )
    assert claim_parts(nlp, text) == [
        ("SMITH", ":", ["Let us start with the budget. The council announced that it would cut the school funds. Why?"]),
        ("JONES", ":", ["Well, you know, the money ran out. We will not raise taxes."]),
        ("JONES", None, ["But we will find the savings elsewhere, and the schools will stay open."]),
    ]


def test_a_closed_transcript_turn_is_a_direct_quote(nlp):
    text = '"Jane Smith: We will not raise taxes. The schools will stay open."'
    [claim] = extract_claims(nlp(text))
    assert claim.claim_type is ClaimType.DIRECT_QUOTE
    assert [f.text for f in claim.content_fragments] == ["We will not raise taxes. The schools will stay open."]


def test_page_headings_with_a_colon_are_not_speakers(nlp):
    # each heading opens one paragraph only, and NER knows none of them as a name
    text = (
        "Coronavirus: City opens new testing sites\n\n"
        "A SIMPLE GUIDE: How do I protect myself?\n"
        "AVOIDING CONTACT: The rules on self-isolation and exercise\n"
        "STRESS: How to look after your mental health"
    )
    assert extract_claims(nlp(text)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A warning from Angela Merkel: 'Europe must defend its borders.'", ("Angela Merkel", ":", ["Europe must defend its borders."])),
        ("Obama on Trade: The New Deal Is 'a Disaster.'", ("Obama", ":", ["The New Deal Is 'a Disaster."])),
        ("Mayor Ana Ruiz: The city will rebuild every bridge by winter.", ("Ana Ruiz", ":", ["The city will rebuild every bridge by winter."])),
    ],
)
def test_headline_labels_name_the_speaker(nlp, text, expected):
    [claim] = extract_claims(nlp(text))
    assert expected[0] in claim.source.name
    assert (claim.cue.text, [f.text for f in claim.content_fragments]) == expected[1:]


def test_topic_of_a_label_is_not_part_of_the_source(nlp):
    [claim] = extract_claims(nlp("Obama on Trade: The New Deal Is 'a Disaster.'"))
    assert claim.source.mention.text == "Obama"


@pytest.mark.parametrize(
    "text",
    [
        # page labels, datelines and title-case topics are not speakers
        "Correction: An earlier version of this article misstated the date of the vote.",
        "Editor's note: This story has been updated with new figures from the ministry.",
        "WASHINGTON: The Senate voted on Tuesday to extend the program for a year.",
        "Storm Over Harbor: Ferries Were Cancelled for the Whole Weekend.",
        # a label needs something after it in its paragraph
        "Partial transcript as follows:\nThe meeting ended early.",
    ],
)
def test_no_label_claim(nlp, text):
    assert [c for c in claim_parts(nlp, text) if c[1] == ":"] == []


def test_dash_attribution_takes_the_whole_line_despite_inner_quotes(nlp):
    text = "“I would rather live in what he calls “a disaster” than stay silent.” ― Maria Lopez"
    [claim] = extract_claims(nlp(text))
    assert (claim.source.name, claim.cue.text) == ("Maria Lopez", "―")
    assert [f.text for f in claim.content_fragments] == ["I would rather live in what he calls “a disaster” than stay silent."]



@pytest.mark.parametrize(
    "text, expected",
    [
        # typed text mixes straight and curly marks
        ('The clerk kept the "urgent” letters apart from the “routine ones.”', ["urgent", "routine ones."]),
        ("“We will not close the plant. The workers stay.\" Then he left.", ["We will not close the plant. The workers stay."]),
        ("The report said: “Prices rose by 4 percent in the north. In the south they rose by 9 percent.“\nThe agency rated it “Accurate.”",
         ["Prices rose by 4 percent in the north. In the south they rose by 9 percent.", "Accurate."]),
        # a quote of the other style inside a quote does not close it
        ('"He called it “a rant” and walked out of the hall." Then more.', ["He called it “a rant” and walked out of the hall."]),
        ('"He called it “a rant and walked out of the hall." Then more.', ["He called it “a rant and walked out of the hall."]),
        # a quote left open continues only into a paragraph opening with the same mark
        ('"The river kept rising.\n\n“Here it comes,” she said.', ["Here it comes,"]),
    ],
)
def test_quote_marks_of_mixed_styles(nlp, text, expected):
    doc = nlp(text)
    assert [doc[q.start : q.end].text for q in document_context(doc).quotes] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a cue in a relative clause neither interrupts the speaker nor takes the quote
        (
            "“We will fix the roads this year,” the governor said at the dinner, where the mayor also spoke. "
            "“The bridges come next. The rail line comes after that.”",
            [
                ("governor", "said", ["We will fix the roads this year"]),
                ("governor", None, ["The bridges come next. The rail line comes after that."]),
            ],
        ),
        (
            "“The harvest was poor this year,” said Ana Ruiz, a farmer who has long opposed the dam. “I doubt the valley will recover soon.”",
            [("Ana Ruiz", "said", ["The harvest was poor this year"]), ("Ana Ruiz", None, ["I doubt the valley will recover soon."])],
        ),
        # a bare cue in a clause saying when the speaker spoke is not another speaker
        (
            "“The plan is ready,” the engineer said after the inspector failed to show up at the site. "
            "“Work can start on Monday morning.”",
            [("engineer", "said", ["The plan is ready"]), ("engineer", None, ["Work can start on Monday morning."])],
        ),
        # a short sentence continues the speaker of its own paragraph
        (
            "“Has anyone here read the budget yet?” the treasurer asked. “I have not.”",
            [("treasurer", "asked", ["Has anyone here read the budget yet?"]), ("treasurer", None, ["I have not."])],
        ),
    ],
)
def test_continuing_quotes(nlp, text, expected):
    assert _quotes(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # short quotes in the next paragraph, or inside a sentence, are not continuations
        "“We will rebuild every bridge,” the mayor said.\n“No way.”",
        "“We will rebuild every bridge,” the mayor said. Critics called it “a dream.”",
        # a no-break space inside a sentence is no paragraph break
        "“We will rebuild every bridge,” the mayor said. The claim was labeled\u00a0“Partly Right.”",
    ],
)
def test_short_quotes_do_not_continue(nlp, text):
    assert [q for q in _quotes(nlp, text) if q[1] is None] == []


@pytest.mark.parametrize(
    "text",
    [
        "“The plan is ready,” the engineer said. The inspector objected. “The site is not safe for any work yet.”",
        "“The plan is ready,” the engineer said, and the inspector objected. “The site is not safe for any work yet.”",
    ],
)
def test_a_speaker_between_stops_the_continuation(nlp, text):
    assert _quotes(nlp, text) == [("engineer", "said", ["The plan is ready"])]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "On Monday, Senator Ana Ruiz made the following comment:\n\n“Rents in the city have doubled in five years, and wages have not moved.”",
            ("Ana Ruiz", "made the following comment:", ["Rents in the city have doubled in five years, and wages have not moved."]),
        ),
        (
            "My aunt looked hurt, so I had to change my reply: “Of course I like the soup. I was only teasing.”",
            ("I", "had to change my reply:", ["Of course I like the soup. I was only teasing."]),
        ),
    ],
)
def test_clause_ending_in_a_colon_introduces_the_quote(nlp, text, expected):
    assert _quotes(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "He reached for the list of items:\n\n“Of course I like the soup. I was only teasing.”",
        "The crowd's mood is recorded in detail:\n\n“Of course I like the soup. I was only teasing.”",
    ],
)
def test_colon_clause_without_speech_or_speaker_introduces_nothing(nlp, text):
    assert _quotes(nlp, text) == []


def test_quote_after_a_colon_closing_reported_content_elaborates_it(nlp):
    text = 'The minister said she had one goal for the talks: "A ceasefire by the end of the month, and then a lasting peace."'
    assert claim_parts(nlp, text) == [
        ("The minister", "said", ['she had one goal for the talks: "A ceasefire by the end of the month, and then a lasting peace.']),
    ]


def test_colon_cue_takes_a_quote_running_over_several_paragraphs(nlp):
    text = (
        "The newspaper reports:\n\n“Most of the new homes were built on the flood plain.\n\n"
        "“Without the levee, the whole district would flood every spring.”\n\nThe rain went on."
    )
    assert _quotes(nlp, text) == [
        ("newspaper", "reports", ["Most of the new homes were built on the flood plain."]),
        ("newspaper", None, ["Without the levee, the whole district would flood every spring."]),
    ]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("“The team is in trouble. Real trouble,” said Tom Ward, a club official.", "Tom Ward"),
        ("“He is a careful pilot. One of the best pilots in the fleet,” Captain Ana Lee said.", "Ana Lee"),
    ],
)
def test_quoted_fragment_is_not_the_speaker(nlp, text, speaker):
    [(name, cue, _)] = _quotes(nlp, text)
    assert speaker in name and cue == "said"


def test_quote_running_on_past_reported_content_belongs_to_it(nlp):
    text = (
        "“The council has failed the tenants,” Ruiz said, suggesting a few changes, including, "
        "“Cap the rents at once? Build more public housing?”"
    )
    claims = claim_parts(nlp, text)
    suggesting = next(c for c in claims if c[1] == "suggesting")
    assert suggesting[2] == ["a few changes, including, “Cap the rents at once? Build more public housing?"]
    assert ("Ruiz", "said", ["The council has failed the tenants"]) in claims


def _quote_texts(nlp, text):
    ctx = document_context(nlp(text))
    return [(ctx.doc[q.start : q.end].text, q.continues) for q in ctx.quotes]


def test_a_mark_reopening_after_a_full_stop_starts_a_new_quote_and_narration_stays_outside(nlp):
    text = (
        'The coach spoke after the match. "We were poor today. "I will talk to the players." '
        'Reporters asked him about the referee and he smiled. "The referee was fine," he said.'
    )
    assert _quote_texts(nlp, text) == [
        ("We were poor today.", False),
        ("I will talk to the players.", True),
        ("The referee was fine,", False),
    ]


def test_a_new_paragraph_opening_with_the_mark_starts_a_new_quote(nlp):
    text = "“The harvest failed. Prices will rise.\n\n“Families will struggle this winter,” the minister said.\n\nThe rain went on."
    assert _quote_texts(nlp, text) == [
        ("The harvest failed. Prices will rise.", False),
        ("Families will struggle this winter,", True),
    ]


def test_a_reopened_quote_is_one_claim_per_passage_with_its_speaker(nlp):
    text = (
        'Announcing the budget, Mary Lane said: "The council has cut waste across every department. '
        '"Every school will stay open next year." Her deputy, Tom Ward, said the plan was fair. '
        '"We have kept our promise to parents," he said.'
    )
    assert _quotes(nlp, text) == [
        ("Mary Lane", "said", ["The council has cut waste across every department."]),
        ("Mary Lane", None, ["Every school will stay open next year."]),
        ("Tom Ward", "said", ["We have kept our promise to parents"]),
    ]


def test_quotes_reopened_after_a_closed_one_continue_its_speaker(nlp):
    text = "“The city is safe,” said the police chief. “The curfew will end tonight. “Shops can open again.”"
    assert _quotes(nlp, text) == [
        ("police chief", "said", ["The city is safe"]),
        ("police chief", None, ["The curfew will end tonight."]),
        ("police chief", None, ["Shops can open again."]),
    ]


def test_a_cue_after_a_quote_attributes_it_only_with_nothing_but_its_source_between(nlp):
    attributed = '"This bridge will carry ten thousand cars a day," the mayor said on Monday.'
    joined = 'The bridge opened on Monday. "This bridge will carry ten thousand cars a day." The plan was backed by the council.'
    assert [name for name, _, _ in _quotes(nlp, attributed)] == ["mayor"]
    assert _quotes(nlp, joined) == []


def test_a_reopened_quote_keeps_its_passage_speaker_over_a_cue_in_the_next_sentence(nlp):
    text = (
        'Asked about the budget, Lord Hale replied: "The executive is much too free. '
        '"All of that is part of what is bad government in this country." '
        "Lord Hale's assessment was backed by his predecessor, Lord Kerr."
    )
    assert [(name, pieces) for name, _, pieces in _quotes(nlp, text)] == [
        ("Lord Hale", ["The executive is much too free."]),
        ("Lord Hale", ["All of that is part of what is bad government in this country."]),
    ]


def test_the_one_quoted_as_saying_is_the_speaker_and_the_claim_is_reported(nlp):
    [claim] = extract_claims(nlp('"We have no plans to sell the club," the chairman is quoted as saying.'))
    assert (claim.source.mention.text, claim.cue.text, claim.certainty) == ("the chairman", "is quoted", "reported")
    text = "The chairman was quoted by the newspaper as saying that the club was not for sale."
    assert claim_parts(nlp, text) == [("The chairman", "saying", ["the club was not for sale"])]


def test_the_one_reported_or_cited_as_saying_is_the_speaker(nlp):
    assert claim_parts(nlp, "Mr Smith was reported as saying the firm would cut 500 jobs.") == [
        ("Mr Smith", "saying", ["the firm would cut 500 jobs"])]
    assert claim_parts(nlp, "The chairman was cited as saying that the club was not for sale.") == [
        ("The chairman", "saying", ["the club was not for sale"])]


def test_a_quote_continuing_a_quoted_as_saying_frame_keeps_its_speaker_and_stays_reported(nlp):
    text = (
        '"We have no plans to sell the club," the chairman is quoted as saying. '
        '"The owners are happy and the fans should be too."'
    )
    claims = [c for c in extract_claims(nlp(text)) if c.claim_type is ClaimType.DIRECT_QUOTE]
    assert [(c.source.mention.text, c.certainty) for c in claims] == [("the chairman", "reported"), ("the chairman", "reported")]


def test_a_quote_split_by_its_cue_then_reopened_is_one_claim_and_a_continuation(nlp):
    text = '"The city is safe," said the police chief, "and the curfew will end tonight. "Shops can open again on Monday."'
    assert _quotes(nlp, text) == [
        ("police chief", "said", ["The city is safe", "and the curfew will end tonight."]),
        ("police chief", None, ["Shops can open again on Monday."]),
    ]
