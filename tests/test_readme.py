"""The README's data model names every table and column the DDL creates."""

import re
from pathlib import Path

from warehouse.schema import tables, views

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_table_and_column_is_documented():
    missing = [
        f"{table.name}.{column.name}"
        for table in tables().values()
        for column in table.columns
        if f"`{column.name}`" not in README and not re.search(rf"[(,]\s*{column.name}\b", README)
    ]
    missing += [t for t in tables() if t not in README]
    assert missing == []


def test_every_view_is_documented():
    assert [v for v in views() if f"`{v}`" not in README] == []


def test_every_path_the_readme_names_exists():
    root = Path(__file__).parents[1]
    named = set(re.findall(r"`((?:pipeline|assets|checks|warehouse|tests|dagster_home)/[\w/.]*)`", README))
    modules = {m for m in re.findall(r"`(\w+\.py)`", README)}
    missing = [p for p in named if not (root / p).exists()]
    missing += [m for m in modules if not any(root.glob(f"*/**/{m}"))]
    assert named and missing == []
