"""The table layout, read from the DDL files: the one source of truth for tables and columns.

A table's leading `--` lines describe it; a column's trailing `--` comment (continued on
following comment-only lines) describes the column. A description ending in a list of
values separated by ` | ` (e.g. `direct_quote | indirect | narrator`) declares the closed
set the column allows. These descriptions become the DuckDB comments (COMMENT ON), the
Dagster column schema, the export's data dictionary and datapackage.json.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

SCHEMA_VERSION = 3  # 2: events gained plover_type, cameo_code, modality, actor_codes, target_codes;
# 3: actor_sectors, actor_countries, target_sectors, target_countries

_CREATE = re.compile(r"create (?:table if not exists|or replace view) (\w+)", re.I)
_COLUMNS = re.compile(r"create table if not exists \w+\s*\((.*)\);", re.S | re.I)
_COLUMN = re.compile(r"^\s*(\w+)\s+([\w\[\]]+)[^-]*?(?:--\s*(.*))?$")
_CONTINUATION = re.compile(r"^\s*--\s*(.*)$")
_ENUM = re.compile(r"(?:^|:\s*)(\w+(?:\s+\|\s+\w+)+)$")


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str

    @property
    def values(self) -> tuple[str, ...]:
        """The closed set of values the column allows, when its description declares one."""
        match = _ENUM.search(self.description)
        return tuple(v.strip() for v in match.group(1).split("|")) if match else ()


@dataclass(frozen=True)
class Table:
    name: str
    ddl: str
    description: str
    columns: tuple[Column, ...]


def _leading_comment(ddl: str) -> str:
    lines = []
    for line in ddl.splitlines():
        if not line.startswith("--"):
            break
        lines.append(line.removeprefix("--").strip())
    return " ".join(lines)


def _columns(body: str) -> tuple[Column, ...]:
    columns: list[Column] = []
    for line in body.splitlines():
        continuation = _CONTINUATION.match(line)
        if continuation and columns:
            last = columns[-1]
            columns[-1] = Column(last.name, last.type, f"{last.description} {continuation.group(1).strip()}".strip())
            continue
        column = _COLUMN.match(line)
        if column and column.group(1).lower() not in {"primary", "unique"}:
            columns.append(Column(column.group(1), column.group(2), (column.group(3) or "").strip()))
    return tuple(columns)


def _parse(ddl: str) -> Table:
    name = _CREATE.search(ddl)
    if name is None:
        raise ValueError(f"not a create-table or create-view statement: {ddl[:80]!r}")
    body = _COLUMNS.search(ddl)
    return Table(name.group(1), ddl, _leading_comment(ddl), _columns(body.group(1)) if body else ())


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


@lru_cache(maxsize=1)
def view_descriptions() -> dict[str, str]:
    """Each view's leading comment."""
    return {name: _parse(sql).description for name, sql in views().items()}


@lru_cache(maxsize=1)
def comments() -> dict[tuple[str, str, str | None], str]:
    """What the database says about itself: (kind, object, column or None) -> description."""
    documented: dict[tuple[str, str, str | None], str] = {}
    for t in tables().values():
        documented[("table", t.name, None)] = t.description
        documented |= {("column", t.name, c.name): c.description for c in t.columns if c.description}
    documented |= {("view", name, None): description for name, description in view_descriptions().items()}
    return documented


def comment_sql(kind: str, name: str, column: str | None, text: str) -> str:
    """COMMENT ON for one object. The text is ours (the DDL files), never data; quotes are doubled."""
    target = f"{table(name).name}.{column}" if kind == "column" else name
    if kind == "view" and name not in views():
        raise ValueError(f"unknown view {name!r}")
    literal = text.replace("'", "''")
    return f"comment on {kind} {target} is '{literal}'"


def table(name: str) -> Table:
    """A table by name; unknown names raise, so identifiers in SQL come from this allowlist only."""
    try:
        return tables()[name]
    except KeyError:
        raise ValueError(f"unknown table {name!r}") from None
