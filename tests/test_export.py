"""`newsclaims export`: every table and view read back by DuckDB, pyarrow and pandas as it was."""

import json
import subprocess
import sys

import pandas as pd
import pyarrow.parquet as pq
import pytest

from assets.cli import main
from pipeline.models import SourceKind
from warehouse.resource import connect
from warehouse.schema import tables, views

EXPORTED = [*tables(), *views()]


@pytest.fixture(scope="module")
def database(built_sample):
    _, db, _ = built_sample
    # the same configuration as the export's own connection: one process cannot open one file twice
    # with different settings
    con = connect(db, read_only=True, lock_timeout_s=5)
    yield db, con
    con.close()


def _export(tmp_path_factory, db, *options):
    out = tmp_path_factory.mktemp("export") / "out"
    assert main(["export", str(out), "--db", str(db), *options]) == 0
    return out


@pytest.fixture(scope="module")
def parquet_export(database, tmp_path_factory):
    return _export(tmp_path_factory, database[0])


@pytest.fixture(scope="module")
def partitioned_export(database, tmp_path_factory):
    return _export(tmp_path_factory, database[0], "--partition-by-month")


@pytest.fixture(scope="module")
def csv_export(database, tmp_path_factory):
    return _export(tmp_path_factory, database[0], "--format", "csv")


def _described(con, relation_sql):
    return [(row[0], row[1]) for row in con.execute(f"describe {relation_sql}").fetchall()]


@pytest.mark.parametrize("name", EXPORTED)
def test_parquet_reads_back_in_duckdb_with_the_same_rows_and_types(database, parquet_export, name):
    _, con = database
    path = str(parquet_export / f"{name}.parquet")
    assert con.execute("select count(*) from read_parquet(?)", [path]).fetchone() == \
        con.execute(f"select count(*) from {name}").fetchone()
    assert _described(con, f"select * from read_parquet('{path}')") == _described(con, f"select * from {name}")
    # and the rows themselves, not only their number and shape
    assert con.execute(f"select * from {name} except all select * from read_parquet('{path}')").fetchall() == []


@pytest.mark.parametrize("name", EXPORTED)
def test_parquet_reads_back_in_pyarrow_and_pandas_with_the_same_rows_and_types(database, parquet_export, name):
    _, con = database
    expected = con.sql(f"select * from {name}").to_arrow_table()
    table = pq.read_table(parquet_export / f"{name}.parquet")
    assert table.num_rows == expected.num_rows
    assert [(f.name, f.type) for f in table.schema] == [(f.name, f.type) for f in expected.schema]
    frame = pd.read_parquet(parquet_export / f"{name}.parquet")
    assert len(frame) == expected.num_rows
    assert list(frame.dtypes) == list(expected.to_pandas().dtypes)


@pytest.mark.parametrize("name", ["documents", "claims", "events"])
def test_partitioned_tables_read_back_by_folder_with_their_month(database, partitioned_export, name):
    _, con = database
    folder = partitioned_export / name
    months = sorted(p.name for p in folder.iterdir())
    assert months and all(m.startswith("published_month=") for m in months)
    rows = con.execute(
        f"select t.*, coalesce(strftime(d.published_at, '%Y-%m'), 'unknown') as published_month "
        f"from {name} t join documents d using (doc_id)"
    ).fetchall()
    read_back = con.execute(
        f"select * from read_parquet('{folder}/*/*.parquet', hive_partitioning = true)"
    ).fetchall()
    assert sorted(map(repr, read_back)) == sorted(map(repr, rows))
    table = pq.read_table(folder)
    assert table.num_rows == len(rows)
    assert len(pd.read_parquet(folder)) == len(rows)


def test_unpartitioned_tables_stay_single_files_in_a_partitioned_export(partitioned_export):
    assert (partitioned_export / "sentences.parquet").is_file()
    assert (partitioned_export / "event_corroboration.parquet").is_file()


@pytest.mark.parametrize("name", EXPORTED)
def test_csv_reads_back_with_the_same_rows_and_columns(database, csv_export, name):
    _, con = database
    path = csv_export / f"{name}.csv"
    expected = con.execute(f"select * from {name}").df()
    frame = pd.read_csv(path)
    assert len(frame) == len(expected) and list(frame.columns) == list(expected.columns)
    assert con.execute("select count(*) from read_csv(?, header = true)", [str(path)]).fetchone()[0] == len(expected)


def test_csv_lists_are_json_arrays_and_timestamps_iso_utc(database, csv_export):
    _, con = database
    frame = pd.read_csv(csv_export / "claims.csv").set_index("claim_id")
    spans = dict(con.execute("select claim_id, content_spans from claims").fetchall())
    assert {k: json.loads(v) for k, v in frame["content_spans"].items()} == spans
    ingested = pd.read_csv(csv_export / "documents.csv")["ingested_at"]
    assert ingested.str.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z").all()


@pytest.mark.parametrize("which", ["parquet_export", "partitioned_export", "csv_export"])
def test_datapackage_describes_every_file_and_the_data_meets_its_constraints(database, request, which):
    _, con = database
    out = request.getfixturevalue(which)
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert package["$schema"].startswith("https://datapackage.org/profiles/")
    assert [r["name"] for r in package["resources"]] == EXPORTED
    for resource in package["resources"]:
        paths = resource["path"] if isinstance(resource["path"], list) else [resource["path"]]
        assert paths and all((out / p).is_file() for p in paths)
        fields = resource["schema"]["fields"]
        columns = [row[0] for row in con.execute(f"describe {resource['name']}").fetchall()]
        assert [f["name"] for f in fields] == columns
        for field in fields:
            constraints = field.get("constraints", {})
            if "enum" in constraints:
                # as in Frictionless, a missing value is checked by `required`, not by `enum`
                used = {v for (v,) in con.execute(
                    f"select distinct {field['name']} from {resource['name']} where {field['name']} is not null"
                ).fetchall()}
                assert used <= set(constraints["enum"]), (resource["name"], field["name"])
            if constraints.get("required"):
                nulls = con.execute(f"select count(*) from {resource['name']} where {field['name']} is null").fetchone()
                assert nulls == (0,)
    kinds = next(r for r in package["resources"] if r["name"] == "sources")["schema"]["fields"][2]
    assert kinds["name"] == "kind" and len(kinds["constraints"]["enum"]) == len(SourceKind)


def test_data_dictionary_gives_counts_descriptions_and_provenance(database, parquet_export):
    _, con = database
    text = (parquet_export / "DATA_DICTIONARY.md").read_text(encoding="utf-8")
    (version,) = con.execute("select distinct extractor_version from extracted_documents").fetchone()
    assert f"`{version}`" in text
    claims = con.execute("select count(*) from claims").fetchone()[0]
    assert f"| `claims` | table | {claims:,} |" in text
    assert "| `certainty` | VARCHAR | yes |" in text and "`denied`" in text
    assert "input folders:" in text and "inbox" in text


def test_export_refuses_a_folder_that_is_not_empty(database, tmp_path, capsys):
    (tmp_path / "keep.txt").write_text("mine")
    assert main(["export", str(tmp_path), "--db", str(database[0])]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not empty" in err[0]
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]


def test_export_opens_the_database_read_only(database, tmp_path):
    """Another process's read-only connection blocks every writer, not a reader: the export still runs."""
    db, _ = database
    holder = subprocess.Popen(
        [sys.executable, "-c",
         f"import duckdb, time; c = duckdb.connect({str(db)!r}, read_only=True); print('ok', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ok"
        assert main(["export", str(tmp_path / "out"), "--db", str(db), "--lock-timeout", "0.5"]) == 0
    finally:
        holder.kill()
        holder.wait()
