"""Which token of a clause is the source when the parse does not say it directly.

Helpers for `reported.subject_of`: a subjectless act performed by someone acted on ("X forced Y
to admit"), a document or event speaking for whoever issued or held it ("X issued a statement
saying"), the right subject among two the parser gave a verb, and verbs whose passive subject
holds the view ("they are convinced that").
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.sources import antecedent_of_relative, is_source_like, source_kinds


def is_agent_like(head: Token) -> bool:
    """Whether a token stands for someone who acts (a person, group or institution), not for a
    document, a platform or an event that only carries someone's words."""
    head = antecedent_of_relative(head)
    if head.lower_ in source_kinds()["social_media_platforms"] or _medium_kind(head) is not None:
        return False
    return is_source_like(head)


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
        between = verb.doc[other.i + 1 : nearest.i]
        same_phrase = other.pos_ in {"NOUN", "PROPN"} and not other.is_punct and not any(
            t.pos_ in {"VERB", "AUX", "SCONJ", "PRON"} or t.is_quote for t in between
        )
        if other.i < nearest.i and same_phrase:
            return other
    return nearest


def object_controller(verb: Token) -> Token | None:
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
    return acted_on if acted_on is not None and is_agent_like(acted_on) else None


def holds_view_when_passive(verb: Token) -> bool:
    """Whether the passive subject of `verb` holds a view: 'they are convinced that ...'."""
    return verb.lemma_.lower() in source_kinds()["view_holding_passives"]
