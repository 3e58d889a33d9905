"""The Definitions load, cover the contract tables, and pipeline/ stays free of Dagster."""

import ast
from pathlib import Path

import dagster as dg

from assets.definitions import defs

CONTRACT_TABLES = {"documents", "rejected_documents", "sentences", "claims", "claim_quantities", "sources", "events"}
PIPELINE_DIR = Path(__file__).parents[1] / "pipeline"


def test_definitions_load():
    dg.Definitions.validate_loadable(defs)


def test_every_contract_table_is_an_asset_with_checks():
    keys = {key.to_user_string() for key in defs.resolve_all_asset_keys()}
    assert CONTRACT_TABLES <= keys
    checked = {key.asset_key.to_user_string() for key in defs.resolve_asset_graph().asset_check_keys}
    assert CONTRACT_TABLES <= checked


def test_job_schedule_and_sensor_are_defined():
    assert defs.resolve_job_def("newsclaims_job")
    assert defs.resolve_schedule_def("newsclaims_daily").cron_schedule == "0 5 * * *"
    assert defs.resolve_sensor_def("inbox_sensor")


def test_pipeline_never_imports_dagster():
    offenders = []
    for path in PIPELINE_DIR.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] == "dagster"]
    assert offenders == []
