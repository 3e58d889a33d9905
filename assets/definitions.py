"""The Definitions that workspace.yaml loads: every asset, check, job, schedule and sensor."""

from __future__ import annotations

import dagster as dg

from assets.automation import daily_schedule, inbox_sensor, newsclaims_job
from assets.clusters import event_clusters
from assets.extraction import extraction
from assets.ingestion import ingestion
from assets.settings import settings_from_env
from assets.sources import sources
from checks.groups import CHECK_GROUPS

ASSETS = [ingestion, extraction, sources, event_clusters]
CHECKS = CHECK_GROUPS


def build_definitions(settings, warehouse) -> dg.Definitions:
    return dg.Definitions(
        assets=ASSETS,
        asset_checks=CHECKS,
        jobs=[newsclaims_job],
        schedules=[daily_schedule],
        sensors=[inbox_sensor],
        resources={"settings": settings, "warehouse": warehouse},
        # Steps here are short (checks, sources, clusters: a second or less): a subprocess per step
        # costs more than the step. Runs are the unit of parallelism: a backfill's extraction runs.
        executor=dg.in_process_executor,
    )


def newsclaims_job_from_env() -> dg.JobDefinition:
    """The job as the UI builds it (settings from NEWSCLAIMS_* variables), for reconstructable runs."""
    return build_definitions(*settings_from_env()).resolve_job_def("newsclaims_job")


defs = build_definitions(*settings_from_env())
