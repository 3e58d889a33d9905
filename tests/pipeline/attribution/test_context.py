from pipeline.attribution.context import document_context

TEXT = "The mayor spoke.\n\nShe said talks would resume. Nobody objected.\n \n\n“We will win,” he said.\n"


def _paragraph_texts(doc):
    return [doc[start:end].text for start, end in document_context(doc).paragraphs.bounds]


def test_paragraph_bounds_hold_the_words_of_each_paragraph(nlp):
    doc = nlp(TEXT)
    assert _paragraph_texts(doc) == [
        "The mayor spoke.",
        "She said talks would resume. Nobody objected.",
        "“We will win,” he said.",
    ]


def test_whitespace_between_paragraphs_counts_with_the_paragraph_it_closes(nlp):
    doc = nlp(TEXT)
    index = document_context(doc).paragraphs
    by_token = {t.text: index.number[t.i] for t in doc if not t.is_space}
    assert (by_token["mayor"], by_token["Nobody"], by_token["win"]) == (0, 1, 2)
    assert all(index.number[t.i] == index.number[t.i - 1] for t in doc if t.is_space and t.i > 0)


def test_paragraph_start_and_words_end_of_a_token(nlp):
    doc = nlp(TEXT)
    index = document_context(doc).paragraphs
    nobody = next(t for t in doc if t.text == "Nobody")
    assert doc[index.start(nobody.i)].text == "She"
    assert doc[index.words_end(nobody.i) - 1].text == "."
    assert doc[index.words_end(nobody.i)].is_space


def test_context_marks_the_tokens_inside_quotes(nlp):
    doc = nlp(TEXT)
    context = document_context(doc)
    assert [doc[q.start : q.end].text for q in context.quotes] == ["We will win,"]
    assert sorted(doc[i].text for i in context.quoted) == [",", "We", "will", "win"]
