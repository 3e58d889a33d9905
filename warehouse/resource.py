"""Opening the DuckDB file: short write transactions, read-only readers, clear lock errors.

DuckDB lets one process hold a file read-write, and then no other process may open it,
not even to read. So writers hold their connection only for one transaction, and both
writers and readers retry a locked file with bounded backoff before failing with a message
that names the cause and the fix.

Before the first write, the file is checked (`check_database_file`): only a new or empty
file or a newsclaims database is written to; another DuckDB database, an SQLite file or a
damaged file is refused with one line and left untouched. No connection installs or loads
extensions on its own, and `sandboxed` gives the locked-down connection `newsclaims query` uses.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import dagster as dg
import duckdb

from warehouse.schema import SCHEMA_VERSION, comment_sql, comments, sql_files, tables, views

# Never fetch or load code because of what a file or a query names (an SQLite file made
# DuckDB download sqlite_scanner).
NO_EXTENSIONS = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
# The query shell: no files, no network, no ATTACH; `lock_configuration` is then set, so no
# statement can turn any of it back on.
SANDBOX = {**NO_EXTENSIONS, "enable_external_access": False}
DUCKDB_MAGIC = (8, b"DUCK")  # offset and bytes of DuckDB's magic number
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_BYTES = 3 * 4096  # DuckDB's file header and two database headers, before the data blocks
_checked: set[tuple[int, int]] = set()  # (device, inode) of files already found to be newsclaims databases
_schema_current: set[tuple[int, int]] = set()  # (device, inode) of files this process brought to SCHEMA_VERSION


class WarehouseError(RuntimeError):
    """A database problem the user can act on; the message is one line."""


class DatabaseLockedError(WarehouseError):
    pass


class SchemaVersionError(WarehouseError):
    pass


def _is_lock_error(error: duckdb.Error) -> bool:
    message = str(error).lower()
    return "lock" in message and ("conflicting" in message or "could not set" in message)


def connect(
    path: Path, *, read_only: bool, lock_timeout_s: float, config: dict[str, object] = NO_EXTENSIONS
) -> duckdb.DuckDBPyConnection:
    """Open the file, waiting up to lock_timeout_s (backoff 0.1 s doubling to 2 s) for a lock."""
    if read_only and not path.exists():
        raise WarehouseError(f"no database at {path}: run `newsclaims run` first")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + lock_timeout_s
    delay = 0.1
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only, config=config)
            con.execute("set TimeZone = 'UTC'")
            if config is SANDBOX:
                con.execute("set lock_configuration = true")
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


def _refuse(path: Path, what: str) -> WarehouseError:
    return WarehouseError(f"{path} {what}; newsclaims leaves it untouched: give --db a new path or a newsclaims database")


def end_of_table_data(con: duckdb.DuckDBPyConnection, block_size: int) -> int:
    """The file offset where the last block holding a table's data ends."""
    base_tables = con.execute(
        "select table_name from information_schema.tables"
        " where table_catalog = current_database() and table_type = 'BASE TABLE'"
    ).fetchall()
    last = max(
        (con.execute("select max(block_id) from pragma_storage_info(?)", [name]).fetchone()[0] or -1
         for (name,) in base_tables),
        default=-1,
    )
    return HEADER_BYTES + (last + 1) * block_size


def check_database_file(path: Path, lock_timeout_s: float) -> None:
    """Refuse, before anything is written, a file that is not a newsclaims database, a new
    path or an empty file. Only reads the file (its header, then a read-only connection)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return
    if not path.is_file():
        raise _refuse(path, "is not a regular file")
    if info.st_size == 0 or (info.st_dev, info.st_ino) in _checked:
        return
    with path.open("rb") as stream:
        header = stream.read(16)
    if header.startswith(SQLITE_MAGIC):
        raise _refuse(path, "is an SQLite database, not a DuckDB one")
    offset, magic = DUCKDB_MAGIC
    if header[offset : offset + len(magic)] != magic:
        raise _refuse(path, "is not a valid DuckDB database")
    try:
        con = connect(path, read_only=True, lock_timeout_s=lock_timeout_s)
    except DatabaseLockedError:
        raise
    except WarehouseError as error:
        cause = str(error).split(": ", 1)[-1].splitlines()[0][:160]
        raise _refuse(path, f"is a damaged DuckDB database ({cause})") from None
    try:
        names = {n for (n,) in con.execute(
            "select table_name from information_schema.tables where table_catalog = current_database()"
        ).fetchall()}
        block_size, total_blocks = con.execute("select block_size, total_blocks from pragma_database_size()").fetchone()
        # Sized again now: the connect may have waited for another process's write to grow the file.
        size = path.stat().st_size
        expected = HEADER_BYTES + block_size * total_blocks
        # Blocks replayed from a write-ahead log are not in the file yet, and a process killed
        # while writing can leave blocks it had allocated unwritten: a short file is damaged
        # only when a table's data lies past its end (a copy cut short).
        short = not path.with_name(path.name + ".wal").exists() and size < expected - block_size
        if short and end_of_table_data(con, block_size) > size:
            raise _refuse(path, f"is a damaged DuckDB database (truncated: {size} bytes of {expected})")
    except duckdb.Error as error:
        raise _refuse(path, f"is a damaged DuckDB database ({str(error).splitlines()[0][:160]})") from None
    finally:
        con.close()
    if names and "schema_version" not in names:
        others = ", ".join(sorted(names - set(tables()))[:5]) or ", ".join(sorted(names)[:5])
        raise _refuse(path, f"is not a newsclaims database (it holds other tables: {others})")
    _checked.add((info.st_dev, info.st_ino))


def _stored_version(con: duckdb.DuckDBPyConnection) -> int | None:
    try:
        return con.execute("select max(version) from schema_version").fetchone()[0]
    except duckdb.CatalogException:
        return None  # a new file


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create missing tables and bring an older newsclaims layout up to this one
    (warehouse/migrations/<version>.sql); refuse a file written by a newer release."""
    existing = {row[0] for row in con.execute("select table_name from information_schema.tables").fetchall()}
    version = None
    if "schema_version" in existing:
        version = _stored_version(con)
        if version is not None and version > SCHEMA_VERSION:
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
    if version is not None and version < SCHEMA_VERSION:
        for step, sql in sql_files("migrations").items():
            if version < int(step) <= SCHEMA_VERSION:
                con.execute(sql)
    for view in views().values():
        con.execute(view)
    apply_comments(con)
    if version != SCHEMA_VERSION:
        con.execute("insert into schema_version values (?, ?)", [SCHEMA_VERSION, datetime.now(UTC)])


def _ensure_schema_once(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """ensure_schema, skipped on a file this process has already brought to this schema version
    while it still records that version: re-running every table's DDL, the views and the
    comments cost each write transaction about 25 ms of CPU (an extraction run writes every 64
    documents)."""
    info = path.stat()
    identity = (info.st_dev, info.st_ino)
    if identity in _schema_current and _stored_version(con) == SCHEMA_VERSION:
        return
    ensure_schema(con)
    _schema_current.add(identity)


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
        check_database_file(self.path, self.lock_timeout_s)
        if self.path.exists() and self.path.stat().st_size == 0:
            self.path.unlink()  # DuckDB cannot open an empty file; an empty file holds nothing to keep
        con = connect(self.path, read_only=False, lock_timeout_s=self.lock_timeout_s)
        try:
            _ensure_schema_once(con, self.path)
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
    def read(self, *, sandboxed: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only connection; sandboxed: also no file, network or extension access, and
        settings locked, for SQL written by users."""
        con = connect(self.path, read_only=True, lock_timeout_s=self.lock_timeout_s,
                      config=SANDBOX if sandboxed else NO_EXTENSIONS)
        try:
            yield con
        finally:
            con.close()
