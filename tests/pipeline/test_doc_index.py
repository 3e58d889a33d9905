"""The per-document values of `pipeline.doc_index` equal what spaCy's own attributes give."""

from pipeline.doc_index import doc_slice, doc_text, entity_containing, sentence_of, sentence_start, token_columns


def test_token_columns_hold_each_tokens_strings(nlp, seed_text):
    doc = nlp(seed_text)
    columns = token_columns(doc)
    for token in doc:
        i = token.i
        assert (columns.text[i], columns.lower[i], columns.lemma[i], columns.pos[i], columns.tag[i], columns.dep[i]) == (
            token.text, token.lower_, token.lemma_.lower(), token.pos_, token.tag_, token.dep_
        )
        assert (columns.start[i], bool(columns.space_after[i]), bool(columns.is_punct[i]), bool(columns.is_quote[i])) == (
            token.idx, bool(token.whitespace_), token.is_punct, token.is_quote
        )
    assert any(columns.is_quote) and any(columns.is_punct)  # the seed article quotes its speakers


def test_text_and_sentences_are_spacys(nlp, seed_text):
    doc = nlp(seed_text)
    assert doc_text(doc) == doc.text == seed_text
    sentences = list(doc.sents)
    assert len(sentences) > 10
    for token in doc:
        assert sentence_of(token) == token.sent
        assert sentence_start(doc, token.i) == token.sent.start


def test_entity_containing_is_the_entity_spacy_puts_the_token_in(nlp, seed_text):
    doc = nlp(seed_text)
    assert any(len(e) > 1 for e in doc.ents)
    for token in doc:
        found = entity_containing(doc, token.i)
        expected = next((e for e in doc.ents if e.start <= token.i < e.end), None)
        assert found == expected and (found is None or found.label_ == expected.label_)
        assert (found is None) == (token.ent_iob_ == "O")


def test_doc_slice_is_spacys_slice(nlp, seed_text):
    doc = nlp(seed_text)
    n = len(doc)
    # inside the document, empty, at its end, and the bounds spaCy clamps (negative, past the end, reversed)
    for start, end in [(0, 5), (3, 3), (n - 2, n), (n, n), (-4, n), (n - 3, n + 5), (7, 2), (-2, -1)]:
        expected = doc[start:end]
        found = doc_slice(doc, start, end)
        assert (found.start, found.end, found.start_char, found.end_char, found.text) == (
            expected.start, expected.end, expected.start_char, expected.end_char, expected.text
        )
