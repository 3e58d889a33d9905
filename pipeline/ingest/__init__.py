"""Ingestion: input files to documents or rejections with a reason.

`reader` walks inputs and gives each one outcome; `formats` decodes and extracts HTML, text,
JSON lines and WARC records; `cleaning` removes page furniture; `language` detects the
language; `dedup` finds exact and near-duplicate documents.
"""

from pipeline.ingest.reader import InputError, iter_input_paths, read_inputs

__all__ = ["InputError", "iter_input_paths", "read_inputs"]
