"""The `newsclaims` command: run the asset graph, query the database, score the extractors.

`run` materialises the same Dagster assets and checks the UI shows (`materialize`), with
the same resources built from flags instead of the environment: there is no second path.
Errors a user can act on end in one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import duckdb

from assets.cli_eval import add_arguments as add_eval_arguments
from assets.collector import fewer_collections
from assets.cli_messages import BBC_ORIGIN, CliError, skipped
from assets.progress import STYLES as PROGRESS_STYLES
from assets.progress import resolve as resolve_progress
from assets.settings import DEFAULT_DB, SAMPLE_DIR, NewsclaimsSettings
from assets.summary import database_summary
from pipeline.ingest import InputError, iter_input_paths
from warehouse.resource import Warehouse, WarehouseError
from warehouse.read_only import QueryRefused, bundled_queries, duckdb_message, read_only_statements, text_table

QUIET_LOGS = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}


def _root_cause(error) -> str:
    """The innermost message of a Dagster SerializableErrorInfo chain, one line."""
    while error.cause is not None:
        error = error.cause
    return error.message.strip().splitlines()[0] if error.message.strip() else error.cls_name


def _print_summary(warehouse: Warehouse, checks_passed: int, checks_run: int) -> None:
    """The closing table: what the database holds now, and the checks of this run."""
    from rich.console import Console
    from rich.table import Table

    with warehouse.read() as con:
        summary = database_summary(con)
    table = Table(title=str(warehouse.db_path), title_justify="left")
    table.add_column("")
    table.add_column("rows", justify="right")
    for item, count in summary:
        table.add_row(f"  {item}" if item.startswith("rejected") else item, f"{count:,}")
    table.add_row("checks passed", f"{checks_passed}/{checks_run}")
    Console().print(table)


def run(args: argparse.Namespace) -> int:
    with fewer_collections():  # the whole run, imports and ingestion too, not only extraction
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    import dagster as dg

    from assets.definitions import ASSETS, CHECKS
    from assets.partitions import ALL_BUCKETS_TAGS

    inputs = [str(p) for p in (args.input or [SAMPLE_DIR])]
    try:
        for _ in iter_input_paths([Path(p) for p in inputs]):
            pass
    except InputError as error:
        raise CliError(str(error)) from None
    settings = NewsclaimsSettings(
        input_paths=inputs, n_process=args.n_process,
        batch_size=args.batch_size, parse_batch_size=args.parse_batch_size,
        progress=resolve_progress("none" if args.quiet else args.progress),
    )
    warehouse = Warehouse(db_path=str(args.db), lock_timeout_s=args.lock_timeout)
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    result = dg.materialize(
        [*ASSETS, *CHECKS],
        resources={"settings": settings, "warehouse": warehouse},
        run_config=QUIET_LOGS,
        tags=ALL_BUCKETS_TAGS,
        raise_on_error=False,
    )
    failures = [
        f"{event.step_key}: {_root_cause(event.step_failure_data.error)}"
        for event in result.all_events
        if event.is_step_failure and event.step_failure_data.error is not None
    ]
    evaluations = result.get_asset_check_evaluations()
    failed_checks = [
        f"{e.asset_key.to_user_string()}.{e.check_name}: {e.description or 'failed'}" for e in evaluations if not e.passed
    ]
    for line in failed_checks:
        print(f"check failed: {line}", file=sys.stderr)
    if failures:
        raise CliError(failures[0])
    _print_summary(warehouse, len(evaluations) - len(failed_checks), len(evaluations))
    return 0 if result.success and not failed_checks else 1


def query(args: argparse.Namespace) -> int:
    sql = bundled_queries().get(args.sql, args.sql)
    try:
        statements = read_only_statements(sql)
    except QueryRefused as error:
        raise CliError(str(error)) from None
    warehouse = Warehouse(db_path=str(args.db), lock_timeout_s=args.lock_timeout)
    with warehouse.read(sandboxed=True) as con:
        try:
            for statement in statements:
                relation = con.sql(statement.query)
                # only max_rows + 1 rows are ever computed: a runaway join costs nothing
                rows = relation.limit(args.max_rows + 1).fetchall()
                print(text_table(relation.columns, rows[: args.max_rows]))
                if len(rows) > args.max_rows:
                    print(f"(first {args.max_rows} rows; --max-rows for more)")
        except duckdb.Error as error:
            raise CliError(duckdb_message(error)) from None
    return 0


def export(args: argparse.Namespace) -> int:
    from warehouse.dictionary import write_descriptors
    from warehouse.export import export as export_tables

    if args.out.exists() and any(args.out.iterdir()):
        raise CliError(f"{args.out} is not empty: export into a new or empty folder")
    warehouse = Warehouse(db_path=str(args.db), lock_timeout_s=args.lock_timeout)
    with warehouse.read() as con:
        exported = export_tables(con, args.out, args.format, args.partition_by_month)
        write_descriptors(con, args.out, exported, args.format, warehouse.path)
    print(f"exported {len(exported)} tables and views ({sum(t.rows for t in exported):,} rows) to {args.out}; "
          "described in datapackage.json and DATA_DICTIONARY.md")
    return 0


def _add_db_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, default=Path(os.environ.get("NEWSCLAIMS_DB", DEFAULT_DB)),
                        help=f"DuckDB file (default: $NEWSCLAIMS_DB or {DEFAULT_DB})")
    parser.add_argument("--lock-timeout", type=float, default=60.0, metavar="SECONDS",
                        help="how long to wait for another process's lock on the file (default 60)")


def _add_batch_arguments(parser: argparse.ArgumentParser) -> None:
    defaults = NewsclaimsSettings.model_fields
    parser.add_argument("--batch-size", type=int, default=defaults["batch_size"].default,
                        help="documents per write transaction (default %(default)s)")
    parser.add_argument("--parse-batch-size", type=int, default=defaults["parse_batch_size"].default,
                        help="documents per nlp.pipe batch; memory grows with it (default %(default)s)")


def benchmark(args: argparse.Namespace) -> int:
    import tempfile

    from assets.bench import bench, bench_hostile, synthesize_corpus, ui_versus_cli

    if args.hostile:
        print(bench_hostile())
        return 0
    if args.ui:
        print(ui_versus_cli(args.corpus or SAMPLE_DIR))
        return 0
    if args.corpus is None:
        raise CliError("bench needs --corpus DIR (or --ui, which defaults to the bundled sample, or --hostile)")
    if not args.corpus.is_dir():
        return skipped(f"benchmark: no corpus directory at {args.corpus}. {BBC_ORIGIN}")
    with tempfile.TemporaryDirectory(prefix="newsclaims-corpus-") as tmp:
        corpus = synthesize_corpus(args.corpus, Path(tmp), args.synthesize) if args.synthesize else args.corpus
        print(bench(corpus, limit=args.limit, n_process=args.n_process, batch_size=args.batch_size,
                    parse_batch_size=args.parse_batch_size, raw=not args.no_raw))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsclaims", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)

    run_parser = commands.add_parser("run", help="materialise the whole asset graph into the DuckDB file")
    run_parser.add_argument("--input", action="append", metavar="DIR_OR_FILE",
                            help="articles to ingest (repeatable; default: the bundled sample)")
    _add_db_arguments(run_parser)
    run_parser.add_argument("--n-process", type=int, default=1, help="spaCy worker processes (default 1)")
    _add_batch_arguments(run_parser)
    run_parser.add_argument("--progress", choices=PROGRESS_STYLES, default="auto",
                            help="on stderr: auto (a bar with rate and ETA on a terminal, nothing otherwise), "
                                 "bar, plain (one line per step, for logs) or none")
    run_parser.add_argument("--quiet", action="store_true", help="no progress display (--progress none)")
    run_parser.set_defaults(handler=run)

    query_parser = commands.add_parser("query", help="run SQL on the database (read-only) and print a table")
    query_parser.add_argument("sql", help="SQL, or the name of a bundled query: " + ", ".join(sorted(bundled_queries())))
    _add_db_arguments(query_parser)
    query_parser.add_argument("--max-rows", type=int, default=40)
    query_parser.set_defaults(handler=query)

    export_parser = commands.add_parser(
        "export", help="write every table and view to Parquet or CSV, with a data dictionary and datapackage.json")
    export_parser.add_argument("out", type=Path, metavar="OUT_DIR", help="a new or empty folder")
    _add_db_arguments(export_parser)
    export_parser.add_argument("--format", choices=("parquet", "csv"), default="parquet",
                               help="parquet (default, zstd) or csv (lists as JSON arrays)")
    export_parser.add_argument("--partition-by-month", action="store_true",
                               help="documents, claims and events as folders by published_at month")
    export_parser.set_defaults(handler=export)

    add_eval_arguments(commands.add_parser("eval", help="score extraction against gold annotations"))

    bench_parser = commands.add_parser("bench", help="time raw nlp.pipe and newsclaims run on a corpus of .txt files")
    bench_parser.add_argument("--corpus", type=Path, help="e.g. ../shared/bench/bbc")
    bench_parser.add_argument("--hostile", action="store_true",
                              help="instead: time and peak RSS of a run over each of a set of hostile inputs")
    bench_parser.add_argument("--ui", action="store_true",
                              help="time the UI's Materialize all against newsclaims run (default corpus: the sample)")
    bench_parser.add_argument("--limit", type=int, help="only the first N files")
    bench_parser.add_argument("--synthesize", type=int, metavar="N",
                              help="bench N articles recombined from the corpus's paragraphs instead")
    bench_parser.add_argument("--n-process", type=int, default=1)
    _add_batch_arguments(bench_parser)
    bench_parser.add_argument("--no-raw", action="store_true", help="skip the raw nlp.pipe phase (memory runs)")
    bench_parser.set_defaults(handler=benchmark)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except (CliError, WarehouseError) as error:
        print(f"newsclaims: error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
