"""Which participants of a meeting (an event type whose object is a partner: "met Putin", "talks
with Y") act and which are met, for pipeline.events.extract: PETRARCH codes the dyad "X met Y"."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.deps import NOMINAL_SUBJECTS
from pipeline.events import arguments as args


def acting_side(token: Token) -> bool:
    """The side that acts, no partner met: a subject, an event noun's possessor ("Putin's
    recent visit to New Delhi") or a passive's "by" phrase ("a dinner hosted by John Prescott")."""
    return token.dep_ in NOMINAL_SUBJECTS or (token.dep_ == "poss" and not args.verbal(token.head)) or (
        token.dep_ == "pobj" and token.head.dep_ == "agent"
    )


def named_between(partner: Token, trigger: Token) -> bool:
    """A partner named in a "between" phrase of the trigger: one of two sides named together."""
    for head in partner.ancestors:
        if head.i == trigger.i:
            return False
        if head.dep_ == "prep" and head.lower_ == "between":
            return True
    return False
