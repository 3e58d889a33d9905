"""The ingestion asset drops a site's recurring paragraphs and stores the cleaning audit."""

from __future__ import annotations

import json

import dagster as dg
import duckdb

from assets.ingestion import ingestion
from assets.settings import NewsclaimsSettings
from pipeline.ingest import read_inputs
from tests.helpers import TEST_DATA
from warehouse.resource import Warehouse

FOOTER = ("If you believe that its contents were not libellous, let us know and we will look at the letter "
          "again before the next edition.")
PAGES = ["bbc.com.52241221.html", "nature.com.telescope.html", "threatpost.com.android.html"]


def test_recurring_site_paragraphs_are_dropped_and_every_cleaning_is_audited(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    texts = [document.text for _, document in read_inputs([TEST_DATA / "html" / name for name in PAGES])]
    records = [{"text": f"{text}\n\n{FOOTER}", "site_name": "Example News"} for text in texts]
    (inbox / "site.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    (inbox / "page.html").write_bytes((TEST_DATA / "html" / "caymancompass.com-prison.html").read_bytes())
    db = tmp_path / "t.duckdb"
    result = dg.materialize(
        [ingestion],
        resources={
            "settings": NewsclaimsSettings(input_paths=[str(inbox)]),
            "warehouse": Warehouse(db_path=str(db), lock_timeout_s=5),
        },
    )
    assert result.success
    with duckdb.connect(str(db), read_only=True) as con:
        stored = [t for (t,) in con.execute("select text from documents where site_name = 'Example News'").fetchall()]
        assert sorted(stored) == sorted(texts)
        dropped = con.execute(
            "select texts, chars from document_cleaning where rule = 'site_boilerplate'"
        ).fetchall()
        assert dropped == [([FOOTER], len(FOOTER))] * 3
        rules = {r for (r,) in con.execute(
            "select rule from document_cleaning c join documents d using (doc_id) where d.uri like '%page.html'"
        ).fetchall()}
        assert {"navigation", "share_bar", "related_recommended"} <= rules
    metadata = result.asset_materializations_for_node("ingestion")[0].metadata
    assert metadata["cleaning_chars_by_rule"].value["site_boilerplate"] == 3 * len(FOOTER)
    assert metadata["cleaning_audit"].value.startswith("| doc_id | rule | action | items | chars |")
