"""Attributions marked by a phrase other than a reporting verb, one pattern each: "according to
X", "in X's view, Y" / "by one estimate, Y" / "In a statement, X was Y", "reportedly", and a stance
role noun ("X is an opponent of Y"). Noun, adjective and punctuation cues have modules of their own.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from pipeline.attribution.certainty import base_certainty
from pipeline.attribution.context import DocContext
from pipeline.attribution.frames import Frame
from pipeline.attribution.lexicons import cues
from pipeline.attribution.patterns.adjectives import predicate_start
from pipeline.attribution.grammar.cue_verbs import as_marked, cue_tokens
from pipeline.attribution.grammar.subjects import subject_of
from pipeline.deps import PREPOSITION_OBJECTS, SUBJECTS, subtree
from pipeline.sources.source_like import is_source_like


def according_to_frames(ctx: DocContext) -> Iterator[Frame]:
    """'Y, according to X' / 'According to X, Y': the clause minus the attribution phrase."""
    doc, quoted = ctx.doc, ctx.quoted
    prepositions = cues()["prepositions"]
    lower = ctx.columns.lower
    for token in ctx.tokens:
        if token.i in quoted or token.i + 1 >= len(doc):
            continue
        phrase = f"{lower[token.i]} {lower[token.i + 1]}"
        if phrase not in prepositions:
            continue
        marker = doc[token.i + 1]
        objects = [t for t in (*marker.children, *token.children) if t.dep_ == "pobj"]
        if not objects:
            continue
        clause = token.head
        while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
            clause = clause.head
        content = subtree(clause) - subtree(token) - {marker.i} - subtree(objects[0]) - _source_phrase(marker, clause)
        yield Frame(
            cue=[token.i, marker.i],
            source_head=objects[0],
            content=content,
            certainty=base_certainty(token, prepositions[phrase]),
        )


# Penn tags of a comma, a sentence end, a colon, semicolon or dash ("&" in a name is CC).
_PHRASE_END_TAGS = {",", ".", ":"}


# Children with which the clause itself begins: "According to police the man was arrested".
_CLAUSE_OPENING_DEPS = SUBJECTS | {"expl", "aux", "auxpass"}


def _source_phrase(marker: Token, clause: Token) -> set[int]:
    """The words after 'according to' up to the next punctuation name the source, even those the
    parser hangs elsewhere ("according to the lender X and the builder Y": Y on the clause), but
    without a comma the phrase ends where the clause begins: its subject, auxiliary or verb
    ("According to Ofcom there were ...")."""
    doc = marker.doc
    opening = [clause.i] + [c.left_edge.i for c in clause.children if c.dep_ in _CLAUSE_OPENING_DEPS]
    stop = min((i for i in opening if i > marker.i), default=len(doc))
    end = marker.i + 1
    while end < stop and doc[end].tag_ not in _PHRASE_END_TAGS and not doc[end].is_sent_start:
        end += 1
    return set(range(marker.i + 1, end))


def _clause_of(token: Token) -> Token:
    """The verb of the clause a phrase modifies."""
    clause = token.head
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    return clause


def _phrase_source(ctx: DocContext, noun: Token, clause: Token, speech_event: bool) -> tuple[Token, set[int]]:
    """Who a source phrase cites and what of the clause is theirs.

    'in his view' is his and 'in the poll' the poll's; 'in (his) statement, X was Y' is X's, and
    X is then the source rather than part of what was said.
    """
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    subject = subject_of(ctx, clause) if speech_event else None
    if subject is not None and is_source_like(ctx, subject):
        return subject, subtree(subject)
    return owner or noun, set()


def in_source_frames(ctx: DocContext) -> Iterator[Frame]:
    """'In the latest poll, Y', 'Y, in his view', 'by one estimate, Y', 'In a statement, X was Y':
    a document, a point of view or a speech event as the source.

    Not when the clause has a reporting verb of its own ("In a statement, X said Y"): that verb is the cue.
    """
    doc, quoted = ctx.doc, ctx.quoted
    lexicon = cues()
    holders = {
        "in": lexicon["in_source_nouns"] | lexicon["in_speech_nouns"],
        "by": lexicon["by_source_nouns"],
    }
    lower, dep = ctx.columns.lower, ctx.columns.dep
    for token in ctx.tokens:
        if lower[token.i] not in holders or dep[token.i] != "prep" or token.i in quoted:
            continue
        noun = next((c for c in token.children if c.dep_ == "pobj"), None)
        if noun is None or noun.lemma_.lower() not in holders[token.lower_] and noun.lower_ not in holders[token.lower_]:
            continue
        clause = _clause_of(token)
        if clause.i == token.head.i and clause.pos_ not in {"VERB", "AUX"}:
            continue
        content = subtree(clause) - subtree(token)
        if any(doc[i].lemma_.lower() in lexicon["verbs"] and doc[i].pos_ == "VERB" for i in content | {clause.i}):
            continue
        lemma = noun.lemma_.lower() if noun.lemma_.lower() in holders[token.lower_] else noun.lower_
        speech_event = lemma in lexicon["in_speech_nouns"]
        source, said_by = _phrase_source(ctx, noun, clause, speech_event)
        content -= said_by
        if speech_event and clause.pos_ == "VERB" and _as_clause(clause):
            # "As X put it in a statement, Y": the speech act says the clause it qualifies
            cue = cue_tokens(clause)
            cue += [c.i for c in clause.rights if c.dep_ in {"prt", "dobj"} and c.i == cue[-1] + 1]
            content = subtree(clause.head) - subtree(clause)
        elif speech_event and clause.pos_ == "VERB":
            # "In a speech, X laid out Y": what X did in the speech is the speech act
            cue = cue_tokens(clause)
            cue += [c.i for c in clause.rights if c.dep_ == "prt" and c.i == cue[-1] + 1]
            content = set().union(*(subtree(c) for c in clause.rights if c.i not in cue and c.i != token.i and not c.is_punct))
        elif (speech_event or token.lower_ == "by") and source.i != noun.i:
            cue = _phrase_cue(token, noun)  # "In a statement, X was Y", "by his own admission"
        else:
            cue = [token.i]  # "in the poll", "by one estimate": the noun is the source
        certainty = base_certainty(token, holders[token.lower_][lemma])
        yield Frame(cue=cue, source_head=source, content=content, certainty=certainty)


def _as_clause(clause: Token) -> bool:
    """'As X put it in a statement, Y': a subordinate clause whose content is the clause it modifies."""
    return clause.dep_ == "advcl" and clause.head.i != clause.i and as_marked(clause)


def _phrase_cue(preposition: Token, noun: Token) -> list[int]:
    """The phrase up to its noun, after a possessor (the possessor is the source)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    start = max(t.i for t in owner.subtree) + 1 if owner is not None else preposition.i
    return list(range(start, noun.i + 1))


def adverb_frames(ctx: DocContext) -> Iterator[Frame]:
    """'Y reportedly happened': the modified clause, no source."""
    quoted = ctx.quoted
    adverbs = cues()["adverbs"]
    verbs = cues()["verbs"]
    lower, dep = ctx.columns.lower, ctx.columns.dep
    for token in ctx.tokens:
        if lower[token.i] not in adverbs or dep[token.i] != "advmod" or token.i in quoted:
            continue
        # On a cue verb ("reportedly said") the adverb only lowers that claim's certainty.
        if token.head.lemma_.lower() in verbs:
            continue
        content = subtree(token.head) - {token.i}
        certainty = base_certainty(token, adverbs[token.lower_])
        yield Frame(cue=[token.i], source_head=None, content=content, certainty=certainty)


def _role_holder(ctx: DocContext, role: Token) -> tuple[Token | None, int]:
    """Who a stance role noun describes and where the cue starts: the copula's subject ("X is a
    staunch opponent of Y") or the clause's subject for a fronted one ("A passionate defender of
    Y, X said ..."). Not an appositive ("X, a critic of Y, said"): that is part of X's mention."""
    head = role.head
    if role.dep_ == "attr" and head.lemma_ == "be":
        return subject_of(ctx, head), predicate_start(role)
    start = min([role.i] + [c.i for c in role.lefts if c.dep_ in {"det", "amod", "compound", "advmod"}])
    if role.dep_ == "npadvmod" and head.pos_ == "VERB" and role.i < head.i:
        return subject_of(ctx, head), start
    return None, start


def role_noun_frames(ctx: DocContext) -> Iterator[Frame]:
    """'X is a staunch opponent of Y', 'X, a longtime critic of Y,': X's stance on Y."""
    quoted = ctx.quoted
    lexicon = cues()
    roles = lexicon["stance_role_nouns"]
    lemma = ctx.columns.lemma
    for token in ctx.tokens:
        if lemma[token.i] not in roles or token.i in quoted:
            continue
        prep = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ in lexicon["stance_role_prepositions"]), None)
        topic = next((g for g in prep.children if g.dep_ in PREPOSITION_OBJECTS), None) if prep is not None else None
        source, start = _role_holder(ctx, token)
        if topic is None or source is None or not is_source_like(ctx, source):
            continue
        cue = list(range(start, prep.i + 1))  # "is a staunch opponent of", "longtime critic of"
        certainty = base_certainty(token, roles[token.lemma_.lower()])
        yield Frame(cue=cue, source_head=source, content=subtree(topic), certainty=certainty)


