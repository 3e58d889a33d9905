"""The clause a cue verb reports: where the content of "X said (that) Y", "Y, X said", "X told
reporters Y", "X urged Y to Z" and "X called for Y" lies in the parse, and where the parser
misplaced it (a clause hung on the addressee, on the governing verb or on an adjunct's noun; a
that-clause parsed as the head of the sentence; a clause closed by a colon or semicolon that is
a sentence of its own). `clausal_complement(ctx, verb, cue)` gives the content tokens, or an empty set.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.attribution.grammar.cue_verbs import cue_lemma, is_time, that_clause
from pipeline.attribution.lexicons import cues
from pipeline.attribution.grammar.subjects import EXPLETIVES
from pipeline.deps import FINITE_VERB_TAGS, PREPOSITION_OBJECTS, SUBJECTS, has_subject, subtree
from pipeline.sources.source_like import is_source_like

if TYPE_CHECKING:
    from pipeline.attribution.context import DocContext

_CLAUSE_COMPLEMENT = {"ccomp"}
# Punctuation that closes a clause as a sentence would: what precedes it is not a cue's complement.
_CLAUSE_SEPARATORS = {":", ";"}
# Words opening an embedded question the parser hangs on a cue as a clause modifier: "did not say
# whether"; "when" and "if" mostly open a time or condition clause, except after a negated cue.
_QUESTION_WORDS = {"how", "why", "whether"}
_NEGATED_QUESTION_WORDS = {"when", "if", "where", "who", "what", "which"}
# Subordinators of time and cause: a clause they open is circumstance even when the parser makes
# it the cue's complement ("said before he died"); "if", "when", "whether" may open a question.
_ADVERBIAL_MARKS = {"before", "after", "until", "since", "while", "because", "once", "unless"}
# Children that make a cue verb transitive: "as he welcomed the guests" is time, not "as X noted".
OBJECT_DEPS = {"dobj", "ccomp", "xcomp", "dative"}


def clausal_complement(ctx: DocContext, verb: Token, cue: list[int]) -> set[int]:
    """Content tokens governed by the cue verb, or an empty set for a bare cue."""
    lexicon = cues()
    lemma = cue_lemma(verb)
    skip_object = lemma in lexicon["addressee"]
    children = [c for c in verb.rights if c.i not in cue and not _misattached(c, verb) and not _adverbial(c)]
    # "Y, X said" parsed with Y as the cue's complement; but a that-clause after the cue wins over
    # a subordinate clause hung before it ("Should Z happen, X warned that Y"), and so does the
    # cue's own object ("Y - X proposed a rise"; not the addressee of "Y, X told a news conference",
    # nor the speaker of "Y, wrote one critic" misread as an object)
    own_object = not skip_object and has_subject(verb) and any(
        c.dep_ == "dobj" and not is_time(c) and not is_source_like(ctx, c) for c in children
    )
    if that_clause(verb, _CLAUSE_COMPLEMENT) not in children and not own_object and not _marked_that(verb):
        for child in verb.lefts:
            if child.dep_ not in _CLAUSE_COMPLEMENT or _separate_clause(child, verb, cue):
                continue
            if not _misattached(child, verb) and not _adverbial(child):
                return subtree(child)
    for child in children:
        if child.dep_ in _CLAUSE_COMPLEMENT:
            if any(g.dep_ == "mark" for g in child.children):
                # "said on Monday that Y": the clause starts at "that"
                return subtree(child) | _split_clause(child, children) | _coordinated_that_clause(verb, child)
            # "said debris from drones damaged ...": a misattached object before the clause is content;
            # not an adjunct a colon closes ('said at the time: "Y"', 'said in an interview: "Y"')
            between = {
                t.i
                for c in children
                if c.i < child.i and c.dep_ in {"dobj", "prep"} and not skip_object and not is_time(c) and not _gerund_adjunct(c)
                and not (c.dep_ == "prep" and verb.doc[c.right_edge.i + 1].text == ":")
                for t in c.subtree
            }
            return subtree(child) | between | _split_clause(child, children) | _coordinated_that_clause(verb, child)
    if skip_object:
        for obj in (c for c in children if c.dep_ == "dobj"):
            # "told a meeting of leaders that Y": the that-clause hung on the addressee
            clause = that_clause(obj, {"acl", "ccomp"})
            if clause is not None:
                return subtree(clause)
    negated = any(c.dep_ == "neg" for c in verb.children)
    for child in children:
        opener = child.left_edge
        # "has not said whether taxes will rise", "would not say when": an embedded question
        question = opener.lower_ in _QUESTION_WORDS or negated and opener.lower_ in _NEGATED_QUESTION_WORDS
        if child.dep_ == "advcl" and question and opener.i == cue[-1] + 1 and has_subject(child):
            return subtree(child)
        if child.dep_ == "advcl" and child is children[0] and _unmarked_clause(child):
            return subtree(child)  # "said after the talks he would resign": a clause misread as an adjunct
    if lemma in lexicon["xcomp_content"]:
        for child in children:
            if child.dep_ == "xcomp" or _infinitive_adjunct(child, cue):
                # "urged both leaders to visit": the one urged belongs to the content.
                # "called on Congress to act": so does the object of the cue's particle.
                # so does the subject of a passive cue: "the treaty is expected to pass", "he was urged to run"
                agents = [c for c in children if c.dep_ == "dobj" and c.i < child.i] + [
                    g for c in verb.children if c.i in cue and c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
                ] + [c for c in verb.lefts if c.dep_ == "nsubjpass" and c.lower_ not in EXPLETIVES]
                return subtree(child).union(*(subtree(a) for a in agents))
    for child in verb.children:
        if child.i in cue and child.dep_ in {"prep", "prt"}:  # a particle with an object is a preposition
            objects = [g for g in child.children if g.dep_ in PREPOSITION_OBJECTS]  # "called for reducing the rate"
            if objects:
                return subtree(objects[0])
    return _governor_complement(verb) or _stranded_complement(verb) or _adjunct_clause(verb) or _detached_that_clause(verb)


def _separate_clause(clause: Token, verb: Token, cue: list[int]) -> bool:
    """'A is unlikely; X says Y', 'A has a definition: it refers to Y': a clause closed by a colon
    or semicolon before the cue's clause is a sentence of its own, not the 'A' of 'A, X said', when
    the cue has an object or clause after it, or a particle with its object ("A; X said." and "A;
    X said in a statement." keep A). The separator may hang inside the clause: 'A; and, this week,
    X said Y'."""
    doc = verb.doc
    end = clause.right_edge.i
    while end > clause.i and (doc[end].is_punct or doc[end].pos_ == "CCONJ"):
        end -= 1
    separated = any(t.text in _CLAUSE_SEPARATORS for t in doc[end + 1 : verb.i])
    return separated and any(
        c.dep_ in OBJECT_DEPS or c.i in cue and c.dep_ == "prep" and any(g.dep_ in PREPOSITION_OBJECTS for g in c.children)
        for c in verb.rights
    )


def _marked_that(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _detached_that_clause(verb: Token) -> set[int]:
    """'X continues to insist, in every interview, that Y' parsed with Y as the head of the
    sentence and X's clause as its fronted complement: a that-clause cannot head a sentence, so it
    is the complement of the objectless cue verb that ends the clause right before it."""
    if any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return set()
    after = verb.right_edge.i + 1
    doc = verb.doc
    while after < len(doc) and doc[after].text == ",":
        after += 1
    root = doc[after].head if after < len(doc) else None
    if root is None or doc[after].dep_ != "mark" or doc[after].lower_ != "that" or root.dep_ != "ROOT":
        return set()
    fronted = next((c for c in root.lefts if verb.i in subtree(c)), None)
    if fronted is None or fronted.dep_ not in _CLAUSE_COMPLEMENT or fronted.right_edge.i != verb.right_edge.i:
        return set()
    return subtree(root) - subtree(fronted)


def _split_clause(clause: Token, siblings: list[Token]) -> set[int]:
    """'said it is likely the plan will fail', 'believes that detainees currently being held should
    be entitled to Y', 'believes doping is so common she felt compelled to Y': one clause the parser
    split in two complements, the second right after the first with nothing between. Not a report
    of its own ('and some, particularly the CBI, warned that Z', 'but said Z') nor past a full stop the tokeniser
    kept inside a word ('to £350m. WPP has Z')."""
    following = next((c for c in siblings if c.dep_ in _CLAUSE_COMPLEMENT and c.left_edge.i == clause.right_edge.i + 1), None)
    if following is None or _own_report(following):
        return set()
    doc = clause.doc
    if any(t.text.endswith(".") and doc[t.i + 1].text[:1].isupper() for t in doc[clause.left_edge.i : following.left_edge.i]):
        return set()
    return subtree(following)


def _own_report(clause: Token) -> bool:
    """A clause headed by a cue verb: 'the S.E.C. said Z', 'and Democrats accused the GOP of Z'."""
    return cue_lemma(clause) in cues()["verbs"]


def _coordinated_that_clause(verb: Token, clause: Token) -> set[int]:
    """'said Y, but that Z', 'said that Y and that Z': a that-clause the parser coordinated with the
    cue verb is a second complement, and the content runs on from `clause` to its end."""
    for conj in verb.rights:
        if conj.dep_ == "conj" and conj.i > clause.i and (_opens_with_that(conj) or _that_misread_as_determiner(conj)):
            return set(range(clause.right_edge.i + 1, conj.right_edge.i + 1))
    return set()


def _that_misread_as_determiner(clause: Token) -> bool:
    """'but that banks' performance had been patchy': "that" tagged the determiner of a noun with a
    possessor, which no determiner can precede: the clause's subordinator."""
    opener = clause.left_edge
    return opener.lower_ == "that" and opener.dep_ == "det" and any(c.dep_ == "poss" for c in opener.head.children)


def _governor_complement(verb: Token) -> set[int]:
    """'continues to insist, in every interview, that Y': a that-clause after an infinitive cue that
    the parser hung on the verb governing it."""
    if verb.dep_ != "xcomp" or any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return set()
    for clause in verb.head.rights:
        if clause.i > verb.i and clause.dep_ in {"ccomp", "advcl"} and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in clause.children
        ):
            return subtree(clause)
    return set()


def _adjunct_clause(verb: Token) -> set[int]:
    """'reported at the time that Y', 'yelled to the officers that Y': the cue's that-clause parsed
    as a relative clause of the noun in its adjunct; in a true relative clause "that" is the
    subject or object ('the time that changed everything'), not a conjunction before a subject.
    'said in an interview recently that Y': parsed as the complement of the cue's adverb."""
    for adverb in (c for c in verb.rights if c.dep_ == "advmod"):
        clause = next((g for g in adverb.rights if g.dep_ in _CLAUSE_COMPLEMENT and _opens_with_that(g)), None)
        if clause is not None:
            return subtree(clause)
    for noun in (g for c in verb.rights if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"):
        for clause in noun.rights:
            opener = clause.left_edge
            if clause.dep_ == "relcl" and opener.lower_ == "that" and opener.dep_ in {"mark", "advmod"} and any(
                c.dep_ in SUBJECTS and c.i > opener.i for c in clause.children
            ):
                return subtree(clause) - {opener.i}
    return set()


def _adverbial(clause: Token) -> bool:
    """'said before he died': a clause opened by a subordinator of time or cause; not one with
    such a word inside it ("said profit before exceptional items rose", a misread preposition)."""
    return clause.dep_ in _CLAUSE_COMPLEMENT and any(
        g.dep_ == "mark" and g.lower_ in _ADVERBIAL_MARKS and g.i == clause.left_edge.i for g in clause.children
    )


def _gerund_adjunct(phrase: Token) -> bool:
    """'under questioning', 'after meeting him': a preposition with a gerund, circumstance."""
    return phrase.dep_ == "prep" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in phrase.children)


def _infinitive_adjunct(clause: Token, cue: list[int]) -> bool:
    """'decline to appeal' parsed as a purpose clause: a subjectless 'to' clause right after the cue."""
    opener = clause.left_edge
    return clause.dep_ == "advcl" and opener.i == cue[-1] + 1 and opener.lower_ == "to" and opener.dep_ == "aux" and not has_subject(clause)


def _misattached(clause: Token, verb: Token) -> bool:
    """A complement clause hung on `verb` whose subject follows right after another verb, whose
    complement it is: "While he conceded Z was true, X noted that Y" gives Z to "conceded"."""
    start = _subject_start(clause)
    if start is None or start == 0 or start - 1 == verb.i:
        return False
    before = clause.doc[start - 1]
    # "admitted under questioning he had lied": a gerund in the cue's own adjunct takes no clause;
    # "said that if the problem went unchecked Y": after the clause's own "that", a verb of its adverbial is no other verb
    return (before.pos_ == "VERB" and not (before.dep_ == "pcomp" and before.head.head == verb)
            and not (_opens_with_that(clause) and clause.left_edge.i < before.i <= clause.right_edge.i))


def _opens_with_that(clause: Token) -> bool:
    opener = clause.left_edge
    return opener.lower_ == "that" and opener.dep_ == "mark" and opener.head == clause


def _subject_start(clause: Token) -> int | None:
    if clause.dep_ not in _CLAUSE_COMPLEMENT:
        return None
    subject = next((c for c in clause.lefts if c.dep_ in SUBJECTS), None)
    return subject.left_edge.i if subject is not None else None


def _stranded_complement(verb: Token) -> set[int]:
    """The clause right after an objectless cue verb that the parser hung on a later verb (see
    `_misattached`), without the cue's own clause if the parser put that inside it."""
    if any(c.dep_ in OBJECT_DEPS for c in verb.children) or verb.right_edge.i + 1 >= len(verb.doc):
        return set()
    start = verb.right_edge.i + 1
    for clause in verb.doc[start].ancestors:
        if _subject_start(clause) == start and _misattached(clause, clause.head):
            return subtree(clause) - subtree(verb)
    return set()


def _unmarked_clause(clause: Token) -> bool:
    """A finite clause with its own subject and no subordinator ("he would resign")."""
    return has_subject(clause) and not any(c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB" for c in clause.children) and any(
        c.dep_ == "aux" and c.tag_ == "MD" or c.tag_ in FINITE_VERB_TAGS for c in (clause, *clause.children)
    )
