"""Posts tied to people: where a document ties a role noun to a named person ("Lib Dem leader
Charles Kennedy", "His creator, Richard Bowden", "he is the longest serving chancellor"), which
post a role noun is (its qualifiers and rank), and whom a post description then stands for: the
person tied to the same post, or the named subject it continues ("Vincent Cable says ... The Lib
Dems' Treasury spokesman is unveiling ..."), unless the document gives that person another post.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from pipeline.deps import NOMINAL_SUBJECTS
from pipeline.doc_index import token_columns
from pipeline.models import SourceKind
from pipeline.sources.descriptions import HEAD_OF_BODY_POSTS, POSTS, is_post, is_role_noun
from pipeline.sources.kinds import source_kinds
from pipeline.sources.leads import lead_referent
from pipeline.sources.names import DocumentNames, np_head
from pipeline.sources.phrases import post_nominals
from pipeline.sources.source_like import previous_sentence
from pipeline.sources.written_names import ends_in_style

# role lemma -> (token, person name, the role's qualifiers) of each place the document ties a role to a name
Ties = dict[str, list[tuple[int, str, frozenset[str]]]]
_COPULAS = {"be", "become", "remain"}


def qualifiers(role: Token) -> frozenset[str]:
    """The nouns that say which post a role noun is ('health' in 'the health minister', 'first' in
    'First Minister'): another post of the same noun when both have them and none is shared."""
    titles, ranks = source_kinds()["person_titles"], source_kinds()["post_ranks"]
    # an adjective that is part of a title counts too ('prime' in 'the prime minister'); the holder's
    # name and another post do not ('Frank Field', 'minister' in 'welfare minister Frank Field MP');
    # a rank always does ('Deputy' in 'Deputy Prime Minister', 'former')
    return frozenset(c.lower_ for c in role.children if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"}
                     and c.ent_type_ != "PERSON" and c.lemma_.lower() not in POSTS
                     or c.dep_ == "amod" and c.lower_ in titles
                     or c.dep_ in {"compound", "amod"} and c.lower_ in ranks)


def _same_post(own: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two qualified mentions of one role noun can be one post: the same rank ('the prime
    minister' is not 'Deputy Prime Minister X', nor 'the former prime minister'), and other
    qualifiers shared when both have some ('the health minister' is not 'First Minister X')."""
    ranks = source_kinds()["post_ranks"]
    if {q for q in own if q in ranks} != {q for q in theirs if q in ranks}:
        return False
    own, theirs = {q for q in own if q not in ranks}, {q for q in theirs if q not in ranks}
    return not own or not theirs or bool(own & theirs)


def role_ties(doc: Doc, names: DocumentNames, he_or_she: Callable[[Token], str | None]) -> Ties:
    """Role lemma -> (token, person name, the role's qualifiers) for every place the document ties
    a role to a name."""
    ties: Ties = {}

    def tie(role: Token, at: int, name: str | None) -> None:
        if name and role.pos_ in {"NOUN", "PROPN"} and is_role_noun(role.lemma_.lower()):
            ties.setdefault(role.lemma_.lower(), []).append((at, name, qualifiers(role)))

    named = {p.start: p.name for p in names.people}
    for ent in names.entities:
        if ent.label_ != "PERSON" or ent.start not in named:
            continue
        root, name = ent.root, named[ent.start]
        for child in root.children:
            if child.dep_ in {"compound", "amod", "nmod", "appos"}:
                tie(child, ent.start, name)  # "Lib Dem leader Charles Kennedy", "Florin, EA's director"
        if root.dep_ == "appos":
            tie(root.head, ent.start, name)  # "His creator, Richard Bowden"
        if root.dep_ == "compound" and root.head.text in post_nominals():  # "welfare minister Frank Field MP", headed by "MP"
            tie(root.head, ent.start, name)
            for child in (c for c in root.head.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < ent.start):
                tie(child, ent.start, name)
        if root.dep_ in NOMINAL_SUBJECTS:  # "Grenada's Prime Minister, Dr the Rt. Hon. Keith Mitchell", parsed as two subjects
            for title in (c for c in root.head.children if c.dep_ == root.dep_ and c.i < ent.start):
                if ends_in_style(doc[title.i + 1 : ent.start]):
                    tie(title, ent.start, name)
        if root.dep_ == "nsubj" and _affirmed_copula(root.head):
            for attr in (c for c in root.head.children if c.dep_ == "attr"):
                tie(attr, ent.start, name)
    # a lead's post that acts ("... announced by the lord chancellor." then "Lord Falconer wants"), not
    # one whose act is the news ("The first minister's statement ...")
    acting = (t for t in doc if names.sentence_index(t.i) < 2 and is_post(t)
              and (t.dep_ in NOMINAL_SUBJECTS or t.dep_ == "pobj" and t.head.dep_ == "agent"))
    for post in acting:
        named = lead_referent(post, names)
        if named is not None and named[1] is SourceKind.PERSON:
            tie(post, post.i, named[0])
    columns = token_columns(doc)
    pronoun_subjects = (doc[i] for i, word in enumerate(columns.lower) if word in {"he", "she"} and columns.dep[i] == "nsubj")
    for token in pronoun_subjects:  # "he is the longest serving chancellor"
        if _affirmed_copula(token.head):
            for attr in (c for c in token.head.children if c.dep_ == "attr"):
                tie(attr, token.i, he_or_she(token))
    return ties


def _affirmed_copula(verb: Token) -> bool:
    """'X is the chancellor' ties X to the post; 'X would not be health minister' does not."""
    return verb.lemma_ in _COPULAS and not any(c.dep_ == "neg" for c in verb.children)


def continued_subject(head: Token, names: DocumentNames, ties: Ties,
                      he_or_she: Callable[[Token], str | None], quoted: Callable[[int], bool]) -> str | None:
    """The named person a post description that is a subject (or a subject's possessor: "the
    prime minister's intention") continues: the nearest subject before it in its sentence,
    outside quotes, else the main subject of the sentence before; None unless that subject is a
    person (by name, possessor or "he"/"she") whom the document gives no other post, unless
    the post is one that heads a body ("chief", "boss"), which any office of theirs may be."""
    subject = head.head if head.dep_ == "poss" else head
    if subject.dep_ not in NOMINAL_SUBJECTS:
        return None
    sentence = head.sent
    before = [t for t in sentence if t.i < subject.left_edge.i and t.dep_ in NOMINAL_SUBJECTS and not quoted(t.i)]
    if before:
        candidate = before[-1]
    else:
        previous = previous_sentence(head)
        main = [t for t in previous.root.children if t.dep_ in NOMINAL_SUBJECTS] if previous is not None else []
        if not main or quoted(main[0].i):
            return None
        candidate = main[0]
    person = _person_of(candidate, names, he_or_she)
    if person is None:
        return None
    person = names.full_person(person)[0]
    if head.lemma_.lower() in HEAD_OF_BODY_POSTS or head.text in post_nominals():
        return person  # any office the document gives them heads the body; a seat ("the Salford MP") goes with any
    other_posts = {role for role, tied in ties.items() if role in POSTS and role != head.lemma_.lower()
                   and any(names.full_person(name)[0] == person for _, name, _ in tied)}
    return None if other_posts else person


def _person_of(subject: Token, names: DocumentNames, he_or_she: Callable[[Token], str | None]) -> str | None:
    """The person a subject names: a name, a name's possessive ("Mr Blair's decision"), "he"/"she"
    or their possessive ("Her comments have been described as ...")."""
    if subject.lower_ in {"he", "she"}:
        return he_or_she(subject)
    possessor = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}), None)
    if possessor is not None:
        return he_or_she(possessor)
    for person in names.people:
        phrase = np_head(subject.doc[person.start])
        if phrase.i == subject.i or phrase.dep_ == "poss" and phrase.head.i == subject.i:
            return person.name
    return None


def described_person(head: Token, ties: Ties, later: bool = True) -> str | None:
    """The person the document ties to this role, the nearest tie before the description first
    (then, with `later`, the first tie after it); never a tie to another post of the same noun."""
    own = qualifiers(head)
    tied = [(at, name) for at, name, theirs in ties.get(head.lemma_.lower(), []) if _same_post(own, theirs)]
    before = [name for at, name in tied if at < head.i]
    if before:
        return before[-1]
    return tied[0][1] if tied and later else None
