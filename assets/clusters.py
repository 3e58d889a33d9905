"""Event clusters: mentions of one real-world event across documents, for corroboration."""

from dataclasses import fields

import dagster as dg

from assets.metadata import asset_spec, table_metadata
from assets.summary import database_summary, run_tags
from pipeline.models import EventRow
from warehouse import writers
from warehouse.resource import Warehouse

EVENT_COLUMNS = [f.name for f in fields(EventRow)]


@dg.multi_asset(
    specs=[asset_spec("event_clusters", "extraction", deps=["events", "event_claims", "sources"])], pool="duckdb"
)
def event_clusters(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    """Cluster every event (same type, compatible actors and place, dates within a window).

    The last asset of the graph: it also tags the run with what the database now holds.
    """
    with warehouse.read() as con:
        cursor = con.execute(f"select {', '.join(EVENT_COLUMNS)} from events order by event_id")
        events = [EventRow(*row) for row in cursor.fetchall()]
    from pipeline.events.clustering import cluster_events  # spaCy comes with it: only this step pays

    cluster_ids = cluster_events(events)
    rows = writers.to_arrow(
        {"event_id": e.event_id, "event_cluster_id": c} for e, c in zip(events, cluster_ids, strict=True)
    )
    with warehouse.write() as con:
        con.execute("delete from event_clusters")
        writers.insert(con, "event_clusters", rows)
    with warehouse.read() as con:
        corroborated = con.execute("select count(*) from event_corroboration where documents > 1").fetchone()[0]
        conflicts = con.execute("select count(distinct event_cluster_id) from conflicting_figures").fetchone()[0]
        context.instance.add_run_tags(context.run_id, run_tags(database_summary(con)))
        return dg.MaterializeResult(
            metadata=table_metadata(
                con, "event_clusters", ["event_id", "event_cluster_id"],
                clusters=len(set(cluster_ids)), clusters_in_several_documents=corroborated,
                clusters_with_conflicting_figures=conflicts,
            )
        )
