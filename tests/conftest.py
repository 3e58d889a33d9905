"""Shared fixtures: a temporary database, a copy of the bundled sample, one materialised graph."""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import pytest

from assets.settings import SAMPLE_DIR
from tests.helpers import TEST_DATA, materialize_into


@pytest.fixture
def tmp_db(tmp_path: Path) -> Path:
    return tmp_path / "t.duckdb"


@pytest.fixture
def sample_inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLE_DIR, inbox)
    return inbox


@pytest.fixture(scope="session")
def built_sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dg.ExecuteInProcessResult]:
    """The sample materialised once for the session: (inbox, db, result). Treat as read-only."""
    root = tmp_path_factory.mktemp("built")
    inbox = root / "inbox"
    shutil.copytree(SAMPLE_DIR, inbox)
    db = root / "sample.duckdb"
    return inbox, db, materialize_into(inbox, db)


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article as shipped (raw file: one paragraph per line)."""
    return (TEST_DATA / "seed_article.txt").read_text(encoding="utf-8")
