"""Attributed claims (who said what) in a parsed document: direct quotes and reported speech.

`extract_claims(doc)` builds the document's context (`context`), runs every pattern of `reported`, attaches the quotes of `quotes` to the
cue that introduces them (same sentence, the adjacent sentence, or the previous speaker for a
quote that continues without a cue), then resolves sources within the document.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from pipeline.attribution.certainty import hedged
from pipeline.attribution.grammar.cue_objects import experiencer_frames
from pipeline.attribution.patterns.evidential import raising_frames
from pipeline.attribution.frames import Frame, covering, fragments, token_span
from pipeline.attribution.patterns.messages import message_frames
from pipeline.attribution.resolve.non_claims import reports_nothing
from pipeline.attribution.context import DocContext, document_context
from pipeline.attribution.patterns.markers import (
    according_to_frames,
    adverb_frames,
    colon_frames,
    dash_frames,
    in_source_frames,
    nominal_frames,
    role_noun_frames,
)
from pipeline.attribution.patterns.adjectives import adjective_frames
from pipeline.attribution.patterns.verbs import that_clause_frames, verb_frames
from pipeline.attribution.resolve.quote_attachment import attach_quotes
from pipeline.attribution.grammar.subjects import RELATIVE_TAGS, aside_bounds
from pipeline.deps import NOMINAL_SUBJECTS, has_nominal_subject, subtree
from pipeline.models import ClaimType, ExtractedClaim
from pipeline.sources.mentions import expand_mention
from pipeline.sources.coreference import SourceResolver
from pipeline.sources.kinds import is_source_like

__all__ = ["extract_claims"]

# Labels of a cue verb that continues the clause before it rather than being governed by it.
_SIBLING_DEPS = {"advcl", "conj"}
# Relative words, "where" and "when" included.
_RELATIVE_TAGS = RELATIVE_TAGS | {"WRB"}

_PATTERNS = (
    experiencer_frames,  # before verb_frames: "worry" is also a cue verb of its own subject
    verb_frames,
    that_clause_frames,
    according_to_frames,
    in_source_frames,
    nominal_frames,
    adjective_frames,
    role_noun_frames,
    adverb_frames,
    colon_frames,
    dash_frames,
    raising_frames,
    message_frames,
)


def _candidate_frames(ctx: DocContext) -> list[Frame]:
    doc = ctx.doc
    frames: list[Frame] = []
    for pattern in _PATTERNS:
        for frame in pattern(ctx):
            if set(frame.cue) & frame.content:
                continue
            frame.content -= _beyond_aside(doc, frame)
            # One token is the cue of one frame: "reportedly said" is the verb's, not a second claim.
            # A bare cue (kept for a quote to attach to) yields to a later pattern that finds its
            # content ("As X put it in a speech, Y").
            taken = [f for f in frames if not set(f.cue).isdisjoint(frame.cue)]
            if not taken:
                frames.append(frame)
            elif frame.content and all(not f.content for f in taken):
                frames = [f for f in frames if all(f is not t for t in taken)] + [frame]
    # found and nested like any frame, so what such a frame covers is no claim either ("assuming
    # that X said Y"), then dropped (see non_claims)
    hollow = [f for f in frames if reports_nothing(doc, f)]
    for inner in frames:
        if _sibling(doc, inner):
            for outer in frames:
                # a colon or dash frame speaks a whole passage: a cue inside it stays inside
                if outer is not inner and inner.cue[0] in outer.content and not doc[outer.cue[0]].is_punct:
                    outer.content -= inner.content | set(inner.cue) | _participle_clause(doc, inner)
                    # "X said Y, adding Z" / "X said Y and warned Z": the second cue hangs on the
                    # reported clause in the parse but continues X's sentence
                    if not _shares_subject(doc, inner):
                        inner.source_head = outer.source_head
    # Measured on PolNeAR dev, other nested cues (complement, infinitive, participle, adverbial
    # clauses) are annotated apart from the outer claim a quarter of the time or less.
    for inner in frames:
        relative, coordinated = _parenthetical_relative(doc, inner), _narrated_conjunct(doc, inner)
        if relative or coordinated:
            clause = subtree(inner.cue_head(doc))
        else:
            clause = _absolute_clause(doc, inner)
        for outer in frames:
            # a coordinated report stays inside a colon or dash frame's passage, and inside what a
            # cue after it reports ("Y, but Z refused W, the lawyer said")
            stays = coordinated and not relative and (doc[outer.cue[0]].is_punct or outer.cue[0] > inner.cue[0])
            if clause and outer is not inner and inner.cue[0] in outer.content and not stays:
                outer.content -= clause
    # "X said Y believes Z": the attribution inside a claim's content is part of that claim
    # (PolNeAR gives each token one role), so only the outermost frame is kept; of two frames
    # holding each other's cue (a misparse across a label: 'SMITH: Well, you know, Y'), the larger.
    return [f for f in frames if not any(_inside(f, other) for other in frames) and all(f is not h for h in hollow)]


def _beyond_aside(doc: Doc, frame: Frame) -> set[int]:
    """Content past the dash or bracket closing an aside that holds the cue and the start of the
    content ("a list -- most of whom had announced their support -- who cited Y"): the parse
    hung the rest of the sentence on the aside."""
    bounds = aside_bounds(doc[frame.cue[0]])
    if bounds is None or not frame.content or min(frame.content) < bounds[0]:
        return set()
    return {i for i in frame.content if i >= bounds[1]}


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


def _narrated_conjunct(doc: Doc, frame: Frame) -> bool:
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
    return bool(subjects) and joined and is_source_like(subjects[0])


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


def _claim(doc: Doc, text: str, frame: Frame, resolver: SourceResolver) -> ExtractedClaim | None:
    pieces = fragments(doc, frame.content, verbatim=frame.claim_type is ClaimType.DIRECT_QUOTE)
    if not pieces:
        return None
    source = resolver.resolve(frame.source_head) if frame.source_head is not None else None
    hedge_tokens = [doc[i] for i in frame.cue]
    if frame.source_head is not None:
        hedge_tokens.extend(expand_mention(frame.source_head))
    return ExtractedClaim(
        claim_type=frame.claim_type,
        certainty=hedged(frame.certainty, hedge_tokens),
        content=covering(pieces, text),
        content_fragments=pieces,
        cue=token_span(doc, frame.cue) if frame.cue else None,
        source=source,
    )


def extract_claims(doc: Doc) -> list[ExtractedClaim]:
    """Direct and indirect claims of `doc`, in text order, with in-document source resolution."""
    ctx = document_context(doc)
    frames = attach_quotes(ctx, _candidate_frames(ctx))
    resolver = SourceResolver(doc, [quote.tokens() for quote in ctx.quotes])
    text = doc.text  # spaCy rebuilds Doc.text on every access: read it once
    claims: list[ExtractedClaim] = []
    seen: set[tuple[int, int]] = set()
    # Sources are resolved in the order their mentions appear, so a pronoun finds its antecedent.
    for frame in sorted(frames, key=lambda f: f.source_head.i if f.source_head is not None else min(f.content)):
        claim = _claim(doc, text, frame, resolver)
        if claim is None or (claim.content.start, claim.content.end) in seen:
            continue
        seen.add((claim.content.start, claim.content.end))
        claims.append(claim)
    claims = [replace(c, source=resolver.finalise(c.source)) if c.source else c for c in claims]
    return sorted(claims, key=lambda c: (c.content.start, c.content.end))
