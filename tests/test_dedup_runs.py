"""Duplicate bookkeeping survives edits and concurrent runs (issue 16, failures 2 and 3).

Editing the kept copy of a duplicate pair re-examines its duplicates (one may become the
kept copy); a run whose dedup snapshot was taken before another run stored the same or a
near-same story redoes its decisions under the write lock, against what is stored. The
interleaving is forced: the second run happens inside the first, between two of its inputs.
"""

from __future__ import annotations

import dagster as dg
import duckdb
import pytest

import assets.ingestion
from assets.extraction import _write
from assets.ingestion import ingestion
from assets.settings import NewsclaimsSettings
from checks.integrity import SQL_CHECKS, offending_rows
from tests.helpers import materialize_into
from tests.pipeline.test_dedup import OTHER_STORY, STORY
from warehouse.resource import Warehouse

ARTICLE = "\n\n".join(STORY)
NEAR_COPY = "\n\n".join(["A new headline over the same story", *STORY])
OTHER = "\n\n".join(OTHER_STORY * 3)
INGESTION_CHECKS = [c for c in SQL_CHECKS if c.name in {"inputs_accounted_for", "rejection_reasons_valid"}]


def ingest(inbox, db) -> None:
    result = dg.materialize(
        [ingestion],
        resources={"settings": NewsclaimsSettings(input_paths=[str(inbox)]), "warehouse": Warehouse(db_path=str(db))},
        raise_on_error=True,
    )
    assert result.success


def outcomes(db) -> dict[str, str]:
    """file name -> 'document' or 'duplicate of <file name of the kept document>'."""
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "select i.uri, i.status, kept.uri from input_files i "
            "left join rejected_documents r using (uri) left join documents kept on kept.doc_id = r.duplicate_of"
        ).fetchall()
    return {uri.rsplit("/", 1)[-1]: "document" if status == "document" else f"duplicate of {(kept or '?').rsplit('/', 1)[-1]}"
            for uri, status, kept in rows}


def broken_checks(db) -> list:
    with duckdb.connect(str(db), read_only=True) as con:
        return [(c.name, offending_rows(con, c)) for c in INGESTION_CHECKS if offending_rows(con, c)]


@pytest.mark.parametrize("edit", ["other story", "near copy"])
def test_editing_the_kept_copy_re_examines_its_duplicates(tmp_path, edit):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(ARTICLE)
    (inbox / "b.txt").write_text(ARTICLE)  # an exact copy: a duplicate of a.txt
    db = tmp_path / "t.duckdb"
    ingest(inbox, db)
    assert outcomes(db) == {"a.txt": "document", "b.txt": "duplicate of a.txt"}

    (inbox / "a.txt").write_text(OTHER if edit == "other story" else NEAR_COPY)
    result = materialize_into(inbox, db)
    assert [e.check_name for e in result.get_asset_check_evaluations() if not e.passed] == []
    assert result.success
    expected = {"a.txt": "document", "b.txt": "document"} if edit == "other story" else {
        "a.txt": "document", "b.txt": "duplicate of a.txt"}
    assert outcomes(db) == expected
    assert materialize_into(inbox, db).success  # and stays so
    assert outcomes(db) == expected


def run_inside(monkeypatch, other_inbox, db) -> None:
    """Make the next ingestion run ingest other_inbox completely after its own first input."""
    real = assets.ingestion.read_inputs

    def read_inputs(paths, **kwargs):
        results = real(paths, **kwargs)
        yield next(results)
        monkeypatch.setattr(assets.ingestion, "read_inputs", real)
        ingest(other_inbox, db)  # the other run: its own process in real life
        yield from results

    monkeypatch.setattr(assets.ingestion, "read_inputs", read_inputs)


def test_concurrent_runs_over_different_folders_still_find_duplicates(tmp_path, monkeypatch):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir(), second.mkdir()
    (first / "1_other.txt").write_text(OTHER)
    (first / "2_copy.txt").write_text(ARTICLE)
    (first / "3_near.txt").write_text(NEAR_COPY)
    (second / "story.txt").write_text(ARTICLE)
    db = tmp_path / "t.duckdb"
    run_inside(monkeypatch, second, db)
    ingest(first, db)
    assert outcomes(db) == {"1_other.txt": "document", "story.txt": "document",
                            "2_copy.txt": "duplicate of story.txt", "3_near.txt": "duplicate of story.txt"}
    assert broken_checks(db) == []


def test_extraction_rows_of_a_document_deleted_meanwhile_are_not_written(built_sample, tmp_path):
    import shutil

    from pipeline.models import DocumentResult, SentenceRow

    _, clean_db, _ = built_sample
    db = tmp_path / "copy.duckdb"
    shutil.copy(clean_db, db)
    gone = DocumentResult(doc_id="gone", sentences=[SentenceRow("s-gone", "gone", 0, 0, 0, 5, "Hello", "body")])
    _write(Warehouse(db_path=str(db)), {"gone": gone}, "v")
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("select count(*) from sentences where doc_id = 'gone'").fetchone()[0] == 0
        assert con.execute("select count(*) from extracted_documents where doc_id = 'gone'").fetchone()[0] == 0
