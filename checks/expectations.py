"""Great Expectations 1.x suites over claims and events, run inside asset checks.

GX runs on a pandas DataFrame read from DuckDB with an ephemeral context (its SQL
datasource on DuckDB reports every expectation as failed). GX is imported inside the
check: importing it costs seconds that other code paths should not pay.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import dagster as dg

from pipeline.events.modality import MODALITIES
from pipeline.events.ontology import load_ontology
from pipeline.models import Certainty, ClaimType, DatePrecision

if TYPE_CHECKING:
    import pandas as pd


def claims_suite():
    import great_expectations as gx

    e = gx.expectations
    suite = gx.ExpectationSuite(name="claims")
    for column in ("claim_id", "doc_id", "sentence_id", "content", "claim_type", "certainty"):
        suite.add_expectation(e.ExpectColumnValuesToNotBeNull(column=column))
    suite.add_expectation(e.ExpectColumnValuesToBeUnique(column="claim_id"))
    suite.add_expectation(e.ExpectColumnValuesToBeInSet(column="claim_type", value_set=[str(v) for v in ClaimType]))
    suite.add_expectation(e.ExpectColumnValuesToBeInSet(column="certainty", value_set=[str(v) for v in Certainty]))
    suite.add_expectation(e.ExpectColumnPairValuesAToBeGreaterThanB(column_A="content_end", column_B="content_start"))
    suite.add_expectation(e.ExpectColumnValueLengthsToBeBetween(column="content", min_value=1))
    suite.add_expectation(e.ExpectColumnValuesToBeBetween(column="content_start", min_value=0))
    return suite


def events_suite():
    import great_expectations as gx

    e = gx.expectations
    suite = gx.ExpectationSuite(name="events")
    for column in ("event_id", "doc_id", "sentence_id", "event_type", "trigger"):
        suite.add_expectation(e.ExpectColumnValuesToNotBeNull(column=column))
    suite.add_expectation(e.ExpectColumnValuesToBeUnique(column="event_id"))
    suite.add_expectation(e.ExpectColumnValuesToBeInSet(column="event_type", value_set=sorted(load_ontology().types)))
    suite.add_expectation(
        e.ExpectColumnValuesToBeInSet(column="date_precision", value_set=[str(v) for v in DatePrecision])
    )
    suite.add_expectation(e.ExpectColumnValuesToBeInSet(column="modality", value_set=list(MODALITIES)))
    suite.add_expectation(e.ExpectColumnValuesToMatchRegex(column="cameo_code", regex=r"^\d{2,4}$"))
    suite.add_expectation(e.ExpectColumnPairValuesAToBeGreaterThanB(column_A="trigger_end", column_B="trigger_start"))
    return suite


def validate(frame: pd.DataFrame, suite_factory: Callable) -> dict:
    """Run a suite on a DataFrame; a summary of the result as plain data."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")  # suites need an active context to be built
    context.variables.progress_bars = ProgressBarsConfig(globally=False)  # they would fill the run logs
    suite = suite_factory()
    batch = (
        context.data_sources.add_pandas(suite.name)
        .add_dataframe_asset(suite.name)
        .add_batch_definition_whole_dataframe(suite.name)
        .get_batch(batch_parameters={"dataframe": frame})
    )
    result = batch.validate(suite)
    failed = [
        {"expectation": r.expectation_config.type, "column": r.expectation_config.kwargs.get("column"),
         "unexpected_count": (r.result or {}).get("unexpected_count")}
        for r in result.results
        if not r.success
    ]
    return {"success": bool(result.success), "evaluated": len(result.results), "failed": failed}


@dataclass(frozen=True)
class Suite:
    asset: str
    columns: str  # what the suite reads: fixed names, no data
    factory: Callable

    @property
    def check_name(self) -> str:
        return f"{self.asset}_expectations"

    @property
    def description(self) -> str:
        return f"Great Expectations suite '{self.asset}'."


SUITES = (
    Suite("claims", "claim_id, doc_id, sentence_id, content, content_start, content_end, claim_type, certainty",
          claims_suite),
    Suite("events", "event_id, doc_id, sentence_id, event_type, trigger, trigger_start, trigger_end, date_precision, "
          "modality, cameo_code",
          events_suite),
)


def suite_frame(con, suite: Suite) -> pd.DataFrame:
    return con.execute(f"select {suite.columns} from {suite.asset}").df()


def suite_result(frame: pd.DataFrame, suite: Suite) -> dg.AssetCheckResult:
    summary = validate(frame, suite.factory)
    return dg.AssetCheckResult(
        asset_key=suite.asset,
        check_name=suite.check_name,
        passed=summary["success"],
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={
            "rows_validated": len(frame),
            "expectations_evaluated": summary["evaluated"],
            "expectations_failed": dg.MetadataValue.json(summary["failed"]),
        },
    )
