"""The DDL comments are the one description of the data: the database, Dagster and README agree.

A DDL comment ending in `a | b | c` declares the closed set a column allows. That set must be
the one the pipeline produces and the checks enforce, and the README must list it.
"""

import re
from pathlib import Path

import duckdb
import pytest

from assets.definitions import ASSETS
from checks.integrity import allowed_values
from pipeline.ingest.reader import SUFFIX_FORMATS
from warehouse.resource import Warehouse
from warehouse.schema import comments, tables, view_descriptions

README = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")

# Which closed set of the code each enum column holds (checks/integrity binds the same sets).
CODE_SETS = {
    ("rejected_documents", "reason"): allowed_values()["reject_reasons"],
    ("claims", "claim_type"): allowed_values()["claim_types"],
    ("claims", "certainty"): allowed_values()["certainties"],
    ("claims", "cue_class"): allowed_values()["cue_classes"],
    ("sentences", "kind"): allowed_values()["sentence_kinds"],
    ("document_cleaning", "action"): ["removed", "restored"],  # pipeline.ingest.site_boilerplate.audit_rows writes these
    ("source_mentions", "kind"): allowed_values()["source_kinds"],
    ("sources", "kind"): allowed_values()["source_kinds"],
    ("events", "event_type"): allowed_values()["event_types"],
    ("events", "date_precision"): allowed_values()["date_precisions"],
    ("events", "modality"): allowed_values()["modalities"],
    ("documents", "source_format"): sorted(set(SUFFIX_FORMATS.values())),
    ("input_files", "status"): ["document", "rejected"],  # assets/ingestion.py writes these two
}
ENUM_COLUMNS = [(t.name, c.name, c.values) for t in tables().values() for c in t.columns if c.values]


def test_every_table_view_and_column_has_a_description():
    assert [t.name for t in tables().values() if not t.description] == []
    assert [f"{t.name}.{c.name}" for t in tables().values() for c in t.columns if not c.description] == []
    assert [name for name, text in view_descriptions().items() if not text] == []


def test_every_enum_column_is_declared_and_matches_the_code():
    assert {(t, c) for t, c, _ in ENUM_COLUMNS} == set(CODE_SETS)
    for table, column, values in ENUM_COLUMNS:
        assert sorted(values) == sorted(CODE_SETS[(table, column)]), f"{table}.{column}"


def test_the_database_carries_the_ddl_descriptions(tmp_path):
    with Warehouse(db_path=str(tmp_path / "c.duckdb")).write():
        pass
    con = duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True)
    stored = {("table", t, None): c for t, c in con.execute("select table_name, comment from duckdb_tables()").fetchall()}
    stored |= {("view", v, None): c for v, c in
               con.execute("select view_name, comment from duckdb_views() where not internal").fetchall()}
    stored |= {("column", t, col): c for t, col, c in con.execute(
        "select c.table_name, c.column_name, c.comment from duckdb_columns() c "
        "join duckdb_tables() t on t.table_oid = c.table_oid").fetchall()}
    con.close()
    assert stored == comments()
    assert "social_media" in stored[("column", "sources", "kind")]


def test_a_database_written_before_comments_gets_them_on_the_next_write(tmp_path):
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    for table in tables().values():
        con.execute(table.ddl)
    con.execute("insert into schema_version values (1, now())")
    con.close()
    with Warehouse(db_path=str(db)).write():
        pass
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("select comment from duckdb_columns() where table_name = 'claims' "
                       "and column_name = 'certainty'").fetchone()[0].endswith("| denied")
    con.close()


@pytest.mark.parametrize("spec", [spec for asset in ASSETS for spec in asset.specs], ids=lambda s: s.key.path[-1])
def test_the_dagster_column_schema_is_the_ddl(spec):
    table = tables()[spec.key.path[-1]]
    assert spec.description == table.description
    schema = spec.metadata["dagster/column_schema"]
    assert [(c.name, c.type, c.description) for c in schema.columns] == \
        [(c.name, c.type, c.description) for c in table.columns]


def _readme_section(table: str) -> str:
    sections = re.split(r"\n### ", README.split("\n## Data model", 1)[1].split("\n## ", 1)[0])
    matching = [s for s in sections if re.search(rf"\b{table}\b", s.splitlines()[0])]
    assert matching, f"no README data-model section names {table}"
    return matching[0]


@pytest.mark.parametrize("table,column,values", ENUM_COLUMNS, ids=lambda v: v if isinstance(v, str) else "")
def test_the_readme_lists_the_values_each_enum_column_allows(table, column, values):
    section = _readme_section(table)
    listed = re.search(rf"`{column}`\s+\(([^)]*)\)", section)
    assert listed, f"README's {table} section gives no values for {column}"
    assert re.findall(r"`(\w+)`", listed.group(1)) == list(values)
