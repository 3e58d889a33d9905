"""The whole graph on the bundled sample: tables filled, checks passing, offsets exact, reruns idempotent."""

from __future__ import annotations

import shutil

import duckdb

from tests.helpers import TEST_DATA, materialize_into

ALL_TABLES = ("documents", "rejected_documents", "sentences", "claims", "claim_quantities", "source_mentions",
              "sources", "events", "event_quantities", "event_claims", "input_files")
CONTRACT_COLUMNS = {
    "documents": ["doc_id", "uri", "title", "author", "published_at", "site_name", "language", "text",
                  "content_hash", "ingested_at"],
    "rejected_documents": ["uri", "reason", "detail", "seen_at"],
    "sentences": ["sentence_id", "doc_id", "sentence_index", "start_char", "end_char", "text"],
    "sources": ["source_id", "name", "kind", "aliases"],
    "claims": ["claim_id", "doc_id", "sentence_id", "source_id", "source_mention", "source_start", "source_end",
               "cue", "cue_start", "cue_end", "content", "content_start", "content_end", "claim_type", "certainty"],
    "claim_quantities": ["claim_id", "value", "qualifier", "unit"],
    "events": ["event_id", "doc_id", "sentence_id", "event_type", "trigger", "trigger_start", "trigger_end",
               "actors", "targets", "location", "time_text", "event_date"],
}


def counts(db) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in ALL_TABLES}


def ids(db, table: str, column: str) -> list[str]:
    with duckdb.connect(str(db), read_only=True) as con:
        return [r[0] for r in con.execute(f"select {column} from {table} order by 1").fetchall()]


def test_run_succeeds_with_every_check_passing(built_sample):
    _, _, result = built_sample
    evaluations = result.get_asset_check_evaluations()
    assert result.success
    assert len(evaluations) >= 13
    assert [e.check_name for e in evaluations if not e.passed] == []


def test_tables_are_filled_and_keep_the_contract_columns(built_sample):
    _, db, _ = built_sample
    found = counts(db)
    for table in ("documents", "sentences", "claims", "claim_quantities", "sources", "events"):
        assert found[table] > 0, table
    with duckdb.connect(str(db), read_only=True) as con:
        for table, columns in CONTRACT_COLUMNS.items():
            present = {r[0] for r in con.execute(f"describe {table}").fetchall()}
            assert set(columns) <= present, table


def test_every_span_is_the_exact_text_of_its_document(built_sample):
    _, db, _ = built_sample
    with duckdb.connect(str(db), read_only=True) as con:
        texts = dict(con.execute("select doc_id, text from documents").fetchall())
        spans = con.execute(
            "select doc_id, start_char, end_char, text from sentences union all "
            "select doc_id, content_start, content_end, content from claims union all "
            "select doc_id, cue_start, cue_end, cue from claims where cue is not null union all "
            "select doc_id, source_start, source_end, source_mention from claims where source_mention is not null "
            "union all select doc_id, trigger_start, trigger_end, trigger from events union all "
            "select doc_id, start_char, end_char, text from claim_quantities"
        ).fetchall()
    assert len(spans) > 100
    assert [s for s in spans if texts[s[0]][s[1]:s[2]] != s[3]] == []


def test_seed_article_claims_are_attributed(built_sample):
    _, db, _ = built_sample
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "select s.name, c.cue_lemma, c.certainty from claims c join sources s using (source_id) "
            "join documents d using (doc_id) where d.uri like '%seed_article.txt'"
        ).fetchall()
    assert ("Ukrenergo", "say", "asserted") in {(n.split(",")[-1].strip(), c, t) for n, c, t in rows}
    assert any(c == "confirm" and t == "confirmed" for _, c, t in rows)


def test_second_run_replaces_rather_than_duplicates(built_sample, tmp_path):
    inbox, db, _ = built_sample
    copy = tmp_path / "again.duckdb"
    shutil.copy(db, copy)
    before = counts(copy)
    result = materialize_into(inbox, copy)
    assert result.success
    assert counts(copy) == before
    assert ids(copy, "claims", "claim_id") == ids(db, "claims", "claim_id")


def test_new_and_changed_files_are_picked_up(sample_inbox, tmp_db, tmp_path):
    assert materialize_into(sample_inbox, tmp_db).success
    before = counts(tmp_db)
    shutil.copy(TEST_DATA / "html" / "cbsnews.com.carolina.html", sample_inbox / "new.html")
    seed = sample_inbox / "seed_article.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\n\nOfficials said the talks would resume on Monday.\n",
                    encoding="utf-8")
    result = materialize_into(sample_inbox, tmp_db)
    assert result.success
    after = counts(tmp_db)
    assert after["documents"] == before["documents"] + 1
    assert after["input_files"] == before["input_files"] + 1
    with duckdb.connect(str(tmp_db), read_only=True) as con:
        seed_docs = con.execute("select text from documents where uri like '%seed_article.txt'").fetchall()
    assert len(seed_docs) == 1 and seed_docs[0][0].endswith("resume on Monday.")
    # every table equals that of one clean run over the final inbox: nothing stale, nothing doubled
    clean = tmp_path / "clean.duckdb"
    assert materialize_into(sample_inbox, clean).success
    assert counts(tmp_db) == counts(clean)
    for table, column in [("documents", "doc_id"), ("sentences", "sentence_id"), ("claims", "claim_id"),
                          ("claim_quantities", "quantity_id"), ("events", "event_id"), ("sources", "source_id")]:
        assert ids(tmp_db, table, column) == ids(clean, table, column), table


def test_a_fresh_database_gets_the_same_ids(built_sample, tmp_path):
    inbox, db, _ = built_sample
    fresh = tmp_path / "fresh.duckdb"
    assert materialize_into(inbox, fresh).success
    for table, column in [("documents", "doc_id"), ("sentences", "sentence_id"), ("claims", "claim_id"),
                          ("events", "event_id"), ("sources", "source_id")]:
        assert ids(fresh, table, column) == ids(db, table, column), table


def test_bad_inputs_are_rejected_with_their_reason_and_the_run_completes(tmp_path):
    inbox = tmp_path / "bad"
    shutil.copytree(TEST_DATA / "bad", inbox)
    (inbox / "README.md").unlink()  # the folder's description, not an input
    db = tmp_path / "bad.duckdb"
    result = materialize_into(inbox, db)
    assert result.success
    assert all(e.passed for e in result.get_asset_check_evaluations())
    with duckdb.connect(str(db), read_only=True) as con:
        reasons = dict(con.execute("select regexp_extract(uri, '[^/]+$'), reason from rejected_documents").fetchall())
        documents = con.execute("select text from documents").fetchall()
    assert reasons == {
        "empty.html": "empty",
        "binary_png.html": "binary",
        "no_article.html": "no_article_text",
        "truncated_head.html": "no_article_text",
        "non_english_de.html": "not_english",
    }
    assert len(documents) == 1 and "£15.8m" in documents[0][0]  # the Latin-1 file, decoded


def test_the_run_is_tagged_with_what_the_database_holds(built_sample, tmp_path):
    """event_clusters, the last asset, tags its run: the same counts as the CLI's closing table."""
    import dagster as dg

    from assets.clusters import event_clusters
    from warehouse.resource import Warehouse

    _, db, _ = built_sample
    copy = tmp_path / "copy.duckdb"
    shutil.copy(db, copy)
    instance = dg.DagsterInstance.ephemeral()
    result = dg.materialize([event_clusters], resources={"warehouse": Warehouse(db_path=str(copy))}, instance=instance)
    tags = instance.get_run_by_id(result.run_id).tags
    with duckdb.connect(str(copy), read_only=True) as con:
        reasons = dict(con.execute("select reason, count(*) from rejected_documents group by 1").fetchall())
        documents, claims = con.execute("select (select count(*) from documents), (select count(*) from claims)").fetchone()
    assert tags["newsclaims/documents"] == str(documents) and tags["newsclaims/claims"] == str(claims)
    assert {k.removeprefix("newsclaims/rejected."): int(v) for k, v in tags.items() if k.startswith("newsclaims/rejected.")} == reasons
    assert {"newsclaims/inputs", "newsclaims/sources", "newsclaims/events"} <= set(tags)
