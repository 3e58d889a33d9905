"""What a run leaves in the database, counted once for the CLI's closing table and the Dagster run."""

from __future__ import annotations

import duckdb

from warehouse.schema import sql_files

TAG_PREFIX = "newsclaims/"


def database_summary(con: duckdb.DuckDBPyConnection) -> list[tuple[str, int]]:
    """(item, count): inputs, documents, rejections by reason, claims, sources, events, clusters."""
    return [(item, int(n)) for item, n in con.execute(sql_files("sql")["run_summary"]).fetchall()]


def run_tags(summary: list[tuple[str, int]]) -> dict[str, str]:
    """The summary as Dagster run tags (Dagster runs carry tags, not metadata): newsclaims/rejected.empty=3."""
    return {TAG_PREFIX + item.replace("rejected: ", "rejected.").replace(" ", "_"): str(n) for item, n in summary}
