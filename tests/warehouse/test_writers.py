"""Bulk writers replace by key, and a failed transaction leaves the previous rows."""

import duckdb
import pytest

from warehouse import writers
from warehouse.resource import DatabaseLockedError, SchemaVersionError, Warehouse
from warehouse.schema import SCHEMA_VERSION, tables


def sentence(i: int, doc: str = "d1") -> dict:
    return {"sentence_id": f"s{i}", "doc_id": doc, "sentence_index": i, "paragraph_index": 0,
            "start_char": i * 10, "end_char": i * 10 + 5, "text": "Hello", "kind": "body"}


def count(warehouse: Warehouse, table: str) -> int:
    with warehouse.read() as con:
        return writers.row_count(con, table)


def test_replace_twice_gives_the_same_rows(tmp_db):
    warehouse = Warehouse(db_path=str(tmp_db))
    for _ in range(2):
        with warehouse.write() as con:
            writers.replace(con, "sentences", "doc_id", ["d1"], writers.to_arrow(sentence(i) for i in range(3)))
    assert count(warehouse, "sentences") == 3


def test_a_failed_write_leaves_the_previous_rows(tmp_db):
    warehouse = Warehouse(db_path=str(tmp_db))
    with warehouse.write() as con:
        writers.insert(con, "sentences", writers.to_arrow(sentence(i) for i in range(3)))
    with pytest.raises(RuntimeError, match="boom"):
        with warehouse.write() as con:
            writers.replace(con, "sentences", "doc_id", ["d1"], writers.to_arrow([sentence(9)]))
            raise RuntimeError("boom")
    with warehouse.read() as con:
        assert [r[0] for r in con.execute("select sentence_id from sentences order by 1").fetchall()] == ["s0", "s1", "s2"]


def test_unknown_tables_and_columns_are_refused(tmp_db):
    warehouse = Warehouse(db_path=str(tmp_db))
    with warehouse.write() as con:
        with pytest.raises(ValueError, match="unknown table"):
            writers.insert(con, "sentences; drop table documents", writers.to_arrow([sentence(1)]))
        with pytest.raises(ValueError, match="no column"):
            writers.delete_keys(con, "sentences", "doc_id or 1=1", ["x"])


def test_a_database_of_another_schema_version_is_refused(tmp_db):
    warehouse = Warehouse(db_path=str(tmp_db))
    with warehouse.write():
        pass
    with duckdb.connect(str(tmp_db)) as con:
        con.execute("update schema_version set version = 99")
    with pytest.raises(SchemaVersionError, match="schema version 99"):
        with warehouse.write():
            pass


def test_a_locked_file_gives_a_clear_error(tmp_db):
    import subprocess
    import sys

    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(tmp_db)!r}); print('ok', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ok"
        with pytest.raises(DatabaseLockedError, match="locked by another process"):
            with Warehouse(db_path=str(tmp_db), lock_timeout_s=0.5).read():
                pass
    finally:
        holder.kill()
        holder.wait()


def test_a_version_1_database_is_migrated_and_keeps_its_rows(tmp_db):
    con = duckdb.connect(str(tmp_db))
    for table in tables().values():
        con.execute(table.ddl)
    con.execute("alter table sentences drop column kind")  # the version 1 layout
    con.execute("alter table claims drop column cue_class")
    con.execute("insert into schema_version values (1, now())")
    con.execute("insert into sentences values ('s0', 'd1', 0, 0, 0, 5, 'Hello')")
    con.close()
    warehouse = Warehouse(db_path=str(tmp_db))
    with warehouse.write():
        pass
    with warehouse.read() as con:
        assert con.execute("select max(version) from schema_version").fetchone()[0] == SCHEMA_VERSION
        assert con.execute("select text, kind from sentences").fetchall() == [("Hello", "body")]
        assert "cue_class" in {c for (c,) in con.execute(
            "select column_name from duckdb_columns() where table_name = 'claims'").fetchall()}
