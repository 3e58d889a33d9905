"""Integrity checks, one SQL file each: the query selects offending rows; none means pass.

Blocking checks stop every asset downstream of bad data in the same run. Allowed values
(enums, ontology types) are bound as parameters, never formatted into the SQL.
"""

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import dagster as dg

from pipeline.events.modality import MODALITIES
from pipeline.lexicons import load
from pipeline.events.ontology import load_ontology
from pipeline.models import Certainty, ClaimType, CueClass, DatePrecision, RejectReason, SentenceKind, SourceKind

SAMPLE_SIZE = 10
_PARAMETER = re.compile(r"\$(\w+)")


@dataclass(frozen=True)
class SqlCheck:
    asset: str
    name: str  # also the file checks/sql/<sql>.sql
    sql: str
    description: str
    blocking: bool = True
    tables: tuple[str, ...] = ()  # for unique_ids: which tables' ids this check covers


def _unique_ids(table: str, id_column: str) -> SqlCheck:
    return SqlCheck(table, f"{table}_unique_ids", "unique_ids", f"Each {id_column} appears once.", tables=(table,))


SQL_CHECKS: tuple[SqlCheck, ...] = (
    _unique_ids("documents", "doc_id"),
    SqlCheck("documents", "inputs_accounted_for", "inputs_accounted_for",
             "Every input seen is exactly one document or one rejection."),
    SqlCheck("rejected_documents", "rejection_reasons_valid", "rejection_reasons_valid",
             "Reasons come from the closed set; duplicates point to a stored document."),
    _unique_ids("sentences", "sentence_id"),
    SqlCheck("sentences", "sentences_valid", "sentences_valid",
             "Offsets give the text; no blank sentences; the document exists; kind from the closed set."),
    _unique_ids("claims", "claim_id"),
    SqlCheck("claims", "claims_valid", "claims_valid",
             "References exist; content, cue and source offsets give their text; enums valid; cue_class on every attributed claim."),
    SqlCheck("claim_quantities", "quantities_valid", "quantities_valid",
             "Quantity offsets give their text; their claim or event exists."),
    SqlCheck("source_mentions", "source_mentions_valid", "source_mentions_valid",
             "Mention offsets give the mention; its claim exists; kinds valid."),
    _unique_ids("events", "event_id"),
    SqlCheck("events", "events_valid", "events_valid",
             "References exist; trigger offsets give the trigger; types from the ontology."),
    _unique_ids("sources", "source_id"),
    SqlCheck("sources", "sources_valid", "sources_valid", "Every claim's source exists; kinds valid."),
    SqlCheck("sources", "sources_named", "sources_named",
             "No source or source mention is named by pronouns alone ('its', 'I', 'who')."),
)


@cache
def _sql(name: str) -> str:
    return (resources.files("checks") / "sql" / f"{name}.sql").read_text(encoding="utf-8")


def allowed_values() -> dict[str, list[str]]:
    """The closed sets the checks hold the data to, by SQL parameter name."""
    return {
        "claim_types": [str(v) for v in ClaimType],
        "certainties": [str(v) for v in Certainty],
        "cue_classes": [str(v) for v in CueClass],
        "source_kinds": [str(v) for v in SourceKind],
        "sentence_kinds": [str(v) for v in SentenceKind],
        "reject_reasons": [str(v) for v in RejectReason],
        "date_precisions": [str(v) for v in DatePrecision],
        "event_types": sorted(load_ontology().types),
        "modalities": list(MODALITIES),
        "pronouns": load("source_kinds")["pronouns"],
    }


def offending_rows(con, check: SqlCheck) -> list[tuple[str, str]]:
    """(id, problem) for every row that breaks the check."""
    sql = _sql(check.sql)
    values = {**allowed_values(), "tables": list(check.tables)}
    parameters = {name: values[name] for name in set(_PARAMETER.findall(sql))}
    return con.execute(sql, parameters).fetchall()


def sql_check_result(con, check: SqlCheck) -> dg.AssetCheckResult:
    rows = offending_rows(con, check)
    problems: dict[str, int] = {}
    for _, problem in rows:
        problems[problem] = problems.get(problem, 0) + 1
    return dg.AssetCheckResult(
        asset_key=check.asset,
        check_name=check.name,
        passed=not rows,
        severity=dg.AssetCheckSeverity.ERROR,
        description=check.description if not rows else f"{len(rows)} offending rows: {', '.join(problems)}",
        metadata={
            "offending_rows": len(rows),
            "problems": dg.MetadataValue.json(problems),
            "sample": dg.MetadataValue.json([{"id": i, "problem": p} for i, p in rows[:SAMPLE_SIZE]]),
        },
    )

