"""Scheduled reruns and the inbox sensor."""

import hashlib
import json
from pathlib import Path

import dagster as dg

from assets.partitions import ALL_BUCKETS_TAGS
from assets.settings import NewsclaimsSettings
from pipeline.ingest import InputError, iter_input_paths

newsclaims_job = dg.define_asset_job(
    "newsclaims_job",
    selection=dg.AssetSelection.all(),
    description="Ingest the inbox, extract, rebuild sources; checks run after each table. "
    "Launched with the partition-range tags of every document bucket, it is one run over all of them.",
)

@dg.schedule(job=newsclaims_job, cron_schedule="0 5 * * *", execution_timezone="UTC", name="newsclaims_daily")
def daily_schedule() -> dg.RunRequest:
    """Rerun the whole graph every day at 05:00 UTC (a no-op when nothing changed)."""
    return dg.RunRequest(tags=ALL_BUCKETS_TAGS)


def inbox_state(paths: list[Path]) -> dict[str, list[float]]:
    """path -> [mtime, size] of every input file under the configured paths."""
    state = {}
    for path in iter_input_paths(paths):
        try:
            stat = path.stat()
        except OSError:  # a symlink loop or dangling link: the run rejects it; it must not stop the sensor
            stat = path.lstat()
        state[str(path)] = [stat.st_mtime, stat.st_size]
    return state


@dg.sensor(job=newsclaims_job, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.STOPPED)
def inbox_sensor(context: dg.SensorEvaluationContext, settings: NewsclaimsSettings) -> dg.SensorResult | dg.SkipReason:
    """Request a run when files under the input paths are added or changed (cursor: {path: [mtime, size]})."""
    try:
        current = inbox_state(settings.paths)
    except (InputError, OSError) as error:
        return dg.SkipReason(f"cannot read the inbox: {error}")
    previous = json.loads(context.cursor) if context.cursor else {}
    changed = sorted(p for p, stamp in current.items() if previous.get(p) != stamp)
    if not changed:
        return dg.SkipReason(f"no new or changed files among {len(current)}")
    run_key = hashlib.sha256(json.dumps([[p, current[p]] for p in changed]).encode()).hexdigest()[:16]
    return dg.SensorResult(
        run_requests=[
            dg.RunRequest(run_key=run_key, tags={**ALL_BUCKETS_TAGS, "newsclaims/changed_files": str(len(changed))})
        ],
        cursor=json.dumps(current),
    )
