"""Each token's lower-case lemma and form, its dependency label and its parse children, worked
out once per document.

The event extractors look words up by `token.lemma_.lower()` and `token.lower_` many times per
token (the trigger scan, the verb dictionary's word bags under a verb); through spaCy each
costs a new Token and two attribute reads. Here they are plain lists indexed by token
position, read from `Doc.to_array` and kept in `Doc.user_data` (plain values only, as
pipeline.doc_index keeps its own).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import wraps

from spacy.attrs import DEP, HEAD, LEMMA, LOWER
from spacy.tokens import Doc, Token

_KEY = "newsclaims.event_words"
# a string's lower case by its hash: hashes are the same in every vocabulary
_LOWERED: dict[int, str] = {}


@dataclass(frozen=True)
class DocWords:
    lemmas: list[str]  # token.lemma_.lower()
    forms: list[str]  # token.lower_
    deps: list[str]  # token.dep_
    children: list[list[int]]  # token positions of each token's children, in text order
    # whether each token's subtree, in spaCy's order, is the run of text between its edges:
    # not where a non-projective arc leaves a gap or crosses inside it
    in_text_order: list[bool]
    left_edges: list[int]
    right_edges: list[int]

    def subtree(self, i: int, limit: int) -> Iterator[int] | range:
        """The first `limit` positions of `doc[i].subtree`, in its order (left children's
        subtrees, the token, right children's subtrees)."""
        if self.in_text_order[i]:
            first = self.left_edges[i]
            return range(first, min(self.right_edges[i] + 1, first + limit))
        return self._walk(i, limit)

    def _walk(self, i: int, limit: int) -> Iterator[int]:
        count = 0
        stack: list[tuple[int, bool]] = [(i, False)]
        while stack and count < limit:
            node, expanded = stack.pop()
            if expanded:
                count += 1
                yield node
                continue
            children = self.children[node]
            for child in reversed([c for c in children if c > node]):
                stack.append((child, False))
            stack.append((node, True))
            for child in reversed([c for c in children if c < node]):
                stack.append((child, False))


def doc_words(doc: Doc) -> DocWords:
    """The document's word lists, built on first use."""
    found = doc.user_data.get(_KEY)
    if found is None:
        found = doc.user_data[_KEY] = _build(doc)
    return found


def children_with(token: Token, deps: set[str] | frozenset[str]) -> list[Token]:
    """`[c for c in token.children if c.dep_ in deps]`, a Token made only for those."""
    doc = token.doc
    found = doc_words(doc)
    return [doc[c] for c in found.children[token.i] if found.deps[c] in deps]


def has_children(token: Token) -> bool:
    return bool(doc_words(token.doc).children[token.i])


def per_token(function: Callable[[Token], list[Token]]) -> Callable[[Token], list[Token]]:
    """`function` of one token (a verb's subjects, its objects), worked out once per token and
    document: several rules ask it of the same verb. Kept as token positions in
    `Doc.user_data`; each call gets a list of its own."""
    key = f"newsclaims.{function.__module__}.{function.__qualname__}"

    @wraps(function)
    def once(token: Token) -> list[Token]:
        doc = token.doc
        memo = doc.user_data.get(key)
        if memo is None:
            memo = doc.user_data[key] = {}
        found = memo.get(token.i)
        if found is None:
            found = memo[token.i] = tuple(t.i for t in function(token))
        return [doc[i] for i in found]

    return once


def _build(doc: Doc) -> DocWords:
    strings = doc.vocab.strings
    rows = doc.to_array([LEMMA, LOWER, HEAD, DEP]).tolist() if len(doc) else []
    heads = [i + _signed(row[2]) for i, row in enumerate(rows)]
    children: list[list[int]] = [[] for _ in rows]
    for i, head in enumerate(heads):
        if head != i:
            children[head].append(i)
    left_edges, right_edges, sizes = list(range(len(rows))), list(range(len(rows))), [1] * len(rows)
    in_order = [True] * len(rows)
    # leaves first: a token's subtree is complete when its own turn comes
    for i in sorted(range(len(rows)), key=_depths(heads).__getitem__, reverse=True):
        in_order[i] = in_order[i] and sizes[i] == right_edges[i] - left_edges[i] + 1
        head = heads[i]
        if head != i:
            left_edges[head] = min(left_edges[head], left_edges[i])
            right_edges[head] = max(right_edges[head], right_edges[i])
            sizes[head] += sizes[i]
            in_order[head] = in_order[head] and in_order[i]
    lemmas, forms = [_lowered(r[0], strings) for r in rows], [_lowered(r[1], strings) for r in rows]
    return DocWords(lemmas, forms, [strings[r[3]] for r in rows], children, in_order, left_edges, right_edges)


def _depths(heads: list[int]) -> list[int]:
    """Each token's distance from its sentence's root."""
    depths = [-1] * len(heads)
    for i in range(len(heads)):
        path, j = [], i
        while depths[j] < 0 and heads[j] != j:
            path.append(j)
            j = heads[j]
        if depths[j] < 0:
            depths[j] = 0
        depth = depths[j]
        for k in reversed(path):
            depth += 1
            depths[k] = depth
    return depths


def _signed(offset: int) -> int:
    """`to_array` returns unsigned 64-bit values: a head to the left wraps around."""
    return offset - (1 << 64) if offset >= 1 << 63 else offset


def _lowered(key: int, strings) -> str:
    text = _LOWERED.get(key)
    if text is None:
        text = _LOWERED[key] = strings[key].lower()
    return text
