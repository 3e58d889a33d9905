"""Export every table and view to Parquet or CSV files, for people without DuckDB.

DuckDB's own COPY writes the files (streaming, zstd for Parquet), from a read-only
connection. Parquet keeps every type; CSV has no list type, so list columns are written as
JSON arrays and timestamps as ISO 8601 in UTC. Partitioned exports write documents, claims
and events as Hive-style folders by the month the document was published
(`claims/published_month=2024-03/data_0.parquet`, `published_month=unknown` without a date).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from warehouse.schema import tables, view_descriptions

FORMATS = ("parquet", "csv")
PARTITION_COLUMN = "published_month"
# The tables a month partitioning applies to, and how each reaches documents.published_at.
MONTH_PARTITIONED = ("documents", "claims", "events")
CSV_TIMESTAMP = "%Y-%m-%dT%H:%M:%S.%fZ"


@dataclass(frozen=True)
class ExportedColumn:
    name: str
    type: str  # DuckDB type, as DuckDB reports it
    required: bool
    description: str
    values: tuple[str, ...]  # the closed set the column allows, if any


@dataclass(frozen=True)
class ExportedTable:
    name: str
    kind: str  # "table" or "view"
    description: str
    rows: int
    files: tuple[str, ...]  # paths relative to the export folder
    columns: tuple[ExportedColumn, ...]
    partitioned_by: str | None = None


def _quote_path(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _columns(con: duckdb.DuckDBPyConnection, name: str) -> tuple[ExportedColumn, ...]:
    documented = {c.name: c for c in tables()[name].columns} if name in tables() else {}
    rows = con.execute(
        "select column_name, data_type, is_nullable from information_schema.columns "
        "where table_name = ? order by ordinal_position", [name]
    ).fetchall()
    columns = []
    for column, data_type, nullable in rows:
        doc = documented.get(column)
        columns.append(ExportedColumn(column, data_type, nullable == "NO",
                                      doc.description if doc else "", doc.values if doc else ()))
    return tuple(columns)


def _select(name: str, columns: tuple[ExportedColumn, ...], fmt: str, partitioned: bool) -> str:
    """The query COPY writes: CSV flattens lists and timestamps; partitions add the month."""
    expressions = []
    for column in columns:
        if fmt == "csv" and column.type.endswith("]"):
            expressions.append(f"to_json(t.{column.name})::varchar as {column.name}")
        elif fmt == "csv" and column.type.startswith("TIMESTAMP"):
            expressions.append(f"strftime(t.{column.name}, '{CSV_TIMESTAMP}') as {column.name}")
        else:
            expressions.append(f"t.{column.name}")
    source = f"{name} t"
    if partitioned:
        month = "t.published_at" if name == "documents" else "d.published_at"
        expressions.append(f"coalesce(strftime({month}, '%Y-%m'), 'unknown') as {PARTITION_COLUMN}")
        if name != "documents":
            source += " left join documents d on d.doc_id = t.doc_id"
    return f"select {', '.join(expressions)} from {source}"


def _options(fmt: str, partitioned: bool) -> str:
    options = ["format parquet", "compression zstd"] if fmt == "parquet" else ["format csv", "header true"]
    if partitioned:
        options.append(f"partition_by ({PARTITION_COLUMN})")
    return ", ".join(options)


def export(
    con: duckdb.DuckDBPyConnection, out_dir: Path, fmt: str = "parquet", partition_by_month: bool = False
) -> list[ExportedTable]:
    """Write every table and view into out_dir (which must be empty); return what was written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    described = {name: (t.description, "table") for name, t in tables().items()}
    described |= {name: (description, "view") for name, description in view_descriptions().items()}
    exported = []
    for name, (description, kind) in described.items():
        columns = _columns(con, name)
        rows = con.execute(f"select count(*) from {name}").fetchone()[0]
        # an empty table has no month to partition by: it stays one (empty) file
        partitioned = partition_by_month and name in MONTH_PARTITIONED and rows > 0
        target = out_dir / name if partitioned else out_dir / f"{name}.{fmt}"
        con.execute(f"copy ({_select(name, columns, fmt, partitioned)}) to {_quote_path(target)} "
                    f"({_options(fmt, partitioned)})")
        files = sorted(p for p in target.rglob(f"*.{fmt}")) if partitioned else [target]
        exported.append(ExportedTable(
            name, kind, description, rows, tuple(p.relative_to(out_dir).as_posix() for p in files), columns,
            PARTITION_COLUMN if partitioned else None,
        ))
    return exported
