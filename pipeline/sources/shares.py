"""Shares of a surveyed population as sources: "Nearly two thirds - 65% - of the 1,000 people
interviewed said ...", then "16% said ...". The people a share is of are the source, named by
their description ("the 1,000 people interviewed", a group); a share with no population of its
own is one of the population a share before it named, within a few sentences; a share tied to no
population names no one, since a number ("16") is never a source's name.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.deps import DESCRIBING_CLAUSES, NOMINAL_SUBJECTS
from pipeline.lexicons import load
from pipeline.sources.mentions import expand_mention
from pipeline.sources.phrases import strip_edges
from pipeline.sources.sectors import is_plural, names_agents

# Heads of a share of people ("a number of the girls" too: an unstated share); a plain count ("two of
# the men") is some people, not a share.
_SHARE_WORDS = frozenset({
    "%", "percent", "half", "third", "quarter", "fifth", "majority", "minority", "proportion", "fraction", "number",
})
# How many sentences back a share without a population looks for the one a share before it named.
_LOOKBACK = 3


def is_share(head: Token) -> bool:
    """'65%', 'two thirds', 'nearly a quarter', 'a majority': a share, not a body or a person."""
    return head.pos_ in {"NOUN", "NUM"} and (head.lemma_.lower() in _SHARE_WORDS or head.ent_type_ == "PERCENT")


def _own_population(share: Token) -> Token | None:
    """'two thirds of the 1,000 people interviewed' -> people, '12% of those surveyed' -> those: the
    people or bodies it is of."""
    for prep in share.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for population in prep.children:
                if population.dep_ == "pobj" and _names_people(population):
                    return population
    return None


def _names_people(noun: Token) -> bool:
    """'people', 'firms', 'Britons', 'cities', 'those surveyed': plural people or bodies (of the
    state too), or "those" described."""
    if noun.lower_ in {"those", "these"}:
        return any(c.dep_ in DESCRIBING_CLAUSES for c in noun.children)
    lexicon = load("source_kinds")
    unnamed = noun.lemma_.lower() in lexicon["anonymous_heads"] or noun.lemma_.lower() in lexicon["government_heads"]
    return noun.pos_ in {"NOUN", "PROPN"} and is_plural(noun) and (names_agents(noun) or unnamed)


def share_population(share: Token) -> str | None:
    """The name of the population a share speaks for ("1,000 people interviewed"): its own, else
    that of the nearest share before it that was a subject, within a few sentences."""
    population = _population(share)
    return strip_edges(expand_mention(population, describing=True)) if population is not None else None


def _population(share: Token) -> Token | None:
    own = _own_population(share)
    if own is not None:
        return own
    doc, sentences = share.doc, 0
    for token in reversed(doc[: share.i]):
        if token.is_sent_start and doc[token.i : token.sent.end].text.strip():
            sentences += 1
            if sentences > _LOOKBACK:
                return None
        if token.dep_ in NOMINAL_SUBJECTS and is_share(token):
            population = _own_population(token)
            if population is not None:
                return population
    return None

