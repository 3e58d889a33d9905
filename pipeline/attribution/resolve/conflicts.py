"""Each candidate frame checked on its own, then one cue token given to one frame.

Rules, in this order:
1. A frame whose cue lies inside its own content is dropped (a misparse).
2. Content past the dash or bracket closing an aside that holds the cue and the start of the
   content is cut ("a list -- most of whom had announced their support -- who cited Y": the parse
   hung the rest of the sentence on the aside).
3. One token is the cue of one frame: "reportedly said" is the verb's, not a second claim.
   Candidates are taken in pattern priority order (`registry`); one sharing a cue token with a
   frame already kept is dropped, except that a candidate with content replaces kept frames that
   are all bare cues (kept for a quote to attach to): "As X put it in a speech, Y". The replacing
   frame joins the end of the kept list.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from pipeline.attribution.context import DocContext
from pipeline.attribution.frames import Frame
from pipeline.attribution.grammar.subjects import aside_bounds


def settle_cues(ctx: DocContext, candidates: Iterable[Frame]) -> list[Frame]:
    """The candidates that keep their cue, by the rules above."""
    frames: list[Frame] = []
    for frame in candidates:
        if set(frame.cue) & frame.content:
            continue
        frame = replace(frame, content=frame.content - _beyond_aside(ctx, frame))
        taken = [f for f in frames if not set(f.cue).isdisjoint(frame.cue)]
        if not taken:
            frames.append(frame)
        elif frame.content and all(not f.content for f in taken):
            frames = [f for f in frames if all(f is not t for t in taken)] + [frame]
    return frames


def _beyond_aside(ctx: DocContext, frame: Frame) -> set[int]:
    bounds = aside_bounds(ctx.doc[frame.cue[0]])
    if bounds is None or not frame.content or min(frame.content) < bounds[0]:
        return set()
    return {i for i in frame.content if i >= bounds[1]}
