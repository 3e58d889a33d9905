"""What a request verb's complement makes of it (pipeline.events.triggers): a demand, a claim
it asserts ("insisted that voters faced higher taxes") or a question ("asked whether ...");
whether a request noun names what is asked; whether a speech word reports a speech at all."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events import arguments as args
from pipeline.events.ontology import load_lexicon
from pipeline.lexicons import load


def asserts_clause(verb: Token, children: list[Token]) -> bool:
    """A finite clause as the only complement: no object, infinitive or "for"/"on" phrase
    ("called for talks", "urged X to", "demanded the release" are requests), nor a mandative
    clause, what someone is to do: a bare verb or "should" ("demanded the president step
    down", "urged that he should resign"), or any clause of a verb that takes no other
    ("Liberals demanded Sir Edward Heath quit")."""
    requested = any(
        c.dep_ in {"dobj", "xcomp", "dative"} or (c.dep_ == "prep" and c.lower_ in {"for", "on"})
        for c in children
    )
    clauses = [c for c in children if c.dep_ == "ccomp"]
    return not requested and bool(clauses) and not demands(verb, clauses)


def demands(verb: Token, clauses: list[Token]) -> bool:
    """Whether a request verb's clause is what someone is to do (see `asserts_clause`)."""
    if clauses and verb.lemma_.lower() in load_lexicon()["mandative_verbs"]:
        return True
    return any(map(_mandative, clauses))


def asked(verb: Token) -> list[Token]:
    """Who a demand asks to act, as an object is asked ("urged the home secretary to hold"):
    the subject of a demand's clause or of a bare verb's ("demanded Sir Edward Heath quit",
    "recommends that the Commission draw up"); a "should" clause is an opinion as often ("the
    strategy suggested that Washington should support ...": no one is asked)."""
    mandative = verb.lemma_.lower() in load_lexicon()["mandative_verbs"]
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and (mandative or _bare(c))]
    return [t for c in clauses for s in c.children if s.dep_ in {"nsubj", "nsubjpass"} for t in args.with_conjuncts(s)]


def _mandative(clause: Token) -> bool:
    """A clause of what someone is to do: a bare verb with its subject ("the president step
    down") or "should" ("he should resign")."""
    subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
    return subject and (_bare(clause) or any(c.dep_ == "aux" and c.lower_ == "should" for c in clause.children))


def _bare(clause: Token) -> bool:
    return clause.tag_ == "VB" and not any(c.dep_ == "aux" for c in clause.children)


def asks_a_question(children: list[Token]) -> bool:
    """A question as the only complement: an "about" phrase or a clause opened by "whether",
    "if" or a wh-word, and no infinitive or "for" phrase ("asked him to", "asked for help")."""
    requested = any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in children)
    about = any(c.dep_ == "prep" and c.lower_ == "about" for c in children)
    opened = [c.left_edge for c in children if c.dep_ == "ccomp"]
    question = any(t.lower_ in {"whether", "if"} or t.tag_ in {"WDT", "WP", "WRB"} for t in opened)
    return not requested and (about or question)


def names_what_is_asked(noun: Token) -> bool:
    """A request noun with what is asked or of whom: "calls for talks", "an appeal to the UN",
    "demands that he resign", "a plea to stop"; also a "for"/"on" phrase the parser hung on
    its verb ("joined growing calls on Thursday for the release"). Without one it names a
    thing ("their calls are not marketing", "the energy demands of machine-learning systems")."""
    asked = {"for", "on", "to"}
    own = any(
        (c.dep_ == "prep" and c.lower_ in asked) or c.dep_ in {"acl", "relcl", "ccomp"} for c in noun.children
    )
    verb = noun.head if noun.dep_ in {"dobj", "pobj"} else None
    hung = verb is not None and any(
        c.dep_ == "prep" and c.lower_ in {"for", "on"} and c.i > noun.i for c in verb.children
    )
    return own or hung


def describes_speaker(word: Token, event_type: str) -> bool:
    """A speech in a relative clause saying who someone is ("an engineer who provides expert
    testimony", "according to officials who spoke"), not what they did ("who began his speech")."""
    verb = word if args.verbal(word) else args.governing_verb(word)
    if event_type != "STATEMENT" or verb is None or verb.dep_ != "relcl":
        return False
    cited = f"{verb.head.head.head.lower_} {verb.head.head.lower_}" in load("reporting_cues")["prepositions"]
    return cited or verb.tag_ in {"VBZ", "VBP"}
