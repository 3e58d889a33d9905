"""Frames inside other frames' content, and frames that attribute nothing.

Rules, applied to the frames that kept their cue (`conflicts`), in this order:
1. Non-claims (`non_claims`) are marked now and dropped last, so that what they cover is no claim
   either ("assuming that X said Y").
2. A sibling cue, coordinated with or adjoined to the clause before it without a subject of its
   own ("X said Y, adding that Z"; "X denied Y and insisted that Z"), is carved out of every frame
   whose content holds it, except a colon or dash frame's passage; it takes that frame's source
   unless it shares the subject of the clause it hangs on.
3. A parenthetical relative clause ("the rule, which advocates say hurts schools"), a narrated
   conjunct ("X said Y, and when pressed, Z replied W") and an absolute clause ("Y, with experts
   arguing Z") are carved out of the frames holding their cue: PolNeAR annotates them apart. A
   contrastive adverbial clause with its own speaker ("Y while India said Z") is too. Other
   nested cues (complement, infinitive, participle, adverbial clauses) stay inside: measured on
   PolNeAR dev, they are annotated apart a quarter of the time or less.
4. "X said Y believes Z": a frame whose cue lies in another's content is part of that claim
   (PolNeAR gives each token one role), so only the outermost is kept; of two frames holding each
   other's cue (a misparse across a label: 'SMITH: Well, you know, Y'), the larger. An agentless
   passive over its subject's report ("He is expected to say that Y") gives way to the report.

Frames are never changed in place: each rule replaces a frame with a new one.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from pipeline.attribution.context import DocContext
from pipeline.attribution.cue_classes import speaks_or_writes
from pipeline.attribution.frames import Frame
from pipeline.attribution.grammar.cue_verbs import cue_lemma
from pipeline.attribution.grammar.subjects import RELATIVE_TAGS
from pipeline.attribution.lexicons import cues
from pipeline.attribution.resolve.non_claims import reports_nothing
from pipeline.deps import NOMINAL_SUBJECTS, has_nominal_subject, subtree
from pipeline.sources.source_like import is_source_like

# Labels of a cue verb that continues the clause before it rather than being governed by it.
_SIBLING_DEPS = {"advcl", "conj"}
# Subordinators that set one party's report against the clause they hang on.
_CONTRAST_MARKS = {"while", "whilst", "whereas"}
# Relative words, "where" and "when" included.
_RELATIVE_TAGS = RELATIVE_TAGS | {"WRB"}


def nest(ctx: DocContext, frames: list[Frame]) -> list[Frame]:
    """The frames left, with their contents, by the rules above."""
    doc = ctx.doc
    frames = list(frames)
    hollow = {n for n, frame in enumerate(frames) if reports_nothing(doc, frame)}
    for i in range(len(frames)):
        if not _sibling(doc, frames[i]):
            continue
        for j, outer in enumerate(frames):
            inner = frames[i]
            # a colon or dash frame speaks a whole passage: a cue inside it stays inside
            if j != i and inner.cue[0] in outer.content and not doc[outer.cue[0]].is_punct:
                carved = inner.content | set(inner.cue) | _participle_clause(doc, inner)
                frames[j] = replace(outer, content=outer.content - carved)
                # "X said Y, adding Z" / "X said Y and warned Z": the second cue hangs on the
                # reported clause in the parse but continues X's sentence
                if not _shares_subject(doc, inner):
                    frames[i] = replace(inner, source_head=outer.source_head)
    for i in range(len(frames)):
        inner = frames[i]
        relative, coordinated = _parenthetical_relative(doc, inner), _narrated_conjunct(ctx, doc, inner)
        relative = relative or _contrast_clause(ctx, doc, inner)
        clause = subtree(inner.cue_head(doc)) if relative or coordinated else _absolute_clause(doc, inner)
        for j, outer in enumerate(frames):
            # a coordinated report stays inside a colon or dash frame's passage, and inside what a
            # cue after it reports ("Y, but Z refused W, the lawyer said")
            stays = coordinated and not relative and (doc[outer.cue[0]].is_punct or outer.cue[0] > inner.cue[0])
            if clause and j != i and inner.cue[0] in outer.content and not stays:
                frames[j] = replace(outer, content=outer.content - clause)
    reports = [f for n, f in enumerate(frames) if n not in hollow and f.content]
    expecting = [f for f in frames if any(_expected_report(doc, f, inner) for inner in reports)]
    outer = [f for f in frames if not any(f is e for e in expecting)]
    return [f for n, f in enumerate(outer) if not any(_inside(f, other) for other in outer) and frames.index(f) not in hollow]


def _expected_report(doc: Doc, outer: Frame, inner: Frame) -> bool:
    """'He is expected to say that Y', 'she is believed to have told X that Y': an agentless passive
    cue with no source over an infinitive speech cue of its subject. What is claimed is the inner
    report, the subject's (PolNeAR dev has no such case); the expectation around it is dropped. Not
    an act, an intention or a state ('is expected to attack Y', 'is said to be feeling Y')."""
    if outer.source_head is not None or inner.source_head is None or not outer.cue or not inner.cue:
        return False
    verb, report = outer.cue_head(doc), inner.cue_head(doc)
    lemma = cue_lemma(report)
    if lemma not in cues()["verbs"] or not speaks_or_writes(lemma):
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)
    reports_clause = any(c.dep_ == "ccomp" for c in report.children)  # not 'to respond to X', 'to have agreed to Y'
    return passive and reports_clause and report.dep_ == "xcomp" and report.head == verb and inner.source_head.dep_ == "nsubjpass"


def _inside(inner: Frame, outer: Frame) -> bool:
    if inner is outer or inner.cue[0] not in outer.content:
        return False
    return outer.cue[0] not in inner.content or len(outer.content) > len(inner.content)


def _shares_subject(doc: Doc, frame: Frame) -> bool:
    """A bare verb coordinated with a verb of the reported clause that has its own subject ("X said
    they should change the laws rather than criticize him"): it shares that clause's subject and
    modal, so it cannot continue X's finite clause and keeps the source its pattern found."""
    head = frame.cue_head(doc)
    return head.tag_ == "VB" and has_nominal_subject(head.head)


def _parenthetical_relative(doc: Doc, frame: Frame) -> bool:
    """A cue verb in a relative clause whose relative word sits inside what is reported
    ("the rule, which advocates say hurts schools"; "Richmond, where experts say Y"): the clause
    attributes its own claim about the noun, which PolNeAR annotates apart from the outer claim.
    A relative word that is the cue's own object ("the examples that critics point to") is,
    measured on PolNeAR dev, annotated inside the outer claim instead."""
    head = frame.cue_head(doc)
    if head.dep_ != "relcl":
        return False
    subjects = [c for c in head.children if c.dep_ in NOMINAL_SUBJECTS]
    relatives = [
        t for t in head.subtree if t.tag_ in _RELATIVE_TAGS and t.i < head.i and not (t.head == head and t.dep_ == "dobj")
    ]
    return bool(subjects) and all(s.tag_ not in _RELATIVE_TAGS for s in subjects) and any(
        r.i in frame.content or r.head.i in frame.content for r in relatives
    )


def _contrast_clause(ctx: DocContext, doc: Doc, frame: Frame) -> bool:
    """A cue verb with a speaker of its own in an adverbial clause of contrast ("with Thailand
    preferring to keep up its payments while India said it would prefer Z"): another party's
    report set against the outer clause, not part of it."""
    head = frame.cue_head(doc)
    if head.dep_ != "advcl" or not frame.content:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in head.children):
        return False
    subjects = [c for c in head.children if c.dep_ in NOMINAL_SUBJECTS and c.i < head.i and c.tag_ not in _RELATIVE_TAGS]
    return bool(subjects) and is_source_like(ctx, subjects[0])


def _absolute_clause(doc: Doc, frame: Frame) -> set[int]:
    """A gerund cue with its own subject after a preposition ("Y, with experts arguing Z"): a
    speaker the outer claim only mentions, annotated apart on PolNeAR dev (4 of 4). The clause with
    its preposition, to carve out of the outer content, or an empty set."""
    head = frame.cue_head(doc)
    if not frame.content or head.tag_ != "VBG" or head.dep_ not in {"pcomp", "pobj"}:
        return set()
    if not any(c.dep_ == "nsubj" for c in head.children):
        return set()
    return {head.head.i} | subtree(head)


def _participle_clause(doc: Doc, frame: Frame) -> set[int]:
    """The whole clause of a participle cue, also what its pattern left out of its content
    ("adding in a statement that Z", a misparsed "contradicting the police’s claim")."""
    head = frame.cue_head(doc)
    return subtree(head) if head.tag_ == "VBG" else set()


def _narrated_conjunct(ctx: DocContext, doc: Doc, frame: Frame) -> bool:
    """A cue verb with a speaker of its own in a clause joined by ", and" / ", but" to a reported
    clause with no "that" ("X said Y, and when pressed, Z replied W"): the parser hangs it on the
    reported verb, but it is the next sentence of the narration, not part of what X said. After
    "that" ("X noted that Y, and some doubted Z") the coordination stays inside the report."""
    head = frame.cue_head(doc)
    if head.dep_ != "conj" or head.head.i > head.i or not frame.content:
        return False
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in head.head.children):
        return False
    if any(c.dep_ == "mark" for c in head.children):
        return False  # "Y, but only if he is convinced that Z": a condition of what is reported
    subjects = [c for c in head.lefts if c.dep_ in NOMINAL_SUBJECTS and c.tag_ not in _RELATIVE_TAGS]
    joined = any(
        c.dep_ == "cc" and head.head.i < c.i < head.i and doc[c.i - 1].text == ","
        for c in head.head.children
    )
    return bool(subjects) and joined and is_source_like(ctx, subjects[0])


def _sibling(doc: Doc, frame: Frame) -> bool:
    """A cue verb coordinated with or adjoined to the clause before it, without its own subject
    ("X said Y, adding that Z"; "X denied Y and insisted that Z"): a claim next to that clause's,
    not inside it, so it is taken out of the other claim's content."""
    if not frame.cue or not frame.content:
        return False
    head = frame.cue_head(doc)
    if head.tag_ == "VBG" and head.head.tag_ == "VBG" and head.head.dep_ == "pcomp":
        return False  # a gerund coordinated with a preposition's gerund: "the route of revaluing Y and charging Z"
    # a subordinated cue ("Y as promised", "as X noted") qualifies the clause it hangs on
    return (
        head.dep_ in _SIBLING_DEPS
        and head.pos_ == "VERB"
        and head.head.i < head.i
        and not _purpose_clause(head)
        and not any(c.dep_ in NOMINAL_SUBJECTS | {"mark"} for c in head.children)
    )


def _purpose_clause(verb: Token) -> bool:
    """An infinitive adjunct ("X said she called him to express thanks"; "Y, only to laud Z"): the
    purpose or outcome of the reported clause, part of what is reported (on PolNeAR dev, all 6
    such nested cues lie inside the outer claim's gold content)."""
    return verb.dep_ == "advcl" and verb.tag_ == "VB"
