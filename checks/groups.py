"""The checks as Dagster runs them: one step per table group, not one per check.

Each check used to be its own step, and in the UI (a subprocess per step, the `duckdb` pool
of 1) they started seconds apart. The checks of one group share one read-only connection
and one step (`@multi_asset_check`); blocking checks still stop everything downstream of
the table they guard. Checks only read, so they are outside the `duckdb` pool of writers.
The GX suites validate after the connection is closed: a reader holds off other processes'
writers while it is open.
"""

import dagster as dg

from checks.expectations import SUITES, suite_frame, suite_result
from checks.integrity import SQL_CHECKS, sql_check_result
from warehouse.resource import Warehouse

# group -> the tables whose checks it runs, in graph order
GROUPS = {
    "ingestion_checks": ("documents", "rejected_documents"),
    "extraction_checks": ("sentences", "claims", "claim_quantities", "source_mentions", "events"),
    "sources_checks": ("sources",),
}


def _build(group: str, tables: tuple[str, ...]) -> dg.AssetChecksDefinition:
    sql_checks = [c for c in SQL_CHECKS if c.asset in tables]
    suites = [s for s in SUITES if s.asset in tables]
    specs = [dg.AssetCheckSpec(c.name, asset=c.asset, blocking=c.blocking, description=c.description)
             for c in sql_checks]
    specs += [dg.AssetCheckSpec(s.check_name, asset=s.asset, description=s.description) for s in suites]

    @dg.multi_asset_check(specs=specs, name=group, description=f"The checks of {', '.join(tables)}.")
    def _checks(warehouse: Warehouse):
        with warehouse.read() as con:
            results = [sql_check_result(con, check) for check in sql_checks]
            frames = [(suite_frame(con, s), s) for s in suites]
        yield from results
        for frame, suite in frames:
            yield suite_result(frame, suite)

    return _checks


CHECK_GROUPS = [_build(group, tables) for group, tables in GROUPS.items()]
