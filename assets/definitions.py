"""The Definitions that workspace.yaml loads: every asset, check, job, schedule and sensor."""

from __future__ import annotations

import dagster as dg

from assets.automation import daily_schedule, inbox_sensor, newsclaims_job
from assets.clusters import event_clusters
from assets.extraction import extraction
from assets.ingestion import ingestion
from assets.settings import settings_from_env
from assets.sources import sources
from checks.expectations import EXPECTATION_CHECKS
from checks.integrity import INTEGRITY_CHECKS

ASSETS = [ingestion, extraction, sources, event_clusters]
CHECKS = [*INTEGRITY_CHECKS, *EXPECTATION_CHECKS]


def build_definitions(settings, warehouse) -> dg.Definitions:
    return dg.Definitions(
        assets=ASSETS,
        asset_checks=CHECKS,
        jobs=[newsclaims_job],
        schedules=[daily_schedule],
        sensors=[inbox_sensor],
        resources={"settings": settings, "warehouse": warehouse},
    )


defs = build_definitions(*settings_from_env())
