"""Complements the CAMEO patterns and the modality read on the parse: a passive's object raised
to a governing verb's subject ("the embargo is likely to be lifted"), an infinitive with its
own subject opened by "for" ("called for him to go"), the side an allegation's clause is about
("Democrats claim the administration has not done enough"), an object's predicate ("which he
calls "good fun"") and a participle describing its noun ("the coalition headed by ...")."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events import arguments as args
from pipeline.events.actors import sector
from pipeline.events.doc_words import children_with, doc_words
from pipeline.events.ontology import load_lexicon

# CAMEO 110, disapprove (not specified): a claim reads as an accusation only by its clause
_UNSPECIFIED_DISAPPROVAL = "110"


def raised_subject(verb: Token) -> list[Token]:
    """The object of a passive whose subject sits on a governing verb or adjective: "the
    embargo is likely to be lifted", "are expected to be released"."""
    found = doc_words(verb.doc)
    deps = {found.deps[c] for c in found.children[verb.i]}
    if "auxpass" not in deps or "nsubjpass" in deps:
        return []
    current = verb
    for _ in range(3):
        if current.dep_ not in {"xcomp", "acomp"} or current.head.i == current.i:
            return []
        current = current.head
        subjects = children_with(current, {"nsubj", "nsubjpass"})
        if subjects:
            return subjects
    return []


def for_clause(token: Token) -> bool:
    """"(called) for him to go": an infinitive with its own subject, opened by "for"."""
    children = list(token.children)
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children
    )


def alleged_of(verb: Token, code: str) -> list[Token]:
    """Whom an accusation verb's clause alleges a wrong of: its subject, a name or an agent the
    dictionaries know, or whose decision or plan it is ("derided Tory claims they could cut",
    "claimed the Australian government's decision was typical"); not a pronoun, people at large
    ("explore how black people were once brutalized"), the speaker's own kind ("Muslim groups
    claimed their communities ...", a minister's claim about the government) nor the subject of
    a free relative, a thing ("denounce what Turnbull called ..."). A claim (CAMEO's unspecified disapproval, 110: "claimed", "alleged")
    alleges a wrong only when its clause's verb says the side did not do or failed to do
    something ("Democrats claim the administration has not done enough", "claimed the NHS was
    not safe"): on BBC articles other claims about a side were no accusation ("claimed the
    government was on the brink of stepping in", a leader's claim that his party's campaign
    "has got off to a great start", a book's that "Tony Blair felt ... that he was not going
    to"). The sense gate (pipeline.events.sides) then needs both sides political."""
    lexicon = load_lexicon()
    clauses = children_with(verb, {"ccomp"})
    failures = lexicon["failure_verbs"]
    # the clause's own verb denied or failed, not one further down ("felt ... that he was not")
    wrong = any(c.lemma_.lower() in failures or any(t.dep_ == "neg" for t in c.children) for c in clauses)
    if code == _UNSPECIFIED_DISAPPROVAL and not wrong:
        return []
    from pipeline.events.context import POPULACE_SECTORS  # context reads the triggers, which read this

    unblamed = ({sector(t) for t in args.subjects(verb)} - {None}) | POPULACE_SECTORS
    found = []
    named = [c for c in clauses if not any(t.tag_ == "WP" for t in c.children)]
    for head in (h for c in named for h in children_with(c, {"nsubj", "nsubjpass"})):
        owners = children_with(head, {"poss"}) if not (head.ent_type_ or sector(head)) else []
        found += [t for t in [head, *owners] if t.pos_ != "PRON" and (t.ent_type_ in lexicon["actor_labels"] or sector(t))]
    return [t for t in found if sector(t) not in unblamed]


def names_its_object(verb: Token) -> bool:
    """"which he calls "good fun"", "was named a Hans Christian Andersen ambassador": a verb
    with its object's predicate names or ranks the object; CALL's default (041, a phone call)
    or NAME's (050) is another sense."""
    return any(c.dep_ == "oprd" for c in verb.children)


def labels_its_noun(verb: Token) -> bool:
    """A past participle with its agent describing a noun ("the coalition headed by ...",
    "Britons held by the US"): coded only by its block's default, it labels the noun, no event
    of its own."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
