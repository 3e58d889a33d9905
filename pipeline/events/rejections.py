"""Why a candidate event was dropped, recorded only when asked.

`newsclaims eval --events-dev` counts the event sentences it misses by cause (which stage
lost an event of the annotated type); the product passes no recorder, so extraction does no
more work than its gates themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

# the stages a candidate passes, in order: read as a trigger, the sense gate, not a repeat
TRIGGER, GATE, REPEAT = "trigger", "gate", "repeat"


@dataclass(frozen=True)
class Rejection:
    token: int  # the trigger word's index in its document
    event_type: str
    stage: str
    reason: str


Recorder = list[Rejection] | None  # None: nothing is recorded


def note(recorder: Recorder, token: int, event_type: str, stage: str, reason: str) -> None:
    if recorder is not None:
        recorder.append(Rejection(token, event_type, stage, reason))
