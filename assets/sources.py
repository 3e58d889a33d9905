"""Sources: source mentions merged across documents into one row per distinct source."""

from importlib import resources

import dagster as dg

from assets.metadata import asset_spec, table_metadata
from warehouse.resource import Warehouse

REBUILD_SQL = (resources.files("warehouse") / "sql" / "rebuild_sources.sql").read_text(encoding="utf-8")
SPEC = asset_spec("sources", "extraction", deps=["source_mentions", "claims"])


@dg.asset(
    key=SPEC.key,
    group_name=SPEC.group_name,
    deps=SPEC.deps,
    description=SPEC.description,
    metadata=SPEC.metadata,
    pool="duckdb",
)
def sources(warehouse: Warehouse) -> dg.MaterializeResult:
    """Rebuild `sources` from every mention: same normalised name, one source."""
    with warehouse.write() as con:
        con.execute("delete from sources")
        con.execute(REBUILD_SQL)
    with warehouse.read() as con:
        kinds = dict(con.execute("select kind, count(*) from sources group by 1 order by 1").fetchall())
        return dg.MaterializeResult(
            metadata=table_metadata(con, "sources", ["name", "kind", "aliases", "claim_count"], kinds=dg.MetadataValue.json(kinds))
        )
