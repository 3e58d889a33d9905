"""The table layout, read from the DDL files: the one source of truth for tables and columns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

SCHEMA_VERSION = 2  # 2: events gained plover_type, cameo_code, modality, actor_codes, target_codes

_CREATE = re.compile(r"create table if not exists (\w+)\s*\((.*)\);", re.S | re.I)
_COLUMN = re.compile(r"^\s*(\w+)\s+([\w\[\]]+)[^-]*?(?:--\s*(.*))?$")


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str


@dataclass(frozen=True)
class Table:
    name: str
    ddl: str
    columns: tuple[Column, ...]


def _parse(ddl: str) -> Table:
    match = _CREATE.search(ddl)
    if match is None:
        raise ValueError(f"not a create-table statement: {ddl[:80]!r}")
    columns = []
    for line in match.group(2).splitlines():
        column = _COLUMN.match(line)
        if column and column.group(1).lower() not in {"primary", "unique"}:
            columns.append(Column(column.group(1), column.group(2), (column.group(3) or "").strip()))
    return Table(match.group(1), ddl, tuple(columns))


def sql_files(folder: str) -> dict[str, str]:
    """The `.sql` files of warehouse/<folder>, by file stem, in file-name order."""
    files = sorted((p for p in (resources.files("warehouse") / folder).iterdir() if p.name.endswith(".sql")),
                   key=lambda p: p.name)
    return {p.name.removesuffix(".sql"): p.read_text(encoding="utf-8") for p in files}


@lru_cache(maxsize=1)
def tables() -> dict[str, Table]:
    """Every table, in DDL file order."""
    parsed = [_parse(ddl) for ddl in sql_files("ddl").values()]
    return {t.name: t for t in parsed}


@lru_cache(maxsize=1)
def views() -> dict[str, str]:
    """Analyst views (warehouse/views/<name>.sql), created after the tables."""
    return sql_files("views")


def table(name: str) -> Table:
    """A table by name; unknown names raise, so identifiers in SQL come from this allowlist only."""
    try:
        return tables()[name]
    except KeyError:
        raise ValueError(f"unknown table {name!r}") from None
