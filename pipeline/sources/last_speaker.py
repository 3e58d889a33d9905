"""The speaker a role description continues: 'Hayley Yelling said ... "It would be fantastic,"
said the European cross-country champion' is Yelling, the person who spoke last, rather than
someone named inside her words or tied to the role only later in the article. An epithet ("the
giant winger", "The attacking midfielder") continues that speaker further on, while the narrator
makes no one else the subject."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from pipeline.deps import NOMINAL_SUBJECTS
from pipeline.models import SourceKind
from pipeline.sources.antecedents import Cluster
from pipeline.sources.kinds import source_kinds
from pipeline.sources.names import DocumentNames, np_head
from pipeline.sources.phrases import own_appositions
from pipeline.sources.sectors import agent_sector

# Modifiers that describe the one person an epithet stands for ("giant", "attacking", "record").
_DESCRIBING_DEPS = {"amod", "compound", "nmod", "nummod"}


def _last_before(positions: Sequence[tuple[int, Cluster]], i: int) -> tuple[int, Cluster] | None:
    """The source mention (token index, referent) last before token `i`."""
    return max(((at, cluster) for at, cluster in positions if at < i), key=lambda p: p[0], default=None)


def last_speaker(head: Token, positions: Sequence[tuple[int, Cluster]], names: DocumentNames, gender: str | None) -> str | None:
    """The person of the source mentioned last before the description `head` (`positions`: token
    index and referent of each source mention so far), in its sentence or the one before, when
    the description's `gender` fits. Not for a description with a possessor or an apposition, or
    one that is a possessor ("Pagliano's lawyer", "the work's author, US playwright Eve Ensler",
    "the candidate's doctor"), nor one in a sentence that names that speaker or calls them "he"
    or "she" outside quotes ("The judge agreed with Ivana Trump"): someone else."""
    if head.dep_ == "poss" or any(c.dep_ in {"poss", "case"} for c in head.children) or own_appositions(head):
        return None
    last = _last_before(positions, head.i)
    if last is None:
        return None
    at, cluster = last
    near = names.sentence_index(head.i) - names.sentence_index(at) <= 1
    fits = cluster.kind is SourceKind.PERSON and (gender is None or cluster.gender in {None, gender})
    return cluster.name if near and fits and not _mentioned_beside(head, cluster, names) else None


def _mentioned_beside(head: Token, cluster: Cluster, names: DocumentNames) -> bool:
    """Whether the sentence of `head` names `cluster`'s person, or has a "he" or "she" of their
    gender, outside quotes and `head`'s own phrase."""
    own = {t.i for t in head.subtree}
    outside = [t for t in head.sent if t.i not in own and t.i not in names.quoted]
    named = {p.start for p in names.people if names.full_person(p.name)[0] == cluster.name}
    pronouns = {source_kinds()["person_pronouns"].get(t.lower_) for t in outside}
    return any(t.i in named for t in outside) or cluster.gender is not None and cluster.gender in pronouns


def is_epithet(head: Token) -> bool:
    """'the giant winger', 'the world 200m and 400m record holder': a person noun the narrator
    qualifies to describe someone already in the story, with no possessor or name of its own
    ("his agent", "the club's manager, X" are someone else), nor one of an institution's sector
    ("the defence lawyer", "the trial judge": agent nouns of the agents dictionary, someone new)."""
    return (head.lemma_.lower() in source_kinds()["person_heads"] and agent_sector(head.lemma_) is None
            and any(c.dep_ in _DESCRIBING_DEPS and c.i < head.i for c in head.children)
            and not any(c.dep_ in {"poss", "case"} for c in head.children) and not own_appositions(head))


def continued_speaker(head: Token, positions: Sequence[tuple[int, Cluster]], names: DocumentNames) -> str | None:
    """The person who spoke last before the epithet `head`, when no other named person is a
    subject outside quotes between that source and `head` (the story stays on the speaker)."""
    last = _last_before(positions, head.i)
    if last is None:
        return None
    at, cluster = last
    if cluster.kind is not SourceKind.PERSON:
        return None
    others = (p for p in names.people if at < p.start < head.i and p.start not in names.quoted
              and np_head(head.doc[p.start]).dep_ in NOMINAL_SUBJECTS and names.full_person(p.name)[0] != cluster.name)
    return None if any(others) else cluster.name
