"""Each token's parse children and subtree edges, worked out once per document, beside its
lower-case lemma and form and its dependency label (the columns of pipeline.doc_index).

The event extractors look words up by `token.lemma_.lower()` and `token.lower_` many times per
token (the trigger scan, the verb dictionary's word bags under a verb) and walk children and
subtrees; through spaCy each costs a new Token and attribute reads. Here they are plain lists
indexed by token position, kept in `Doc.user_data` (plain values only).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import wraps

from spacy.attrs import HEAD
from spacy.tokens import Doc, Token

from pipeline.doc_index import token_columns

_KEY = "newsclaims.event_words"


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
    columns, size = token_columns(doc), len(doc)
    # heads are offsets, unsigned in the array: a head to the left wraps around
    heads = [i + offset for i, offset in enumerate(doc.to_array(HEAD).astype("int64").tolist())] if size else []
    children: list[list[int]] = [[] for _ in range(size)]
    order = []  # every head before its children
    for i, head in enumerate(heads):
        if head == i:
            order.append(i)
        else:
            children[head].append(i)
    for node in order:  # grows as it goes: breadth first from the roots
        order.extend(children[node])
    left_edges, right_edges, sizes, in_order = list(range(size)), list(range(size)), [1] * size, [True] * size
    for i in reversed(order):  # a token's subtree is complete when its own turn comes
        first, last, head = left_edges[i], right_edges[i], heads[i]
        if sizes[i] != last - first + 1:
            in_order[i] = False
        if head != i:
            if first < left_edges[head]:
                left_edges[head] = first
            if last > right_edges[head]:
                right_edges[head] = last
            sizes[head] += sizes[i]
            if not in_order[i]:
                in_order[head] = False
    return DocWords(columns.lemma, columns.lower, columns.dep, children, in_order, left_edges, right_edges)
