"""What kind of claim an attributed claim is (claims.cue_class), from its cue's lemma.

The classes and their lemmas are in `pipeline/lexicons/cue_classes.json`, which documents
each class and the adjustments applied here: an infinitive content states an intention, a
speech or belief cue of a document or medium is written, a speech or written cue with no
source is evidential, and a speech, written or belief claim whose content is a bare noun
phrase ("discussed the events") records an act, except after a cue of figures ("forecast a
loss of £2m"), whose noun phrase is what is stated.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from pipeline.attribution.lexicons import cues
from pipeline.lexicons import load
from pipeline.models import ClaimType, CueClass, SourceKind, TextSpan

_WRITTEN_SOURCES = {SourceKind.DOCUMENT, SourceKind.MEDIA, SourceKind.SOCIAL_MEDIA}
_STATING = {CueClass.SPEECH, CueClass.WRITTEN, CueClass.BELIEF}
_WORD_CUES = {"ADJ", "NOUN"}
_COMPLEMENTS = {"acl", "relcl", "prep", "ccomp"}
_NOUN_CLAUSES = {"relcl", "acl", "amod", "compound"}  # a clause or modifier inside a noun phrase


@lru_cache(maxsize=1)
def lemma_classes() -> dict[str, CueClass]:
    """Every listed lemma with its class; a lemma listed under two classes is an error."""
    classes: dict[str, CueClass] = {}
    for name, entry in load("cue_classes")["classes"].items():
        for lemma in entry["lemmas"]:
            if classes.setdefault(lemma, CueClass(name)) != CueClass(name):
                raise ValueError(f"cue lemma {lemma!r} is listed under {classes[lemma]} and {name}")
    return classes


def infinitive_content(doc: Doc, start: int, end: int) -> bool:
    """Whether the content's first verb is an infinitive ('to leave', 'hauliers to expect Y'),
    not a finite clause ('that he wants to go', 'he wants to go') nor a noun's modifier
    ('announced plans to cut Y')."""
    span = doc.char_span(start, end, alignment_mode="expand")
    for token in span if span is not None else ():
        if token.pos_ in {"VERB", "AUX"}:
            return token.i > 0 and doc[token.i - 1].tag_ == "TO" and token.dep_ not in {"acl", "relcl"}
    return False


def lemma_class(lemma: str | None) -> CueClass:
    """A cue lemma's listed class; a lemma no class lists is speech."""
    return lemma_classes().get(lemma or "", CueClass.SPEECH)


def speaks_or_writes(lemma: str | None) -> bool:
    """Whether a cue lemma reports speech or writing (not a belief, an act or an intention)."""
    return lemma_class(lemma) in {CueClass.SPEECH, CueClass.WRITTEN}


def cue_class(lemma: str | None, infinitive: bool, source_kind: SourceKind | None) -> CueClass:
    """The class of an attributed claim with this cue lemma (None: a quote with no cue of
    its own), an infinitive content or not, and source kind (None: no source)."""
    found = lemma_class(lemma)
    if found in _STATING and infinitive and lemma not in load("cue_classes")["infinitive_keeps_class"]:
        return CueClass.INTENTION
    if found in {CueClass.SPEECH, CueClass.BELIEF} and source_kind in _WRITTEN_SOURCES:
        return CueClass.WRITTEN
    if found in {CueClass.SPEECH, CueClass.WRITTEN} and source_kind is None and lemma is not None:
        return CueClass.EVIDENTIAL
    return found


def _listed_lemma(doc: Doc, lemma: str | None, cue: TextSpan | None) -> str | None:
    """The cue's lemma or, when that is not listed (a copula or light verb heading the cue:
    'were reluctant to', 'voiced concern'), the first listed adjective or noun of the cue."""
    if cue is None or lemma in lemma_classes():
        return lemma
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    words = [t.lemma_.lower() for t in span or () if t.pos_ in _WORD_CUES]
    return next((word for word in words if word in lemma_classes()), lemma)


def noun_phrase_content(doc: Doc, start: int, end: int) -> bool:
    """Whether an indirect claim's content is a bare noun phrase ('discussed the events', 'wrote
    the song', 'published results of the tests, which involve seafarers'), not a clause, a small
    clause or a message. A verb counts only outside the clauses and modifiers of a noun; what
    makes it a statement: a subject outside those ('said the report reinforced stability', which
    the parser may read as a noun phrase), a noun's finite complement ('concern that Y'), an
    adjective after the head noun that modifies it or an 'as' phrase on it ('found such a move
    highly controversial', 'described the sentence as harsh'; not 'such as'), or a head noun that is a message
    with its complement ('announced plans to Y', 'denied suggestions Y')."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.pos_ not in {"NOUN", "PROPN", "PRON", "NUM"}:
        return False
    if span.root.lemma_.lower() in cues()["nouns"] and any(c.dep_ in _COMPLEMENTS for c in span.root.children):
        return False  # 'plans to Y', 'plans for Y' (bare 'the plans' is an act)
    inside = range(span.start, span.end)

    def in_noun_modifier(token: Token) -> bool:
        return any(t.dep_ in _NOUN_CLAUSES for t in [token, *token.ancestors] if t.i in inside)

    def in_clause_of_noun(token: Token) -> bool:
        return any(t.dep_ in {"relcl", "acl"} for t in token.ancestors if t.i in inside)

    def states_something(token: Token) -> bool:  # 'concern that Y': a noun's complement clause
        return token.dep_ == "acl" and any(c.dep_ in {"mark", "nsubj", "nsubjpass"} for c in token.children)

    return not any(
        (t.pos_ in {"VERB", "AUX"} and (not in_noun_modifier(t) or states_something(t)))
        or (t.dep_ in {"nsubj", "nsubjpass"} and t != span.root and not in_clause_of_noun(t))
        or (t.pos_ == "ADJ" and t.head == span.root and t.i > span.root.i)
        or (t.lower_ == "as" and t.dep_ == "prep" and doc[t.i - 1].lower_ != "such"
            and (t.head == span.root or t.head.i not in inside))
        for t in span
    )


def claim_cue_class(
    doc: Doc, claim_type: ClaimType, lemma: str | None, cue: TextSpan | None, content: TextSpan,
    source_kind: SourceKind | None,
) -> CueClass:
    """The class of one extracted claim, read from its parse."""
    found = cue_class(
        _listed_lemma(doc, lemma, cue), infinitive_content(doc, content.start, content.end), source_kind
    )
    if (
        found in _STATING and claim_type == ClaimType.INDIRECT and lemma not in load("cue_classes")["figure_cues"]
        and noun_phrase_content(doc, content.start, content.end)
    ):
        return CueClass.ACT  # an act of communication about a topic, with nothing stated
    return found
