"""Attributions marked by a phrase rather than a reporting verb (patterns/markers.py), on
sentences written for the test: each case gives (source mention, cue, content) as text."""

import pytest

from tests.pipeline.claims import triples


@pytest.mark.parametrize(
    "text, expected",
    [
        # without a comma, the source phrase ends where the clause begins: its subject, expletive or auxiliary
        ("According to police the man was arrested on Monday.", ("police", "According to", "the man was arrested on Monday.")),
        (
            "According to the regulator there were two million subscribers in March.",
            ("the regulator", "According to", "there were two million subscribers in March."),
        ),
        (
            "According to figures released today unemployment rose sharply.",
            ("figures released today", "According to", "unemployment rose sharply."),
        ),
        # with a comma, everything up to it is still the source, however the parser hangs it
        (
            "Sales fell in the spring, according to the retailer Smith & Jones and the broker Brown Homes.",
            ("the retailer Smith & Jones and the broker Brown Homes", "according to", "Sales fell in the spring"),
        ),
    ],
)
def test_according_to(nlp, text, expected):
    assert triples(nlp, text) == [expected]
