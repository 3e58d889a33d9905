"""Sources: source mentions merged across documents into one row per distinct source."""

import dagster as dg

from assets.metadata import asset_spec, table_metadata
from warehouse.resource import Warehouse
from warehouse.schema import sql_files

REBUILD_SQL = sql_files("sql")["rebuild_sources"]


@dg.multi_asset(specs=[asset_spec("sources", "extraction", deps=["source_mentions", "claims"])], pool="duckdb")
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
