"""Which token of a clause is the source when the parse does not say it directly.

Helpers for `attribution.grammar.subjects.subject_of`: a subjectless act performed by someone
acted on ("X forced Y to admit"), a document or event speaking for whoever issued or held it ("X issued a statement
saying"), the right subject among two the parser gave a verb, and verbs whose passive subject
holds the view ("they are convinced that"), a subject the parser hung on a phrase before its verb,
a speaker after the cue that the parser took for its object, its noun or anything else ("“Y,”
joked the president", "Said Ellis: Y", "“Y,” admitted Kiely."), and the speaker a recording shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.deps import FINITE_TAGS, PLACE_LABELS, TIME_LABELS
from pipeline.doc_index import doc_slice
from pipeline.sources.descriptions import is_role_noun
from pipeline.sources.kinds import source_kinds
from pipeline.sources.source_like import antecedent_of_relative, is_source_like
from pipeline.sources.written_names import ends_in_style

if TYPE_CHECKING:
    from pipeline.attribution.context import DocContext

# What may stand between a subject and its verb: "Smith both documents", "X also said", "X has said".
_BETWEEN_SUBJECT_AND_VERB = {"advmod", "neg", "aux", "auxpass", "preconj", "det", "appos"}
# How the parser misattaches a subject with no comma after it: as the object of a preceding
# phrase ("in a meeting with the board of the Post Trump said") or as an unlabelled dependent.
_STRANDED_DEPS = {"pobj", "dep", "npadvmod", "appos"}
# Words of a noun phrase before its head: "the two critics", "the company's chief executive".
_NOUN_PHRASE_POS = {"DET", "NUM", "PROPN", "NOUN", "ADJ"}
# What ends the content before a cue whose speaker follows it: "“Y,” joked X", "Y, said X".
_CONTENT_CLOSERS = {",", "”", "’", "\"", "'", "''"}
# The clause before a cue that is its content, however attached: "Y" (ccomp), "If Y" (advcl).
_CLAUSE_DEPS = {"ccomp", "advcl", "parataxis", "conj"}
# A name set off after its cue: "said Mr Fahey," "admitted Kiely." (with a title, at most four words).
_NAME_CLOSERS = {",", ".", ":", ";", "!", "?"}
_LONGEST_SET_OFF_NAME = 4


def is_agent_like(ctx: DocContext, head: Token) -> bool:
    """Whether a token stands for someone who acts (a person, group or institution), not for a
    document, a platform or an event that only carries someone's words."""
    head = antecedent_of_relative(head)
    if head.lower_ in source_kinds()["social_media_platforms"] or _medium_kind(head) is not None:
        return False
    return is_source_like(ctx, head)


def _medium_kind(token: Token) -> str | None:
    """'document' for a text or recording ("statement", "tweets"), 'event' for an occasion one
    speaks at ("news conference"), else None."""
    lexicon = source_kinds()
    lemma = token.lemma_.lower()
    if lemma in lexicon["document_heads"] or lemma in lexicon["social_media_heads"]:
        return "document"
    return "event" if lemma in lexicon["event_heads"] else None


def issuing_verb(medium: Token) -> Token | None:
    """The verb whose subject speaks through `medium`: the one issuing a document ("X issued a
    statement", "X unleashed a series of tweets") or speaking at an event ("X said at a news
    conference")."""
    kind = _medium_kind(medium)
    if kind is None:
        return None
    token = medium
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        token = token.head.head  # "a series of tweets"
    issuing = set(source_kinds()["issuing_verbs"])
    if token.dep_ == "dobj" and token.head.pos_ == "VERB" and token.head.lemma_.lower() in issuing:
        return token.head
    prep = token.head
    if kind == "event" and token.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ == "VERB":
        return prep.head
    return None


def principal_subject(subjects: list[Token], verb: Token) -> Token | None:
    """The subject of `verb` among those the parser gave it: the nearest, unless the one before it
    starts the same noun phrase ("Ban Ki-moon, the secretary general, said"). A farther subject
    with a clause or a quote in between is misparsed ("“My reaction ...,” the strategist said")."""
    if not subjects:
        return None
    nearest = min(subjects, key=lambda c: abs(c.i - verb.i))
    for other in subjects:
        between = doc_slice(verb.doc, other.i + 1, nearest.i)
        same_phrase = other.pos_ in {"NOUN", "PROPN"} and not other.is_punct and (not any(
            t.pos_ in {"VERB", "AUX", "SCONJ", "PRON"} or t.is_quote for t in between
        ) or _objectless_preposition(other, between))
        if other.i < nearest.i and same_phrase:
            # "Grenada's Prime Minister, Dr the Rt. Hon. Keith Mitchell said": a styled address
            # ends the title phrase, and the name after it is who speaks
            styled = nearest.ent_type_ == "PERSON" and ends_in_style(verb.doc[other.i + 1 : nearest.left_edge.i])
            post = held_post(nearest)
            return nearest if styled or post is not None and post.i == other.i else other
    return nearest


def _objectless_preposition(noun: Token, between) -> bool:
    """'The US singer of Because the Night told': a preposition of the first subject left without
    an object has the words after it (a title the parser read as a clause) for its object."""
    first = between[0] if len(between) else None
    return (first is not None and first.dep_ == "prep" and first.head.i == noun.i
            and not any(c.dep_ in {"pobj", "pcomp"} for c in first.children))


def held_post(name: Token) -> Token | None:
    """'The new chairman of the Bar Council, Guy Mansfield QC warned': the person's post the parser
    made a second subject of the verb, set before the proper name with a comma; the name is who
    holds it (a person, whatever the model's tag)."""
    if name.pos_ != "PROPN" or name.dep_ != "nsubj" or name.left_edge.i < 1 or name.doc[name.left_edge.i - 1].text != ",":
        return None
    return next((
        s for s in name.head.children
        if s.dep_ == "nsubj" and s.pos_ == "NOUN" and s.i < name.left_edge.i - 1 and is_role_noun(s.lemma_.lower())
    ), None)


def object_controller(ctx: DocContext, verb: Token) -> Token | None:
    """Who performs a subjectless act when the verb above acts on someone: 'X forced Y to admit',
    'X talked Y into admitting', 'X criticized Y for saying' -> Y. Acts only urged or permitted
    ('X urged Y to say', 'the law requires Y to disclose') stay X's: they have not happened."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in source_kinds()["causative_verbs"]:
        governor = verb.head
    elif verb.dep_ == "pcomp" and verb.head.lower_ in {"into", "for"}:
        governor = verb.head.head
    else:
        return None
    acted_on = next((c for c in governor.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if acted_on is not None and not is_agent_like(ctx, acted_on):
        # "X gave credit to Y for saying", "X gave Y credit for saying": the recipient acted
        acted_on = next((r for r in _recipients(governor) if r.i < verb.i), None)
    return acted_on if acted_on is not None and is_agent_like(ctx, acted_on) else None


def _recipients(verb: Token) -> list[Token]:
    """'gave Y credit', 'gave credit to Y': the one a verb gives something to."""
    datives = [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    to_objects = [g for c in verb.children if c.dep_ in {"dative", "prep"} and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    return datives + to_objects


def cited_document(verb: Token) -> Token | None:
    """The document an agentless passive cites: 'as stated in the report', 'it was noted in the
    filing that Y'."""
    if verb.tag_ != "VBN":
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            document = next((g for g in child.children if g.dep_ == "pobj"), None)
            if document is not None and _medium_kind(document) == "document":
                return document
    return None


def holds_view_when_passive(verb: Token) -> bool:
    """Whether the passive subject of `verb` holds a view: 'they are convinced that ...'."""
    return verb.lemma_.lower() in source_kinds()["view_holding_passives"]


def stranded_subject(ctx: DocContext, verb: Token) -> Token | None:
    """The subject of a finite verb the parser left without one: the source-like noun right before
    it (past adverbs, auxiliaries and a phrase set off by commas), hung on a fronted phrase ("In a
    meeting with the editors Trump said Y", "since Clinton, at the debate, cited Y"), left
    unlabelled ("With her film, DuVernay both documents Y"), joined to the noun before it ("Y and
    analysts said Z") or taken into the aside after it ("Dr X, on his first day after Y was sacked,
    admitted Z")."""
    doc = verb.doc
    finite = any(t.tag_ in FINITE_TAGS for t in (verb, *verb.children) if t.i <= verb.i)
    if not finite or verb.dep_ not in {"ROOT", "ccomp", "conj", "dep"}:
        return None
    i = _skip_aside(doc, verb.i - 1)
    aside = range(i + 1, verb.i - 1) if i < verb.i - 1 else range(0)
    while i >= 0 and doc[i].dep_ in _BETWEEN_SUBJECT_AND_VERB and not doc[i].is_punct and doc[i].pos_ not in {"NOUN", "PROPN"}:
        i -= 1
    if i < 0:
        return None
    # names joined with "and" speak together, from the first ("Obama and Clinton call Y")
    for candidate in dict.fromkeys((_first_conjunct(doc[i]), doc[i])):
        if _stranded_on(candidate, verb, aside) and is_agent_like(ctx, candidate):
            return candidate
    return None


def _stranded_on(noun: Token, verb: Token, aside: range) -> bool:
    """Whether `noun`, right before `verb` or before the aside `aside` that ends at it, is the
    subject the parser hung elsewhere."""
    if noun.pos_ not in {"PROPN", "NOUN"} or noun.ent_type_ in TIME_LABELS:
        return False  # "X protested - and on Sunday blamed Y": a day is when; the verb's subject is inherited
    # an aside the parser made a clause of its own took the noun before it as its subject ("X, who
    # co-manages Y, said": "manages" got "X"; "X, on his first day after Y was sacked, admitted")
    if noun.head.i in aside:
        return True
    if noun.dep_ not in _STRANDED_DEPS and not _misjoined(noun, adjacent=not aside):
        return False
    # the noun must hang on this verb's clause: "the focus on voters in Florida shows Y" has its
    # subject in another verb's phrase; a verb the parser coordinated without a conjunction of its
    # own ("since X, at the debate, cited Y"; "X claimed Y but his lawyer told", the "but" hung on
    # the noun) hangs on its own
    doc = verb.doc
    unjoined = verb.dep_ == "conj" and not any(t.dep_ == "cc" and t.head == verb.head for t in doc[verb.head.i : verb.i])
    return verb in noun.ancestors or unjoined and verb.head in noun.ancestors


def _first_conjunct(name: Token) -> Token:
    """The first of the names joined to `name` with no comma between: "Obama and Clinton" ->
    "Obama", "Anthony McPartlin and Declan Donnelly" -> "Anthony McPartlin"."""
    while (
        name.dep_ == "conj" and _joined_names(name, name.head) and name.head.i < name.i
        and not any(t.text == "," for t in name.doc[name.head.i : name.i])
    ):
        name = name.head
    return name


def _joined_names(name: Token, first: Token) -> bool:
    """Two names joined, the first neither a place nor a preposition's object: "Obama and Clinton",
    not "in Holland and Ferguson" nor "the job at Oldham and Keegan" (where the parser took the
    subject into the phrase before it). The entity types of two people may differ: the model
    tags names it does not know as organisations."""
    return name.pos_ == first.pos_ == "PROPN" and first.ent_type_ not in PLACE_LABELS and first.dep_ != "pobj"


def _misjoined(noun: Token, adjacent: bool) -> bool:
    """A subject the parser coordinated with what comes before it: with a clause ("Y had been Z,
    and its hosts said"), with a noun right before the verb ("Y struggles with a deficit and analysts
    said"), or a person joined to a list of places or things ("the trip between A and B, Alex
    Barrios, assistant director, explained", "X claimed Y but his lawyer, Antony Townsden, told")."""
    if noun.dep_ != "conj":
        return False
    return adjacent or noun.head.pos_ in {"VERB", "AUX"} or _named_person(noun) != _named_person(noun.head)


def _named_person(noun: Token) -> bool:
    """'Alex Barrios', 'his lawyer, Antony Townsden': a person's name or a noun a name is set beside."""
    return noun.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children)


# Words opening an aside between commas whatever the parser made of it: a relative pronoun, a
# participle or a preposition ("X, who Y, said"; "X, known as Y, said"; "X, after Y was sacked, said").
_ASIDE_OPENING_TAGS = {"WP", "WDT", "VBN", "VBG", "IN"}


def _skip_aside(doc, i: int) -> int:
    """The index before a prepositional phrase, an apposition or a relative or participial clause
    set off by commas that ends at `i` ("X, at the debate, said", "X, leader of the group, said",
    "X, who chairs Y, says"), or `i` itself."""
    if i < 2 or doc[i].text != ",":
        return i
    opening = next((j for j in range(i - 1, 0, -1) if doc[j].text == ","), None)
    if opening is None:
        return i
    if doc[opening + 1].tag_ in _ASIDE_OPENING_TAGS:
        return opening - 1
    phrase = doc[opening + 1]
    # "X, assistant director for Y, said": the phrase's head, past its modifiers (a root is its own
    # head: stop there)
    while opening < phrase.head.i < i and phrase.head.i != phrase.i:
        phrase = phrase.head
    return opening - 1 if phrase.dep_ in {"prep", "appos"} and phrase.right_edge.i == i - 1 else i


def depicted_speaker(ctx: DocContext, verb: Token) -> Token | None:
    """Who a recording shows speaking: 'a video of the governor saying Y', 'footage of X asking'."""
    if verb.tag_ != "VBG" or verb.left_edge.i == 0:
        return None
    shown = verb.doc[verb.left_edge.i - 1]
    preposition = shown.head
    if shown.dep_ != "pobj" or preposition.lower_ != "of" or _medium_kind(preposition.head) != "document":
        return None
    return shown if is_agent_like(ctx, shown) else None


def postposed_speaker(ctx: DocContext, verb: Token, speaks: Callable[[Token], bool]) -> Token | None:
    """A speaker after a subjectless cue that follows its content clause, parsed as the cue's object
    ("“We will win,” joked the president") or as the subject of a second verb that `speaks`, or a
    sentence-opening cue parsed as part of the name after it ("Said Ellis: Y")."""
    doc = verb.doc
    if verb.dep_ == "compound" and verb.i == verb.sent.start and verb.head.i == verb.i + 1:
        return verb.head if is_agent_like(ctx, verb.head) else None
    if verb.dep_ != "ROOT" or verb.i == 0 or doc[verb.i - 1].text not in _CONTENT_CLOSERS:
        return None
    if not any(c.dep_ == "ccomp" for c in verb.lefts):
        # without the content before it, the object is what the cue is about; but a name set off
        # right after the cue speaks whatever the parser made of it ("“Y,” admitted Kiely." as an
        # adverb, "If Y, said Mr Fahey, Z" as the subject of Z)
        return set_off_name(ctx, verb) if any(c.dep_ in _CLAUSE_DEPS for c in verb.lefts) else None
    speaker = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if speaker is None:
        # "“Y,” said X, the firm's manager said at Z": the speaker the parser made the subject of a
        # second verb of speaking after the first ("believe X must be planning Y" reports X's plan)
        seconds = [c for c in verb.rights if c.dep_ == "ccomp" and speaks(c)]
        speaker = next((s for c in seconds for s in c.lefts if s.dep_ == "nsubj"), None)
    if speaker is None:
        return set_off_name(ctx, verb)
    # only the speaker's own phrase before it: its modifiers ("his agent", "the Uruguayan-born
    # researcher") or words of a noun phrase the parser hung elsewhere ("said Monday the president")
    if not all(t.pos_ in _NOUN_PHRASE_POS or speaker.is_ancestor(t) for t in doc[verb.i + 1 : speaker.i]):
        return None
    # a document speaks after its content as before it ("Y, say two reports", "Y, read a statement")
    return speaker if is_agent_like(ctx, speaker) or _medium_kind(speaker) == "document" else None


def set_off_name(ctx: DocContext, verb: Token) -> Token | None:
    """The name that follows a cue word for word up to a comma or the sentence's end ("admitted
    Kiely.", "said Mr Fahey,"), a proper name however the parser labelled it."""
    doc, end = verb.doc, verb.i + 1
    while end < verb.sent.end and doc[end].pos_ in _NOUN_PHRASE_POS | {"ADV"} and not doc[end].is_punct:
        end += 1
    closed = end == verb.sent.end or doc[end].text in _NAME_CLOSERS
    if end == verb.i + 1 or end - verb.i > _LONGEST_SET_OFF_NAME or not closed:
        return None
    name = doc[end - 1]
    capitalised = all(t.is_title or t.pos_ == "DET" for t in doc[verb.i + 1 : end])
    # a surname tagged an adverb ("admitted Kiely") is a name where the document writes it as one
    named = is_agent_like(ctx, name) or name.text in ctx.names_in_text
    return name if capitalised and name.ent_type_ not in TIME_LABELS and named else None


def named_apposition(ctx: DocContext, subject: Token) -> Token | None:
    """The name the parser hung as an apposition on a subject that cannot speak ("With 50 days
    until the election, Jane Roe, an adviser, said": the subject is "election")."""
    if is_source_like(ctx, subject):
        return None
    return next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN" and is_agent_like(ctx, c)), None)
