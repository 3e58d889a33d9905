"""Sentences: exact offsets, no blank sentences, paragraph breaks are boundaries."""

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
