"""Every attribution pattern, by name, in priority order.

A pattern is one function from the document context to candidate frames; none sees another's
frames, so each can be run and scored alone (`newsclaims eval --polnear DIR --by-pattern`). Their
order matters in one rule only: when two candidates claim one cue token, the earlier pattern's
frame wins (`resolve.conflicts`). "experiencer" comes before "verb" because "worry" is also a cue
verb of its own subject ("That worries X" is X's worry, not the claim of "That").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from pipeline.attribution.context import DocContext
from pipeline.attribution.frames import Frame
from pipeline.attribution.patterns.adjectives import extraposed_frames, stance_adjective_frames, stance_preposition_frames
from pipeline.attribution.patterns.evidential import raising_frames
from pipeline.attribution.patterns.experiencers import experiencer_frames
from pipeline.attribution.patterns.markers import according_to_frames, adverb_frames, in_source_frames, role_noun_frames
from pipeline.attribution.patterns.messages import message_frames
from pipeline.attribution.patterns.nouns import clause_noun_frames, topic_noun_frames
from pipeline.attribution.patterns.punctuation import colon_frames, dash_frames
from pipeline.attribution.patterns.reception import reception_frames
from pipeline.attribution.patterns.verbs import that_clause_frames, verb_frames


@dataclass(frozen=True)
class Pattern:
    name: str
    find: Callable[[DocContext], Iterable[Frame]]
    example: str


PATTERNS: tuple[Pattern, ...] = (
    Pattern("experiencer", experiencer_frames, "The ruling worries environmentalists"),
    Pattern("verb", verb_frames, "X said (that) Y; Y, X said; Mayor Vows To Y"),
    Pattern("that_clause", that_clause_frames, "X ruled that Y"),
    Pattern("according_to", according_to_frames, "according to X, Y"),
    Pattern("in_source", in_source_frames, "in X's view, Y; In a statement, X was Y"),
    Pattern("clause_noun", clause_noun_frames, "X's claim that Y; X voiced concern that Y"),
    Pattern("reception", reception_frames, "X faced criticism for Y"),
    Pattern("topic_noun", topic_noun_frames, "X's disdain for Y; criticism of Y"),
    Pattern("stance_adjective", stance_adjective_frames, "X is sure that Y"),
    Pattern("extraposed_adjective", extraposed_frames, "it is clear that Y"),
    Pattern("stance_preposition", stance_preposition_frames, "X is against Y"),
    Pattern("role_noun", role_noun_frames, "X is a staunch opponent of Y"),
    Pattern("adverb", adverb_frames, "Y reportedly happened"),
    Pattern("colon", colon_frames, "SMITH: Y; X Grills Y: \"Z\""),
    Pattern("dash", dash_frames, "\"Y\" ― X"),
    Pattern("raising", raising_frames, "Y seems Z; X appears to Y"),
    Pattern("message", message_frames, "X raised questions about Y"),
)


def candidates(ctx: DocContext, patterns: Iterable[Pattern] = PATTERNS) -> Iterator[Frame]:
    """The frames of `patterns` in priority order (each pattern's in the order it finds them),
    each named after its pattern."""
    for pattern in patterns:
        for frame in pattern.find(ctx):
            yield replace(frame, pattern=pattern.name)
