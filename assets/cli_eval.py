"""`newsclaims eval`: score the extractors against gold annotations and annotated sentence sets."""

from __future__ import annotations

import argparse
from importlib import resources
from pathlib import Path

from assets.cli_messages import BBC_ORIGIN, POLNEAR_ORIGIN, CliError, skipped

EVENTS_DEV = Path(__file__).resolve().parents[1] / "tests" / "data" / "events_dev.json"
SEED_GOLD = Path(str(resources.files("pipeline.evaluation") / "data" / "seed_article.gold.json"))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The `eval` subcommand's options; each names the data set it scores."""
    parser.add_argument("--gold", action="append", type=Path, metavar="GOLD_JSON",
                        help="a gold file in the seed format (default: the shipped seed article)")
    parser.add_argument("--polnear", type=Path, metavar="DIR",
                        help="also score a PolNeAR-format directory, e.g. ../shared/eval/polnear_dev")
    parser.add_argument("--bbc-gold", type=Path, metavar="DIR",
                        help="also score a BBC gold directory: tests/data/bbc_gold (development) "
                        "or a held-out one (tests/data/bbc_heldout*)")
    parser.add_argument("--corpus", type=Path, default=Path("../shared/bench/bbc"), metavar="DIR",
                        help="the BBC texts the gold names (default ../shared/bench/bbc; skipped if absent)")
    parser.add_argument("--cases", action="store_true",
                        help="with --bbc-gold: list every case of each error class, not three examples")
    parser.add_argument("--by-pattern", action="store_true",
                        help="with --polnear: each attribution pattern's precision and the recall it alone contributes")
    parser.add_argument("--html", action="append", type=Path, metavar="DIR",
                        help="also report HTML cleaning pass counts per layer on a page set with expected.json, "
                        "e.g. tests/data/html (repeatable)")
    parser.add_argument("--events-dev", type=Path, nargs="?", const=EVENTS_DEV, metavar="JSON",
                        help="also score event typing on the annotated dev set (default tests/data/events_dev.json)")
    parser.add_argument("--petrarch", type=Path, metavar="XML",
                        help="also score event typing on PETR.UnitTest.records.xml, e.g. ../shared/events/")
    parser.add_argument("--errors", action="store_true",
                        help="with --events-dev or --petrarch: list each sentence typed wrong and the events found")
    parser.set_defaults(handler=evaluate)


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
