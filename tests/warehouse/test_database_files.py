"""`--db` refuses files that are not newsclaims databases, and leaves them untouched (issue 16, failure 7).

A DuckDB file holding someone else's tables, an SQLite file, a truncated or corrupt database:
each is refused with one line before anything is written, byte for byte unchanged. A new
path, an empty file and an existing newsclaims database go ahead. No connection ever loads
or installs a DuckDB extension on its own (an SQLite file used to trigger a download).
"""

from __future__ import annotations

import shutil
import sqlite3

import duckdb
import pytest

from assets.cli import main
from warehouse.resource import HEADER_BYTES, Warehouse, WarehouseError, end_of_table_data


def refused(db, inbox, capsys) -> str:
    before = db.read_bytes()
    assert main(["run", "--input", str(inbox), "--db", str(db), "--quiet"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert db.read_bytes() == before  # untouched
    assert not db.with_name(db.name + ".wal").exists()
    return err[0]


def test_a_duckdb_file_with_other_tables_is_refused(sample_inbox, tmp_path, capsys):
    db = tmp_path / "crm.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("create table customers as select 1 as id, 'Ada' as name")
    line = refused(db, sample_inbox, capsys)
    assert "not a newsclaims database" in line and "customers" in line


def test_an_sqlite_file_is_refused_without_touching_the_network(sample_inbox, tmp_path, capsys):
    db = tmp_path / "notes.duckdb"
    with sqlite3.connect(db) as con:
        con.execute("create table notes (body text)")
    line = refused(db, sample_inbox, capsys)
    assert "SQLite" in line and "extension" not in line


@pytest.mark.parametrize("keep", [0.5, 0.02], ids=["half", "header only"])
def test_a_truncated_newsclaims_database_is_refused(built_sample, sample_inbox, tmp_path, capsys, keep):
    # cut inside the tables' data: where the file's free blocks lie varies from run to run, so a
    # cut at half the file's length may leave every table whole (a file that is not damaged)
    _, clean_db, _ = built_sample
    with duckdb.connect(str(clean_db), read_only=True) as con:
        block_size = con.execute("select block_size from pragma_database_size()").fetchone()[0]
        data_end = end_of_table_data(con, block_size)
    db = tmp_path / "truncated.duckdb"
    db.write_bytes(clean_db.read_bytes()[: HEADER_BYTES + int((data_end - HEADER_BYTES) * keep)])
    assert "damaged" in refused(db, sample_inbox, capsys)


def test_a_corrupt_header_is_refused(built_sample, sample_inbox, tmp_path, capsys):
    _, clean_db, _ = built_sample
    db = tmp_path / "corrupt.duckdb"
    data = bytearray(clean_db.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # the first database header block
    db.write_bytes(bytes(data))
    assert "damaged" in refused(db, sample_inbox, capsys)


def test_new_empty_and_newsclaims_files_go_ahead(built_sample, tmp_path):
    _, clean_db, _ = built_sample
    empty = tmp_path / "empty.duckdb"
    empty.touch()
    existing = tmp_path / "existing.duckdb"
    shutil.copy(clean_db, existing)
    for db in (tmp_path / "sub" / "new.duckdb", empty, existing):
        with Warehouse(db_path=str(db)).write() as con:
            assert con.execute("select count(*) from schema_version").fetchone()[0] == 1


def test_connections_never_install_or_load_extensions(tmp_db):
    with Warehouse(db_path=str(tmp_db)).write() as con:
        settings = dict(con.execute(
            "select name, value from duckdb_settings() "
            "where name in ('autoinstall_known_extensions', 'autoload_known_extensions')"
        ).fetchall())
    assert settings == {"autoinstall_known_extensions": "false", "autoload_known_extensions": "false"}


def test_the_resource_itself_refuses_a_foreign_file_whatever_its_name(tmp_path):
    db = tmp_path / "newsclaims.duckdb"  # the default-looking name does not matter
    db.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    with pytest.raises(WarehouseError, match="SQLite"):
        with Warehouse(db_path=str(db)).write():
            pass
