"""Noun-phrase content of a cue verb: its object and what it says of it ("X denied the report",
"X called the charges false"), a prepositional object ("X talked about Y"), the subject of a passive
("Y was backed by X", "X was accused of Y")."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.attribution.cue_verbs import cue_lemma, is_cue_verb, is_setting, is_time, subtree
from pipeline.attribution.lexicons import cues
from pipeline.attribution.subjects import EXPLETIVES, RELATIVE_TAGS, SUBJECT_DEPS, subject_of
from pipeline.sources import is_source_like

_OBJECT_PREDICATE_DEPS = {"oprd", "xcomp", "ccomp", "prep", "advmod", "acomp"}
# What an agentless passive says of its subject: "accused of Y", "labeled Y", "thought to be Y".
_PASSIVE_PREDICATE_DEPS = {"oprd", "xcomp", "attr", "acomp"}
_PASSIVE_PREPOSITIONS = {"of", "for", "as"}
# Prepositions that say something of a verb's object: "blamed it for Y", "blamed it on Y", "compared it to Y".
_PREDICATE_PREPOSITIONS = _PASSIVE_PREPOSITIONS | {"to", "with", "over", "on"}
# Pronouns that stand for a thing or a statement, not a person.
_THING_PRONOUNS = {"it", "this", "that", "these", "those"}


def object_content(verb: Token, cue: list[int]) -> tuple[set[int], list[int]]:
    """'X denied the report', 'X called the charges false', 'X talked about Y', 'Y was backed by X':
    content and cue.

    Only for a source-like subject: "the wave of strikes underscores the urgency" is narration.
    """
    lexicon = cues()
    lemma = cue_lemma(verb)
    source = subject_of(verb)
    if source is not None and not is_source_like(source):
        source = _reporting_speaker(verb)
    if lemma in lexicon["clause_only"] or source is None or not is_source_like(source):
        return set(), cue
    children = [c for c in verb.rights if c.i not in cue]
    # a gerund object is parsed as a verb complement: "defended raising taxes", "cited improving Y as Z"
    objects = [c for c in children if c.dep_ == "dobj" or c.dep_ == "xcomp" and c.tag_ == "VBG"]
    if objects and lemma not in lexicon["addressee"]:
        # "called the charges unsubstantiated", "praised him for his work": the object and what
        # the verb says about it; a time phrase ("on Friday") is circumstance, not content.
        predicates = [
            c for c in children
            if c.dep_ in _OBJECT_PREDICATE_DEPS and c.i > objects[0].i and not is_time(c)
            # of a bare "it", only what the verb says of it counts: "blamed it for Y", not "denied it in a statement"
            and not (c.dep_ == "prep" and _bare_word(objects[0]) and c.lower_ not in _PREDICATE_PREPOSITIONS)
        ]
        if not predicates and (lemma in lexicon["naming_verbs"] or _bare_word(objects[0])):
            return set(), cue  # "called a meeting" names nothing; "denied it" says no more than a pronoun
        return set().union(*(subtree(c) for c in objects[:1] + predicates)), cue
    passive_subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in children if c.dep_ == "agent"), None)
    if passive_subject is not None and agent is not None and not _bare_word(passive_subject):
        # "the plan was backed by the unions": what the agent backs is the passive subject
        return subtree(passive_subject), cue + [agent.i] if agent.i == cue[-1] + 1 else cue
    for child in children:
        objects = [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
        if (
            child.dep_ == "prep" and child.lower_ in lexicon["content_prepositions"] and objects
            and not is_setting(child) and not _bare_word(objects[0])
        ):
            adjacent = child.i == cue[-1] + 1
            return subtree(objects[0]), cue + [child.i] if adjacent else cue
    return set(), cue


def _reporting_speaker(verb: Token) -> Token | None:
    """'X said the plan would fail, citing the cost': a subjectless participle hung on the reported
    clause inherits that clause's subject, but it continues the speaker's sentence: whoever reports
    the clause is the one who cites."""
    clause = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or clause.dep_ != "ccomp" or clause.i > verb.i or any(
        c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in verb.children
    ):
        return None
    return subject_of(clause.head) if is_cue_verb(clause.head) else None


def _bare_word(phrase: Token) -> bool:
    """A pronoun standing for a thing or a number, alone ("denied it", "It was proposed by X"), or
    a measure ("weighs 236 pounds"): it names no proposition a reader could use. A person
    ("criticized him") is the target of a stance and stays."""
    alone = phrase.n_lefts + phrase.n_rights == 0
    measure = phrase.ent_type_ == "QUANTITY"
    return measure or alone and (phrase.pos_ == "NUM" or phrase.pos_ == "PRON" and phrase.lower_ in _THING_PRONOUNS)


def _has_object(preposition: Token) -> bool:
    """'accused of fraud', 'viewed as favorable'; not the 'as' of 'admitted as well as Y', a
    conjunction whose only children are 'as well'."""
    return any(g.dep_ != "advmod" for g in preposition.children)


def agentless_passive_content(verb: Token, cue: list[int]) -> set[int]:
    """'X was accused of Y', 'X is considered a threat', 'X was labeled Y': someone unnamed says
    something of the passive subject; the subject and what is said of it are the content.
    A bare passive ("the plan was announced") says nothing of its subject and gives no claim."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ in EXPLETIVES:
        return set()
    predicates = [
        c for c in verb.rights
        if c.i not in cue and not is_time(c)
        and (c.dep_ in _PASSIVE_PREDICATE_DEPS or c.dep_ == "prep" and c.lower_ in _PASSIVE_PREPOSITIONS and _has_object(c))
    ]
    if not predicates:
        return set()
    # "the viruses, which were thought to be Y": a relative pronoun only points back to what Y is said of
    said_of = set() if verb.dep_ == "relcl" and subject.tag_ in RELATIVE_TAGS else subtree(subject)
    return said_of.union(*(subtree(c) for c in predicates))
