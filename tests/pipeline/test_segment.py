"""Sentences: exact offsets, no blank sentences, paragraph breaks are boundaries, and the
kind of each sentence (body or page furniture), which decides what extraction reads."""

from datetime import datetime

from pipeline.attribution import extract_claims
from pipeline.models import Document
from pipeline.page_parts import paragraph_kinds
from pipeline.process import process
from pipeline.segment import sentences

TEXT = (
    "Headline of the story\n\n"
    "The first paragraph has two sentences. Here is the second one\n\n\n"
    "  A paragraph without a full stop\n"
    "Ministers said on Monday that talks would resume."
)


def test_offsets_are_exact_and_no_sentence_is_blank(nlp):
    rows = list(sentences(nlp(TEXT), "d1"))
    assert [r.text for r in rows] == [
        "Headline of the story",
        "The first paragraph has two sentences.",
        "Here is the second one",
        "A paragraph without a full stop",
        "Ministers said on Monday that talks would resume.",
    ]
    assert all(TEXT[r.start_char:r.end_char] == r.text for r in rows)
    assert [r.sentence_index for r in rows] == list(range(5))


def test_paragraph_index_counts_blank_lines(nlp):
    rows = list(sentences(nlp(TEXT), "d1"))
    assert [r.paragraph_index for r in rows] == [0, 1, 1, 2, 2]


def test_sentence_ids_are_deterministic_and_distinct(nlp):
    first = [r.sentence_id for r in sentences(nlp(TEXT), "d1")]
    assert first == [r.sentence_id for r in sentences(nlp(TEXT), "d1")]
    assert len(set(first)) == len(first)
    assert set(first).isdisjoint(r.sentence_id for r in sentences(nlp(TEXT), "d2"))


def test_seed_article_lines_are_paragraphs(nlp, seed_text):
    rows = list(sentences(nlp(seed_text), "seed"))
    assert all(r.text.strip() == r.text and r.text for r in rows)
    assert all("\n" not in r.text for r in rows)
    assert rows[0].text.startswith("Russia carried out one of its largest aerial assaults")


PAGE = (
    "Minister says fuel duty will rise\n\n"
    "Sunday, 27 February\n\n"
    "Listen to the full interview on Radio Five Live from 1900 GMT.\n\n"
    "The finance minister said on Sunday that fuel duty would rise by 2p a litre in April.\n\n"
    "Protests in the capital\n\n"
    "Hauliers blocked roads in the capital, police said.\n\n"
    "Jane Roe is a regular commentator on the BBC World Service programme Go Digital.\n\n"
    "If you believe its contents are wrong, let us know."
)


def test_page_furniture_kinds_from_general_cues():
    assert [str(k) for k in paragraph_kinds(PAGE.split("\n\n"))] == [
        "headline", "dateline", "furniture", "body", "headline", "body", "furniture", "furniture",
    ]


def test_fixture_lines_captions_and_comment_blocks():
    paragraphs = [
        "Chelsea v Arsenal",
        "Stamford Bridge, 1500 GMT",
        "2-1",
        "Photo: the winning goal",
        "The home side won with a late goal, the referee's report said.",
        "Your comments",
        "I think the referee was wrong. He should have sent him off.",
        "Great result for us, said nobody at the other end.",
    ]
    assert [str(k) for k in paragraph_kinds(paragraphs)] == [
        "headline", "headline", "furniture", "caption", "body", "furniture", "furniture", "furniture",
    ]


def test_a_place_dateline_on_its_own_line():
    paragraphs = ["WASHINGTON —", "The Senate voted on Tuesday.", "LONDON (Reuters) -", "Shares rose."]
    assert [str(k) for k in paragraph_kinds(paragraphs)] == ["dateline", "body", "dateline", "body"]


def test_broken_lines_list_items_and_open_quotes_stay_body():
    paragraphs = [
        "Steven Gerrard's late strike secured qualification for",
        "the next round of the competition, his manager said.",
        "The plan has three parts:",
        "Cut fuel duty",
        '"We will not accept offers for him',
        "Officials said the talks would go on.",
    ]
    assert {str(k) for k in paragraph_kinds(paragraphs)} == {"body"}


def test_the_title_line_is_a_headline_even_when_it_ends_in_a_question_mark():
    paragraphs = ["Could rivalry overshadow the election?", "The campaign began on Monday."]
    assert [str(k) for k in paragraph_kinds(paragraphs)] == ["body", "body"]
    assert [str(k) for k in paragraph_kinds(paragraphs, "Could rivalry overshadow the election?")] == [
        "headline", "body",
    ]


def test_sentences_carry_their_paragraph_kind(nlp):
    rows = list(sentences(nlp(PAGE), "d1"))
    assert [(r.paragraph_index, r.kind) for r in rows][:4] == [
        (0, "headline"), (1, "dateline"), (2, "furniture"), (3, "body"),
    ]


def test_no_claim_event_or_quantity_comes_from_page_furniture(nlp):
    document = Document(doc_id="d1", uri="x", text=PAGE, content_hash="h",
                        published_at=datetime(2005, 2, 27))
    result = process(nlp(PAGE), document)
    kinds = {r.sentence_id: r.kind for r in result.sentences}
    assert result.claims and {kinds[c.sentence_id] for c in result.claims} == {"body"}
    assert {kinds[e.sentence_id] for e in result.events} <= {"body"}
    body = [r for r in result.sentences if r.kind == "body"]
    assert all(any(r.start_char <= q.start_char < r.end_char for r in body)
               for q in result.claim_quantities + result.event_quantities)
    # the headline alone is read as a claim by the attribution patterns: the kind drops it
    headline_claims = [c for c in extract_claims(nlp(PAGE)) if c.content.start < body[0].start_char]
    assert headline_claims
    assert all(c.content_start >= body[0].start_char for c in result.claims)


ARTICLE = [
    "Club rejects offer for captain",
    "The club has rejected a bid of £40m for its captain, the chief executive said on Monday.",
    "\"We will not sell him,\" he told reporters. \"I have made that clear to everyone.\"",
    "The bid came from a Spanish club, according to people close to the talks.",
    "The board is expected to meet on Friday to discuss a new stadium.",
]


def test_a_reader_comment_block_with_no_header_ends_the_article():
    comments = [
        "I would keep him. No amount of money could replace his love of the club.",
        "The board has handled this well, which I think is the right thing to do.",
        "Selling him would be a disaster for the club and for the fans.",
        "£40m for a captain? You cannot be serious.\nJane Doe, Leeds, UK",
    ]
    assert [str(k) for k in paragraph_kinds(ARTICLE + comments)] == [
        "headline", "body", "body", "body", "body", "furniture", "furniture", "furniture", "furniture",
    ]


def test_first_person_inside_quotes_or_in_a_whole_column_is_not_a_comment_block():
    quotes = [
        "\"I think we did well,\" the manager said after the game.",
        "\"We wanted to win and we did,\" he added. \"I am proud of my players.\"",
        "\"You have to give credit to the fans,\" said the captain.",
    ]
    assert {str(k) for k in paragraph_kinds(ARTICLE[1:] + quotes)} == {"body"}
    column = [
        "I arrived at my sister's house last week to find her broadband had stopped working.",
        "We checked the modem and I saw that it had no power.",
        "I think many of us now depend on the network more than we know.",
        "My sister could not book a cinema ticket for her children.",
        "We all need a plan for the day the connection goes.",
    ]
    assert {str(k) for k in paragraph_kinds(column)} == {"body"}


def test_numbered_subheadings_and_contact_lines():
    paragraphs = [
        "Voters in the county are split over the new plan, a poll published on Monday found. Here is why:",
        "1. Rural voters are against it",
        "Most farmers said the plan would raise their costs, the poll found.",
        "2. Town voters are for it",
        "Shopkeepers said they expected more visitors.",
        "The three options are:",
        "1. Keep the current plan",
        "2. Build a new road",
        "Are you affected by the plan? Send your questions to newsdesk@example.org",
        "The council will vote on the plan next month.",
    ]
    assert [str(k) for k in paragraph_kinds(paragraphs)] == [
        "body", "headline", "body", "headline", "body", "body", "body", "body", "furniture", "body",
    ]
