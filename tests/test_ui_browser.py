"""The Dagster UI in a real browser: "Materialize all" of the sample, then the checks tab.

Off by default (it needs Chromium and takes minutes). To run it:

    apt-get install chromium && pip install -e '.[browser]'
    NEWSCLAIMS_BROWSER_TEST=1 python -m pytest -m browser tests/test_ui_browser.py

It starts `dagster dev` on a fresh DAGSTER_HOME (the project's dagster.yaml) and database,
clicks Materialize all, All partitions, Launch backfill, waits for the backfill to finish,
and opens the checks tab of `claims`.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import duckdb
import pytest

from assets.settings import SAMPLE_DIR

REPO = Path(__file__).parents[1]
TIMEOUT_S = 600

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.environ.get("NEWSCLAIMS_BROWSER_TEST"), reason="set NEWSCLAIMS_BROWSER_TEST=1"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _graphql(url: str, query: str) -> dict:
    request = urllib.request.Request(f"{url}/graphql", data=json.dumps({"query": query}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())["data"]


@pytest.fixture
def dagster_ui(tmp_path):
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(REPO / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    db = tmp_path / "ui.duckdb"
    port = _free_port()
    env = {**os.environ, "DAGSTER_HOME": str(home), "NEWSCLAIMS_INPUT": str(SAMPLE_DIR), "NEWSCLAIMS_DB": str(db),
           "PYTHONPATH": str(REPO), "GX_ANALYTICS_ENABLED": "False"}
    dagster = Path(sys.executable).parent / "dagster"
    server = subprocess.Popen([str(dagster), "dev", "-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(port)],
                              cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + TIMEOUT_S
    while True:
        try:
            urllib.request.urlopen(f"{url}/server_info", timeout=5)
            break
        except OSError:
            assert server.poll() is None and time.monotonic() < deadline, "dagster dev did not start"
            time.sleep(1)
    yield url, db
    os.killpg(server.pid, signal.SIGINT)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        pass
    os.killpg(server.pid, signal.SIGKILL)  # dagster dev's children (webserver, daemon, code server) too
    server.wait()


def _backfill_status(url: str) -> str | None:
    data = _graphql(url, "{ partitionBackfillsOrError { ... on PartitionBackfills { results { status } } } }")
    results = data["partitionBackfillsOrError"]["results"]
    return results[0]["status"] if results else None


def test_materialize_all_from_the_browser_fills_the_database_and_shows_the_checks(dagster_ui):
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import expect, sync_playwright

    url, db = dagster_ui
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        page.goto(f"{url}/asset-groups", wait_until="networkidle")
        try:  # a new browser's first visit opens a newsletter dialog over the page
            page.get_by_role("button", name="Skip").click(timeout=15_000)
        except PlaywrightTimeout:
            pass
        page.get_by_role("button", name="Materialize all").click()
        dialog = page.get_by_role("dialog")
        expect(dialog.get_by_text("Launch runs to materialize 11 assets")).to_be_visible()
        dialog.get_by_role("button", name="All", exact=True).click()
        expect(dialog.get_by_text("8 partitions", exact=True)).to_be_visible()
        if os.environ.get("NEWSCLAIMS_SCREENSHOT"):  # the README's picture of the dialog
            page.screenshot(path=os.environ["NEWSCLAIMS_SCREENSHOT"])
        dialog.get_by_role("button", name="Launch backfill").click()

        deadline = time.monotonic() + TIMEOUT_S
        while (status := _backfill_status(url)) not in {"COMPLETED", "COMPLETED_SUCCESS", "FAILED", "CANCELED",
                                                         "COMPLETED_FAILED"}:
            assert time.monotonic() < deadline, f"backfill still {status}"
            time.sleep(2)
        assert status in {"COMPLETED", "COMPLETED_SUCCESS"}

        page.goto(f"{url}/assets/claims?view=checks", wait_until="networkidle")
        expect(page.get_by_text("claims_valid").first).to_be_visible(timeout=30_000)
        expect(page.get_by_text("Passed").first).to_be_visible(timeout=30_000)
        browser.close()

    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("select count(*) from documents").fetchone()[0] == 6
        assert con.execute("select count(*) from event_clusters").fetchone()[0] > 0
