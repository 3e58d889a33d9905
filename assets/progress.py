"""Progress of `newsclaims run` on stderr: a bar with rate and ETA on a terminal, plain lines
for logs (`--progress plain`), or nothing (`--progress none`, the default off a terminal)."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

STYLES = ("auto", "bar", "plain", "none")


def resolve(style: str) -> str:
    """`auto`: a bar when stderr is a terminal, otherwise quiet."""
    if style == "auto":
        return "bar" if sys.stderr.isatty() else "none"
    return style


class _Silent:
    def advance(self, n: int = 1) -> None:
        pass


class _Lines:
    """One line per `every` items: '<verb> 120/700 documents, 11.2 documents/s, ETA 0:00:52'."""

    def __init__(self, verb: str, unit: str, total: int | None, every: int):
        self.verb, self.unit, self.total, self.every = verb, unit, total, every
        self.done = 0
        self.start = time.monotonic()

    def advance(self, n: int = 1) -> None:
        before, self.done = self.done, self.done + n
        if self.done // self.every > before // self.every or self.done == self.total:
            print(self._line(), file=sys.stderr, flush=True)

    def _line(self) -> str:
        rate = self.done / max(time.monotonic() - self.start, 1e-9)
        if not self.total:
            return f"{self.verb} {self.done} {self.unit}, {rate:,.1f} {self.unit}/s"
        eta = timedelta(seconds=round(max(self.total - self.done, 0) / rate)) if rate else "?"
        return f"{self.verb} {self.done}/{self.total} {self.unit}, {rate:,.1f} {self.unit}/s, ETA {eta}"


@contextmanager
def progress(style: str, verb: str, unit: str, total: int | None, every: int = 1) -> Iterator[_Silent | _Lines | _Bar]:
    """A display to `advance(n)` while work proceeds; style is bar, plain or none."""
    if style == "plain":
        yield _Lines(verb, unit, total, every)
        return
    if style != "bar":
        yield _Silent()
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeRemainingColumn
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task) -> Text:
            speed = task.completed / task.elapsed if task.elapsed and task.completed else None  # since start
            return Text(f"{speed:,.1f} {unit}/s" if speed else f"- {unit}/s")

    columns = (TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(), TextColumn(unit), Rate(),
               TextColumn("ETA"), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True)) as display:
        task = display.add_task(verb, total=total)
        yield _Bar(display, task)


class _Bar:
    def __init__(self, display, task):
        self.display, self.task = display, task

    def advance(self, n: int = 1) -> None:
        self.display.advance(self.task, n)
