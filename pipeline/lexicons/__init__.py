"""The JSON word lists of this folder, loaded once per process (`load("reporting_cues")`)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

LEXICON_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """The parsed JSON lexicon `pipeline/lexicons/<name>.json`."""
    with (LEXICON_DIR / f"{name}.json").open(encoding="utf-8") as handle:
        return json.load(handle)
