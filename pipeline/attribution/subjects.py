"""Who speaks through a cue verb: its subject, its passive agent, or the subject it inherits
from the clause it hangs on ("X denied it, saying Y"; "X forced Y to admit"; "a statement saying")."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.source_roles import (
    holds_view_when_passive,
    is_agent_like,
    issuing_verb,
    object_controller,
    principal_subject,
)
from pipeline.sources import is_source_like

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
# A participle cue with no subject takes its head's: "X denied it, saying that Y".
_SUBJECT_INHERITING_DEPS = {"conj", "advcl", "xcomp", "acl"}
# Subjects that stand for nothing: "it was reported that", "there were claims".
EXPLETIVES = {"it", "there"}
# Punctuation closing an inserted relative clause: "X — who's pushed for Y — defending Z".
_ASIDE_CLOSERS = {"—", "–", "--", ")"}


def subject_of(verb: Token, depth: int = 0, controlling: bool = False) -> Token | None:
    """The source head of a cue verb: its subject, passive agent, or the subject it inherits.

    `controlling` asks instead who a subjectless clause under `verb` is about: the grammatical
    subject even of a passive ("after saying Y, she was taken to hospital").
    """
    subject = principal_subject([c for c in verb.children if c.dep_ in SUBJECT_DEPS], verb)
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if controlling and subject is not None and subject.lower_ not in EXPLETIVES:
        return subject
    if agent is not None:
        return agent
    if subject is not None:
        # "it was reported that ...", "the talks were described as ...": a passive subject is not
        # the source, unless the verb names its state of mind ("they are convinced that ..."); an
        # active subject with a passive-looking auxiliary is "'s" for "has" ("who's called for")
        auxpass = any(c.dep_ == "auxpass" for c in verb.children)
        passive = subject.dep_ == "nsubjpass" or subject.lower_ in EXPLETIVES and auxpass
        return None if passive and not holds_view_when_passive(verb) else subject
    head = verb.head
    if depth >= 3 or head.i == verb.i:
        return None
    if verb.dep_ == "acl" and head.pos_ in {"NOUN", "PROPN"}:
        # "officials saying that ...", "a statement saying ...", and through a statement speaks
        # whoever issued it: "X issued a statement saying ..."
        issuer = issuing_verb(head)
        author = subject_of(issuer, depth + 1, controlling=True) if issuer is not None else None
        described = [t for t in head.subtree if t.i < verb.i and t.pos_ in {"NOUN", "PROPN", "PRON"}]
        if author is None and head.dep_ == "dobj" and not any(is_source_like(t) for t in described):
            # "she came out the other side knowing that ...": the participle is the subject's
            author = subject_of(head.head, depth + 1, controlling=True)
        return author if author is not None and is_agent_like(author) else head
    acted_on = object_controller(verb)
    if acted_on is not None:
        return acted_on  # "X forced Y to admit ...", "X criticized Y for saying ...": Y speaks
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ != "without":
        # "despite supporters now saying ...": the preposition's object is the gerund's subject
        doer = next((c for c in head.children if c.dep_ == "pobj" and c.i < verb.i and is_source_like(c)), None)
        if doer is not None:
            return doer
        # "X began by saying ...", "X has no way of knowing ...", "X is intent on deciding ...",
        # "donors intent on deciding ..."
        governor = head.head
        if governor.dep_ == "amod":
            return governor.head
        if governor.dep_ in {"dobj", "acomp"}:
            governor = governor.head
        if governor.pos_ in {"VERB", "AUX"}:
            return subject_of(governor, depth + 1, controlling=True)
    if verb.dep_ in _SUBJECT_INHERITING_DEPS and head.dep_ == "relcl" and _closes_aside(head, verb):
        return head.head  # "with X — who's pushed for Y — defending Z": the aside's antecedent acts
    if (verb.dep_ in _SUBJECT_INHERITING_DEPS or verb.dep_ == "acomp") and head.pos_ in {"VERB", "AUX"}:
        return subject_of(head, depth + 1, controlling=True)  # "X denied it, saying ...", "X is convinced that"
    return None


def _closes_aside(clause: Token, verb: Token) -> bool:
    """Whether a dash or bracket ends the relative clause `clause` before `verb` ('X — who Y — V')."""
    return any(t.text in _ASIDE_CLOSERS for t in clause.doc[clause.i + 1 : verb.i])
