"""Reported (indirect) attributions from the dependency parse, one generator per pattern.

Each yields `Frame`s with the cue, the source's head token and the content tokens. A cue with
no content of its own ("he said.") is still yielded: `extract_claims` attaches quotes to it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from pipeline.attribution.certainty import base_certainty
from pipeline.attribution.cue_verbs import (
    as_marked,
    cue_lemma,
    cue_tokens,
    is_cue_verb,
    is_time,
    subtree,
    that_clause,
)
from pipeline.attribution.frames import Frame, tokens_of
from pipeline.attribution.lexicons import cues
from pipeline.attribution.misread_verbs import fragment_before_cue, misread_as_clause, misread_verb_frame
from pipeline.attribution.cue_objects import agentless_passive_content, object_content, proform_content, relative_object_content
from pipeline.attribution.subjects import EXPLETIVES, RELATIVE_TAGS, SUBJECT_DEPS, subject_of
from pipeline.source_roles import cited_document
from pipeline.sources import is_source_like

_CLAUSE_COMPLEMENT = {"ccomp"}
# Punctuation that closes a clause as a sentence would: what precedes it is not a cue's complement.
_CLAUSE_SEPARATORS = {":", ";"}
# A cue verb under another verb with these labels is an inserted "..., X said, ..." clause.
_INSERTED_DEPS = {"parataxis", "ccomp", "conj"}
# Words opening an embedded question the parser hangs on a cue as a clause modifier: "did not say
# whether"; "when" and "if" mostly open a time or condition clause, except after a negated cue.
_QUESTION_WORDS = {"how", "why", "whether"}
_NEGATED_QUESTION_WORDS = {"when", "if", "where", "who", "what", "which"}
# Subordinators of a concessive clause, the writer's aside rather than part of what was said:
# "X claimed Y, although he refused Z".
_CONCESSIVE_MARKS = {"although", "though", "whereas"}
_RELATIVE_TAGS = RELATIVE_TAGS | {"WP$"}  # "whose" too
# Degree words whose "that" clause is a result, not a proposition: "so loud that", "such a mess that".
_DEGREE_WORDS = {"so", "such"}
# Subordinators of time and cause: a clause they open is circumstance even when the parser makes
# it the cue's complement ("said before he died"); "if", "when", "whether" may open a question.
_ADVERBIAL_MARKS = {"before", "after", "until", "since", "while", "because", "once", "unless"}
# Children that make a cue verb transitive: "as he welcomed the guests" is time, not "as X noted".
_OBJECT_DEPS = {"dobj", "ccomp", "xcomp", "dative"}


def _complement(verb: Token, cue: list[int]) -> set[int]:
    """Content tokens governed by the cue verb, or an empty set for a bare cue."""
    lexicon = cues()
    lemma = cue_lemma(verb)
    skip_object = lemma in lexicon["addressee"]
    children = [c for c in verb.rights if c.i not in cue and not _misattached(c, verb) and not _adverbial(c)]
    # "Y, X said" parsed with Y as the cue's complement; but a that-clause after the cue wins over
    # a subordinate clause hung before it ("Should Z happen, X warned that Y"), and so does the
    # cue's own object ("Y - X proposed a rise"; not the addressee of "Y, X told a news conference",
    # nor the speaker of "Y, wrote one critic" misread as an object)
    own_object = not skip_object and _has_subject(verb) and any(
        c.dep_ == "dobj" and not is_time(c) and not is_source_like(c) for c in children
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
                return subtree(child) | _split_clause(child, children)  # "said on Monday that Y": the clause starts at "that"
            # "said debris from drones damaged ...": a misattached object before the clause is content.
            between = {
                t.i
                for c in children
                if c.i < child.i and c.dep_ in {"dobj", "prep"} and not skip_object and not is_time(c) and not _gerund_adjunct(c)
                for t in c.subtree
            }
            return subtree(child) | between | _split_clause(child, children)
    if skip_object:
        for obj in (c for c in children if c.dep_ == "dobj"):
            # "told a meeting of leaders that Y": the that-clause hung on the addressee
            clause = that_clause(obj, {"relcl", "acl", "ccomp"})
            if clause is not None:
                return subtree(clause)
    negated = any(c.dep_ == "neg" for c in verb.children)
    for child in children:
        opener = child.left_edge
        # "has not said whether taxes will rise", "would not say when": an embedded question
        question = opener.lower_ in _QUESTION_WORDS or negated and opener.lower_ in _NEGATED_QUESTION_WORDS
        if child.dep_ == "advcl" and question and opener.i == cue[-1] + 1 and _has_subject(child):
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
            objects = [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]  # "called for reducing the rate"
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
        c.dep_ in _OBJECT_DEPS or c.i in cue and c.dep_ == "prep" and any(g.dep_ in {"pobj", "pcomp"} for g in c.children)
        for c in verb.rights
    )


def _marked_that(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _detached_that_clause(verb: Token) -> set[int]:
    """'X continues to insist, in every interview, that Y' parsed with Y as the head of the
    sentence and X's clause as its fronted complement: a that-clause cannot head a sentence, so it
    is the complement of the objectless cue verb that ends the clause right before it."""
    if any(c.dep_ in _OBJECT_DEPS for c in verb.children):
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
    """'said it is likely the plan will fail': a clause ending in an adjective that takes a clause,
    which the parser split off as a second complement right after it."""
    if clause.right_edge.pos_ != "ADJ":
        return set()
    following = next((c for c in siblings if c.dep_ in _CLAUSE_COMPLEMENT and c.left_edge.i == clause.right_edge.i + 1), None)
    return subtree(following) if following is not None else set()


def _governor_complement(verb: Token) -> set[int]:
    """'continues to insist, in every interview, that Y': a that-clause after an infinitive cue that
    the parser hung on the verb governing it."""
    if verb.dep_ != "xcomp" or any(c.dep_ in _OBJECT_DEPS for c in verb.children):
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
    subject or object ('the time that changed everything'), not a conjunction before a subject."""
    for noun in (g for c in verb.rights if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"):
        for clause in noun.rights:
            opener = clause.left_edge
            if clause.dep_ == "relcl" and opener.lower_ == "that" and opener.dep_ in {"mark", "advmod"} and any(
                c.dep_ in SUBJECT_DEPS and c.i > opener.i for c in clause.children
            ):
                return subtree(clause) - {opener.i}
    return set()


def _adverbial(clause: Token) -> bool:
    return clause.dep_ in _CLAUSE_COMPLEMENT and any(g.dep_ == "mark" and g.lower_ in _ADVERBIAL_MARKS for g in clause.children)


def _gerund_adjunct(phrase: Token) -> bool:
    """'under questioning', 'after meeting him': a preposition with a gerund, circumstance."""
    return phrase.dep_ == "prep" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in phrase.children)


def _infinitive_adjunct(clause: Token, cue: list[int]) -> bool:
    """'decline to appeal' parsed as a purpose clause: a subjectless 'to' clause right after the cue."""
    opener = clause.left_edge
    return clause.dep_ == "advcl" and opener.i == cue[-1] + 1 and opener.lower_ == "to" and opener.dep_ == "aux" and not _has_subject(clause)


def _misattached(clause: Token, verb: Token) -> bool:
    """A complement clause hung on `verb` whose subject follows right after another verb, whose
    complement it is: "While he conceded Z was true, X noted that Y" gives Z to "conceded"."""
    start = _subject_start(clause)
    if start is None or start == 0 or start - 1 == verb.i:
        return False
    before = clause.doc[start - 1]
    # "admitted under questioning he had lied": a gerund in the cue's own adjunct takes no clause
    return before.pos_ == "VERB" and not (before.dep_ == "pcomp" and before.head.head == verb)


def _subject_start(clause: Token) -> int | None:
    if clause.dep_ not in _CLAUSE_COMPLEMENT:
        return None
    subject = next((c for c in clause.lefts if c.dep_ in SUBJECT_DEPS), None)
    return subject.left_edge.i if subject is not None else None


def _stranded_complement(verb: Token) -> set[int]:
    """The clause right after an objectless cue verb that the parser hung on a later verb (see
    `_misattached`), without the cue's own clause if the parser put that inside it."""
    if any(c.dep_ in _OBJECT_DEPS for c in verb.children) or verb.right_edge.i + 1 >= len(verb.doc):
        return set()
    start = verb.right_edge.i + 1
    for clause in verb.doc[start].ancestors:
        if _subject_start(clause) == start and _misattached(clause, clause.head):
            return subtree(clause) - subtree(verb)
    return set()


def _unmarked_clause(clause: Token) -> bool:
    """A finite clause with its own subject and no subordinator ("he would resign")."""
    return _has_subject(clause) and not any(c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB" for c in clause.children) and any(
        c.dep_ == "aux" and c.tag_ == "MD" or c.tag_ in {"VBD", "VBZ", "VBP"} for c in (clause, *clause.children)
    )


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _as_clause(verb: Token) -> bool:
    """'As X noted, Y' / 'Y, as predicted': an intransitive cue verb subordinated by "as", with a
    source-like subject or none ("as the storm continued" is time)."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    after = verb.right_edge.i + 1
    return (
        verb.dep_ == "advcl"
        # set off like any inserted clause (the comma may hang inside it: "pointed out with a chart,")
        and (after == len(verb.doc) or verb.doc[after].is_punct or verb.right_edge.is_punct)
        and as_marked(verb)
        and not any(c.dep_ in _OBJECT_DEPS and c.i not in cue_tokens(verb) for c in verb.children)
        and (subject is None or is_source_like(subject))
        # "proposed Y as promised": the head verb's own claim
        and not (verb.head.pos_ in {"VERB", "AUX"} and cue_lemma(verb.head) in cues()["verbs"])
    )


def _fronted(verb: Token, deps: set[str] | None) -> set[int]:
    """Phrases the parser hangs on the cue verb before its subject and set off by a comma
    ("To see Y, X said, Z"; "People like Scott, he said."): they belong to the content."""
    subject = next((c for c in verb.lefts if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.left_edge.i == 0 or not verb.doc[subject.left_edge.i - 1].is_punct:
        return set()
    parts = [
        c for c in verb.lefts
        if c.i < subject.left_edge.i and not c.is_punct and (deps is None or c.dep_ in deps)
    ]
    return set().union(*(subtree(c) for c in parts))


def _inserted_content(verb: Token) -> set[int]:
    """'Y, X said.' parsed with Y as the head: the head clause minus the cue clause; also
    'As X noted, Y' and 'Y1, X said, Y2' with Y1 hung on the cue."""
    head = verb.head
    if verb.dep_ == "ROOT":
        return _fronted(verb, {"dep"})
    if head.dep_ in SUBJECT_DEPS and head.i < verb.i and head.head.i > verb.i and _as_clause(verb):
        return subtree(head.head) - subtree(verb)  # "Y1, as X noted, Y2" hung on the subject Y1 begins with
    if head.pos_ not in {"VERB", "AUX"}:
        return set()
    if _as_clause(verb):
        return subtree(head) - subtree(verb)
    if verb.dep_ not in _INSERTED_DEPS:
        return set()
    if verb.dep_ == "conj" or head.i > verb.i and verb.dep_ != "parataxis":
        return set()
    fronted = _fronted(verb, None) if head.i > verb.i else set()
    clause = subtree(verb) - fronted
    edge = min(clause)
    if not (verb.doc[edge].is_punct or edge > 0 and verb.doc[edge - 1].is_punct):
        return set()  # an inserted cue clause is set off by a comma, dash or closing quote
    return subtree(head) - clause


def _coordinated_report(verb: Token, content: set[int]) -> set[int]:
    """'Y1, but Y2, X added' parsed with the cue coordinated to Y1 and Y2 as its fronted
    complement: a cue closing the sentence after its content reports both clauses."""
    closing = all(t.is_punct or t.is_space for t in verb.doc[verb.right_edge.i + 1 : verb.sent.end])
    if verb.dep_ != "conj" or not content or max(content) > verb.i or not closing:
        return content
    return content | (subtree(verb.head) - subtree(verb))


def _colon_content(verb: Token) -> set[int]:
    """'X said: Y' within one sentence: everything after the colon."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is None or after.text != ":":
        return set()
    return set(range(after.i + 1, verb.sent.end))


def _asides(verb: Token, content: set[int]) -> set[int]:
    """Clauses inside `content` that are not part of what `verb` reports: a concessive clause set
    off by a comma ("X claimed Y, although he refused Z", "X said Y, though she noted Z") and a
    relative clause with a cue of its own ("X attacked Y for the gifts, which he said were bribes")."""
    aside: set[int] = set()
    for token in (verb.doc[i] for i in content):
        if token.i in aside:
            continue
        opener = token.left_edge
        marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
        set_off = opener.i > 0 and verb.doc[opener.i - 1].is_punct
        concessive = token.dep_ == "advcl" and marks & _CONCESSIVE_MARKS and set_off
        # only a clause set off by a comma ("the $18 million he says he raised" is part of the claim)
        # whose relative pronoun sits inside the reported clause ("who said Y" describes its antecedent)
        reporting = token.dep_ == "relcl" and set_off and opener.tag_ in _RELATIVE_TAGS and is_cue_verb(token) and any(
            c.dep_ in SUBJECT_DEPS and c.tag_ not in _RELATIVE_TAGS for c in token.children
        )
        if concessive or reporting:
            aside |= subtree(token)
    return aside


def verb_frames(doc: Doc, quoted: set[int]) -> Iterator[Frame]:
    """'X said (that) Y', 'Y, X said', 'Y, said X', 'X told reporters Y', passives, participles."""
    verbs = cues()["verbs"]
    for token in tokens_of(doc):
        if token.i in quoted:
            continue
        misread = misread_verb_frame(token)  # "Sanders Vows To Y": a headline verb misparsed
        if misread is not None:
            yield misread
        if misread is not None or not is_cue_verb(token):
            continue
        cue = cue_tokens(token)
        certainty = base_certainty(token, verbs.get(cue_lemma(token), "asserted"))
        inserted = misread_as_clause(token) or fragment_before_cue(token)
        if inserted is not None:
            yield Frame(cue=cue, source_head=inserted[0], content=inserted[1], certainty=certainty)
            continue
        content = _coordinated_report(token, _complement(token, cue)) or _colon_content(token)
        if not content:
            content, cue = relative_object_content(token, cue)
        if not content:
            content, cue = object_content(token, cue)
        source = subject_of(token)
        if cue_lemma(token) not in verbs and (source is None or not is_source_like(source)):
            continue  # a phrasal cue is a speech act only of someone: not "the storm hit back at"
        if _as_clause(token) and not _has_subject(token) and source != cited_document(token):
            source = None  # "the dam held as predicted": the dam predicted nothing; "as stated in the report" keeps the report
        if not content and (source is not None or token.dep_ == "advcl"):
            content = _inserted_content(token)
        if not content:
            content, cue = proform_content(token, cue)  # "X said so": only when no clause is the content
        if not content and source is None:
            content = agentless_passive_content(token, cue)
        if not content and source is None:
            continue
        content -= _asides(token, content)
        yield Frame(cue=cue, source_head=source, content=content, certainty=certainty)


def that_clause_frames(doc: Doc, quoted: set[int]) -> Iterator[Frame]:
    """A verb outside the lexicon with a source-like subject and a "that" clause ("X ruled that Y").

    Such a complement is nearly always a proposition someone holds or states.
    """
    for token in tokens_of(doc):
        # "there was no evidence that Y": a that-clause under a copula belongs to a noun
        if is_cue_verb(token) or token.pos_ != "VERB" or token.lemma_ == "be" or token.i in quoted:
            continue
        clause = that_clause(token, {"ccomp"})
        source = subject_of(token)
        if clause is None or clause.i < token.i or _result_clause(clause, token):
            continue
        if source is not None and is_source_like(source):
            certainty = base_certainty(token, "asserted")
            yield Frame(cue=[token.i], source_head=source, content=subtree(clause), certainty=certainty)


def _result_clause(clause: Token, verb: Token) -> bool:
    """'drove so erratically that I had to stop': a that-clause of degree says what followed."""
    return any(t.lower_ in _DEGREE_WORDS for t in verb.doc[verb.i + 1 : clause.left_edge.i])
