"""Attributions cued by what the copula says of its subject, one generator per configuration:

- a stance adjective: "X is sure that Y", "X is ready to Y", "X is bearish on Y";
- an evaluative adjective with an extraposed clause, nobody's view in particular: "it is clear that Y";
- a stance preposition: "X is against Y", "X is in favor of Y", "X is in despair over Y".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from pipeline.attribution.certainty import base_certainty
from pipeline.attribution.context import DocContext
from pipeline.attribution.frames import Frame
from pipeline.attribution.lexicons import cues
from pipeline.attribution.grammar.cue_verbs import cue_tokens
from pipeline.attribution.grammar.subjects import EXPLETIVES, RELATIVE_TAGS, subject_of
from pipeline.deps import NOMINAL_SUBJECTS, PREPOSITION_OBJECTS, has_nominal_subject, subtree
from pipeline.sources.source_like import is_source_like

_CLAUSE_MARKS = {"that", "whether", "if"}
# what a predicate word's cue spans before it: "too concerned", "a persuasive advocate", "were coy"
_PREDICATE_MODIFIERS = {"aux", "auxpass", "advmod", "neg", "det", "amod"}
# "the one thing that X is passionate about": a relative pronoun stands for something outside the clause


def predicate_start(word: Token) -> int:
    """Where the cue of a predicate word starts (PolNeAR cues span the copula): its own modifiers
    ("increasingly worried", "a persuasive advocate"), then a copula before it with its auxiliaries
    and adverbs ("has been critical", "weren't too concerned", "privately are in despair")."""
    start = word.i
    for child in reversed(list(word.lefts)):
        if child.right_edge.i != start - 1 or child.dep_ not in _PREDICATE_MODIFIERS:
            break
        start = child.left_edge.i
    copula = word.head
    if word.dep_ in {"acomp", "attr"} and copula.lemma_ == "be" and copula.i < start:
        # only adverbs, negation or an inverted 'it' between: "weren't too", "is it"
        between = word.doc[copula.i + 1 : start]
        if all(t.head.i == copula.i and t.dep_ in {"advmod", "neg", "nsubj", "expl"} for t in between):
            start = cue_tokens(copula)[0]
    return start


def _following(adjective: Token) -> list[Token]:
    """The adjective's dependents, then what the parser hung on its copula after it ("X is sure
    that Y" often has the clause on "is")."""
    after = [c for c in adjective.head.rights if c.i > adjective.i] if adjective.dep_ == "acomp" else []
    return [*adjective.children, *after]


def _adjective_content(adjective: Token, prepositions: set[str]) -> tuple[set[int], list[int]]:
    """What a stance adjective is about, and its cue: 'sure that Y', 'willing to Y', 'critical of Y'."""
    following = _following(adjective)
    for child in following:
        if child.dep_ in {"ccomp", "xcomp"} and child.i > adjective.i or _embedded_question(adjective, child):
            return subtree(child), [adjective.i]
    for child in following:
        objects = [g for g in child.children if g.dep_ in PREPOSITION_OBJECTS and g.tag_ not in RELATIVE_TAGS]
        if child.dep_ == "prep" and child.i > adjective.i and child.lower_ in prepositions and objects:
            cue = [adjective.i, child.i] if child.i == adjective.i + 1 else [adjective.i]
            return subtree(objects[0]), cue
    return set(), [adjective.i]


def _embedded_question(adjective: Token, clause: Token) -> bool:
    """'X was unsure if Y': the question after an adjective of knowing, which the parser reads as a
    condition ('X would be happy if Y' is one)."""
    words = {adjective.lower_, adjective.lemma_.lower()}
    return (
        clause.dep_ == "advcl"
        and clause.i > adjective.i
        and bool(words & set(cues()["interrogative_adjectives"]))
        and any(g.dep_ == "mark" and g.lower_ in {"if", "whether"} for g in clause.children)
    )


def _adjective_holder(ctx: DocContext, adjective: Token) -> Token | None:
    """Who holds a stance adjective: the copula's subject ("X is sure"), or its own subject when
    the parser reads it as a participle ("X were coy about", "With X worried about Y"). Not the
    object of a verb that brings about a state ("make the troops ready to Y"), nor the subject of
one ("X made sure that Y"): nobody's stance."""
    own = next((c for c in adjective.children if c.dep_ in NOMINAL_SUBJECTS), None)
    if own is not None:
        verb = adjective.head
        small_clause = adjective.dep_ == "ccomp" and verb.pos_ == "VERB" and verb.lemma_.lower() not in cues()["verbs"]
        return None if small_clause else own
    if adjective.dep_ != "acomp" or adjective.head.lemma_.lower() in cues()["resultative_verbs"]:
        return None  # "to make sure that Y": an act of ensuring
    return subject_of(ctx, adjective.head)


def stance_adjective_frames(ctx: DocContext) -> Iterator[Frame]:
    """'X is sure that Y', 'X was willing to Y', 'X has been critical of Y', 'X were frustrated
    that Y': the subject holds the stance."""
    quoted = ctx.quoted
    lexicon = cues()
    adjectives = lexicon["adjectives"]
    prepositions = set(lexicon["content_prepositions"]) | set(lexicon["adjective_prepositions"])
    lower, lemma, dep = ctx.columns.lower, ctx.columns.lemma, ctx.columns.dep
    for token in ctx.tokens:
        word = lower[token.i] if lower[token.i] in adjectives else lemma[token.i]
        if word not in adjectives or dep[token.i] not in {"acomp", "ROOT", "advcl", "ccomp", "conj"} or token.i in quoted:
            continue
        if token.dep_ != "acomp" and token.tag_ not in {"JJ", "VBN"}:
            continue
        content, cue = _adjective_content(token, prepositions)
        source = _adjective_holder(ctx, token)
        if content and source is not None and source.lower_ not in EXPLETIVES and is_source_like(ctx, source):
            certainty = base_certainty(token, adjectives[word])
            cue = list(range(predicate_start(token), token.i)) + cue
            yield Frame(cue=cue, source_head=source, content=content, certainty=certainty)


def _finite_clause(clause: Token) -> bool:
    """'that Y', 'whether Y', or a bare clause with its own subject ("it was clear X is trying")."""
    marks = [g.lower_ for g in clause.children if g.dep_ == "mark"]
    if marks:
        return marks[0] in _CLAUSE_MARKS
    return has_nominal_subject(clause)


def extraposed_frames(ctx: DocContext) -> Iterator[Frame]:
    """'It is clear that Y', 'Nor is it clear that Y', 'it is unclear whether Y': an evaluation
    with no holder named; the cue runs from the copula to the adjective."""
    quoted = ctx.quoted
    evaluations = cues()["evaluative_adjectives"]
    lower, dep = ctx.columns.lower, ctx.columns.dep
    for token in ctx.tokens:
        if lower[token.i] not in evaluations or dep[token.i] != "acomp" or token.i in quoted:
            continue
        copula = token.head
        subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ != "it":
            continue
        clause = next((c for c in _following(token) if c.dep_ == "ccomp" and c.i > token.i and _finite_clause(c)), None)
        if clause is None:
            continue
        certainty = base_certainty(token, evaluations[token.lower_])
        # "it is clear", "Nor is it clear", "it should be obvious"
        start = min(subject.i, predicate_start(token))
        yield Frame(cue=list(range(start, token.i + 1)), source_head=None, content=subtree(clause), certainty=certainty)


def stance_preposition_frames(ctx: DocContext) -> Iterator[Frame]:
    """'X is against Y' (a stance preposition on the copula), 'X is in favor of Y', 'X is in
    despair over Y' (a stance noun in a phrase on the copula, then its topic)."""
    quoted = ctx.quoted
    lexicon = cues()
    stances, phrase_nouns = lexicon["stance_predicate_prepositions"], lexicon["stance_predicate_nouns"]
    topics = set(lexicon["noun_prepositions"]) | set(lexicon["adjective_prepositions"])
    dep = ctx.columns.dep
    for token in ctx.tokens:
        if dep[token.i] != "prep":
            continue
        copula = token.head
        if copula.lemma_ != "be" or token.i < copula.i or token.i in quoted:
            continue
        objects = [g for g in token.children if g.dep_ in PREPOSITION_OBJECTS and g.tag_ not in RELATIVE_TAGS]
        if not objects:
            continue
        if token.lower_ in stances:
            topic, certainty_word = objects[0], stances[token.lower_]
            end = token.i
        elif objects[0].lemma_.lower() in phrase_nouns.get(token.lower_, {}):
            noun = objects[0]
            topic_preposition = next(
                (c for c in (*noun.rights, *copula.rights) if c.dep_ == "prep" and c.i > noun.i and c.lower_ in topics),
                None,
            )
            topic = next((g for g in topic_preposition.children if g.dep_ in PREPOSITION_OBJECTS), None) if topic_preposition else None
            if topic is None:
                continue
            certainty_word, end = phrase_nouns[token.lower_][noun.lemma_.lower()], topic_preposition.i
        else:
            continue
        source = subject_of(ctx, copula)
        if source is None or not is_source_like(ctx, source):
            continue
        cue = list(range(cue_tokens(copula)[0], end + 1))  # "is against", "privately are in despair over"
        yield Frame(cue=cue, source_head=source, content=subtree(topic), certainty=base_certainty(copula, certainty_word))


