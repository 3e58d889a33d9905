"""Cue verbs the tagger reads as plural nouns, mostly in headlines and title case: 'Sanders Vows
To Cut Taxes', 'The campaign plans to hire staff', 'Trump Charges That Y', 'Y, the doctor maintains';
and headline cue verbs whose subject the parser reads as a compound of the verb; and an inserted
"as X pointed out" clause the parser reads as the main clause, and a fragment before "X said." that
it reads as a second subject.

A listed cue verb's -s form counts as the verb when it heads its clause (its own subject, or a
name compounded before it at the root) and governs what a cue verb governs: an infinitive, a
that-clause, a clausal complement, or a clause fronted before it.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.attribution.certainty import base_certainty
from pipeline.attribution.frames import Frame
from pipeline.attribution.lexicons import cues
from pipeline.sources import is_source_like

_PLURAL_TAGS = {"NNS", "NNPS"}
# Where a misread verb stands when it heads the clause; a noun in any other slot is a noun.
_CLAUSE_HEAD_DEPS = {"ROOT", "dep"}
# How the parser hangs a noun-phrase fragment before "X said." on the verb ("dep" is read as
# fronted content by `reported._fronted`).
_FRAGMENT_DEPS = {"nsubj", "npadvmod"}


def verb_lemma(token: Token) -> str | None:
    """'Vows' -> 'vow', 'pushes' -> 'push': the listed cue verb whose -s form the token is."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.tag_ not in _PLURAL_TAGS and not token.is_title:
        return None
    word = token.lower_
    verbs = cues()["verbs"]
    for stem in (word.removesuffix("s"), word.removesuffix("es")):
        if stem != word and stem in verbs:
            return stem
    return None


def _subject(token: Token) -> Token | None:
    """Its own subject ('The campaign plans'), or at the root the name compounded right before it
    ('Sanders Vows'), when that can speak."""
    subject = next((c for c in token.lefts if c.dep_ == "nsubj"), None)
    if subject is None and token.dep_ in _CLAUSE_HEAD_DEPS:
        subject = next((c for c in token.lefts if c.dep_ == "compound" and c.i == token.i - 1), None)
    return subject if subject is not None and is_source_like(subject) else None


def _complement(token: Token) -> Token | None:
    """The infinitive, that-clause or clausal complement right after it, or a clause fronted before it."""
    for child in token.rights:
        if child.pos_ not in {"VERB", "AUX"} or child.left_edge.i != token.i + 1:
            continue
        if any(g.dep_ == "aux" and g.lower_ == "to" or g.dep_ == "mark" and g.lower_ == "that" for g in child.children):
            return child
        if child.dep_ == "ccomp":
            return child
    if token.dep_ == "ROOT":
        return next((c for c in token.lefts if c.dep_ == "ccomp"), None)  # "Y, the doctor maintains."
    return None


def misread_verb_frame(token: Token) -> Frame | None:
    """The frame of a cue verb tagged as a plural noun, or of a headline cue verb whose subject was
    read as a compound ('Mayor Vows To Y'), if it is one."""
    lemma = verb_lemma(token)
    if lemma is None and token.pos_ == "VERB" and token.lemma_.lower() in cues()["verbs"]:
        if not any(c.dep_ == "nsubj" for c in token.children):
            lemma = token.lemma_.lower()
    if lemma is None:
        return None
    subject, complement = _subject(token), _complement(token)
    if subject is None or complement is None:
        return None
    return Frame(
        cue=[token.i],
        source_head=subject,
        content={t.i for t in complement.subtree},
        certainty=base_certainty(token, cues()["verbs"][lemma]),
    )


def misread_as_clause(verb: Token) -> tuple[Token, set[int]] | None:
    """'Y1, as X pointed out, Y2' parsed with the cue verb as the head of the sentence, Y1 its
    subject and Y2 its complement: the speaker (the subject after 'as') and the content (the
    sentence minus the inserted clause, which runs from 'as' to the comma after the cue)."""
    marker = next((c for c in verb.lefts if c.lower_ == "as" and c.dep_ in {"mark", "prep"}), None)
    if marker is None or marker.i == 0 or verb.doc[marker.i - 1].text != ",":
        return None
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj"]
    said_of = next((c for c in subjects if c.i < marker.i), None)
    speaker = next((c for c in subjects if c.i > marker.i), None) or _only_object(marker)
    close = next((t for t in verb.doc[verb.i + 1 : verb.right_edge.i + 1] if t.text == ","), None)
    if speaker is None or said_of is None or close is None or not is_source_like(speaker):
        return None
    return speaker, {t.i for t in verb.subtree if not marker.i - 1 <= t.i <= close.i}


def _only_object(marker: Token) -> Token | None:
    """'as one of them pointed out' parsed with the speaker as the object of 'as'."""
    children = list(marker.children)
    only = children[0] if len(children) == 1 else None
    return only if only is not None and only.dep_ == "pobj" else None


def fragment_before_cue(verb: Token) -> tuple[Token, set[int]] | None:
    """'People like Scott, he said.', 'Big mistake, she said.': a noun-phrase fragment opening
    the sentence, a comma, then the speaker and a cue verb that ends the sentence; the parser reads
    the fragment as a second subject or an adverbial noun. The speaker and the fragment as content."""
    doc = verb.doc
    start = verb.sent.start
    fragment = next((c for c in verb.lefts if c.left_edge.i == start), None)
    speaker = next((c for c in verb.lefts if c.dep_ == "nsubj" and fragment is not None and c.i > fragment.right_edge.i), None)
    if fragment is None or speaker is None or verb.dep_ != "ROOT" or fragment.dep_ not in _FRAGMENT_DEPS:
        return None
    closed = doc[fragment.right_edge.i + 1].text == "," and speaker.left_edge.i == fragment.right_edge.i + 2
    ends = all(t.is_punct for t in doc[verb.i + 1 : verb.sent.end])
    nominal = fragment.pos_ in {"NOUN", "PROPN"} and fragment.ent_type_ not in {"DATE", "TIME"}
    if not (closed and ends and nominal and is_source_like(speaker)) or any(t.is_quote for t in doc[start : speaker.i]):
        return None
    return speaker, {t.i for t in fragment.subtree}
