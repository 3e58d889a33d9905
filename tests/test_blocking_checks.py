"""A failing blocking check or step stops everything downstream of it, and a fixed run repairs it.

The extractor is replaced by one that shifts a claim's content offsets and sends it to an
invented source, so `claims.claims_valid` fails; `sources` (built from claims and mentions)
must then not run, and keep the rows it had before. An extractor that raises on one document
is recorded in `extraction_failures` and the other documents are written. And a check never
blocks valid data: a hostile but valid article passes every check.
"""

from __future__ import annotations

import shutil
from dataclasses import replace

import duckdb
import pytest

import assets.extraction
from assets.cli import main
from pipeline import ids
from pipeline.models import DocumentResult
from tests.helpers import TEST_DATA, materialize_into
from tests.subprocess_runs import differences, snapshot

INVENTED_SOURCE = "Invented Source Of Bad Rows"
real_process = assets.extraction.process


def process_with_bad_offsets(doc, document) -> DocumentResult:
    """The real rows, but each attributed claim points past its content and to INVENTED_SOURCE."""
    result = real_process(doc, document)
    invented = ids.source_id(INVENTED_SOURCE)
    bad_claims = {c.claim_id for c in result.claims if c.source_id}
    result.claims = [
        replace(c, content_start=c.content_start + 1, source_id=invented) if c.claim_id in bad_claims else c
        for c in result.claims
    ]
    result.source_mentions = [replace(m, name=INVENTED_SOURCE, source_id=invented) for m in result.source_mentions]
    return result


@pytest.fixture
def broken_extractor(monkeypatch):
    # a new extractor version makes the run re-extract every document with the broken extractor
    monkeypatch.setattr(assets.extraction, "extractor_version", lambda: "broken")
    monkeypatch.setattr(assets.extraction, "process", process_with_bad_offsets)


@pytest.fixture
def built_copy(built_sample, tmp_path):
    inbox, db, _ = built_sample
    copy = tmp_path / "copy.duckdb"
    shutil.copy(db, copy)
    return inbox, copy


def test_failed_claims_check_stops_sources_and_leaves_them_unchanged(built_copy, broken_extractor, monkeypatch):
    inbox, db = built_copy
    before = snapshot(db)

    result = materialize_into(inbox, db)

    evaluations = result.get_asset_check_evaluations()
    assert not result.success
    assert "claims_valid" in {e.check_name for e in evaluations if not e.passed}
    materialised = {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}
    assert "claims" in materialised and "sources" not in materialised
    assert "sources" not in {e.asset_key.to_user_string() for e in evaluations}  # nor were its checks run
    after = snapshot(db)
    assert after["sources"] == before["sources"]
    assert after["claims"] != before["claims"]  # the bad rows are stored, and flagged by the failed check

    monkeypatch.undo()  # the extractor is fixed: the next run re-extracts and repairs every table
    assert materialize_into(inbox, db).success
    assert differences(snapshot(db), before) == {}


def test_cli_reports_the_failed_check_and_exits_non_zero(built_copy, broken_extractor, capsys):
    inbox, db = built_copy
    before = snapshot(db)
    assert main(["run", "--input", str(inbox), "--db", str(db), "--quiet"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert any(line.startswith("check failed: claims.claims_valid: ") for line in err), err
    assert snapshot(db)["sources"] == before["sources"]


def test_an_extractor_error_is_recorded_for_its_document_and_the_others_are_written(
    built_sample, tmp_path, monkeypatch, capsys
):
    inbox, clean_db, _ = built_sample
    db = tmp_path / "fresh.duckdb"
    parsed = []

    def process_failing_on_the_third_document(doc, document):
        parsed.append(document.doc_id)
        if len(parsed) == 3:
            raise RuntimeError("extractor bug on the third document")
        return real_process(doc, document)

    monkeypatch.setattr(assets.extraction, "process", process_failing_on_the_third_document)
    run = ["run", "--input", str(inbox), "--db", str(db), "--quiet", "--batch-size", "2"]
    assert main(run) == 0
    with duckdb.connect(str(db), read_only=True) as con:
        documents = con.execute("select count(*) from documents").fetchone()[0]
        assert con.execute("select count(*) from extracted_documents").fetchone()[0] == documents - 1
        failures = con.execute("select doc_id, error from extraction_failures").fetchall()
        assert con.execute("select count(*) from sources").fetchone()[0] > 0  # downstream ran on the rest
    assert failures == [(parsed[2], "RuntimeError: extractor bug on the third document")]

    assert main(run) == 0  # the same extractor version does not retry it
    assert len(parsed) == documents

    monkeypatch.undo()  # a fixed extractor is a new version: the failed document is retried
    monkeypatch.setattr(assets.extraction, "extractor_version", lambda: "fixed")
    assert main(run) == 0
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("select count(*) from extraction_failures").fetchone()[0] == 0
    got, clean = snapshot(db), snapshot(clean_db)
    assert differences({**got, "extracted_documents": []}, {**clean, "extracted_documents": []}) == {}


def test_a_stored_document_too_long_for_the_parser_fails_alone(built_sample, tmp_path, monkeypatch):
    """Failure 1: a text over spaCy's max_length (stored before ingestion had a character
    limit) made every run exit 1 with 0 documents extracted."""
    inbox, clean_db, _ = built_sample
    db = tmp_path / "copy.duckdb"
    shutil.copy(clean_db, db)
    with duckdb.connect(str(db)) as con:
        long_id = con.execute("select doc_id from documents order by doc_id limit 1").fetchone()[0]
        con.execute("update documents set text = repeat(text || ' ', 1 + 1000000 // length(text)) where doc_id = ?",
                    [long_id])
    monkeypatch.setattr(assets.extraction, "extractor_version", lambda: "next")
    assert main(["run", "--input", str(inbox), "--db", str(db), "--quiet"]) == 0
    with duckdb.connect(str(db), read_only=True) as con:
        failures = con.execute("select doc_id, error from extraction_failures").fetchall()
        done = con.execute("select count(*) from extracted_documents where extractor_version = 'next'").fetchone()[0]
        documents = con.execute("select count(*) from documents").fetchone()[0]
    assert [d for d, _ in failures] == [long_id] and "E088" in failures[0][1]
    assert done == documents - 1


SEED_PARAGRAPHS = [p for p in (TEST_DATA / "seed_article.txt").read_text(encoding="utf-8").splitlines() if p.strip()]
HOSTILE_PARAGRAPHS = [
    "\u202eThe ministry said\u202c: «Russia attacked» \u200fقال المتحدث\u200f “ 650 drones",
    "“Unclosed quote, Kallas said. And another “nested ‘quote” here’ she said.",
    "Officials said 👍🏽 e\u0301 🇺🇦 \x0b tab\there, 'single \"mixed” quotes.",
]
ONE_CHARACTER_PARAGRAPHS = ["0", "a"]  # a score or a drop capital on its own line


@pytest.mark.parametrize("extra", [
    HOSTILE_PARAGRAPHS,
    ONE_CHARACTER_PARAGRAPHS,
], ids=["hostile text", "one-character paragraphs"])
def test_a_valid_article_passes_every_check(extra, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    paragraphs = SEED_PARAGRAPHS[:2] + extra + SEED_PARAGRAPHS[2:]
    (inbox / "article.txt").write_text("\n\n".join(paragraphs), encoding="utf-8")
    db = tmp_path / "t.duckdb"
    result = materialize_into(inbox, db)
    assert [(e.check_name, e.description) for e in result.get_asset_check_evaluations() if not e.passed] == []
    assert result.success
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("select count(*) from documents").fetchone()[0] == 1
