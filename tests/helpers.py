"""Helpers shared by the Dagster-level tests."""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from assets.definitions import ASSETS, CHECKS
from assets.partitions import ALL_BUCKETS_TAGS
from assets.settings import NewsclaimsSettings
from warehouse.resource import Warehouse

TEST_DATA = Path(__file__).parent / "data"


def materialize_into(inbox: Path, db: Path, **settings: object) -> dg.ExecuteInProcessResult:
    """Run every asset and check of the graph, as `newsclaims run` does."""
    return dg.materialize(
        [*ASSETS, *CHECKS],
        resources={
            "settings": NewsclaimsSettings(input_paths=[str(inbox)], **settings),
            "warehouse": Warehouse(db_path=str(db), lock_timeout_s=5),
        },
        tags=ALL_BUCKETS_TAGS,
        raise_on_error=False,
    )

