"""claims.cue_class: what kind of claim each attributed claim is, from its cue's lemma."""

import json

import pytest

from pipeline.attribution.cue_classes import cue_class, infinitive_content, lemma_classes
from pipeline.lexicons import LEXICON_DIR
from pipeline.models import CueClass, Document, SourceKind
from pipeline.process import process


def _classes(nlp, text):
    document = Document(doc_id="d1", uri="x", text=text, content_hash="h")
    return {(row.cue_lemma, row.cue_class) for row in process(nlp(text), document).claims
            if row.claim_type != "narrator"}


@pytest.mark.parametrize(("text", "expected"), [
    ("The minister said that fuel duty would rise in April.", ("say", "speech")),
    ("The minister wrote that fuel duty would rise in April.", ("write", "written")),
    ("The minister believes that fuel duty will rise in April.", ("believe", "belief")),
    ("The minister plans to raise fuel duty in April.", ("plan", "intention")),
    ("The union criticised the minister for the rise in fuel duty.", ("criticise", "evaluation")),
    ("The minister reportedly favours a rise in fuel duty.", ("reportedly", "evidential")),
    ("The minister refused to comment on the rise in fuel duty.", ("refuse", "act")),
    # adjustments: an infinitive content is an intention, a document's speech cue is written
    ("The minister told hauliers to expect a rise in fuel duty.", ("tell", "intention")),
    ("The report says that fuel duty will rise in April.", ("say", "written")),
])
def test_each_class_on_a_sentence(nlp, text, expected):
    assert expected in _classes(nlp, text)


def test_every_attributed_claim_has_a_class_and_narrator_claims_none(nlp, seed_text):
    document = Document(doc_id="seed", uri="x", text=seed_text, content_hash="h")
    rows = process(nlp(seed_text), document).claims
    narrator = [r for r in rows if r.claim_type == "narrator"]
    attributed = [r for r in rows if r.claim_type != "narrator"]
    assert narrator and all(r.cue_class is None for r in narrator)
    assert attributed and all(r.cue_class in set(CueClass) for r in attributed)


def test_adjustments_without_a_parse():
    assert cue_class(None, False, SourceKind.PERSON) == CueClass.SPEECH
    assert cue_class("say", False, None) == CueClass.EVIDENTIAL
    assert cue_class("claim", True, SourceKind.PERSON) == CueClass.SPEECH
    assert cue_class("hope", True, SourceKind.PERSON) == CueClass.INTENTION
    assert cue_class("hope", False, SourceKind.PERSON) == CueClass.BELIEF
    assert cue_class("criticise", False, SourceKind.MEDIA) == CueClass.EVALUATION


def test_infinitive_content_is_read_from_the_parse(nlp):
    text = "He told hauliers to expect a rise. She said he wants to go. They announced plans to cut jobs."
    doc = nlp(text)
    assert infinitive_content(doc, text.index("hauliers"), text.index(" a rise"))
    assert not infinitive_content(doc, text.index("he wants"), text.index(" They"))
    assert not infinitive_content(doc, text.index("plans"), len(text) - 1)


def test_lexicon_documents_every_class_and_lists_each_lemma_once():
    lexicon = json.loads((LEXICON_DIR / "cue_classes.json").read_text(encoding="utf-8"))
    assert set(lexicon["classes"]) == {str(c) for c in CueClass}
    assert all(entry["_doc"] for entry in lexicon["classes"].values())
    assert lemma_classes()["fear"] == CueClass.BELIEF  # loads without a lemma under two classes


def test_a_copula_cue_takes_the_class_of_its_adjective_and_a_study_finding_is_written(nlp):
    assert ("be", "intention") in _classes(nlp, "Councils were reluctant to provide the sites.")
    assert ("find", "written") in _classes(nlp, "A survey found that sales fell by 3% in December.")


def test_a_noun_phrase_content_records_an_act_not_a_statement(nlp):
    assert ("discuss", "act") in _classes(nlp, "The two managers discussed the events after the game.")
    assert ("find", "belief") in _classes(nlp, "Some fans would find such a move highly controversial.")
    # a noun phrase keeps its own modifiers: a relative clause, an adjective of another noun
    assert ("publish", "act") in _classes(
        nlp, "The firm publishes results of its tests, which involve hundreds of sailors."
    )
    assert ("sing", "act") in _classes(nlp, "She appeared on Sunday, singing a duet with her third husband.")
    assert ("publish", "act") in _classes(nlp, "The firm publishes games such as football and racing titles.")
    # ... but a clause the parser reads as a noun phrase, a predicate 'as', a message noun are not acts
    assert ("say", "speech") in _classes(nlp, "The minister said Thursday's report reinforced stability and growth.")
    assert ("describe", "speech") in _classes(nlp, "He described the sentence as harsh.")
    assert ("announce", "speech") in _classes(nlp, "The company has announced plans for a new factory.")
    # a forecast's noun phrase is the figure it states
    assert ("forecast", "speech") in _classes(nlp, "The bank has forecast a net loss of 40bn yen this year.")


def test_a_verb_of_noticing_is_a_belief(nlp):
    assert ("notice", "belief") in _classes(nlp, "The engineers noticed that the cable had no power.")
