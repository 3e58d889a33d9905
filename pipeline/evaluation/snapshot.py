"""Extraction output as sorted JSON lines, to show a refactoring leaves it unchanged.

`take` reads each corpus with the ingestion `newsclaims run` uses, parses it and runs
`pipeline.process.process` on every document, then writes one line per row of every extraction
table (claims, source_mentions, events, sentences, quantities, event_claims), sorted, to
`OUT/<corpus>.jsonl`. `diff` compares two such directories corpus by corpus.

Parses can be cached (`--parse-cache DIR`, a DocBin per corpus keyed by the texts and the model)
so that re-running extraction after a code change costs no parse; the cache holds no
extraction state (`Doc.user_data` is not stored).

Corpora (paths relative to the repository root and to `--shared`, default ../shared):
  seed         pipeline/evaluation/data/seed_article.txt
  sample       assets/sample/
  html         SHARED/eval/html
  polnear_dev  SHARED/eval/polnear_dev/*.txt
  bbc200       SHARED/bench/bbc: the first 40 files by name of each of the 5 sections

Usage:
  python -m pipeline.evaluation.snapshot take OUT [--corpus NAME ...] [--parse-cache DIR]
  python -m pipeline.evaluation.snapshot diff BEFORE AFTER [--show N]
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BBC_PER_SECTION = 40
TABLES = ("claims", "source_mentions", "events", "sentences", "claim_quantities", "event_quantities", "event_claims")


def corpus_paths(name: str, shared: Path) -> list[Path]:
    """The input files of a named corpus, in a fixed order."""
    if name == "seed":
        return [REPO / "pipeline/evaluation/data/seed_article.txt"]
    if name == "sample":
        return [REPO / "assets/sample"]
    if name == "html":
        return [shared / "eval/html"]
    if name == "polnear_dev":
        return sorted((shared / "eval/polnear_dev").glob("*.txt"))
    if name == "bbc200":
        sections = sorted(p for p in (shared / "bench/bbc").iterdir() if p.is_dir())
        return [path for section in sections for path in sorted(section.glob("*.txt"))[:BBC_PER_SECTION]]
    raise ValueError(f"unknown corpus {name!r}")


CORPORA = ("seed", "sample", "html", "polnear_dev", "bbc200")


def _documents(paths: list[Path]) -> list:
    from pipeline.ingest import read_inputs
    from pipeline.models import Document

    return [outcome for _, outcome in read_inputs(paths) if isinstance(outcome, Document)]


def _parsed(name: str, documents: list, cache: Path | None) -> list:
    """The documents' parses, from the cache when it holds these texts under this model."""
    from spacy.tokens import DocBin

    from pipeline.nlp import installed_model, load_nlp, parse_stream

    key = hashlib.sha256(installed_model().encode())
    for document in documents:
        key.update(document.text.encode())
    cached = cache / f"{name}-{key.hexdigest()[:12]}.spacy" if cache else None
    if cached and cached.is_file():
        return list(DocBin().from_disk(cached).get_docs(load_nlp().vocab))
    docs = [doc for doc, _ in parse_stream((d.text, None) for d in documents)]
    if cached:
        cache.mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs, store_user_data=False).to_disk(cached)
    return docs


def _lines(documents: list, docs: list) -> list[str]:
    from pipeline.process import process

    lines = []
    for document, doc in zip(documents, docs, strict=True):
        result = process(doc, document)
        where = Path(document.uri).name
        for table in TABLES:
            for row in getattr(result, table):
                record = {"table": table, "file": where, **dataclasses.asdict(row)}
                lines.append(json.dumps(record, sort_keys=True, default=str, ensure_ascii=False))
    return sorted(lines)


def take(out: Path, corpora: list[str], shared: Path, cache: Path | None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in corpora:
        documents = _documents(corpus_paths(name, shared))
        lines = _lines(documents, _parsed(name, documents, cache))
        (out / f"{name}.jsonl").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        counts = Counter(json.loads(line)["table"] for line in lines)
        print(f"{name}: {len(documents)} documents, " + ", ".join(f"{counts[t]} {t}" for t in TABLES))


def diff(before: Path, after: Path, show: int) -> int:
    """Print per corpus whether the rows are identical, else the rows only on each side."""
    changed = 0
    for old_file in sorted(before.glob("*.jsonl")):
        new_file = after / old_file.name
        if not new_file.is_file():
            print(f"{old_file.stem}: missing in {after}")
            changed += 1
            continue
        old = set(old_file.read_text(encoding="utf-8").splitlines())
        new = set(new_file.read_text(encoding="utf-8").splitlines())
        if old == new:
            print(f"{old_file.stem}: identical ({len(old)} rows)")
            continue
        changed += 1
        gone, added = sorted(old - new), sorted(new - old)
        by_table = Counter(f"-{json.loads(line)['table']}" for line in gone)
        by_table.update(f"+{json.loads(line)['table']}" for line in added)
        print(f"{old_file.stem}: {len(gone)} rows removed, {len(added)} added: {dict(sorted(by_table.items()))}")
        for line in gone[:show]:
            print(f"  - {line}")
        for line in added[:show]:
            print(f"  + {line}")
    return 1 if changed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluation.snapshot", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    take_parser = commands.add_parser("take", help="write the extraction rows of each corpus to OUT/<corpus>.jsonl")
    take_parser.add_argument("out", type=Path)
    take_parser.add_argument("--corpus", action="append", choices=CORPORA, help="default: all")
    take_parser.add_argument("--shared", type=Path, default=Path("../shared"))
    take_parser.add_argument("--parse-cache", type=Path, help="keep each corpus's parse here (DocBin)")
    diff_parser = commands.add_parser("diff", help="compare two snapshot directories")
    diff_parser.add_argument("before", type=Path)
    diff_parser.add_argument("after", type=Path)
    diff_parser.add_argument("--show", type=int, default=5, help="rows to print per side and corpus")
    args = parser.parse_args(argv)
    if args.command == "take":
        take(args.out, args.corpus or list(CORPORA), args.shared, args.parse_cache)
        return 0
    return diff(args.before, args.after, args.show)


if __name__ == "__main__":
    sys.exit(main())
