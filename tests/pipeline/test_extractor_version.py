"""The extractor version changes whenever code or data that extraction runs changes."""

import json
import subprocess
import sys
from pathlib import Path

from pipeline.process import extraction_files

_IMPORTED_BY_EXTRACTION = """
import json, sys
import pipeline.process
print(json.dumps([m.__file__ for n, m in sys.modules.items() if n.startswith("pipeline.") and getattr(m, "__file__", None)]))
"""


def test_every_module_extraction_imports_is_hashed():
    root = Path(__file__).parents[2]
    out = subprocess.run([sys.executable, "-c", _IMPORTED_BY_EXTRACTION], cwd=root, capture_output=True, text=True, check=True)
    imported = {Path(f).resolve() for f in json.loads(out.stdout)}
    hashed = {f.resolve() for f in extraction_files()}
    assert len(imported) > 20 and imported - hashed == set()


def test_ingestion_and_evaluation_are_not_hashed():
    pipeline_dir = Path(__file__).parents[2] / "pipeline"
    names = {f.name for f in extraction_files()}
    assert {"reader.py", "dedup.py", "polnear.py", "snapshot.py"}.isdisjoint(names)
    assert {f.relative_to(pipeline_dir).parts[0] for f in extraction_files()}.isdisjoint({"ingest", "evaluation"})
    assert {"process.py", "mentions.py", "roles.py", "cue_verbs.py", "registry.py", "reporting_cues.json"} <= names


def test_every_lexicon_key_is_documented():
    from pipeline.lexicons import load

    for name in ("reporting_cues", "source_kinds", "hedges"):
        lexicon = load(name)
        docs = " ".join(v for k, v in lexicon.items() if k.startswith("_doc"))
        assert [k for k in lexicon if not k.startswith("_") and k not in docs] == [], name
