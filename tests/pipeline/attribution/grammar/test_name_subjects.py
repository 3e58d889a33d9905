"""A capitalised subject the tagger reads as a verb is a name when the model's lemma table does not
know it as a verb (BBC entertainment/343: 'Applegate' tagged VB and labelled nsubj); a subject the
parser hung on its verb as a modifier is the subject (fresh BBC draws: 'The 31-year-old insisted',
'Desailly says', 'May wrote')."""

import pytest

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


@pytest.mark.parametrize(
    "text, misread, speaker",
    [
        # 'The' a determiner of the verb, 'old' its adjective
        ("Kelli White says she took steroids. The 31-year-old insisted he will be happy if he is charged so he can"
         " clear his name.", "old", "Kelli White"),
        # the name, tagged a person, an adverb of the verb
        ("Desailly joined Chelsea in 1998. Desailly says the Russian's arrival helped to instil a winning mentality"
         " at the club.", "Desailly", "Desailly"),
        # the surname read as a modal before a past tense
        ('Brian May is a guitarist. "The show went so incredibly well, we decided to tour together," May wrote.',
         "May", "Brian May"),
    ],
)
def test_a_subject_hung_on_its_verb_as_a_modifier_speaks(nlp, text, misread, speaker):
    doc = nlp(text)
    subject = [t for t in doc if t.text == misread][-1]
    assert subject.dep_ in {"amod", "advmod", "aux"}  # the model's misreading
    claims = extract_claims(doc)
    assert claims[-1].source is not None and claims[-1].source.name == speaker


def test_a_modifier_of_a_verb_with_a_subject_stays(nlp):
    doc = nlp("The more he thinks about it, the less he likes it. Smith may leave.")
    before = [(t.dep_, t.head.i, t.pos_) for t in doc]
    retag_name_subjects(doc, verb_lemmas(doc))
    assert [(t.dep_, t.head.i, t.pos_) for t in doc] == before


def test_a_subject_hung_on_the_auxiliary_is_the_verbs(nlp):
    # fresh BBC tech/298: 'Myers' parsed as the subject of 'is', the cue then had no source
    doc = nlp("Mr Myers is not convinced a rental model will work for consumers.")
    myers = next(t for t in doc if t.text == "Myers")
    assert myers.head.text == "is"  # the model's misreading
    claims = extract_claims(doc)
    assert claims[0].source is not None and claims[0].source.mention.text == "Mr Myers"
    assert claims[0].cue is not None and claims[0].cue.text == "is not convinced"
