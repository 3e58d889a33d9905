"""Pass counts of HTML extraction on a directory of pages with snippet expectations.

The directory holds HTML pages and an `expected.json` mapping each file name to `with`
snippets (article text that must be in the stored text) and `without` snippets (boilerplate
that must not be). A page passes when every `with` and no `without` snippet is there; a page
the ingestion rejects passes nothing. `evaluate_layers` scores trafilatura's defaults and then
each cleaning layer switched on in turn, so the gain of every layer is visible.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import trafilatura

from pipeline.ingest.article import LAYERS
from pipeline.ingest.formats import ContentError, decode, extract_html


@dataclass
class PageResult:
    name: str
    missing: list[str] = field(default_factory=list)
    leaked: list[str] = field(default_factory=list)
    rejected: str | None = None

    @property
    def passed(self) -> bool:
        return not (self.missing or self.leaked or self.rejected)


@dataclass
class HtmlReport:
    label: str
    pages: list[PageResult]

    @property
    def passed(self) -> int:
        return sum(page.passed for page in self.pages)

    def format(self, *, details: bool = True) -> str:
        lines = [f"{self.label}: {self.passed}/{len(self.pages)} pages pass"]
        for page in self.pages if details else []:
            if page.rejected:
                lines.append(f"  FAIL {page.name}: rejected ({page.rejected})")
            elif not page.passed:
                lines.append(f"  FAIL {page.name}: missing {page.missing} leaked {page.leaked}")
        return "\n".join(lines)


def page_text(path: Path, layers: Sequence[str] = LAYERS) -> str:
    """The stored text of one page under `layers`; ContentError if the page is rejected.
    With no layer: `trafilatura.extract` with its defaults, the reference to beat."""
    raw = path.read_bytes()
    if not layers:
        return trafilatura.extract(raw) or ""
    page, encoding = decode(raw)
    return extract_html(page, encoding, layers).text


def evaluate_pages(directory: Path, layers: Sequence[str] = LAYERS, label: str | None = None) -> HtmlReport:
    expected = json.loads((directory / "expected.json").read_text(encoding="utf-8"))
    results = []
    for name, snippets in sorted(expected.items()):
        try:
            text = page_text(directory / name, layers)
        except ContentError as error:
            results.append(PageResult(name, rejected=f"{error.reason}: {error.detail}"))
            continue
        results.append(
            PageResult(
                name,
                missing=[s for s in snippets["with"] if s not in text],
                leaked=[s for s in snippets["without"] if s in text],
            )
        )
    return HtmlReport(label or f"{directory} [{'+'.join(layers) or 'trafilatura defaults'}]", results)


def evaluate_layers(directory: Path) -> list[HtmlReport]:
    """trafilatura's defaults, then each cleaning layer added in turn (the last is the product)."""
    return [
        evaluate_pages(directory, LAYERS[:count], f"{directory} {'+ ' + LAYERS[count - 1] if count else 'trafilatura defaults'}")
        for count in range(len(LAYERS) + 1)
    ]
