"""What an export says about itself: a data dictionary for people, a datapackage.json for tools.

`datapackage.json` follows the Frictionless Data Package standard (v2, datapackage.org): one
tabular resource per table or view, with a Table Schema (field types, descriptions, `required`
and `enum` constraints) that data tools read. `DATA_DICTIONARY.md` says the same for a reader,
plus where the data came from: the extractor versions and the inputs covered.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from warehouse.export import CSV_TIMESTAMP, PARTITION_COLUMN, ExportedColumn, ExportedTable
from warehouse.schema import SCHEMA_VERSION

DATAPACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
PARTITIONED_NOTE = (
    f"Files are in folders {PARTITION_COLUMN}=yyyy-mm by documents.published_at ('unknown' without a date); "
    "read the folder with Hive partitioning to get the month as a column."
)
MEDIA_TYPES = {"parquet": "application/vnd.apache.parquet", "csv": "text/csv"}


@dataclass(frozen=True)
class Provenance:
    """Where the exported rows came from."""

    extractor_versions: dict[str, int]  # version -> documents extracted with it
    inputs: dict[str, int]  # input_files.status -> inputs
    input_folders: list[str]  # the folders the inputs were read from
    published: tuple[str | None, str | None]  # earliest and latest documents.published_at


def provenance(con: duckdb.DuckDBPyConnection) -> Provenance:
    versions = con.execute(
        "select extractor_version, count(*) from extracted_documents group by 1 order by 2 desc"
    ).fetchall()
    inputs = con.execute("select status, count(*) from input_files group by 1 order by 1").fetchall()
    uris = [row[0] for row in con.execute("select uri from input_files").fetchall()]
    folders = sorted({str(Path(uri.split("#", 1)[0]).parent) for uri in uris})
    first, last = con.execute("select min(published_at)::varchar, max(published_at)::varchar from documents").fetchone()
    return Provenance(dict(versions), dict(inputs), folders, (first, last))


def _field_type(duckdb_type: str, fmt: str) -> dict[str, str]:
    """The Table Schema type of a DuckDB column (lists are JSON arrays in CSV)."""
    if duckdb_type.endswith("]"):
        return {"type": "array"}
    if duckdb_type.startswith("TIMESTAMP"):
        return {"type": "datetime", **({"format": CSV_TIMESTAMP} if fmt == "csv" else {})}
    base = duckdb_type.split("(")[0]
    if base in {"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT"}:
        return {"type": "integer"}
    if base in {"DOUBLE", "FLOAT", "REAL", "DECIMAL"}:
        return {"type": "number"}
    return {"DATE": {"type": "date"}, "BOOLEAN": {"type": "boolean"}, "VARCHAR": {"type": "string"}}.get(
        base, {"type": "any"}
    )


def _field(column: ExportedColumn, fmt: str) -> dict[str, object]:
    field: dict[str, object] = {"name": column.name, **_field_type(column.type, fmt)}
    if column.description:
        field["description"] = column.description
    constraints: dict[str, object] = {}
    if column.required:
        constraints["required"] = True
    if column.values:
        constraints["enum"] = list(column.values)
    if constraints:
        field["constraints"] = constraints
    return field


def datapackage(exported: list[ExportedTable], fmt: str, source: Provenance) -> dict[str, object]:
    resources = []
    for table in exported:
        description = table.description
        if table.partitioned_by:  # Hive layout: the month is a folder name, not a column in the files
            description += f" {PARTITIONED_NOTE}"
        resources.append({
            "name": table.name,
            "type": "table",
            "description": description,
            "path": list(table.files) if len(table.files) != 1 else table.files[0],
            "format": fmt,
            "mediatype": MEDIA_TYPES[fmt],
            **({"encoding": "utf-8"} if fmt == "csv" else {}),
            "schema": {"fields": [_field(c, fmt) for c in table.columns]},
            "rows": table.rows,
        })
    return {
        "$schema": DATAPACKAGE_PROFILE,
        "name": "newsclaims",
        "title": "newsclaims: who claimed what about which events",
        "description": "Claims, sources and events extracted from news articles; every row points at "
                       "character offsets of documents.text. See DATA_DICTIONARY.md.",
        "created": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "version": f"schema-{SCHEMA_VERSION}",
        "newsclaims": {"extractor_versions": source.extractor_versions, "inputs": source.inputs},
        "resources": resources,
    }


def _escape(text: str) -> str:
    return text.replace("|", "\\|")


def dictionary_markdown(exported: list[ExportedTable], fmt: str, source: Provenance, db_path: Path) -> str:
    lines = [
        "# newsclaims data dictionary",
        "",
        f"Exported {datetime.now(UTC):%Y-%m-%d %H:%M} UTC from `{db_path}` as {fmt} "
        f"(schema version {SCHEMA_VERSION}). Offsets are Python string indices into `documents.text`, "
        "end-exclusive. The same descriptions are in `datapackage.json` and in the database's own comments.",
        "",
        "## Provenance",
        "",
        "- extractor versions (documents extracted): "
        + (", ".join(f"`{v}` ({n})" for v, n in source.extractor_versions.items()) or "none"),
        "- inputs: " + (", ".join(f"{n} {status}" for status, n in source.inputs.items()) or "none"),
        "- input folders: " + (", ".join(f"`{f}`" for f in source.input_folders) or "none"),
        f"- published: {source.published[0] or 'unknown'} to {source.published[1] or 'unknown'}",
        "",
        "## Tables",
        "",
        "| name | kind | rows | files | description |",
        "|---|---|---:|---|---|",
    ]
    for table in exported:
        files = table.files[0] if len(table.files) == 1 else f"{len(table.files)} files in `{table.name}/`"
        lines.append(f"| `{table.name}` | {table.kind} | {table.rows:,} | {files} | {_escape(table.description)} |")
    for table in exported:
        lines += ["", f"### {table.name}", "", table.description, ""]
        if table.partitioned_by:
            lines += [PARTITIONED_NOTE, ""]
        lines += ["| column | type | required | description | allowed values |", "|---|---|---|---|---|"]
        lines += [
            f"| `{c.name}` | {c.type} | {'yes' if c.required else ''} | {_escape(c.description)} | "
            f"{', '.join(f'`{v}`' for v in c.values)} |"
            for c in table.columns
        ]
    return "\n".join(lines) + "\n"


def write_descriptors(
    con: duckdb.DuckDBPyConnection, out_dir: Path, exported: list[ExportedTable], fmt: str, db_path: Path
) -> None:
    source = provenance(con)
    (out_dir / "datapackage.json").write_text(
        json.dumps(datapackage(exported, fmt, source), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (out_dir / "DATA_DICTIONARY.md").write_text(dictionary_markdown(exported, fmt, source, db_path), encoding="utf-8")
