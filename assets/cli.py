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

from assets.settings import DEFAULT_DB, SAMPLE_DIR, NewsclaimsSettings
from pipeline.ingest import InputError, iter_input_paths
from warehouse.resource import Warehouse, WarehouseError
from warehouse.schema import sql_files

SUMMARY_TABLES = (
    "documents", "rejected_documents", "sentences", "claims", "claim_quantities",
    "sources", "events", "event_quantities", "event_claims", "event_clusters",
)
EVENTS_DEV = Path(__file__).resolve().parents[1] / "tests" / "data" / "events_dev.json"
SEED_GOLD = Path(str(resources.files("pipeline.evaluation") / "data" / "seed_article.gold.json"))
QUIET_LOGS = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}


class CliError(Exception):
    """A one-line message for the user."""


def _root_cause(error) -> str:
    """The innermost message of a Dagster SerializableErrorInfo chain, one line."""
    while error.cause is not None:
        error = error.cause
    return error.message.strip().splitlines()[0] if error.message.strip() else error.cls_name


def _print_counts(warehouse: Warehouse) -> None:
    with warehouse.read() as con:
        counts = [(t, con.execute(f"select count(*) from {t}").fetchone()[0]) for t in SUMMARY_TABLES]
    width = max(len(t) for t, _ in counts)
    print(f"\n{warehouse.db_path}")
    for table_name, count in counts:
        print(f"  {table_name:<{width}}  {count:>8,}")


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
        input_paths=inputs, n_process=args.n_process, batch_size=args.batch_size, show_progress=not args.quiet
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
    failed_checks = [
        f"{e.asset_key.to_user_string()}.{e.check_name}: {e.description or 'failed'}"
        for e in result.get_asset_check_evaluations()
        if not e.passed
    ]
    for line in failed_checks:
        print(f"check failed: {line}", file=sys.stderr)
    if failures:
        raise CliError(failures[0])
    _print_counts(warehouse)
    return 0 if result.success and not failed_checks else 1


def bundled_queries() -> dict[str, str]:
    """The example analyst queries in warehouse/queries, by file stem."""
    return sql_files("queries")


def query(args: argparse.Namespace) -> int:
    sql = bundled_queries().get(args.sql, args.sql)
    warehouse = Warehouse(db_path=str(args.db), lock_timeout_s=args.lock_timeout)
    with warehouse.read() as con:
        try:
            relation = con.sql(sql)
        except duckdb.Error as error:
            raise CliError(str(error).splitlines()[0]) from None
        if relation is None:
            return 0
        relation.show(max_rows=args.max_rows, max_width=200)
    return 0


def evaluate(args: argparse.Namespace) -> int:
    from pipeline.evaluation.report import evaluate_gold_files

    gold_files = args.gold or [SEED_GOLD]
    for path in gold_files:
        if not Path(path).is_file():
            raise CliError(f"no gold file at {path}")
    print(evaluate_gold_files([Path(p) for p in gold_files]))
    if args.polnear:
        from pipeline.evaluation.polnear import evaluate_polnear

        if not Path(args.polnear).is_dir():
            raise CliError(f"no PolNeAR gold directory at {args.polnear}")
        print(evaluate_polnear(Path(args.polnear)).format())
    _evaluate_event_sets(args)
    return 0


def _evaluate_event_sets(args: argparse.Namespace) -> None:
    """Event typing on sentence sets: the annotated dev set, PETRARCH's unit tests."""
    from pipeline.evaluation import events_dev

    sets = []
    if args.events_dev:
        if not args.events_dev.is_file():
            raise CliError(f"no event dev set at {args.events_dev}")
        sets.append(("events dev set", events_dev.load_dev_set(args.events_dev)))
    if args.petrarch:
        if not args.petrarch.is_file():
            raise CliError(f"no PETRARCH unit-test file at {args.petrarch}")
        sets.append(("PETRARCH unit tests", events_dev.load_petrarch_tests(args.petrarch)))
    for name, sentences in sets:
        print(events_dev.evaluate_sentences(name, sentences).format())


def _add_db_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, default=Path(os.environ.get("NEWSCLAIMS_DB", DEFAULT_DB)),
                        help=f"DuckDB file (default: $NEWSCLAIMS_DB or {DEFAULT_DB})")
    parser.add_argument("--lock-timeout", type=float, default=60.0, metavar="SECONDS",
                        help="how long to wait for another process's lock on the file (default 60)")


def benchmark(args: argparse.Namespace) -> int:
    import tempfile

    from assets.bench import bench, synthesize_corpus

    if not args.corpus.is_dir():
        raise CliError(f"no corpus directory at {args.corpus}")
    with tempfile.TemporaryDirectory(prefix="newsclaims-corpus-") as tmp:
        corpus = synthesize_corpus(args.corpus, Path(tmp), args.synthesize) if args.synthesize else args.corpus
        print(bench(corpus, limit=args.limit, n_process=args.n_process, batch_size=args.batch_size, raw=not args.no_raw))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsclaims", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)

    run_parser = commands.add_parser("run", help="materialise the whole asset graph into the DuckDB file")
    run_parser.add_argument("--input", action="append", metavar="DIR_OR_FILE",
                            help="articles to ingest (repeatable; default: the bundled sample)")
    _add_db_arguments(run_parser)
    run_parser.add_argument("--n-process", type=int, default=1, help="spaCy worker processes (default 1)")
    run_parser.add_argument("--batch-size", type=int, default=64, help="documents per parse/write batch")
    run_parser.add_argument("--quiet", action="store_true", help="no progress display")
    run_parser.set_defaults(handler=run)

    query_parser = commands.add_parser("query", help="run SQL on the database (read-only) and print a table")
    query_parser.add_argument("sql", help="SQL, or the name of a bundled query: " + ", ".join(sorted(bundled_queries())))
    _add_db_arguments(query_parser)
    query_parser.add_argument("--max-rows", type=int, default=40)
    query_parser.set_defaults(handler=query)

    eval_parser = commands.add_parser("eval", help="score extraction against gold annotations")
    eval_parser.add_argument("--gold", action="append", type=Path, metavar="GOLD_JSON",
                             help="a gold file in the seed format (default: the shipped seed article)")
    eval_parser.add_argument("--polnear", type=Path, metavar="DIR",
                             help="also score a PolNeAR-format directory, e.g. ../shared/eval/polnear_dev")
    eval_parser.add_argument("--events-dev", type=Path, nargs="?", const=EVENTS_DEV, metavar="JSON",
                             help="also score event typing on the annotated dev set (default tests/data/events_dev.json)")
    eval_parser.add_argument("--petrarch", type=Path, metavar="XML",
                             help="also score event typing on PETR.UnitTest.records.xml, e.g. ../shared/events/")
    eval_parser.set_defaults(handler=evaluate)

    bench_parser = commands.add_parser("bench", help="time raw nlp.pipe and newsclaims run on a corpus of .txt files")
    bench_parser.add_argument("--corpus", type=Path, required=True, help="e.g. ../shared/bench/bbc")
    bench_parser.add_argument("--limit", type=int, help="only the first N files")
    bench_parser.add_argument("--synthesize", type=int, metavar="N",
                              help="bench N articles recombined from the corpus's paragraphs instead")
    bench_parser.add_argument("--n-process", type=int, default=1)
    bench_parser.add_argument("--batch-size", type=int, default=64)
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
