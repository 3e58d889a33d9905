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


@lru_cache(maxsize=None)
def word_set(name: str, *keys: str) -> frozenset[str]:
    """The words of some lists of lexicon `name`, as one set made once (`word_set("source_kinds",
    "organization_heads", "government_heads")`): membership asked of every token."""
    lexicon = load(name)
    return frozenset(word for key in keys for word in lexicon[key])
