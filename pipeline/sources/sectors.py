"""Sectors of agent nouns and the shape of plural sources, for the source-kind classifier.

`agent_sector("regulator")` is "government": the single-word agent nouns of the Phoenix/PETRARCH
agents dictionary (vendored in `data/`, MIT, origin and selection in the file's header) with their
sector: government, military, media, business or party. `group_or_anonymous` tells several people
described as a set ("Mr Blair's supporters", "Some Liverpool fans", "Labour MPs": group) from
unnamed people known only by their role ("organisers", "experts": anonymous).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from pipeline.models import SourceKind

_AGENTS = Path(__file__).resolve().parent / "data" / "phoenix_agent_sectors.tsv"
# What makes a plural a described set rather than a bare role.
_SET_DEPS = {"poss", "compound", "nmod", "prep", "relcl", "acl", "nummod"}
_SET_DETERMINERS = {"some", "many", "most", "several", "few", "all", "both", "these", "those", "other"}


@lru_cache(maxsize=1)
def _sectors() -> dict[str, str]:
    rows = (line.split("\t") for line in _AGENTS.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#"))
    return {word: sector for word, sector in rows}


def agent_sector(lemma: str) -> str | None:
    return _sectors().get(lemma.lower())


def sector_kind(lemma: str) -> SourceKind | None:
    """The kind a body named by an agent noun has ("regulator" -> government, "broadcaster" -> media)."""
    sector = agent_sector(lemma)
    return {
        "government": SourceKind.GOVERNMENT,
        "military": SourceKind.MILITARY,
        "media": SourceKind.MEDIA,
        "business": SourceKind.ORGANIZATION,
        "party": SourceKind.ORGANIZATION,
    }.get(sector or "")


def is_plural(head: Token) -> bool:
    return head.tag_ in {"NNS", "NNPS"}


def group_or_anonymous(head: Token) -> SourceKind:
    """A plural of people: a group when the phrase describes which ones, anonymous when bare."""
    described = any(
        c.dep_ in _SET_DEPS or (c.dep_ in {"det", "amod"} and c.lower_ in _SET_DETERMINERS) for c in head.children
    )
    return SourceKind.GROUP if described else SourceKind.ANONYMOUS


def coordinated_people(head: Token) -> list[Token]:
    """'singer Gary Lightbody and drummer Jonny Quinn' -> [Lightbody, Quinn]: named people joined
    by 'and' (two or more), who speak together."""
    people = [head, *(c for c in head.children if c.dep_ == "conj")]
    if len(people) > 1 and all(p.ent_type_ == "PERSON" for p in people):
        return people
    return []
