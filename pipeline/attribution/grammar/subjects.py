"""Who speaks through a cue verb: its subject, its passive agent, or the subject it inherits
from the clause it hangs on ("X denied it, saying Y"; "X forced Y to admit"; "a statement saying")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.attribution.certainty import reduced_raising_passive
from pipeline.attribution.cue_classes import speaks_or_writes
from pipeline.attribution.grammar.cue_verbs import cue_lemma, is_cue_verb
from pipeline.attribution.lexicons import cues, hedges
from pipeline.deps import SUBJECTS, has_subject
from pipeline.doc_index import sentence_of, token_columns
from pipeline.sources.roles import (
    cited_document,
    depicted_speaker,
    holds_view_when_passive,
    is_agent_like,
    issuing_verb,
    named_apposition,
    object_controller,
    postposed_speaker,
    principal_subject,
    stranded_subject,
)
from pipeline.sources.source_like import is_source_like

if TYPE_CHECKING:
    from pipeline.attribution.context import DocContext

# A participle cue with no subject takes its head's: "X denied it, saying that Y".
_SUBJECT_INHERITING_DEPS = {"conj", "advcl", "xcomp", "acl"}
# Relative pronouns and determiners ("who", "which", "that" as a relative).
RELATIVE_TAGS = {"WDT", "WP"}
# Subjects that stand for nothing: "it was reported that", "there were claims".
EXPLETIVES = {"it", "there"}
# Punctuation setting off an aside: "X — who's pushed for Y — defending Z", "X (who Y) said".
_ASIDE_CLOSERS = {"—", "–", "--", "-", ")"}
_ASIDE_OPENERS = {"—", "–", "--", "-", "("}
_BRACKETS = {"(", ")"}
# Verbs whose passive with "as saying" passes on its subject's words ('was reported as saying').
_QUOTING_AS = {"report", "cite"}


def subject_of(ctx: DocContext, verb: Token, depth: int = 0, controlling: bool = False) -> Token | None:
    """The source head of a cue verb: its subject, passive agent, or the subject it inherits.

    `controlling` asks instead who a subjectless clause under `verb` is about: the grammatical
    subject even of a passive ("after saying Y, she was taken to hospital").
    """
    subject = principal_subject([c for c in verb.children if c.dep_ in SUBJECTS], verb)
    if subject is None or subject.dep_ == "csubj":
        # a clause parsed as subject is usually a misparse
        subject = stranded_subject(ctx, verb) or postposed_speaker(ctx, verb, lambda v: _speaks(ctx, v)) or subject
    elif subject.dep_ == "nsubj":
        subject = named_apposition(ctx, subject) or _contrasted_conjunct(subject) or subject
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    agent = agent or misplaced_agent(ctx, verb)
    if controlling and subject is not None and subject.lower_ not in EXPLETIVES:
        return subject
    if subject is not None and subject.dep_ == "nsubjpass" and _quoted_as(verb):
        return subject  # "X is quoted (by the paper) as saying Y": X speaks, the paper reports
    quoted = next((c for c in verb.children if c.dep_ == "dobj"), None) if _quoted_as(verb) else None
    if quoted is not None and not controlling:
        return quoted  # "the agency quoted several lawmakers as saying Y": the lawmakers speak
    if agent is not None:
        return agent
    cited = cited_document(verb)
    if cited is not None and (subject is None or subject.dep_ == "nsubjpass" or subject.lower_ in EXPLETIVES):
        return cited  # "as stated in the report", "it was noted in the filing that Y"
    if subject is not None and verb.dep_ == "relcl" and subject.tag_ in RELATIVE_TAGS:
        # "X released a letter that says Y": through a document speaks whoever issued it
        issuer = issuing_verb(verb.head)
        author = subject_of(ctx, issuer, depth + 1, controlling=True) if issuer is not None and depth < 3 else None
        if author is not None and is_agent_like(ctx, author):
            return author
    if subject is not None:
        # "it was reported that ...", "the talks were described as ...": a passive subject is not
        # the source, unless the verb names its state of mind ("they are convinced that ..."); an
        # active subject with a passive-looking auxiliary is "'s" for "has" ("who's called for")
        auxpass = any(c.dep_ == "auxpass" for c in verb.children)
        # (a speaker after the cue that the parser hung on another verb is not its passive subject:
        # "If Y, said Mr Fahey, Z" with "Fahey" the subject of Z)
        postposed = subject.i > verb.i and subject.head.i != verb.i
        passive = (subject.dep_ == "nsubjpass" and not postposed or subject.lower_ in EXPLETIVES and auxpass
                   or reduced_raising_passive(verb))
        if subject.tag_ == "WP" and verb.dep_ != "relcl":
            # "Who would have believed that Y?": a question asks, nobody claims; but "who" right
            # after a noun opens a relative clause the parser did not make one ("brought by X who
            # alleged that Y"): the noun speaks
            before = verb.doc[subject.i - 1] if subject.i > sentence_of(subject).start else None
            named = before is not None and before.pos_ in {"NOUN", "PROPN"} and is_agent_like(ctx, before)
            return before if named else None
        return None if passive and not holds_view_when_passive(verb) else subject
    shown = depicted_speaker(ctx, verb)
    if shown is not None:
        return shown  # "a video of the governor saying Y": whoever the recording shows speaks
    head = verb.head
    if depth >= 3 or head.i == verb.i:
        return None
    if verb.dep_ == "acl" and head.pos_ in {"NOUN", "PROPN"}:
        # "officials saying that ...", "a statement saying ...", and through a statement speaks
        # whoever issued it: "X issued a statement saying ..."
        issuer = issuing_verb(head)
        author = subject_of(ctx, issuer, depth + 1, controlling=True) if issuer is not None else None
        described = [t for t in head.subtree if t.i < verb.i and t.pos_ in {"NOUN", "PROPN", "PRON"}]
        governor = _governing_verb(head)
        if author is None and governor is not None and not any(is_source_like(ctx, t) for t in described):
            # "she came out the other side knowing that ...", "they hid it, in many cases reporting
            # Y": the participle is the subject's
            author = subject_of(ctx, governor, depth + 1, controlling=True)
        return author if author is not None and is_agent_like(ctx, author) else head
    acted_on = object_controller(ctx, verb)
    if acted_on is not None:
        return acted_on  # "X forced Y to admit ...", "X criticized Y for saying ...": Y speaks
    if verb.dep_ == "pcomp" and head.pos_ == "ADP" and head.dep_ in {"prep", "conj"} and head.lower_ != "without":
        # "despite supporters now saying ...": the preposition's object is the gerund's subject
        doer = next((c for c in head.children if c.dep_ == "pobj" and c.i < verb.i and is_source_like(ctx, c)), None)
        if doer is not None:
            return doer
        # "X began by saying ...", "X has no way of knowing ...", "X is intent on deciding ...",
        # "donors intent on deciding ..."
        governor = head.head
        if governor.pos_ == "ADP" and head.dep_ == "conj":
            governor = governor.head  # "for his role in Y and for saying Z"
        if governor.dep_ == "amod":
            return governor.head
        if governor.dep_ in {"dobj", "acomp"}:
            governor = governor.head
        if governor.pos_ in {"VERB", "AUX"}:
            return subject_of(ctx, governor, depth + 1, controlling=True)
    if verb.dep_ in _SUBJECT_INHERITING_DEPS and _closes_aside(head, verb):
        # "with X — who's pushed for Y — defending Z": the aside's antecedent acts; "X looped the
        # streets - where Z played - while chanting Y": the clause the aside interrupts acts
        if head.dep_ == "relcl":
            return head.head
        if head.head.pos_ in {"VERB", "AUX"} and head.head.i != head.i:
            return subject_of(ctx, head.head, depth + 1, controlling=True)
    preceding = _preceding_speech_clause(verb)
    if preceding is not None:
        return subject_of(ctx, preceding, depth + 1, controlling=True)
    if verb.dep_ == "xcomp" and head.dep_ == "acomp" and head.head.pos_ in {"VERB", "AUX"}:
        return subject_of(ctx, head.head, depth + 1, controlling=True)  # "X was able to tout Y"
    reporting = _reporting_verb_above(ctx, verb)
    if reporting is not None:
        return subject_of(ctx, reporting, depth + 1, controlling=True)
    if (verb.dep_ in _SUBJECT_INHERITING_DEPS or verb.dep_ == "acomp") and head.pos_ in {"VERB", "AUX"}:
        if (head.i in ctx.quoted) != (verb.i in ctx.quoted):
            return None  # "“That makes me smart” -- and, asked again, insisting Y": the quote's subject is not the speaker
        raising = controlling and verb.lemma_.lower() in hedges()["raising_passives"]
        if verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children) and not raising:
            # "X declined, but was then asked to Y": X is the one asked, not the asker; but what a
            # raising passive is about is X ("X is in talks but is believed to fear Y": X fears)
            return None
        if not controlling and _bare_passive_participle(verb) and not addressed_participle(verb):
            return None  # "X will take place on 5 May, widely expected to be Y": X is what is expected
        return subject_of(ctx, head, depth + 1, controlling=True)  # "X denied it, saying ...", "X is convinced that"
    return None


def misplaced_agent(ctx: DocContext, verb: Token) -> Token | None:
    """The agent of a passive cue that the parser hung on the words reported: 'MTV has been
    criticised for "incessant sleaze" by campaigners', 'was dismissed as "ridiculous" by Justice
    David Souter', with "by" on the quoted noun or the adjective. Only a "by" phrase closing the
    sentence, right after a closing quote mark or on an adjective, with no verb between it and the
    cue: "a report by X", "the attack by X" name who wrote or did that thing."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return None
    doc, sentence = verb.doc, sentence_of(verb)
    for by in doc[verb.i + 1 : sentence.end]:
        if by.lower_ != "by" or by.dep_ != "prep" or by.head.pos_ in {"VERB", "AUX"}:
            continue
        path = [t for t in by.ancestors if t.i > verb.i and t.i < by.i]
        if verb not in by.ancestors or any(t.pos_ in {"VERB", "AUX"} for t in path):
            return None
        after = doc[by.right_edge.i + 1 : sentence.end]
        if not all(t.is_punct or t.is_space for t in after) or not (doc[by.i - 1].is_quote or by.head.pos_ == "ADJ"):
            return None
        agent = next((c for c in by.children if c.dep_ == "pobj"), None)
        return agent if agent is not None and is_agent_like(ctx, agent) else None
    return None


def _speaks(ctx: DocContext, verb: Token) -> bool:
    """A cue verb of speaking or writing ("said", "told"; not "planning")."""
    return is_cue_verb(ctx, verb) and speaks_or_writes(cue_lemma(verb))


def _contrasted_conjunct(subject: Token) -> Token | None:
    """The noun after "but" that the parser coordinated with the subject: in "The flanker replaces
    Denis Leamy but O'Connor knows that Y" (the object of the clause before, taken for the first
    conjunct) and in "not the minister but her aides said Y", the one after "but" speaks."""
    contrast = next((c for c in subject.children if c.dep_ == "cc" and c.lower_ == "but"), None)
    if contrast is None:
        return None
    return next((c for c in subject.children if c.dep_ == "conj" and c.i > contrast.i), None)


def _quoted_as(verb: Token) -> bool:
    """'quoted as saying', 'quoted as describing', also 'reported' or 'cited as saying': the passive
    subject is the one quoted."""
    lemma = verb.lemma_.lower()
    as_phrases = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
    saying = any(p.pos_ == "VERB" for a in as_phrases for p in a.children if p.dep_ == "pcomp")
    return (lemma == "quote" and bool(as_phrases)) or (lemma in _QUOTING_AS and saying)


def _bare_passive_participle(verb: Token) -> bool:
    """A past participle adjunct with no subject or auxiliary of its own ("widely expected to be",
    "thought to be"): the subject it would inherit is what the view is about, as in the finite
    passive "X is expected to be"; a view-holding or quoting verb keeps it ("convinced", "quoted as")."""
    bare = not any(c.dep_ in SUBJECTS | {"aux", "auxpass", "agent"} for c in verb.children)
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and bare and not holds_view_when_passive(verb) and not _quoted_as(verb)


def addressed_participle(verb: Token) -> bool:
    """A bare past participle adjunct of a verb whose object is the addressee ("Asked about Y",
    "when pressed on Y", "Reminded that Y", often tagged as a past tense; not "pressed by X"):
    the subject it would inherit is the one spoken to, not the speaker (PolNeAR gives such cues
    no source)."""
    bare = not any(c.dep_ in SUBJECTS | {"aux", "auxpass", "agent"} for c in verb.children)
    return verb.dep_ == "advcl" and verb.tag_ in {"VBN", "VBD"} and bare and verb.lemma_.lower() in cues()["addressee"]


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose object `noun` is, directly or through a preposition ("came out the other
    side", "hid it in many cases"), or None."""
    if noun.dep_ == "dobj":
        return noun.head
    preposition = noun.head
    if noun.dep_ == "pobj" and preposition.dep_ == "prep" and preposition.head.pos_ in {"VERB", "AUX"}:
        return preposition.head
    return None


def _preceding_speech_clause(verb: Token) -> Token | None:
    """'“Y,” X said, going on to say Z' with the participle hung on a later verb of the quote:
    the participle continues the clause right before its comma."""
    start = verb.left_edge.i
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.head.i < verb.i or start < 2:
        return None
    doc = verb.doc
    if doc[start - 1].text != ",":
        return None
    before = doc[start - 2]
    clause = before if before.pos_ in {"VERB", "AUX"} else before.head  # "X said Monday,"
    return clause if clause.pos_ == "VERB" and has_subject(clause) and clause.i < verb.i else None


def _reporting_verb_above(ctx: DocContext, verb: Token) -> Token | None:
    """'X said prices rose, citing Z' with the participle hung on the reported clause: a cue
    participle set off by a comma after a clause that a cue verb reports continues the cue's
    sentence when the reported clause's subject cannot speak ("prices" cite nothing)."""
    clause = verb.head
    start = verb.left_edge.i
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or clause.i > verb.i or clause.dep_ != "ccomp":
        return None
    if start == 0 or verb.doc[start - 1].text != "," or not is_cue_verb(ctx, verb) or not is_cue_verb(ctx, clause.head):
        return None
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    return clause.head if subject is not None and not is_source_like(ctx, subject) else None


def _closes_aside(clause: Token, verb: Token) -> bool:
    """Whether a dash or bracket ends the clause `clause` before `verb` ('X — who Y — V'); a clause
    other than a relative one must also open with one ('X - where Y - V')."""
    if clause.dep_ not in {"relcl", "advcl", "ccomp", "parataxis"}:
        return False
    doc = clause.doc
    opened = clause.left_edge.i > 0 and _is_aside_mark(doc[clause.left_edge.i - 1], _ASIDE_OPENERS)
    closed = any(_is_aside_mark(t, _ASIDE_CLOSERS) for t in doc[clause.i + 1 : verb.i])
    return closed and (opened or clause.dep_ == "relcl")


def aside_bounds(token: Token) -> tuple[int, int] | None:
    """The indices of the dashes or brackets around an aside `token` sits in ("X unveiled a list
    -- most of whom had announced their support -- who Y"), or None."""
    doc, sentence, text = token.doc, sentence_of(token), token_columns(token.doc).text
    every_mark = _ASIDE_OPENERS | _ASIDE_CLOSERS
    marks = [doc[i] for i in range(sentence.start, sentence.end) if text[i] in every_mark and _is_aside_mark(doc[i], every_mark)]
    dashes_before = [t for t in marks if t.i < token.i and t.text not in _BRACKETS]
    brackets_before = [t for t in marks if t.i < token.i and t.text in _BRACKETS]
    if brackets_before and brackets_before[-1].text == "(":
        closer = next((t for t in marks if t.i > token.i and t.text == ")"), None)
        opener = brackets_before[-1]
    elif len(dashes_before) % 2 == 1:
        closer = next((t for t in marks if t.i > token.i and t.text not in _BRACKETS), None)
        opener = dashes_before[-1]
    else:
        return None
    return (opener.i, closer.i) if closer is not None else None


def _is_aside_mark(token: Token, marks: set[str]) -> bool:
    """A dash or bracket setting off an aside; a hyphen only when spaced ("X - where Y -"), not
    inside a word ("pro-business")."""
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return token.text in marks and (token.text != "-" or previous is None or bool(previous.whitespace_))
