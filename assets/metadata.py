"""What each table's materialisation shows in the UI: row count, column schema, a preview."""

from __future__ import annotations

from collections.abc import Sequence

import dagster as dg
import duckdb

from warehouse import writers
from warehouse.schema import table


def column_schema(table_name: str) -> dg.TableSchema:
    return dg.TableSchema(
        columns=[
            dg.TableColumn(name=c.name, type=c.type, description=c.description or None)
            for c in table(table_name).columns
        ]
    )


def table_metadata(
    con: duckdb.DuckDBPyConnection, table_name: str, preview: Sequence[str], **extra: object
) -> dict[str, object]:
    return {
        "dagster/row_count": writers.row_count(con, table_name),
        "dagster/column_schema": column_schema(table_name),
        "preview": dg.MetadataValue.md(writers.preview_markdown(con, table_name, preview)),
        **extra,
    }


def asset_spec(name: str, group: str, deps: Sequence[str] = ()) -> dg.AssetSpec:
    """An AssetSpec whose description and column schema come from the table's DDL."""
    return dg.AssetSpec(
        name,
        group_name=group,
        deps=list(deps),
        description=table(name).description,
        metadata={"dagster/column_schema": column_schema(name), "dagster/table_name": name},
    )
