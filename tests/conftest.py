"""Shared fixtures: a temporary database, a copy of the bundled sample and of the code, one materialised graph."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assets.settings import SAMPLE_DIR

TEST_DATA = Path(__file__).parent / "data"


@pytest.fixture
def tmp_db(tmp_path: Path) -> Path:
    return tmp_path / "t.duckdb"


@pytest.fixture
def sample_inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLE_DIR, inbox)
    return inbox


@pytest.fixture(scope="module")
def code(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the code that subprocess runs execute (`tests.subprocess_runs.copy_code`)."""
    from tests.subprocess_runs import copy_code

    return copy_code(tmp_path_factory.mktemp("code"))


@pytest.fixture(scope="session")
def built_sample(tmp_path_factory: pytest.TempPathFactory):
    """The sample plus two reports of one attack, materialised once: (inbox, db, result). Read-only."""
    from tests.helpers import materialize_into  # imports the whole graph: only for tests that need it

    root = tmp_path_factory.mktemp("built")
    inbox = root / "inbox"
    shutil.copytree(SAMPLE_DIR, inbox)
    shutil.copy(TEST_DATA / "cluster" / "two_reports.jsonl", inbox)
    db = root / "sample.duckdb"
    return inbox, db, materialize_into(inbox, db)


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article as shipped (raw file: one paragraph per line)."""
    return (TEST_DATA / "seed_article.txt").read_text(encoding="utf-8")
