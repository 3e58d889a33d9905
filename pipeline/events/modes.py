"""The mode of an event of force (drone, missile, air strike, shelling ...): the ontology's mode
cues on the trigger or its modifiers, else anywhere in its clause; also the weapon that is
evidence of force for the sense gate (pipeline.events.extract)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.events.doc_words import doc_words
from pipeline.events.ontology import EventType


def cued_mode(
    trigger: Token, event_type: EventType, clause: Span, *, count_trigger: bool = True
) -> str | None:
    """The first mode cued on the trigger or its modifiers, else anywhere in its clause.
    Without `count_trigger` the trigger word itself is no cue ("battle" alone is no evidence).
    A particle cues only on the trigger ("shot down"): elsewhere in the clause it is its own
    verb's ("traffic has slowed down", "touched down in the corner")."""
    found = doc_words(trigger.doc)
    own = [trigger.i, *found.children[trigger.i]]
    # as evidence, a verb of its own clause cues its own event, not the trigger's ("fought back
    # to beat England"); one joined to the trigger shares it ("was shot and killed")
    joined = {trigger.i, *(c.i for c in trigger.conjuncts)}
    for scope in (own, range(clause.start, clause.end)):
        positions = [
            i for i in scope if (count_trigger or i != trigger.i) and (scope is own or found.deps[i] != "prt")
            and (count_trigger or i in joined or trigger.doc[i].pos_ != "VERB")
        ]
        lemmas = {found.lemmas[i] for i in positions} | {found.forms[i] for i in positions}
        for mode, cues in event_type.modes:
            if lemmas.intersection(cues):
                return mode
    return None
