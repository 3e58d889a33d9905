"""The `newsclaims` command: run the asset graph, query the database, score the extractors.

`run` materialises the same Dagster assets and checks the UI shows (`materialize`), with
the same resources built from flags instead of the environment: there is no second path.
Errors a user can act on end in one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from importlib import resources
from pathlib import Path

import duckdb

from assets.progress import STYLES as PROGRESS_STYLES
from assets.progress import resolve as resolve_progress
from assets.settings import DEFAULT_DB, SAMPLE_DIR, NewsclaimsSettings
from assets.summary import database_summary
from pipeline.ingest import InputError, iter_input_paths
from warehouse.resource import Warehouse, WarehouseError
from warehouse.read_only import QueryRefused, bundled_queries, duckdb_message, read_only_statements, text_table

EVENTS_DEV = Path(__file__).resolve().parents[1] / "tests" / "data" / "events_dev.json"
SEED_GOLD = Path(str(resources.files("pipeline.evaluation") / "data" / "seed_article.gold.json"))
QUIET_LOGS = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}


# Evaluation and benchmark data are not shipped (licences); where to get them.
POLNEAR_ORIGIN = ("The PolNeAR corpus is not shipped: get it from github.com/networkdynamics/PolNeAR "
                  "and convert a split to the gold format (README, 'Measured quality').")
BBC_ORIGIN = ("The BBC News corpus is not shipped: get it from mlg.ucd.ie/datasets/bbc.html "
              "(Greene and Cunningham, 2006) and pass its folder of .txt files.")


def skipped(reason: str) -> int:
    """Data a command needs is absent: one line on stderr and exit 0, so scripts go on."""
    print(f"newsclaims: skipped {reason}", file=sys.stderr)
    return 0


class CliError(Exception):
    """A one-line message for the user."""


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


def evaluate(args: argparse.Namespace) -> int:
    from pipeline.evaluation.report import evaluate_gold_files

    gold_files = args.gold or [SEED_GOLD]
    for path in gold_files:
        if not Path(path).is_file():
            raise CliError(f"no gold file at {path}")
    if args.bbc_gold and not args.bbc_gold.is_dir():
        raise CliError(f"no BBC gold directory at {args.bbc_gold}")
    print(evaluate_gold_files([Path(p) for p in gold_files]))
    if args.polnear:
        from pipeline.evaluation.polnear import evaluate_polnear

        if not Path(args.polnear).is_dir():
            return skipped(f"PolNeAR scoring: no directory at {args.polnear}. {POLNEAR_ORIGIN}")
        report = evaluate_polnear(Path(args.polnear))
        print(report.format())
        if args.by_pattern:
            print(report.format_patterns())
    if args.bbc_gold:
        _evaluate_bbc_gold(args.bbc_gold, args.corpus, examples=10**6 if args.cases else 3)
    for directory in args.html or []:
        from pipeline.evaluation.html_pages import evaluate_layers

        if not (Path(directory) / "expected.json").is_file():
            raise CliError(f"no HTML page set at {directory} (a directory of pages with an expected.json)")
        *layers, product = evaluate_layers(Path(directory))
        print("\n".join(report.format(details=False) for report in layers))
        print(product.format())
    _evaluate_event_sets(args)
    return 0


def _evaluate_bbc_gold(gold_dir: Path, corpus: Path, examples: int) -> None:
    if not corpus.is_dir():
        skipped(f"BBC gold {gold_dir}: no corpus at {corpus}. {BBC_ORIGIN}")
        return
    from pipeline.evaluation.bbc_gold import evaluate_bbc_gold, format_report

    print(format_report(evaluate_bbc_gold(gold_dir, corpus), examples=examples, title=f"BBC gold {gold_dir}"))


def _evaluate_event_sets(args: argparse.Namespace) -> None:
    """Event typing on sentence sets: the annotated dev set, PETRARCH's unit tests."""
    from pipeline.evaluation import events_dev

    sets = []
    if args.events_dev:
        if not args.events_dev.is_file():
            raise CliError(f"no event dev set at {args.events_dev}")
        sets.append((f"event set {args.events_dev.name}", events_dev.load_dev_set(args.events_dev)))
    if args.petrarch:
        if not args.petrarch.is_file():
            raise CliError(f"no PETRARCH unit-test file at {args.petrarch}")
        sets.append(("PETRARCH unit tests", events_dev.load_petrarch_tests(args.petrarch)))
    for name, sentences in sets:
        print(events_dev.evaluate_sentences(name, sentences).format(errors=args.errors))


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

    eval_parser = commands.add_parser("eval", help="score extraction against gold annotations")
    eval_parser.add_argument("--gold", action="append", type=Path, metavar="GOLD_JSON",
                             help="a gold file in the seed format (default: the shipped seed article)")
    eval_parser.add_argument("--polnear", type=Path, metavar="DIR",
                             help="also score a PolNeAR-format directory, e.g. ../shared/eval/polnear_dev")
    eval_parser.add_argument("--bbc-gold", type=Path, metavar="DIR",
                             help="also score a BBC gold directory: tests/data/bbc_gold (development) "
                                  "or tests/data/bbc_heldout (held out)")
    eval_parser.add_argument("--corpus", type=Path, default=Path("../shared/bench/bbc"), metavar="DIR",
                             help="the BBC texts the gold names (default ../shared/bench/bbc; skipped if absent)")
    eval_parser.add_argument("--cases", action="store_true",
                             help="with --bbc-gold: list every case of each error class, not three examples")
    eval_parser.add_argument("--by-pattern", action="store_true",
                             help="with --polnear: each attribution pattern's precision and the recall it alone contributes")
    eval_parser.add_argument("--html", action="append", type=Path, metavar="DIR",
                             help="also report HTML cleaning pass counts per layer on a page set with expected.json, "
                                  "e.g. tests/data/html (repeatable)")
    eval_parser.add_argument("--events-dev", type=Path, nargs="?", const=EVENTS_DEV, metavar="JSON",
                             help="also score event typing on the annotated dev set (default tests/data/events_dev.json)")
    eval_parser.add_argument("--petrarch", type=Path, metavar="XML",
                             help="also score event typing on PETR.UnitTest.records.xml, e.g. ../shared/events/")
    eval_parser.add_argument("--errors", action="store_true",
                             help="with --events-dev or --petrarch: list each sentence typed wrong and the events found")
    eval_parser.set_defaults(handler=evaluate)

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
