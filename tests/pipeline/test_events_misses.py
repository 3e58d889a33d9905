"""Where missed event sentences lose their event: the extractor's recorder and the causes
`newsclaims eval --events-dev` counts."""

from pipeline.evaluation.events_dev import Labelled, evaluate_sentences
from pipeline.evaluation.events_misses import NO_WORD, WORD_UNREAD
from pipeline.events import extract_events
from pipeline.events.rejections import GATE, TRIGGER, Rejection


def test_the_recorder_names_the_gate_and_changes_no_event(nlp):
    doc = nlp("Tuesday morning was met with strong, cold winds. The EU lifted its arms embargo on Libya.")
    recorder: list[Rejection] = []
    found = extract_events(doc, None, recorder=recorder)
    assert found == extract_events(doc, None)
    assert [e.cameo_code for e in found] == ["085"]
    assert Rejection(3, "CONSULT", GATE, "an actor that cannot act") in recorder
    # the embargo is the lifting's object, part of its event
    assert Rejection(15, "SANCTION", TRIGGER, "the object of a verb of another type") in recorder


def test_missed_sentences_are_counted_by_cause_without_their_text(nlp):
    sentences = [
        Labelled("The sky over the valley was blue all day.", frozenset({"ASSAULT"})),
        Labelled("Tuesday morning was met with strong, cold winds.", frozenset({"CONSULT"})),
        Labelled("'...', the Tories have warned.", frozenset({"THREATEN"})),
        Labelled("The EU lifted its arms embargo on Libya.", frozenset({"RETREAT"})),
        Labelled("Rangers beat Celtic 2-1 on Sunday.", frozenset()),
        # "say" has patterns of accusation, but a plain report is a statement
        Labelled("The council said his comments were irresponsible.", frozenset({"ACCUSE"})),
    ]
    result = evaluate_sentences("t", sentences)
    causes = result.causes
    assert (causes.missed, causes.other_type) == (4, 0)
    assert causes.stages == {NO_WORD: 1, GATE: 1, TRIGGER: 1, WORD_UNREAD: 1}
    assert causes.reasons[TRIGGER] == {"the verb reports speech": 1}
    assert causes.reasons[WORD_UNREAD] == {"a verb coded as another type here": 1}
    lines = "\n".join(causes.format(result.event_sentences))
    assert "missed event sentences (no event of an annotated type): 4/5" in lines
    assert "dropped at the sense gate: 1 (an actor that cannot act 1)" in lines
    assert not any(word in lines for s in sentences for word in s.text.split() if len(word) > 4)
