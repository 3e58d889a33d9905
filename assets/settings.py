"""Run settings: one object, built in one place, from flags (CLI) or the environment (UI)."""

from __future__ import annotations

import os
from pathlib import Path

import dagster as dg

from warehouse.resource import Warehouse

SAMPLE_DIR = Path(__file__).parent / "sample"
DEFAULT_DB = "data/newsclaims.duckdb"


class NewsclaimsSettings(dg.ConfigurableResource):
    """Where the articles are and the limits the pipeline runs with."""

    input_paths: list[str]
    max_bytes: int = 20_000_000  # larger inputs (or records, once decompressed) are too_large before parsing
    max_container_bytes: int = 2_000_000_000  # a .jsonl/.warc decompressing past this stops as too_large
    max_chars: int = 200_000  # longer article texts are rejected as too_long (spaCy's own limit is 1,000,000)
    max_paragraph_chars: int = 20_000  # a longer paragraph (a run-on "sentence") is too_long: it bounds parse cost
    min_words: int = 40  # shorter extracted texts are rejected as too_short
    dedup_threshold: float = 0.8  # MinHash Jaccard above which two texts are one story
    # documents per write transaction: each costs about 100 ms of CPU whatever its size, so
    # fewer, larger ones are cheaper; parsed Docs are not held for it, only their rows
    batch_size: int = 256
    parse_batch_size: int = 64  # documents per nlp.pipe batch: its peak RSS grows with it (2.4 GB at 256)
    n_process: int = 1  # spaCy worker processes
    progress: str = "none"  # on stderr: bar (rate, ETA), plain (lines for logs) or none; the CLI sets it

    @property
    def paths(self) -> list[Path]:
        return [Path(p) for p in self.input_paths]


def settings_from_env() -> tuple[NewsclaimsSettings, Warehouse]:
    """Settings for the UI, schedule and sensor: NEWSCLAIMS_INPUT (os.pathsep-separated), NEWSCLAIMS_DB."""
    inputs = os.environ.get("NEWSCLAIMS_INPUT", str(SAMPLE_DIR))
    settings = NewsclaimsSettings(
        input_paths=[p for p in inputs.split(os.pathsep) if p],
        n_process=int(os.environ.get("NEWSCLAIMS_N_PROCESS", "1")),
    )
    return settings, Warehouse(db_path=os.environ.get("NEWSCLAIMS_DB", DEFAULT_DB))
