"""Scoring extraction against hand-made gold annotations (used by `newsclaims eval`)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Score:
    """Counts for one kind of item (claims, sources, events) on one or more documents."""

    name: str
    required: int = 0  # gold items marked required
    found: int = 0  # required gold items matched by an extracted item
    extracted: int = 0  # extracted items considered for precision
    correct: int = 0  # extracted items that match any gold item (required or not)
    misses: list[str] = field(default_factory=list)  # ids of required gold items not found
    spurious: list[str] = field(default_factory=list)  # texts of unmatched extracted items

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.extracted if self.extracted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0
