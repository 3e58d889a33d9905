"""`newsclaims bench`: the pipeline's throughput against the parser's, on one corpus.

Three phases, each in a fresh child process so that each gets its own peak RSS (read with
os.wait4): raw `nlp.pipe` over the corpus texts (the physical limit), `newsclaims run` into a
fresh DuckDB file, and the same run again (a no-op: nothing new to read or parse).

`bench_hostile` runs `newsclaims run` over one hostile input at a time (decompression bombs,
`/dev/zero`, over-long texts, the longest text the limits accept), each in its own child
process: its time, peak RSS and outcome.
"""

from __future__ import annotations

import gzip
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


def _raw_parse(corpus: Path, limit: int | None, n_process: int, parse_batch_size: int, batch_size: int) -> dict:
    """nlp.pipe alone; batch_size, the run's write transaction, has no part in it."""
    from pipeline.nlp import load_nlp

    texts = [p.read_text(encoding="utf-8", errors="replace") for p in corpus_texts(corpus, limit)]
    start = time.perf_counter()
    nlp = load_nlp()
    sentences = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=parse_batch_size, n_process=n_process))
    return {"sentences": sentences, "seconds": time.perf_counter() - start}


def _pipeline_run(corpus: Path, limit: int | None, n_process: int, db: Path, batch_size: int | None = None,
                  parse_batch_size: int | None = None) -> dict:
    """`newsclaims run`, with its own batch defaults unless given."""
    from assets.cli import main

    inputs = corpus
    if limit:
        inputs = Path(tempfile.mkdtemp(prefix="newsclaims-bench-"))
        for path in corpus_texts(corpus, limit):
            (inputs / f"{path.parent.name}-{path.name}").symlink_to(path.resolve())
    start = time.perf_counter()
    batches = [] if batch_size is None else ["--batch-size", str(batch_size)]
    batches += [] if parse_batch_size is None else ["--parse-batch-size", str(parse_batch_size)]
    code = main(["run", "--input", str(inputs), "--db", str(db), "--n-process", str(n_process), *batches, "--quiet"])
    return {"exit_code": code, "seconds": time.perf_counter() - start}


def _child(phase: str, **options) -> tuple[dict, int, float]:
    """Run one phase in a child process; (its result, its peak RSS in MB, its CPU seconds)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "assets.bench", phase, json.dumps(options)], stdout=subprocess.PIPE, text=True
    )
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        raise RuntimeError(f"benchmark phase {phase} failed (status {status})")
    return json.loads(output.strip().splitlines()[-1]), usage.ru_maxrss // 1024, usage.ru_utime + usage.ru_stime


def _ui_run(selection: list[str], tags: dict[str, str]) -> dict:
    """One run of the backfill, in its own process as the UI's run launcher starts it."""
    import dagster as dg

    from assets.definitions import newsclaims_job_from_env

    with dg.DagsterInstance.get() as instance:
        result = dg.execute_job(dg.reconstructable(newsclaims_job_from_env), instance,
                                asset_selection=[dg.AssetKey(k) for k in selection], tags=tags)
        return {"success": result.success, "checks": len(result.get_asset_check_evaluations())}


def _ui_materialize_all(corpus: Path, db: Path) -> dict:
    """"Materialize all" as the UI launches it, through Dagster's API: the asset backfill's runs.

    The backfill of the whole graph runs ingestion, then extraction in runs of
    BUCKETS_PER_BACKFILL_RUN buckets at the same time, then sources and event_clusters. Each
    run is a process of its own (as `dagster dev`'s run launcher makes it) executing the job with
    its executor and its assets' checks, on an instance with dagster_home/dagster.yaml (the
    `duckdb` pool of 1). Not counted: the backfill daemon's polling between runs (a tick about
    every second in `dagster dev`).
    """
    from assets.extraction import EXTRACTION_TABLES
    from assets.partitions import BUCKET_COUNT, BUCKETS_PER_BACKFILL_RUN

    home = Path(tempfile.mkdtemp(prefix="newsclaims-dagster-home-"))
    (home / "dagster.yaml").write_text((Path(__file__).parents[1] / "dagster_home" / "dagster.yaml").read_text())
    env = {**os.environ, "DAGSTER_HOME": str(home), "NEWSCLAIMS_INPUT": str(corpus), "NEWSCLAIMS_DB": str(db),
           "GX_ANALYTICS_ENABLED": "False"}

    def launch(selection: list[str], tags: dict[str, str] | None = None) -> subprocess.Popen:
        options = json.dumps({"selection": selection, "tags": tags or {}})
        return subprocess.Popen([sys.executable, "-m", "assets.bench", "ui-run", options], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)

    ranges = [(str(s), str(s + BUCKETS_PER_BACKFILL_RUN - 1)) for s in range(0, BUCKET_COUNT, BUCKETS_PER_BACKFILL_RUN)]
    stages = [
        [(["documents", "rejected_documents"], None)],
        [(list(EXTRACTION_TABLES), {"dagster/asset_partition_range_start": a, "dagster/asset_partition_range_end": b})
         for a, b in ranges],
        [(["sources", "event_clusters"], None)],
    ]
    start = time.perf_counter()
    outcomes = []
    for stage in stages:  # the runs of one stage at the same time, as the backfill launches them
        for run in [launch(selection, tags) for selection, tags in stage]:
            output, _ = run.communicate()
            outcomes.append(json.loads(output.strip().splitlines()[-1]) if run.returncode == 0 else {"success": False})
    return {"seconds": time.perf_counter() - start, "runs": len(outcomes),
            "success": all(o["success"] for o in outcomes), "checks": sum(o.get("checks", 0) for o in outcomes)}


def ui_versus_cli(corpus: Path) -> str:
    """The UI's "Materialize all" against `newsclaims run`, each into a fresh file in a fresh process."""
    with tempfile.TemporaryDirectory(prefix="newsclaims-bench-") as tmp:
        cli, _, _ = _child("run", corpus=str(corpus), limit=None, n_process=1, db=f"{tmp}/cli.duckdb")
        ui, _, _ = _child("ui", corpus=str(corpus), db=f"{tmp}/ui.duckdb")
    return "\n".join([
        f"corpus: {corpus}",
        f"{'newsclaims run':<34}{cli['seconds']:>8.1f} s",
        f"{'UI Materialize all (' + str(ui['runs']) + ' runs, ' + str(ui['checks']) + ' checks)':<34}"
        f"{ui['seconds']:>8.1f} s{'' if ui['success'] else '  (a run failed)'}",
        f"UI / CLI: {ui['seconds'] / cli['seconds']:.1f}x",
    ])


def corpus_size(corpus: Path, limit: int | None) -> tuple[int, int]:
    """(documents, whitespace-separated words) of the corpus."""
    paths = corpus_texts(corpus, limit)
    return len(paths), sum(len(p.read_text(encoding="utf-8", errors="replace").split()) for p in paths)


def _documents_stored(db: Path) -> int:
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("select count(*) from documents").fetchone()[0]


def bench(corpus: Path, *, limit: int | None, n_process: int, batch_size: int, parse_batch_size: int,
          raw: bool = True) -> str:
    options = {"corpus": str(corpus), "limit": limit, "n_process": n_process, "batch_size": batch_size,
               "parse_batch_size": parse_batch_size}
    documents, words = corpus_size(corpus, limit)
    lines = [
        f"corpus: {corpus} ({documents} documents, {words:,} words), n_process={n_process}",
        f"{'phase':<22}{'seconds':>9}{'CPU s':>8}{'words/s':>10}{'peak RSS MB':>13}",
    ]
    if raw:
        parsed, raw_rss, raw_cpu = _child("raw", **options)
        lines.append(f"{'raw nlp.pipe':<22}{parsed['seconds']:>9.1f}{raw_cpu:>8.1f}{words / parsed['seconds']:>10,.0f}"
                     f"{raw_rss:>13,}")
    with tempfile.TemporaryDirectory(prefix="newsclaims-bench-") as tmp:
        db = str(Path(tmp) / "bench.duckdb")
        first, first_rss, first_cpu = _child("run", db=db, **options)
        again, _, again_cpu = _child("run", db=db, **options)
        parsed_by_run = _documents_stored(Path(db))
    lines += [
        f"{'newsclaims run':<22}{first['seconds']:>9.1f}{first_cpu:>8.1f}{words / first['seconds']:>10,.0f}{first_rss:>13,}",
        f"{'no-op rerun':<22}{again['seconds']:>9.1f}{again_cpu:>8.1f}",
        f"no-op rerun: {100 * again['seconds'] / first['seconds']:.1f}% of the first run",
    ]
    if raw:
        lines.append(f"pipeline/raw throughput ratio: {parsed['seconds'] / first['seconds']:.2f} (wall), "
                     f"{raw_cpu / first_cpu:.2f} (CPU); load average {os.getloadavg()[0]:.1f}")
        # the run parses only the documents ingestion keeps (duplicates are not parsed), raw parses every file
        lines.append(f"documents parsed: raw {documents}, run {parsed_by_run}")
    if first["exit_code"] or again["exit_code"]:
        lines.append(f"warning: run exit codes {first['exit_code']}, {again['exit_code']} (a check failed)")
    return "\n".join(lines)


MB = 1 << 20
_RUN_ON = ("officials said the strikes hit power stations in the region and that repair crews were "
           "working through the night while residents waited for news ")


def _gz_line(path: Path, megabytes: int) -> None:
    """A .jsonl.gz whose second record is one line of `megabytes` MB (about 1 MB gzipped per GB)."""
    with gzip.open(path, "wb", compresslevel=9) as out:
        out.write(b'{"text": "short record"}\n{"text": "')
        block = b"a" * (16 * MB)
        for _ in range(megabytes // 16):
            out.write(block)
        out.write(b'"}\n')


def _text(paragraphs: int, chars: int) -> str:
    """Paragraphs of one run-on sentence each: the longest sentences a parse can meet."""
    run_on = (_RUN_ON * (chars // len(_RUN_ON) + 1))[: chars - 1] + "."
    return "A headline\n\n" + "\n\n".join([run_on] * paragraphs) + "\n"


HOSTILE_INPUTS = {
    "1 GB line in a 1 MB .jsonl.gz": lambda path: _gz_line(path.with_suffix(".jsonl.gz"), 1024),
    "3 GB in a 3 MB .jsonl.gz": lambda path: _gz_line(path.with_suffix(".jsonl.gz"), 3072),
    "symlink to /dev/zero (.txt)": lambda path: path.with_suffix(".txt").symlink_to("/dev/zero"),
    "790 KB text, five sentences": lambda path: path.with_suffix(".txt").write_text(_text(5, 158_000)),
    "longest accepted: 10 x 19,900-char sentences": lambda path: path.with_suffix(".txt").write_text(
        _text(10, 19_900)),
    "20 MB text (max_bytes)": lambda path: path.with_suffix(".txt").write_text(_text(1, 19_000_000)),
    "19 MB HTML page, 115,000 paragraphs": lambda path: path.with_suffix(".html").write_text(
        "<html><body><article>" + f"<p>{_RUN_ON}.</p>" * 115_000 + "</article></body></html>"),
}


def _outcome(db: Path) -> str:
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("select reason from rejected_documents union all "
                           "select 'document, ' || (select count(*) from sentences) || ' sentences' from documents"
                           ).fetchall()
    return ", ".join(sorted(r for (r,) in rows))


def bench_hostile() -> str:
    """`newsclaims run` over each hostile input alone, in a fresh process: seconds, peak RSS, outcome."""
    lines = [f"{'input':<46}{'seconds':>9}{'CPU s':>7}{'peak RSS MB':>13}  outcome"]
    for name, make in HOSTILE_INPUTS.items():
        with tempfile.TemporaryDirectory(prefix="newsclaims-hostile-") as tmp:
            inbox, db = Path(tmp) / "inbox", Path(tmp) / "hostile.duckdb"
            inbox.mkdir()
            make(inbox / "input")
            result, rss, cpu = _child("run", corpus=str(inbox), limit=None, n_process=1, db=str(db))
            lines.append(f"{name:<46}{result['seconds']:>9.1f}{cpu:>7.1f}{rss:>13,}  {_outcome(db)}")
    return "\n".join(lines)


if __name__ == "__main__":
    phase, raw_options = sys.argv[1], json.loads(sys.argv[2])
    corpus_path, db_path = Path(raw_options.pop("corpus", ".")), raw_options.pop("db", None)
    if phase == "raw":
        result = _raw_parse(corpus_path, **raw_options)
    elif phase == "ui":
        result = _ui_materialize_all(corpus_path, Path(db_path))
    elif phase == "ui-run":
        result = _ui_run(**raw_options)
    else:
        result = _pipeline_run(corpus_path, db=Path(db_path), **raw_options)
    print(json.dumps(result))
