"""`newsclaims bench`: the pipeline's throughput against the parser's, on one corpus.

Three phases, each in a fresh child process so that each gets its own peak RSS (read with
os.wait4): raw `nlp.pipe` over the corpus texts (the physical limit), `newsclaims run` into a
fresh DuckDB file, and the same run again (a no-op: nothing new to read or parse).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pipeline.ingest import iter_input_paths


def corpus_texts(corpus: Path, limit: int | None) -> list[Path]:
    paths = [p for p in iter_input_paths([corpus]) if p.suffix == ".txt"]
    return paths[:limit] if limit else paths


def synthesize_corpus(source: Path, target: Path, count: int, seed: int = 13) -> Path:
    """Write `count` articles made of one paragraph from each of three source articles.

    Recombined articles are new texts, so deduplication keeps them: a corpus of any size
    with the vocabulary and sentence shapes of the real one, for memory-scaling runs.
    """
    rng = random.Random(seed)
    articles = [p.read_text(encoding="utf-8").split("\n\n") for p in corpus_texts(source, None)]
    target.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        picked = rng.sample(articles, 3)
        title = picked[0][0]
        body = [rng.choice(article[1:]) for article in picked if len(article) > 1]
        (target / f"{i:06d}.txt").write_text("\n\n".join([title, *body]) + "\n", encoding="utf-8")
    return target


def _raw_parse(corpus: Path, limit: int | None, n_process: int, batch_size: int) -> dict:
    from pipeline.nlp import load_nlp

    texts = [p.read_text(encoding="utf-8", errors="replace") for p in corpus_texts(corpus, limit)]
    start = time.perf_counter()
    nlp = load_nlp()
    sentences = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=batch_size, n_process=n_process))
    return {"sentences": sentences, "seconds": time.perf_counter() - start}


def _pipeline_run(corpus: Path, limit: int | None, n_process: int, batch_size: int, db: Path) -> dict:
    from assets.cli import main

    inputs = corpus
    if limit:
        inputs = Path(tempfile.mkdtemp(prefix="newsclaims-bench-"))
        for path in corpus_texts(corpus, limit):
            (inputs / f"{path.parent.name}-{path.name}").symlink_to(path.resolve())
    start = time.perf_counter()
    code = main(["run", "--input", str(inputs), "--db", str(db), "--n-process", str(n_process),
                 "--batch-size", str(batch_size), "--quiet"])
    return {"exit_code": code, "seconds": time.perf_counter() - start}


def _child(phase: str, **options) -> tuple[dict, int]:
    """Run one phase in a child process; (its result, its peak RSS in MB)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "assets.bench", phase, json.dumps(options)], stdout=subprocess.PIPE, text=True
    )
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        raise RuntimeError(f"benchmark phase {phase} failed (status {status})")
    return json.loads(output.strip().splitlines()[-1]), usage.ru_maxrss // 1024


def corpus_size(corpus: Path, limit: int | None) -> tuple[int, int]:
    """(documents, whitespace-separated words) of the corpus."""
    paths = corpus_texts(corpus, limit)
    return len(paths), sum(len(p.read_text(encoding="utf-8", errors="replace").split()) for p in paths)


def bench(corpus: Path, *, limit: int | None, n_process: int, batch_size: int, raw: bool = True) -> str:
    options = {"corpus": str(corpus), "limit": limit, "n_process": n_process, "batch_size": batch_size}
    documents, words = corpus_size(corpus, limit)
    lines = [
        f"corpus: {corpus} ({documents} documents, {words:,} words), n_process={n_process}",
        f"{'phase':<22}{'seconds':>9}{'words/s':>10}{'peak RSS MB':>13}",
    ]
    if raw:
        parsed, raw_rss = _child("raw", **options)
        lines.append(f"{'raw nlp.pipe':<22}{parsed['seconds']:>9.1f}{words / parsed['seconds']:>10,.0f}{raw_rss:>13,}")
    with tempfile.TemporaryDirectory(prefix="newsclaims-bench-") as tmp:
        db = str(Path(tmp) / "bench.duckdb")
        first, first_rss = _child("run", db=db, **options)
        again, _ = _child("run", db=db, **options)
    lines += [
        f"{'newsclaims run':<22}{first['seconds']:>9.1f}{words / first['seconds']:>10,.0f}{first_rss:>13,}",
        f"{'no-op rerun':<22}{again['seconds']:>9.1f}",
        f"no-op rerun: {100 * again['seconds'] / first['seconds']:.1f}% of the first run",
    ]
    if raw:
        lines.append(f"pipeline/raw throughput ratio: {parsed['seconds'] / first['seconds']:.2f}")
    if first["exit_code"] or again["exit_code"]:
        lines.append(f"warning: run exit codes {first['exit_code']}, {again['exit_code']} (a check failed)")
    return "\n".join(lines)


if __name__ == "__main__":
    phase, raw_options = sys.argv[1], json.loads(sys.argv[2])
    corpus_path, db_path = Path(raw_options.pop("corpus")), raw_options.pop("db", None)
    if phase == "raw":
        result = _raw_parse(corpus_path, **raw_options)
    else:
        result = _pipeline_run(corpus_path, db=Path(db_path), **raw_options)
    print(json.dumps(result))
