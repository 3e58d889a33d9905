"""Reporting verbs, two patterns: a listed cue verb in every frame ("verb") and a verb outside the
lexicon with a that-clause ("that_clause").

Each yields `Frame`s with the cue, the source's head token and the content tokens. A cue with
no content of its own ("he said.") is still yielded: `resolve.quote_attachment` attaches quotes
to it. Where a cue's clause lies in the parse is `grammar.complements`; this module adds the frames around
it: inserted and fronted cues ("Y, X said"; "as X noted, Y"), colons, asides, and verbs outside
the lexicon with a that-clause.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from pipeline.attribution.certainty import base_certainty
from pipeline.attribution.grammar.complements import OBJECT_DEPS, clausal_complement
from pipeline.attribution.context import DocContext
from pipeline.attribution.grammar.cue_verbs import as_marked, cue_lemma, cue_tokens, is_cue_verb, that_clause
from pipeline.attribution.frames import Frame
from pipeline.attribution.lexicons import cues
from pipeline.attribution.patterns.inverted_cues import cue_before_clause, cue_inside_clause
from pipeline.attribution.patterns.misread_verbs import (
    fragment_before_cue, inverted_conjunct, misread_as_clause, misread_verb_frame, verb_stems,
)
from pipeline.attribution.grammar.cue_objects import agentless_passive_content, object_content, proform_content, relative_object_content
from pipeline.attribution.grammar.subjects import RELATIVE_TAGS, addressed_participle, subject_of
from pipeline.deps import SUBJECTS, has_subject, subtree
from pipeline.doc_index import sentence_of, sentence_spans
from pipeline.sources.roles import cited_document, set_off_name
from pipeline.sources.source_like import is_source_like

# A cue verb under another verb with these labels is an inserted "..., X said, ..." clause.
_INSERTED_DEPS = {"parataxis", "ccomp", "conj"}
# Subordinators of a concessive clause, the writer's aside rather than part of what was said:
# "X claimed Y, although he refused Z".
_CONCESSIVE_MARKS = {"although", "though", "whereas"}
# Subordinators that may also mean time: they set off an aside only before a report of its own.
_CONTRAST_MARKS = {"while", "whilst"}
_RELATIVE_TAGS = RELATIVE_TAGS | {"WP$"}  # "whose" too
_ASIDE_DEPS = {"advcl", "relcl"}  # the labels of the clauses `_asides` sets apart
# Parts of speech a cue verb may carry: a verb, or a noun or name where the tagger misread one.
_CUE_POS = {"VERB", "AUX", "NOUN", "PROPN"}
# Degree words whose "that" clause is a result, not a proposition: "so loud that", "such a mess that".
_DEGREE_WORDS = {"so", "such"}


def _as_clause(ctx: DocContext, verb: Token) -> bool:
    """'As X noted, Y' / 'Y, as predicted': an intransitive cue verb subordinated by "as", with a
    source-like subject or none ("as the storm continued" is time)."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    after = verb.right_edge.i + 1
    return (
        verb.dep_ == "advcl"
        # set off like any inserted clause (the comma may hang inside it: "pointed out with a chart,")
        and (after == len(verb.doc) or verb.doc[after].is_punct or verb.right_edge.is_punct)
        and as_marked(verb)
        and not any(c.dep_ in OBJECT_DEPS and c.i not in cue_tokens(verb) for c in verb.children)
        and (subject is None or is_source_like(ctx, subject))
        # "proposed Y as promised": the head verb's own claim
        and not (verb.head.pos_ in {"VERB", "AUX"} and cue_lemma(verb.head) in cues()["verbs"])
    )


def _fronted(verb: Token, deps: set[str] | None) -> set[int]:
    """Phrases the parser hangs on the cue verb before its subject and set off by a comma
    ("To see Y, X said, Z"; "People like Scott, he said."): they belong to the content."""
    subject = next((c for c in verb.lefts if c.dep_ in SUBJECTS), None)
    if subject is None or subject.left_edge.i == 0 or not verb.doc[subject.left_edge.i - 1].is_punct:
        return set()
    parts = [
        c for c in verb.lefts
        if c.i < subject.left_edge.i and not c.is_punct and (deps is None or c.dep_ in deps)
    ]
    return set().union(*(subtree(c) for c in parts))


def _inserted_content(ctx: DocContext, verb: Token) -> set[int]:
    """'Y, X said.' parsed with Y as the head: the head clause minus the cue clause; also
    'As X noted, Y' and 'Y1, X said, Y2' with Y1 hung on the cue."""
    head = verb.head
    if verb.dep_ == "ROOT":
        return _fronted(verb, {"dep"})
    if head.dep_ in SUBJECTS and head.i < verb.i and head.head.i > verb.i and _as_clause(ctx, verb):
        return subtree(head.head) - subtree(verb)  # "Y1, as X noted, Y2" hung on the subject Y1 begins with
    if head.pos_ not in {"VERB", "AUX"}:
        return set()
    if _as_clause(ctx, verb):
        return subtree(head) - subtree(verb)
    set_off_before = head.i > verb.i and _set_off_before(ctx, verb)
    if verb.dep_ not in _INSERTED_DEPS and not set_off_before:
        return set()
    if verb.dep_ == "conj" or head.i > verb.i and verb.dep_ != "parataxis" and not set_off_before:
        return set()
    fronted = _fronted(verb, None) if head.i > verb.i else set()
    clause = subtree(verb) - fronted
    edge = min(clause)
    if not (verb.doc[edge].is_punct or edge > 0 and verb.doc[edge - 1].is_punct):
        return set()  # an inserted cue clause is set off by a comma, dash or closing quote
    return subtree(head) - clause


def _set_off_before(ctx: DocContext, verb: Token) -> bool:
    """'Of course, she admits, she could have Y' parsed with the objectless cue as the complement
    or an adverbial clause of the clause after it: with no subordinator ("when a flaw is
    announced, Y" is time), a speaker for its subject and a comma right after the verb, the cue
    clause is inserted in what it reports."""
    after = verb.i + 1
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    subordinated = any(c.dep_ == "mark" or c.tag_ == "WRB" for c in verb.children)
    return (
        verb.dep_ in {"ccomp", "advcl"} and not subordinated and subject is not None and is_source_like(ctx, subject)
        # the comma right after the verb: an objectless cue ("continues to insist, in an interview, that Y" is not)
        and verb.right_edge.i == verb.i and after < len(verb.doc) and verb.doc[after].text == ","
        and not _reports_clause(ctx, verb.head, verb)
    )


def _reports_clause(ctx: DocContext, cue: Token, clause: Token) -> bool:
    """'The minister is resigning, he said': the clause is what the cue after it reports, as the
    cue has no other object ("she could have answered these questions" reports nothing)."""
    return is_cue_verb(ctx, cue) and not any(c.dep_ in OBJECT_DEPS and c.i != clause.i for c in cue.children)


def _coordinated_report(verb: Token, content: set[int]) -> set[int]:
    """'Y1, but Y2, X added' parsed with the cue coordinated to Y1 and Y2 as its fronted
    complement: a cue closing the sentence after its content reports both clauses."""
    if verb.dep_ != "conj" or not content or max(content) > verb.i:
        return content
    if not all(t.is_punct or t.is_space for t in verb.doc[verb.right_edge.i + 1 : sentence_of(verb).end]):
        return content
    return content | (subtree(verb.head) - subtree(verb))


def _colon_content(verb: Token) -> set[int]:
    """'X said: Y' within one sentence: everything after the colon."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is None or after.text != ":":
        return set()
    return set(range(after.i + 1, verb.sent.end))


def _asides(ctx: DocContext, verb: Token, content: set[int]) -> set[int]:
    """Clauses inside `content` that are not part of what `verb` reports: a concessive clause set
    off by a comma ("X claimed Y, although he refused Z", "X said Y, though she noted Z", "X say
    Y, while the Tories say Z") and a
    relative clause with a cue of its own ("X attacked Y for the gifts, which he said were bribes")."""
    aside: set[int] = set()
    deps = ctx.columns.dep  # only an adverbial or relative clause is an aside: no Token for the others
    for token in (verb.doc[i] for i in content if deps[i] in _ASIDE_DEPS):
        if token.i in aside:
            continue
        opener = token.left_edge
        marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
        set_off = opener.i > 0 and verb.doc[opener.i - 1].is_punct
        concessive = token.dep_ == "advcl" and set_off and (
            marks & _CONCESSIVE_MARKS
            # "X say Y, while the Tories say Z": a contrast with another report, not part of Y
            or marks & _CONTRAST_MARKS and is_cue_verb(ctx, token) and has_subject(token)
        )
        # only a clause set off by a comma ("the $18 million he says he raised" is part of the claim)
        # whose relative pronoun sits inside the reported clause ("who said Y" describes its antecedent)
        reporting = token.dep_ == "relcl" and set_off and opener.tag_ in _RELATIVE_TAGS and is_cue_verb(ctx, token) and any(
            c.dep_ in SUBJECTS and c.tag_ not in _RELATIVE_TAGS for c in token.children
        )
        if concessive or reporting:
            aside |= subtree(token)
    return aside


def verb_frames(ctx: DocContext) -> Iterator[Frame]:
    """'X said (that) Y', 'Y, X said', 'Y, said X', 'X told reporters Y', passives, participles."""
    verbs = cues()["verbs"]
    for token in _cue_candidates(ctx):
        misread = misread_verb_frame(ctx, token)  # "Sanders Vows To Y": a headline verb misparsed
        if misread is not None:
            yield misread
        if misread is not None or not is_cue_verb(ctx, token):
            continue
        cue = cue_tokens(token)
        certainty = base_certainty(token, verbs.get(cue_lemma(token), "asserted"))
        inserted = (
            misread_as_clause(ctx, token) or fragment_before_cue(ctx, token) or inverted_conjunct(ctx, token)
            or cue_before_clause(ctx, token, cue) or cue_inside_clause(ctx, token, cue)
        )
        if inserted is not None:
            yield Frame(cue=cue, source_head=inserted[0], content=inserted[1], certainty=certainty)
            continue
        content = _coordinated_report(token, clausal_complement(ctx, token, cue)) or _colon_content(token)
        if not content:
            content, cue = relative_object_content(ctx, token, cue)
        if not content:
            content, cue = object_content(ctx, token, cue)
        source = subject_of(ctx, token)
        if cue_lemma(token) not in verbs and (source is None or not is_source_like(ctx, source)):
            continue  # a phrasal cue is a speech act only of someone: not "the storm hit back at"
        if _as_clause(ctx, token) and not has_subject(token) and source != cited_document(token):
            source = None  # "the dam held as predicted": the dam predicted nothing; "as stated in the report" keeps the report
        if not content and (source is not None or token.dep_ == "advcl"):
            content = _inserted_content(ctx, token) or _content_before_speaker(token, source)
        if source is not None and source.head.i != token.i and source.i in content and source == set_off_name(ctx, token):
            content -= set(range(token.i + 1, source.i + 2))  # "If Y, said Mr Fahey, Z": the name hung on Z is not said
        if not content:
            content, cue = proform_content(ctx, token, cue)  # "X said so": only when no clause is the content
        if not content and source is None:
            content = agentless_passive_content(token, cue)
        if not content and source is None or source is None and _verbless_fragment(token):
            continue
        content -= _asides(ctx, token, content)
        if source is not None and source.head.dep_ == "prep" and source.head.lower_ == "by" and token in source.ancestors:
            content -= subtree(source.head)  # 'criticised for "Y" by X', the agent hung on Y: X is not said
        if source is not None and source.dep_ == "nsubjpass" and content <= subtree(source):
            content = set()  # "X is quoted by the paper as saying": the passive subject speaks, it is not said
        if addressed_participle(token):
            source = None  # "Asked whether Y, X said", "Reminded that Y, X added": X was asked
        yield Frame(cue=cue, source_head=source, content=content, certainty=certainty)


def _cue_candidates(ctx: DocContext) -> Iterator[Token]:
    """The words outside quotes that may be a cue verb or a misread one, tested on the token
    columns: a verb whose lemma (or its silent-e repair, `cue_verbs.cue_lemma`) is a listed, phrasal
    or characterising cue; a noun or name that is a listed verb's -s form
    (`misread_verbs.verb_lemma`); any such part of speech in a headline. No other word yields a
    frame, and most words of a document are none of these."""
    lexicon = cues()
    verb_cues = lexicon["verbs"].keys() | lexicon["particles"].keys() | set(lexicon["characterising_verbs"])
    columns, quoted = ctx.columns, ctx.quoted
    in_headlines = {i for start, end in sentence_spans(ctx.doc) if start in ctx.headlines for i in range(start, end)}
    for i, pos in enumerate(columns.pos):
        if pos not in _CUE_POS or i in quoted:
            continue
        if i in in_headlines:
            yield ctx.tokens[i]
        elif pos in {"VERB", "AUX"}:
            lemma = columns.lemma[i]
            if lemma in verb_cues or lemma + "e" in verb_cues or lemma.removesuffix("e") in verb_cues:
                yield ctx.tokens[i]
        elif any(stem in lexicon["verbs"] for stem in verb_stems(columns.lower[i])):
            yield ctx.tokens[i]


def _content_before_speaker(verb: Token, source: Token | None) -> set[int]:
    """'“Y,” admitted Kiely.' with the quote parsed as an adverbial clause of the cue and the
    speaker after it: the clause before the cue is what it reports."""
    if source is None or source.i < verb.i or source.head.i != verb.i or verb.dep_ != "ROOT":
        return set()
    if verb.i == 0 or not (verb.doc[verb.i - 1].is_quote or verb.doc[verb.i - 1].text == ","):
        return set()  # only a clause the cue follows, set off from it: not "Y was written by X"
    return set().union(*(subtree(c) for c in verb.lefts if c.dep_ in {"advcl", "parataxis"}))


def _verbless_fragment(verb: Token) -> bool:
    """A participle heading its sentence with no subject or auxiliary ('Promising sprinter / clocked
    Y' across a stray line break): an adjective misread as a verb, or a fragment reporting nothing."""
    return verb.dep_ == "ROOT" and verb.tag_ == "VBG" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def that_clause_frames(ctx: DocContext) -> Iterator[Frame]:
    """A verb outside the lexicon with a source-like subject and a "that" clause ("X ruled that Y").

    Such a complement is nearly always a proposition someone holds or states.
    """
    quoted = ctx.quoted
    pos = ctx.columns.pos
    for token in ctx.tokens:
        # "there was no evidence that Y": a that-clause under a copula belongs to a noun
        if pos[token.i] != "VERB" or token.lemma_ == "be" or token.i in quoted:
            continue
        clause = that_clause(token, {"ccomp"})
        if clause is None or clause.i < token.i or is_cue_verb(ctx, token) or _result_clause(clause, token):
            continue
        source = subject_of(ctx, token)
        if source is not None and is_source_like(ctx, source):
            certainty = base_certainty(token, "asserted")
            yield Frame(cue=[token.i], source_head=source, content=subtree(clause), certainty=certainty)


def _result_clause(clause: Token, verb: Token) -> bool:
    """'drove so erratically that I had to stop': a that-clause of degree says what followed."""
    return any(t.lower_ in _DEGREE_WORDS for t in verb.doc[verb.i + 1 : clause.left_edge.i])
