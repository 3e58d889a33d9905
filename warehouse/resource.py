"""Opening the DuckDB file: short write transactions, read-only readers, clear lock errors.

DuckDB lets one process hold a file read-write, and then no other process may open it,
not even to read. So writers hold their connection only for one transaction, and both
writers and readers retry a locked file with bounded backoff before failing with a message
that names the cause and the fix.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import dagster as dg
import duckdb

from warehouse.schema import SCHEMA_VERSION, comment_sql, comments, tables, views


class WarehouseError(RuntimeError):
    """A database problem the user can act on; the message is one line."""


class DatabaseLockedError(WarehouseError):
    pass


class SchemaVersionError(WarehouseError):
    pass


def _is_lock_error(error: duckdb.Error) -> bool:
    message = str(error).lower()
    return "lock" in message and ("conflicting" in message or "could not set" in message)


def connect(path: Path, *, read_only: bool, lock_timeout_s: float) -> duckdb.DuckDBPyConnection:
    """Open the file, waiting up to lock_timeout_s (backoff 0.1 s doubling to 2 s) for a lock."""
    if read_only and not path.exists():
        raise WarehouseError(f"no database at {path}: run `newsclaims run` first")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + lock_timeout_s
    delay = 0.1
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            con.execute("set TimeZone = 'UTC'")
            return con
        except duckdb.Error as error:
            if not _is_lock_error(error):
                raise WarehouseError(f"cannot open {path}: {error}") from error
            if time.monotonic() + delay > deadline:
                holder = str(error).split("Conflicting lock is held in", 1)[-1].strip()
                raise DatabaseLockedError(
                    f"database {path} is locked by another process ({holder[:120]}); "
                    "close other DuckDB sessions on it (duckdb CLI, notebooks) or wait for the "
                    "running newsclaims job, then retry"
                ) from None  # this message, not DuckDB's, is what the user should see
            time.sleep(delay)
            delay = min(delay * 2, 2.0)


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create missing tables; refuse a file written with another layout version."""
    existing = {row[0] for row in con.execute("select table_name from information_schema.tables").fetchall()}
    if "schema_version" in existing:
        row = con.execute("select max(version) from schema_version").fetchone()
        version = row[0] if row else None
        if version is not None and version != SCHEMA_VERSION:
            raise SchemaVersionError(
                f"database has schema version {version}, this newsclaims writes version "
                f"{SCHEMA_VERSION}; use a new --db path or the newsclaims release that wrote it"
            )
    elif existing & set(tables()):
        raise SchemaVersionError(
            "database has newsclaims tables but no schema_version table (written before "
            "versioning); use a new --db path"
        )
    for table in tables().values():
        con.execute(table.ddl)
    for view in views().values():
        con.execute(view)
    apply_comments(con)
    if not con.execute("select count(*) from schema_version").fetchone()[0]:
        con.execute("insert into schema_version values (?, ?)", [SCHEMA_VERSION, datetime.now(UTC)])


def apply_comments(con: duckdb.DuckDBPyConnection) -> None:
    """COMMENT ON every table, column and view from the DDL, where the file's comment differs.

    So `duckdb`, DBeaver or a notebook show the same descriptions as the Dagster UI
    (`duckdb_tables()`, `duckdb_columns()`, `duckdb_views()`.comment).
    """
    current = {
        (kind, name, column): text
        for kind, name, column, text in con.execute(
            "select 'table', table_name, null, comment from duckdb_tables() where schema_name = 'main' "
            "union all select 'view', view_name, null, comment from duckdb_views() where not internal "
            "union all select 'column', c.table_name, c.column_name, c.comment from duckdb_columns() c "
            "join duckdb_tables() t on t.table_oid = c.table_oid"
        ).fetchall()
    }
    changed = [comment_sql(*key, text) for key, text in comments().items() if current.get(key) != text]
    if changed:
        con.execute(";\n".join(changed))


class Warehouse(dg.ConfigurableResource):
    """The newsclaims DuckDB file."""

    db_path: str
    lock_timeout_s: float = 60.0

    @property
    def path(self) -> Path:
        return Path(self.db_path)

    @contextmanager
    def write(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        con = connect(self.path, read_only=False, lock_timeout_s=self.lock_timeout_s)
        try:
            ensure_schema(con)
            con.execute("begin transaction")
            try:
                yield con
            except BaseException:
                con.execute("rollback")
                raise
            con.execute("commit")
        finally:
            con.close()

    @contextmanager
    def read(self) -> Iterator[duckdb.DuckDBPyConnection]:
        con = connect(self.path, read_only=True, lock_timeout_s=self.lock_timeout_s)
        try:
            yield con
        finally:
            con.close()
