"""Attributions marked by something other than a reporting verb, one generator per pattern:
"according to X", "in X's view, Y", "by one estimate, Y", "In a statement, X was Y", noun cues
("X's claim that Y", "X's disdain for Y", "X faced criticism for Y"; see `nominal`), "X is sure that Y"
and "X is against Y" (see `predicative`), "X is an opponent of Y", "reportedly", "X: Y" (and a
headline's "X Grills Y: 'Z'"), '"Y" ― X' and 'X ― "Y" ―'.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from pipeline.attribution.certainty import base_certainty
from pipeline.attribution.context import DocContext
from pipeline.attribution.frames import Frame
from pipeline.attribution.labels import (
    SPEAKER_ENTITIES,
    document_label,
    headline_speaker,
    label_speaker,
    labelled_turn,
    quoted_turn,
)
from pipeline.attribution.lexicons import cues
from pipeline.attribution.patterns.nouns import clause_noun_frames, reception_frames, topic_noun_frames
from pipeline.attribution.patterns.adjectives import predicate_start
from pipeline.attribution.grammar.cue_verbs import FINITE_TAGS, as_marked, cue_tokens
from pipeline.attribution.grammar.subjects import subject_of
from pipeline.deps import PREPOSITION_OBJECTS, subtree
from pipeline.models import ClaimType
from pipeline.sources.kinds import is_source_like

# 'X: Y' frames: the left side is a bare name or noun phrase and the right side a statement.
_NOMINAL_POS = {"PROPN", "NOUN", "DET", "ADJ", "PART", "NUM"}
_MIN_COLON_CONTENT_WORDS = 4


def according_to_frames(ctx: DocContext) -> Iterator[Frame]:
    """'Y, according to X' / 'According to X, Y': the clause minus the attribution phrase."""
    doc, quoted = ctx.doc, ctx.quoted
    prepositions = cues()["prepositions"]
    for token in ctx.tokens:
        if token.i in quoted or token.i + 1 >= len(doc):
            continue
        phrase = f"{token.lower_} {doc[token.i + 1].lower_}"
        if phrase not in prepositions:
            continue
        marker = doc[token.i + 1]
        objects = [t for t in (*marker.children, *token.children) if t.dep_ == "pobj"]
        if not objects:
            continue
        clause = token.head
        while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
            clause = clause.head
        content = subtree(clause) - subtree(token) - {marker.i} - subtree(objects[0]) - _source_phrase(marker)
        yield Frame(
            cue=[token.i, marker.i],
            source_head=objects[0],
            content=content,
            certainty=base_certainty(token, prepositions[phrase]),
        )


# Penn tags of a comma, a sentence end, a colon, semicolon or dash ("&" in a name is CC).
_PHRASE_END_TAGS = {",", ".", ":"}


def _source_phrase(marker: Token) -> set[int]:
    """The words after 'according to' up to the next punctuation name the source, even those the
    parser hangs elsewhere ("according to the lender X and the builder Y": Y on the clause)."""
    end = marker.i + 1
    while end < len(marker.doc) and marker.doc[end].tag_ not in _PHRASE_END_TAGS and not marker.doc[end].is_sent_start:
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
    if subject is not None and is_source_like(subject):
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
    for token in ctx.tokens:
        if token.lower_ not in holders or token.dep_ != "prep" or token.i in quoted:
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


def nominal_frames(ctx: DocContext) -> Iterator[Frame]:
    """Noun cues (see `nominal`): a noun's clause first, then its topic, then a received reaction."""
    yield from clause_noun_frames(ctx)
    yield from reception_frames(ctx)
    yield from topic_noun_frames(ctx)


def adverb_frames(ctx: DocContext) -> Iterator[Frame]:
    """'Y reportedly happened': the modified clause, no source."""
    quoted = ctx.quoted
    adverbs = cues()["adverbs"]
    verbs = cues()["verbs"]
    for token in ctx.tokens:
        # On a cue verb ("reportedly said") the adverb only lowers that claim's certainty.
        if token.head.lemma_.lower() in verbs:
            continue
        if token.lower_ in adverbs and token.dep_ == "advmod" and token.i not in quoted:
            content = subtree(token.head) - {token.i}
            certainty = base_certainty(token, adverbs[token.lower_])
            yield Frame(cue=[token.i], source_head=None, content=content, certainty=certainty)


def colon_frames(ctx: DocContext) -> Iterator[Frame]:
    """'X: Y' where X is a short noun phrase opening the sentence (headline and interview style).
    A speaker label opening a paragraph speaks the whole paragraph (see `labels`)."""
    doc, quoted = ctx.doc, ctx.quoted
    for sent in doc.sents:
        headline = headline_speaker(ctx, sent)  # 'Jane Doe Grills Bank CEO: "Y"': a clause, not a label
        label = label_speaker(ctx, sent) if headline is None else None
        claim_type = ClaimType.INDIRECT
        if headline is not None:
            colon, speaker = headline
            content = set(range(colon.i + 1, sent.end))
            claim_type = ClaimType.DIRECT_QUOTE
        elif label is not None:
            colon, speaker = label
            content = labelled_turn(ctx, colon)
            if quoted_turn(doc, colon):
                claim_type = ClaimType.DIRECT_QUOTE
        else:
            colon, speaker = _sentence_colon(doc, sent)
            content = set(range(colon.i + 1, sent.end)) if colon is not None else set()
        if colon is None or colon.i in quoted:
            continue
        if sum(1 for i in content if not (doc[i].is_punct or doc[i].is_space)) < _MIN_COLON_CONTENT_WORDS:
            continue  # "Source: NATO", "Video: FULL SPEECH" are labels, not claims
        certainty = base_certainty(colon, "asserted")
        yield Frame(cue=[colon.i], source_head=speaker, content=content, certainty=certainty, claim_type=claim_type)


def _sentence_colon(doc: Doc, sent: Span) -> tuple[Token | None, Token | None]:
    """(colon, the noun heading the left side) for a short nominal 'X:' opening `sent`."""
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None or colon.i - sent.start > 6 or colon.i + 1 >= sent.end:
        return None, None
    # a transcript paragraph may open with a quote mark: '"SMITH: We will win."'
    start = sent.start
    while start < colon.i and (doc[start].is_quote or doc[start].is_space):
        start += 1
    left = doc[start : colon.i]
    if not left or any(t.pos_ not in _NOMINAL_POS for t in left) or document_label(left):
        return None, None
    # the noun heading the left side: its own head lies outside it (or it is the root)
    heads = [
        t for t in left
        if t.pos_ in {"PROPN", "NOUN"} and (t.head.i == t.i or not left.start <= t.head.i < left.end)
    ]
    # a heading ("STRESS: How to cope", "Coronavirus: City opens sites") names no one who speaks:
    # a name must be one NER knows, a noun one of the source lexicons
    head = heads[-1] if heads else None
    if head is None or not is_source_like(head) or head.pos_ == "PROPN" and head.ent_type_ not in SPEAKER_ENTITIES:
        return None, None
    return colon, head


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
    for token in ctx.tokens:
        if token.lemma_.lower() not in roles or token.i in quoted:
            continue
        prep = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ in lexicon["stance_role_prepositions"]), None)
        topic = next((g for g in prep.children if g.dep_ in PREPOSITION_OBJECTS), None) if prep is not None else None
        source, start = _role_holder(ctx, token)
        if topic is None or source is None or not is_source_like(source):
            continue
        cue = list(range(start, prep.i + 1))  # "is a staunch opponent of", "longtime critic of"
        certainty = base_certainty(token, roles[token.lemma_.lower()])
        yield Frame(cue=cue, source_head=source, content=subtree(topic), certainty=certainty)


def dash_frames(ctx: DocContext) -> Iterator[Frame]:
    """'“Y” ― Jane Doe': a dash right after a closing quote, then a name, attributes that quote;
    so does a name before a quotation set off by dashes ('including Jane Doe — “Y” — and Z')."""
    doc, quoted = ctx.doc, ctx.quoted
    dashes = set(cues()["attribution_dashes"])
    for token in doc[1:-1]:
        if token.text not in dashes or token.i in quoted:
            continue
        set_off = _set_off_quote(doc, token, dashes)
        if set_off is not None:
            yield set_off
            continue
        # web text often puts a no-break space on either side of the dash
        name, closing = _next_word(doc, token.i, 1), _next_word(doc, token.i, -1)
        if name is None or closing is None or not closing.is_quote or name.pos_ != "PROPN":
            continue
        # the quote opens its line: quote marks inside it ('what he calls “hell”') are not its edge
        opening = doc[ctx.paragraphs.start(closing.i)]
        if not opening.is_quote:
            continue
        while name.head.i != name.i and name.head.pos_ == "PROPN" and name.head.i > token.i:
            name = name.head
        content = set(range(opening.i + 1, closing.i))
        yield Frame(cue=[token.i], source_head=name, content=content, certainty=base_certainty(token, "asserted"))


def _set_off_quote(doc: Doc, dash: Token, dashes: set[str]) -> Frame | None:
    """'Jane Doe — “Y” —': a named speaker, a dash, a quotation and a closing dash (or the end of
    the sentence); the name speaks the quotation."""
    name, opening = _next_word(doc, dash.i, -1), _next_word(doc, dash.i, 1)
    if name is None or opening is None or not opening.is_quote or name.ent_type_ not in SPEAKER_ENTITIES:
        return None
    closing = next((t for t in doc[opening.i + 1 : opening.sent.end] if t.is_quote and t.text != "'"), None)
    if closing is None or closing.i == opening.i + 1:
        return None
    after = _next_word(doc, closing.i, 1)
    if after is not None and after.text not in dashes and not after.is_sent_end:
        return None
    content = set(range(opening.i + 1, closing.i))
    if not any(doc[i].tag_ in FINITE_TAGS for i in content):  # a quotation with one is a statement
        return None  # 'hired Jane Roe — “an old friend” — last year': a phrase describing her, not her words
    certainty = base_certainty(dash, "asserted")
    return Frame(cue=[dash.i], source_head=name, content=content, certainty=certainty, claim_type=ClaimType.DIRECT_QUOTE)


def _next_word(doc: Doc, index: int, step: int) -> Token | None:
    """The first non-whitespace token from `index` in direction `step`, within the line."""
    index += step
    while 0 <= index < len(doc) and doc[index].is_space and "\n" not in doc[index].text:
        index += step
    return doc[index] if 0 <= index < len(doc) and not doc[index].is_space else None

