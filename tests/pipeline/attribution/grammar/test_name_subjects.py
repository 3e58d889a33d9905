"""A capitalised subject the tagger reads as a verb is a name when the model's lemma table does not
know it as a verb (BBC entertainment/343: 'Applegate' tagged VB and labelled nsubj)."""

from pipeline.attribution import extract_claims
from pipeline.attribution.context import verb_lemmas
from pipeline.attribution.grammar.name_subjects import retag_name_subjects
from pipeline.doc_index import token_columns
from pipeline.models import Document
from pipeline.process import process

APPLEGATE = (
    "Star Christina Applegate had to pull out of pre-Broadway performances earlier this month with a broken foot."
    " Applegate, who starred in TV comedy Married With Children, had been hoping to make her Broadway debut in the show."
)


def test_a_subject_tagged_as_a_verb_is_retagged_a_name(nlp):
    doc = nlp(APPLEGATE)
    applegate = next(t for t in doc if t.text == "Applegate" and t.dep_ == "nsubj" and t.i > 5)
    assert applegate.pos_ == "VERB"  # the model's misreading this module exists for
    retag_name_subjects(doc, verb_lemmas(doc))
    assert (applegate.pos_, applegate.tag_) == ("PROPN", "NNP")


def test_the_misread_subject_names_the_speaker(nlp):
    claims = extract_claims(nlp(APPLEGATE))
    hoping = next(c for c in claims if c.cue and c.cue.text.endswith("hoping"))
    assert hoping.source is not None and hoping.source.name is not None and "Applegate" in hoping.source.name


def test_a_known_verb_or_lower_case_subject_keeps_its_tag(nlp):
    doc = nlp("Read what they wrote. Taking responsibility matters, and what counts is voting.")
    before = [(t.pos_, t.tag_) for t in doc]
    retag_name_subjects(doc, verb_lemmas(doc))
    assert [(t.pos_, t.tag_) for t in doc] == before


def test_the_whole_run_reads_the_repaired_tags_in_its_token_columns(nlp):
    # the sentence rows build the document's token columns before the claims are found: the
    # repair must come first, or the column walks still read 'Applegate' as a verb
    doc = nlp(APPLEGATE)
    process(doc, Document(doc_id="d1", uri="memory:d1", text=APPLEGATE, content_hash="h1"))
    applegate = next(t for t in doc if t.text == "Applegate" and t.dep_ == "nsubj" and t.i > 5)
    assert token_columns(doc).pos[applegate.i] == applegate.pos_ == "PROPN"
