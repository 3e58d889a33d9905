"""Bulk writers: rows go in as one Arrow table per call, never row by row.

Table names are checked against the DDL (`warehouse.schema.table`), so no identifier in
the SQL below comes from data; values only ever travel as Arrow tables or parameters.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import duckdb
import pyarrow as pa

from warehouse.schema import table


def to_arrow(rows: Iterable[Any], rename: Mapping[str, str] | None = None) -> pa.Table:
    """Dataclass rows (or dicts) to an Arrow table, renaming fields where the column differs."""
    records = [row if isinstance(row, dict) else vars(row) for row in rows]
    if rename:
        records = [{rename.get(k, k): v for k, v in record.items()} for record in records]
    return pa.Table.from_pylist(records)


def utc(value: datetime | None) -> datetime | None:
    """A timezone-aware UTC datetime; naive values are taken to be UTC."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def insert(con: duckdb.DuckDBPyConnection, table_name: str, rows: pa.Table) -> int:
    """Append rows by column name; columns the rows lack are NULL."""
    name = table(table_name).name
    if rows.num_rows == 0:
        return 0
    con.register("staged_rows", rows)
    try:
        con.execute(f"insert into {name} by name select * from staged_rows")
    finally:
        con.unregister("staged_rows")
    return rows.num_rows


def delete_keys(con: duckdb.DuckDBPyConnection, table_name: str, key: str, values: Sequence[str]) -> None:
    """Delete the rows whose key column is one of values."""
    target = table(table_name)
    if key not in {c.name for c in target.columns}:
        raise ValueError(f"{table_name} has no column {key!r}")
    if not values:
        return
    con.register("staged_keys", pa.table({"key": pa.array(list(values), pa.string())}))
    try:
        con.execute(f"delete from {target.name} where {key} in (select key from staged_keys)")
    finally:
        con.unregister("staged_keys")


def replace(con: duckdb.DuckDBPyConnection, table_name: str, key: str, keys: Sequence[str], rows: pa.Table) -> int:
    """Replace every row of the given keys by the new rows: a rerun never duplicates."""
    delete_keys(con, table_name, key, keys)
    return insert(con, table_name, rows)


def row_count(con: duckdb.DuckDBPyConnection, table_name: str) -> int:
    return con.execute(f"select count(*) from {table(table_name).name}").fetchone()[0]


def preview_markdown(con: duckdb.DuckDBPyConnection, table_name: str, columns: Sequence[str], limit: int = 5) -> str:
    """A few rows as a Markdown table, for the asset's metadata in the UI."""
    target = table(table_name)
    known = {c.name for c in target.columns}
    chosen = [c for c in columns if c in known]
    frame = con.execute(f"select {', '.join(chosen)} from {target.name} limit {int(limit)}").df()
    header = "| " + " | ".join(chosen) + " |\n|" + "---|" * len(chosen) + "\n"
    body = "".join(
        "| " + " | ".join(str(v).replace("|", "\\|").replace("\n", " ")[:80] for v in row) + " |\n"
        for row in frame.itertuples(index=False)
    )
    return header + body
