"""Noun-phrase content of a cue verb: its object and what it says of it ("X denied the report",
"X called the charges false"), a prepositional object ("X talked about Y"), the subject of a passive
("Y was backed by X", "X was accused of Y"), an object moved out of the cue's clause ("which X
detailed", "the rate X proposed"), and a proform standing for what was said ("X said so")."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.attribution.context import DocContext
from pipeline.attribution.grammar.cue_verbs import cue_lemma, is_cue_verb, is_setting, is_time
from pipeline.attribution.lexicons import cues
from pipeline.attribution.grammar.subjects import EXPLETIVES, RELATIVE_TAGS, subject_of
from pipeline.deps import NOMINAL_SUBJECTS, PREPOSITION_OBJECTS, subtree
from pipeline.doc_index import doc_slice, sentence_of
from pipeline.sources.source_like import is_source_like

_OBJECT_PREDICATE_DEPS = {"oprd", "xcomp", "ccomp", "prep", "advmod", "acomp"}
# What an agentless passive says of its subject: "accused of Y", "labeled Y", "thought to be Y".
_PASSIVE_PREDICATE_DEPS = {"oprd", "xcomp", "attr", "acomp"}
_PASSIVE_PREPOSITIONS = {"of", "for", "as"}
# Prepositions that say something of a verb's object: "blamed it for Y", "blamed it on Y", "compared it to Y".
_PREDICATE_PREPOSITIONS = _PASSIVE_PREPOSITIONS | {"to", "with", "over", "on"}
# Complements that give a cue verb a content of its own.
_CLAUSE_DEPS = {"ccomp", "xcomp", "dobj"}
# Words that make "as much ... as" / "more ... than" a comparison rather than a pro-form.
_COMPARATIVES = {"as", "than"}
# Subordinators of a clause an expletive "it" stands for: "it is believed that Y".
_EXTRAPOSED_MARKS = {"that", "whether", "if"}
# Pronouns that stand for a thing or a statement, not a person.
_THING_PRONOUNS = {"it", "this", "that", "these", "those"}
# What a cue verb says of an object moved out of its clause: "what she called a rant", "what
# most people would consider appropriate conduct" (the parser takes the predicate for an object).
_GAP_PREDICATE_DEPS = {"oprd", "xcomp", "acomp", "dobj"}
# Children that fill the object slot a relative clause on a noun would otherwise leave open.
_FILLED_DEPS = {"dobj", "ccomp", "xcomp", "dative", "oprd", "nsubjpass"}


def object_content(ctx: DocContext, verb: Token, cue: list[int]) -> tuple[set[int], list[int]]:
    """'X denied the report', 'X called the charges false', 'X talked about Y', 'Y was backed by X':
    content and cue.

    Only for a source-like subject: "the wave of strikes underscores the urgency" is narration.
    """
    lexicon = cues()
    lemma = cue_lemma(verb)
    source = subject_of(ctx, verb)
    if lemma in lexicon["clause_only"] or source is None or not is_source_like(ctx, source):
        return set(), cue
    children = [c for c in verb.rights if c.i not in cue]
    # a gerund object is parsed as a verb complement: "defended raising taxes", "cited improving Y as Z"
    objects = [c for c in children if c.dep_ == "dobj" or c.dep_ == "xcomp" and _gerund(c)]
    if len(objects) > 1 and _double_object(ctx, objects[0], objects[1]) and lemma not in lexicon["naming_verbs"]:
        objects = objects[1:]  # "offering veterans the therapies": the first of two objects is the recipient
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
        return set().union(*(subtree(c) for c in objects[:1] + predicates)) - _writer_asides(ctx, objects[0]), cue
    passive_subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in children if c.dep_ == "agent"), None)
    # what the verb says of its passive subject: "the Tories were accused by Labour of planning cuts"
    # (not "quoted by the paper as saying Y": the subject speaks)
    said_of = [c for c in children if c.dep_ == "prep" and c.lower_ in _PASSIVE_PREPOSITIONS and not is_time(c)
               and not any(g.dep_ == "pcomp" and g.pos_ == "VERB" for g in c.children)]
    if passive_subject is not None and agent is not None and (said_of or not _bare_word(passive_subject)):
        # "the plan was backed by the unions": what the agent backs is the passive subject
        content = subtree(passive_subject).union(*(subtree(c) for c in said_of))
        return content, cue + [agent.i] if agent.i == cue[-1] + 1 else cue
    for child in children:
        objects = [g for g in child.children if g.dep_ in PREPOSITION_OBJECTS]
        if (
            child.dep_ == "prep" and child.lower_ in lexicon["content_prepositions"] and objects
            and not is_setting(child) and not _bare_word(objects[0])
        ):
            adjacent = child.i == cue[-1] + 1
            return subtree(objects[0]), cue + [child.i] if adjacent else cue
    return set(), cue


def _double_object(ctx: DocContext, first: Token, second: Token) -> bool:
    """Two noun objects one right after the other, the first one who can receive ('promised farmers
    a subsidy'); not a noun the parser split ('attributed an increase in May sales to Y')."""
    recipient = first.pos_ == "PRON" or is_source_like(ctx, first)
    return recipient and first.dep_ == second.dep_ == "dobj" and second.left_edge.i == first.right_edge.i + 1


def _writer_asides(ctx: DocContext, phrase: Token) -> set[int]:
    """'endorsed Smith, who has led the party since 2010': a relative clause set off by a comma
    describes the object in the writer's words; the verb's claim is about the object alone. A
    relative clause with a cue of its own ("thanked the nurses, who said Y") is a nested attribution
    and stays, as `extract_claims` keeps nested cues inside the outer claim."""
    return set().union(*(
        subtree(t) for t in phrase.subtree
        if t.dep_ == "relcl" and not is_cue_verb(ctx, t) and t.left_edge.tag_ in RELATIVE_TAGS and t.left_edge.lower_ != "that"
        and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","
    ))


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


def _gerund(verb: Token) -> bool:
    """'raising taxes', and the passive 'being held to standards'."""
    return verb.tag_ == "VBG" or any(c.dep_ == "auxpass" and c.tag_ == "VBG" for c in verb.children)


def agentless_passive_content(verb: Token, cue: list[int]) -> set[int]:
    """'X was accused of Y', 'X is considered a threat', 'X was labeled Y': someone unnamed says
    something of the passive subject; the subject and what is said of it are the content.
    A bare passive ("the plan was announced") says nothing of its subject and gives no claim."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ in EXPLETIVES and _extraposed(verb, subject):
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


def relative_object_content(ctx: DocContext, verb: Token, cue: list[int]) -> tuple[set[int], list[int]]:
    """'what she called a rant', 'the rate he proposed for individuals',
    'the levels desired by NATO', 'Y remains popular, promoted by X': a cue verb whose object was
    moved out of its clause as a relative word, or is the noun or subject its clause is attached to
    (see `_gap_filler`). That word or phrase (a relative word, not its antecedent: PolNeAR's
    convention) is the content, with what the verb says of it; content and cue."""
    lexicon = cues()
    source = subject_of(ctx, verb)
    if source is None or not is_source_like(ctx, source) or verb.dep_ == "ROOT":
        return set(), cue  # "What did she say?" asks; it reports nothing
    said_of = _gap_filler(verb)
    if not said_of:
        return set(), cue
    predicates = [
        c for c in verb.rights
        if c.i not in cue and not is_time(c)
        and (c.dep_ in _GAP_PREDICATE_DEPS or c.dep_ == "prep" and c.lower_ in _PREDICATE_PREPOSITIONS and _has_object(c))
    ]
    if not predicates and (cue_lemma(verb) in lexicon["clause_only"] or cue_lemma(verb) in lexicon["naming_verbs"]):
        return set(), cue  # "the things he knows", "the meeting he called": no claim about them
    if not predicates and len(said_of) == 1 and verb.doc[min(said_of)].tag_ in RELATIVE_TAGS:
        return set(), cue  # "which the bank denied" alone: a bare "which" tells a reader nothing
    # "the rate he has proposed for individuals": an adjacent preposition is part of the cue, as in object_content
    adjacent = [c.i for c in predicates if c.i == cue[-1] + 1 and c.lower_ in lexicon["content_prepositions"]]
    # "what she called a rant, a series of postings that Y": an appositive describes, it is not called
    described = [a for c in predicates for a in c.children if a.dep_ == "appos"]
    content = said_of.union(*(subtree(c) for c in predicates)) - set().union(*(subtree(a) for a in described))
    return content - set(adjacent), cue + adjacent


def _gap_filler(verb: Token) -> set[int]:
    """What fills the object slot of a cue verb that has none of its own: a relative word before it
    ('which the bank detailed', 'what she called a rant'); the noun of a relative clause with a
    subject and no relative word ('the rate he proposed'); the noun of a passive participle with
    an agent ('the levels desired by NATO'); the subject of the clause such a participle is adjoined
    to ('Charter schools remain popular, promoted by both parties')."""
    filler = next((c for c in verb.lefts if c.dep_ == "dobj" and c.tag_ in RELATIVE_TAGS), None)
    if filler is not None:
        return {filler.i}
    if any(c.dep_ in _FILLED_DEPS for c in verb.children):
        return set()
    head = verb.head
    nominal = head.pos_ in {"NOUN", "PROPN"}
    if nominal and verb.dep_ == "relcl":
        # "the city where she spoke": a relative adverb fills the gap with a place or time
        own_subject = any(c.dep_ == "nsubj" for c in verb.children)
        if not own_subject or any(t.tag_ in RELATIVE_TAGS | {"WRB"} for t in verb.lefts):
            return set()
        return {t.i for t in head.subtree if t.i < verb.left_edge.i}
    if verb.tag_ != "VBN" or not any(c.dep_ == "agent" for c in verb.children):
        return set()
    if nominal and verb.dep_ == "acl":
        return {t.i for t in head.subtree if t.i < verb.left_edge.i}
    subject = next((c for c in head.children if c.dep_ in NOMINAL_SUBJECTS), None)
    if verb.dep_ == "advcl" and head.pos_ in {"VERB", "AUX"} and subject is not None and subject.i < verb.i:
        return subtree(subject)
    return set()


def _extraposed(verb: Token, subject: Token) -> bool:
    """'it is considered unlikely that Y', 'there were claims': the subject stands for a clause after
    the verb, or for nothing. Without such a clause 'it' is a thing ('it was labeled false')."""
    # "it is hoped the plan works", also misparsed with "the plan" as an object of the passive
    clause = any(c.dep_ in {"ccomp", "csubj", "dobj"} for c in verb.children)
    return subject.lower_ == "there" or clause or any(t.dep_ == "mark" and t.lower_ in _EXTRAPOSED_MARKS for t in verb.subtree)


def proform_content(ctx: DocContext, verb: Token, cue: list[int]) -> tuple[set[int], list[int]]:
    """'X said so.', 'X said as much in an interview', 'X doesn't think so', 'X said yes': a word
    standing for a proposition said before, right after an objectless cue verb of a source-like
    subject and ending its clause (not 'said so many', 'offered no proof', 'knows as much about Y as
    Z'): content and cue, without the word if the cue had taken it as an adverb."""
    doc = verb.doc
    source = subject_of(ctx, verb)
    if source is None or not is_source_like(ctx, source) or any(c.dep_ in _CLAUSE_DEPS for c in verb.children):
        return set(), cue
    start = cue[-1] if cue[-1] > verb.i else cue[-1] + 1
    sentence_end = sentence_of(verb).end
    for proform in cues()["proform_contents"]:
        end = start + len(proform.split())
        if end > sentence_end or doc_slice(doc, start, end).text.lower() != proform:
            continue
        comparative = any(t.lower_ in _COMPARATIVES for t in doc_slice(doc, end, sentence_end))
        # an answer word ('said no to the plan') takes no phrase after it: that is a refusal of it
        setting = doc[end].pos_ == "ADP" and not comparative and doc[start].pos_ != "INTJ"
        if end == sentence_end or doc[end].is_punct or setting:
            return set(range(start, end)), [i for i in cue if i < start]
    return set(), cue
