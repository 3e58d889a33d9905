"""Named accessors for the attribution lexicons (data in `pipeline/lexicons/*.json`)."""

from __future__ import annotations

from typing import Any

from pipeline.lexicons import load


def cues() -> dict[str, Any]:
    return load("reporting_cues")


def hedges() -> dict[str, Any]:
    return load("hedges")


def quote_marks() -> dict[str, Any]:
    return load("quote_marks")
