"""Modality from the parse (pipeline/events/modality.py): a finite clause with its own subject
does not take the auxiliaries or negation of the clause it is joined to."""

import pytest

from pipeline.events import extract_events


@pytest.mark.parametrize(
    "sentence, trigger, modality",
    [
        # a coordinated clause with its own subject: "would" belongs to the first clause
        ("Culture Secretary Tessa Jowell said a delay would be disastrous and she accused the Tories of opportunism.", "accused", "asserted"),
        # an adverbial clause with its own subject: the negation belongs to the main clause
        ("Thailand does not wish to opt for a freeze, while India has rejected international aid.", "rejected", "asserted"),
        # a shared subject still shares what governs both
        ("Russia agreed to withdraw its troops, but urged Nato to halt its expansion.", "withdraw", "intended"),
        ("If the government rejected the plan, families would suffer.", "rejected", "hypothetical"),
    ],
)
def test_modality_of_joined_clauses(nlp, sentence, trigger, modality):
    events = {e.trigger.text: e for e in extract_events(nlp(sentence), None)}
    assert events[trigger].modality == modality
