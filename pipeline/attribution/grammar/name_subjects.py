"""Names the tagger reads as verbs where the parse still makes them subjects: 'Applegate, who
starred in TV comedy Married With Children, had been hoping to Y' has 'Applegate' tagged VB and
labelled nsubj. A subject is nominal, so a capitalised subject the model's lemma table does not
know as a verb is retagged a proper noun before attribution and source finding read it ('Smoking
kills' keeps its gerund, 'Read' in a headline stays a verb)."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.deps import NOMINAL_SUBJECTS

# Finite and base verb tags: a gerund subject ("Smoking kills") is a verb's own nominal use.
_MISREAD_TAGS = {"VB", "VBP", "VBD", "VBZ", "VBN"}


def retag_name_subjects(doc: Doc, verb_lemmas: frozenset[str]) -> None:
    """Retag as proper nouns the capitalised subjects tagged as verbs that are no known verb."""
    for token in doc:
        if (
            token.dep_ in NOMINAL_SUBJECTS and token.pos_ == "VERB" and token.tag_ in _MISREAD_TAGS
            and token.is_title and token.lower_ not in verb_lemmas and not token.is_sent_end
        ):
            token.tag_, token.pos_ = "NNP", "PROPN"
