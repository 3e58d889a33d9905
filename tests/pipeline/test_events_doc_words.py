"""The per-document word lists the event extractors read (pipeline/events/doc_words.py) say
what spaCy's own tokens say, non-projective parses included."""

from itertools import islice

from pipeline.events.doc_words import doc_words

# the parser attaches "the manager ..." to "temperatures" across "began": a subtree whose
# order is not the text's
CROSSING = (
    "As temperatures began to rise in California on Friday and again on Saturday, the manager of much of "
    "the state’s electric grid called on utilities to cut power to hundreds of thousands of customers."
)


def test_words_children_and_subtrees_are_spacys(nlp, seed_text):
    for doc in (nlp(seed_text), nlp(CROSSING)):
        words = doc_words(doc)
        for token in doc:
            assert words.lemmas[token.i] == token.lemma_.lower()
            assert words.forms[token.i] == token.lower_
            assert words.deps[token.i] == token.dep_
            assert words.children[token.i] == [c.i for c in token.children]
            assert list(words.subtree(token.i, 10_000)) == [t.i for t in token.subtree]
            assert list(words.subtree(token.i, 5)) == [t.i for t in islice(token.subtree, 5)]
    assert not all(doc_words(nlp(CROSSING)).in_text_order)  # the walk, not only the runs, was checked


def test_subjects_and_objects_worked_out_once_per_token_are_the_same(nlp):
    from pipeline.events.arguments import objects, subjects

    doc = nlp("Trade unions called on the government to lift the sanctions, and ministers were accused of lying.")
    for token in doc:
        for found in (subjects, objects):
            first = found(token)
            assert first == found.__wrapped__(token)
            first.append(token)  # a caller's list is its own: the next caller gets a fresh one
            assert found(token) == found.__wrapped__(token)
    assert [t.text for t in subjects(doc[7])] == ["government"]  # "to lift": the object of "called on"
