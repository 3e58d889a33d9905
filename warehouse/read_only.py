"""Read-only SQL for `newsclaims query`: the bundled analyst queries, the statement guard,
DuckDB's errors on one line, and the plain-text table the results print as."""

from __future__ import annotations

import difflib
import re

import duckdb

from warehouse.schema import sql_files

BARE_WORD = re.compile(r"\s*\w+\s*")

# Statement kinds `query` runs; everything else (ATTACH, COPY, EXPORT, INSTALL, SET, writes)
# is refused before DuckDB sees it. The sandboxed connection refuses files and network too.
QUERY_STATEMENTS = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}


class QueryRefused(ValueError):
    """SQL `query` will not run, with a one-line reason for the user."""


def bundled_queries() -> dict[str, str]:
    """The example analyst queries in warehouse/queries, by file stem."""
    return sql_files("queries")


def read_only_statements(sql: str) -> list[duckdb.Statement]:
    """The statements of `sql`, or QueryRefused when any is not a read."""
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.ParserException as error:
        # one bare word that is not valid SQL was meant as the name of a bundled query
        raise QueryRefused(unknown_query_name(sql) if BARE_WORD.fullmatch(sql) else duckdb_message(error)) from None
    except duckdb.Error as error:
        raise QueryRefused(duckdb_message(error)) from None
    for statement in statements:
        if statement.type not in QUERY_STATEMENTS:
            raise QueryRefused(
                f"query is read-only: only SELECT statements run here, not {statement.type.name}; "
                "use `newsclaims export` or your own duckdb for files"
            )
    return statements


def duckdb_message(error: duckdb.Error) -> str:
    """DuckDB's message on one line, with its hints ('Did you mean "claims"?', candidate columns)
    but without the echoed SQL and caret lines that follow them."""
    lines = []
    for line in str(error).splitlines():
        if line.startswith("LINE "):
            break
        if line.strip():
            lines.append(line.strip())
    return " ".join(lines)


def unknown_query_name(name: str) -> str:
    names = sorted(bundled_queries())
    close = difflib.get_close_matches(name, names, n=1)
    hint = f'did you mean "{close[0]}"? ' if close else ""
    return f'no bundled query "{name}": {hint}bundled queries are {", ".join(names)} (or give SQL)'


def text_table(columns: list[str], rows: list[tuple]) -> str:
    """Rows as aligned plain text: NULL for missing values, one line per row, cells cut at 80."""
    cells = [[str(c) for c in columns], *[["NULL" if v is None else str(v) for v in row] for row in rows]]
    cells = [[value.replace("\n", " ")[:80] for value in row] for row in cells]
    widths = [max(len(row[i]) for row in cells) for i in range(len(columns))]
    lines = [" | ".join(value.ljust(width) for value, width in zip(row, widths)) for row in cells]
    return "\n".join([lines[0], "-+-".join("-" * w for w in widths), *lines[1:]])
