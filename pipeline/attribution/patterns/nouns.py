"""Attributions cued by a noun, one generator per configuration:

- a proposition noun with its clause: "X's claim that Y", "a warning by X that Y", "X's decision to Y",
  "X's call for Z to Y";
- a noun with the topic it is about: "X's disdain for Y", "X's comments on Y", "claims of Y";
- a light verb with such a noun: "X voiced concern that Y", "X made the case for Y".

A received reaction ("X faced criticism for Y") is `reception`.

The holder of a noun is its possessor ("Trump's"), its by/from phrase, a name or a speaker noun
compounded with it ("a Times report", "the Obama veto", "media reports"), a nationality adjective
("American commitments"), after a light verb the verb's subject, or the subject of a verb engaging
in it ("X persisted in arguments").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from pipeline.attribution.certainty import base_certainty
from pipeline.attribution.context import DocContext
from pipeline.attribution.frames import Frame
from pipeline.attribution.lexicons import cues
from pipeline.attribution.grammar.cue_verbs import cue_tokens, is_cue_verb, that_clause
from pipeline.attribution.grammar.subjects import EXPLETIVES, subject_of
from pipeline.deps import PREPOSITION_OBJECTS, TIME_LABELS, subtree
from pipeline.sources.kinds import source_kinds
from pipeline.sources.source_like import is_source_like

_ADDRESSEE_PREPOSITIONS = {"for", "with"}
# Modifiers between a light verb and its noun that the cue spans: "made a strong case for".
_NOUN_MODIFIERS = {"det", "amod", "compound", "poss", "nummod", "advmod"}
# Left modifiers a noun cue spans (PolNeAR cues keep them: "a tacit acknowledgment").
_CUE_MODIFIERS = {"det", "amod"}
# "his veto threat" / "the Obama veto": a compound names the holder when it is a name.
_HOLDER_ENTITIES = {"PERSON", "ORG", "NORP", "GPE"}
# Prepositions by which a verb takes a noun its subject engages in ("persisted in arguments",
# "left with hopes of"); not those of a reaction to or use of others' words ("laughed at claims",
# "seized on reports"), nor circumstance ("said amid concerns", "acted despite warnings").
_ENGAGING_PREPOSITIONS = {"in", "with"}


def _infinitive(noun: Token) -> Token | None:
    """'the decision to Y': an infinitive right after the noun phrase; past a comma it belongs to
    something else ("efforts by X, including sending volunteers to Y")."""
    for child in noun.children:
        if child.dep_ == "acl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children):
            return None if _punctuation_between(noun, child) else child
    return None


def _infinitive_content(noun: Token) -> tuple[set[int], Token | None]:
    """'the decision to Y' gives 'to Y'; 'a call for X to Y' gives 'X to Y' (whom the call is
    addressed to is part of what it asks), with the 'for', which the cue spans. The for-clause may
    hang on the light verb ("renewed their calls for X to Y")."""
    clause = _infinitive(noun)
    if clause is not None:
        # "a demand for the company to raise wages" parsed as 'for the company' + 'to raise wages'
        marker = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "for" and c.i < clause.i), None)
        objects = [g for g in marker.children if g.dep_ == "pobj"] if marker is not None else []
        if objects and marker.right_edge.i + 1 == clause.left_edge.i:
            return subtree(marker) - {marker.i} | subtree(clause), marker
        return subtree(clause), None
    verb = _light_verb(noun)
    after = [c for c in verb.rights if c.i > noun.i] if verb is not None else []
    for child in (*noun.rights, *after):
        marker = next((g for g in child.children if g.dep_ == "mark" and g.lower_ == "for"), None)
        infinitive = any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children)
        if child.dep_ in {"acl", "advcl"} and marker is not None and infinitive:
            return subtree(child) - {marker.i}, marker
    return set(), None


def _noun_clause(ctx: DocContext, noun: Token) -> Token | None:
    """The 'that' clause a proposition noun governs, also where the parser misplaces it: read as a
    relative clause ("a report that X had Y": 'that' is then a complementiser, not a relative
    pronoun), hung on the verb the noun is the object of ("fueling worries that Y"; a cue verb's
    clause is its own: "told the panel that Y"), or on the copula the noun is the subject of
    ("X's hope is that Y")."""
    clause = that_clause(noun, {"acl", "ccomp"})
    verb = noun.head
    if clause is None and noun.dep_ == "nsubj" and verb.lemma_ == "be":
        clause = that_clause(verb, {"ccomp", "attr"})  # "X's bet is that Y"
    elif clause is None and noun.dep_ == "dobj" and verb.pos_ == "VERB" and not is_cue_verb(ctx, verb):
        clause = that_clause(verb, {"ccomp"})
    return clause if clause is not None and clause.i > noun.i else None


def _punctuation_between(noun: Token, phrase: Token) -> bool:
    return any(t.is_punct for t in noun.doc[noun.i + 1 : phrase.left_edge.i])


def _light_verb(noun: Token) -> Token | None:
    """The verb a noun is the object of when the two make one speech act ("voiced concern")."""
    if noun.dep_ != "dobj":  # asked of every word: the head is looked up only for an object
        return None
    verb, lexicon = noun.head, cues()
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    idiom = lemma in lexicon["light_verb_nouns"].get(noun.lemma_.lower(), [])
    return verb if idiom or lemma in lexicon["light_verbs"] or lemma in lexicon["message_verbs"] else None


def _idiom(noun: Token) -> bool:
    """'made the case', 'took issue': a noun that is a speech act only with its light verb."""
    verb = _light_verb(noun)
    return verb is not None and verb.lemma_.lower() in cues()["light_verb_nouns"].get(noun.lemma_.lower(), [])


def _impersonal(ctx: DocContext, noun: Token) -> bool:
    """'the decision raises questions about Y': a light verb whose subject can hold no view makes
    the noun nobody's speech act; 'it is a safe bet that Y' is the writer's own judgement."""
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        return any(c.dep_ == "nsubj" and c.lower_ in EXPLETIVES for c in noun.head.children)
    verb = _light_verb(noun)
    subject = subject_of(ctx, verb) if verb is not None else None
    # a pronoun may stand for anyone: "it sends a clear message that Y" stays
    return subject is not None and subject.pos_ != "PRON" and not is_source_like(ctx, subject)


def _holder(ctx: DocContext, noun: Token) -> Token | None:
    """Who holds or voices what a noun names, in this order: its by/from phrase ("X has support
    from Z" is Z's: X receives it), a light verb's subject ("X threw its support behind Y" is X's),
    its possessor, a name compounded with it, a nationality adjective, the subject of a verb
    engaging in it."""
    verb = _light_verb(noun)
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
            source = next((g for g in child.children if g.dep_ == "pobj"), None)
            if source is not None and is_source_like(ctx, source):
                return source
    if verb is not None:
        source = subject_of(ctx, verb)
        if source is not None and is_source_like(ctx, source):
            return source
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.lefts:
        if child.dep_ == "compound" and (child.ent_type_ in _HOLDER_ENTITIES or _speaker_noun(ctx, child)):
            return child
        if child.dep_ == "amod" and child.ent_type_ == "NORP":
            return child
    return _engaged_subject(ctx, noun)


def _of_holder(ctx: DocContext, noun: Token) -> Token | None:
    """'the concerns of centrist Democrats that Y', 'the view of the commission that Y': before a
    that-clause, whoever the noun is 'of' holds it."""
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            holder = next((g for g in child.children if g.dep_ == "pobj"), None)
            return holder if holder is not None and is_source_like(ctx, holder) else None
    return None


def _speaker_noun(ctx: DocContext, compound: Token) -> bool:
    """'media reports', 'a police statement': a noun for speakers; not a share ('a majority verdict')."""
    quantifiers = source_kinds()["group_quantifiers"]
    return compound.pos_ == "NOUN" and compound.lemma_.lower() not in quantifiers and is_source_like(ctx, compound)


def _engaged_subject(ctx: DocContext, noun: Token) -> Token | None:
    """'X persisted in arguments that Y', 'X returned with hopes of Y': the subject of a verb
    taking the noun as its complement engages in it. A cue verb or a reception verb acts on
    someone else's words instead ("X agreed with the criticism", "X met with protests"); a fronted
    phrase is circumstance ("In an effort to Y, X did Z"), and with an object the noun describes
    the object ("X held Z in contempt")."""
    preposition, verb = noun.head, noun.head.head
    if noun.dep_ != "pobj" or preposition.lower_ not in _ENGAGING_PREPOSITIONS or verb.pos_ != "VERB":
        return None
    if preposition.i < verb.i or any(c.dep_ == "dobj" for c in verb.children):
        return None
    lexicon = cues()
    if verb.lemma_.lower() in lexicon["verbs"] or verb.lemma_.lower() in lexicon["reception_verbs"]:
        return None
    source = subject_of(ctx, verb)
    return source if source is not None and is_source_like(ctx, source) else None


def _topic(ctx: DocContext, noun: Token, directed: bool, spoken: bool) -> Token | None:
    """The preposition introducing what a noun is about ("disdain for", "claims about").

    'of' + a name is the holder for a proposition noun ("the report of the commission"), the
    target for a directed one ("criticism of the mayor"); 'for' or 'with' + a name is whom something
    said is addressed to ("a question for the president", "a complaint with the board").
    """
    verb = _light_verb(noun)
    # "threw its support behind Y": the parser often hangs the preposition on the light verb
    after = [c for c in verb.rights if c.i > noun.i] if verb is not None else []
    lexicon = cues()
    prepositions = set(lexicon["noun_prepositions"])
    if noun.lemma_.lower() in lexicon["stance_to_nouns"]:
        prepositions.add("to")  # "opposition to Y", "devotion to Y": 'to' marks the target of some stances only
    for child in (*noun.rights, *after):
        objects = [g for g in child.children if g.dep_ in PREPOSITION_OBJECTS]
        if child.dep_ != "prep" or child.lower_ not in prepositions or not objects:
            continue
        if _punctuation_between(noun, child):
            return None  # "support from X, with 60 percent": past a comma it is no longer the noun's topic
        if not child.whitespace_ and child.nbor().text == "-":
            return None  # "claims made on-air": a hyphenated compound, not a preposition
        if objects[0].ent_type_ in TIME_LABELS:
            return None  # "his remarks on Saturday"
        if not directed and (child.lower_ == "of" or child.lower_ in _ADDRESSEE_PREPOSITIONS and spoken) and is_source_like(ctx, objects[0]):
            continue
        return child
    return None


def _modified_start(noun: Token) -> int:
    """Where a noun cue starts: with the adjectives and article right before it ("a tacit
    acknowledgment", "his latest effort", "the intense criticism of"), not a holder ("European
    reluctance") nor a compound ("the veto threat")."""
    start = noun.i
    for child in reversed(list(noun.lefts)):
        if child.right_edge.i != start - 1 or child.dep_ not in _CUE_MODIFIERS or child.ent_type_ in _HOLDER_ENTITIES:
            break
        start = child.left_edge.i
    return start


def _cue(noun: Token, preposition: Token | None) -> list[int]:
    """The noun with its modifiers, from its light verb if it has one, through an adjacent preposition."""
    verb = _light_verb(noun)
    start = _modified_start(noun)
    doc = noun.doc
    if verb is not None and verb.i < noun.i and all(t.dep_ in _NOUN_MODIFIERS for t in doc[verb.i + 1 : noun.i]):
        start = cue_tokens(verb)[0]
    end = preposition.i if preposition is not None and preposition.i == noun.i + 1 else noun.i
    return list(range(start, end + 1))


def prepositional_content(preposition: Token) -> set[int]:
    return set().union(*(subtree(g) for g in preposition.children if g.dep_ in PREPOSITION_OBJECTS))


def clause_noun_frames(ctx: DocContext) -> Iterator[Frame]:
    """'X's claim that Y', 'charges that Y', 'X voiced concern that Y', 'X's hope is that Y',
    'X's decision to Y', 'X's call for Z to Y'.

    A "that" clause of a proposition noun is attributed even with no holder in sight ("charges
    that Y"); an infinitive ("the decision to Y", "efforts to Y") needs one.
    """
    quoted = ctx.quoted
    nouns = cues()["nouns"]
    lemmas, pos = ctx.columns.lemma, ctx.columns.pos
    for token in ctx.tokens:
        if pos[token.i] != "NOUN" or token.i in quoted:
            continue
        lemma = lemmas[token.i]
        if lemma not in nouns and not _idiom(token):
            continue
        clause = _noun_clause(ctx, token)
        source = _holder(ctx, token) or (_of_holder(ctx, token) if clause is not None else None)
        if source is None and _impersonal(ctx, token):
            continue
        if clause is not None:
            content, cue = subtree(clause), _cue(token, None)
            if clause.head.i == token.head.i == token.i + 1 and token.dep_ == "nsubj":
                cue.append(token.head.i)  # "X's view is that Y": PolNeAR cues span the copula
        else:
            content, marker = _infinitive_content(token) if source is not None else (set(), None)
            if not content:
                continue
            cue = _cue(token, marker)
        certainty = base_certainty(token, nouns.get(lemma, "asserted"))
        yield Frame(cue=cue, source_head=source, content=content, certainty=certainty)


def topic_noun_frames(ctx: DocContext) -> Iterator[Frame]:
    """'X's disdain for Y', 'X's comments on Y', 'X expressed support for Y', 'claims of Y'.

    Stance nouns (criticism, support, disdain) aim at their object; speech and belief nouns
    (claim, comment, idea) are about it. Only nouns naming something said ('speech_nouns': claims,
    criticism) are attributed without a holder, and of those only the ones about their object:
    "support for the bill" or "criticism of the mayor" alone is no one's claim.
    """
    quoted = ctx.quoted
    lexicon = cues()
    nouns, stances = lexicon["nouns"], lexicon["stance_nouns"]
    topical, unheld = set(lexicon["topic_nouns"]), set(lexicon["speech_nouns"])
    lemmas, pos = ctx.columns.lemma, ctx.columns.pos
    for token in ctx.tokens:
        if pos[token.i] != "NOUN" or token.i in quoted:
            continue
        lemma = lemmas[token.i]
        if lemma not in topical and lemma not in stances and not _idiom(token):
            continue
        if token.dep_ == "nsubj" and token.head.lemma_.lower() in lexicon["verbs"]:
            continue  # "reports on Telegram suggested that Y": the subject of a cue verb is its source
        if any(c.dep_ in {"nummod", "quantmod"} or c.lower_ in {"percent", "%"} for c in token.subtree if c.i < token.i):
            continue  # "5 percent support for X" measures a poll, not a stance
        directed = lemma not in topical
        preposition = _topic(ctx, token, directed=directed, spoken=lemma in unheld)
        source = _holder(ctx, token)
        # unheld, "claims of fraud" still states fraud; "criticism of the mayor" names only its target
        if preposition is None or source is None and (lemma not in unheld or directed or _impersonal(ctx, token)):
            continue
        certainty = base_certainty(token, stances.get(lemma) or nouns.get(lemma, "asserted"))
        content = prepositional_content(preposition)
        yield Frame(cue=_cue(token, preposition), source_head=source, content=content, certainty=certainty)
