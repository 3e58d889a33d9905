"""Typed events from a parsed document, conservatively: precision over recall.

A trigger is a verb lemma or event noun of the ontology (pipeline/events/ontology.json).
Filters, each for a reason:
- non-realis verbs (negated, future, modal, conditional, bare infinitives) report no event,
  nor do verbs with a clausal complement ("all agreed that ..."), which report an opinion;
- a verb listed in `verb_requires` needs one of its children ("agree to/on", "speak at");
  a meeting verb needs a named or pronoun partner as object ("met Putin", not "met standards");
- a noun inside a compound ("air raid sirens") or used as a time anchor ("since Russia's
  invasion", "amid protests") names background, not a new event;
- a noun that hangs from a verb trigger ("met ... for negotiations") is part of that event;
- a verb whose object is itself an event noun ("struck a deal") yields to the noun, and one
  whose subject is an event noun ("the attacks threaten to ...") is figurative;
- a noun inside a name ("North American Free Trade Agreement") is not an event;
- an event must show one piece of the evidence its type requires (ontology `requires`);
- a later noun mention of an earlier event ("the strikes", "the talks", not "a strike"), or
  a second mention within one sentence, is dropped (pipeline.events.coreference).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from spacy.tokens import Doc, Span, Token

from pipeline.events import arguments as args
from pipeline.events.dates import (
    PRECISION_RANK,
    UNRESOLVED,
    find_time_expressions,
    resolve_date,
)
from pipeline.events.ontology import EventType, TriggerEntry, load_lexicon, load_ontology
from pipeline.events.coreference import refers_back
from pipeline.events.places import resolve_place
from pipeline.models import ExtractedEvent, TextSpan
from pipeline.quantities import find_quantities

# Only used to rank time expressions by specificity when the publication time is unknown.
_RANKING_BASE = datetime(2000, 1, 5)
# a noun in these relations modifies another word ("air raid sirens", "veto-wielding")
_MODIFIER_DEPS = {"compound", "npadvmod", "amod"}


@dataclass(frozen=True)
class _Mention:
    event: ExtractedEvent
    sentence_start: int
    anaphoric: bool  # a noun that can refer back: "the strikes", not "a strike"


def extract_events(
    doc: Doc, published_at: datetime | None, sentences: Iterable[Span] | None = None
) -> list[ExtractedEvent]:
    """The events of a parsed document (of `sentences` only, when given: the body, not page
    furniture), in text order; dates resolved against `published_at`."""
    mentions: list[_Mention] = []
    for sentence in doc.sents if sentences is None else sentences:
        triggers = _triggers(sentence)
        times = find_time_expressions(sentence) if triggers else []
        for trigger, event_type in triggers:
            event = _event(trigger, event_type, times, published_at)
            if event is not None:
                mentions.append(_Mention(event, sentence.start_char, _anaphoric(trigger)))
    kept: list[_Mention] = []
    for mention in mentions:
        # a bare noun refers back to any earlier event; within one sentence, any mention
        # ("carried out ... assaults, unleashing 650 drones") repeats the event before it
        earlier = [
            k for k in kept if mention.anaphoric or k.sentence_start == mention.sentence_start
        ]
        if any(refers_back(mention.event, k.event) for k in earlier):
            continue
        kept.append(mention)
    return [mention.event for mention in kept]


def _anaphoric(trigger: Token) -> bool:
    indefinite = load_lexicon()["indefinite_determiners"]
    return trigger.pos_ != "VERB" and not any(c.lower_ in indefinite for c in trigger.children)


def _span(span: Span | Token) -> TextSpan:
    if isinstance(span, Token):
        span = span.doc[span.i : span.i + 1]
    return TextSpan(span.start_char, span.end_char, span.text)


def _match(token: Token, index: dict[str, tuple[TriggerEntry, ...]]) -> EventType | None:
    for key in (token.lemma_.lower(), token.lower_):
        for entry in index.get(key, ()):
            if entry.needs_cued_object and not _cued_object(token, entry.event_type.mode_cues):
                continue
            if entry.modifier is None or any(c.lower_ == entry.modifier for c in token.children):
                return entry.event_type
    return None


def _cued_object(verb: Token, cues: frozenset[str]) -> bool:
    """"fired a ballistic missile", "launched dozens of rockets": the object names a weapon."""
    objects = [args.content_noun(o) for o in args.objects(verb)]
    return any(o.lemma_.lower() in cues or o.lower_ in cues for o in objects)


def _triggers(sentence: Span) -> list[tuple[Token, EventType]]:
    ontology = load_ontology()
    verbs: list[tuple[Token, EventType]] = []
    nouns: list[tuple[Token, EventType]] = []
    for token in sentence:
        if token.pos_ == "VERB" and token.dep_ not in {"amod", "compound"}:
            event_type = _match(token, ontology.verbs)
            if event_type is not None and _realis(token) and _verb_use(token, event_type):
                verbs.append((token, event_type))
        elif token.pos_ in {"NOUN", "PROPN"} and token.dep_ not in _MODIFIER_DEPS:
            event_type = _match(token, ontology.nouns)
            if event_type is not None and not _background(token):
                nouns.append((token, event_type))
    verbs = [(verb, event_type) for verb, event_type in verbs if not _yields(verb)]
    verb_ids = {token.i for token, _ in verbs}
    nouns = [(n, t) for n, t in nouns if _governing_id(n) not in verb_ids]
    return sorted(verbs + nouns, key=lambda pair: pair[0].i)


def _yields(verb: Token) -> bool:
    """"struck a deal": a light verb with an event-noun object; "the attacks threaten ..."."""
    nouns = load_ontology().nouns
    if any(_match(subject, nouns) for subject in args.subjects(verb)):
        return True
    light = verb.lemma_.lower() in load_lexicon()["light_verbs"]
    return light and any(_match(obj, nouns) for obj in args.objects(verb))


def _governing_id(noun: Token) -> int | None:
    verb = args.governing_verb(noun)
    return verb.i if verb is not None else None


def _verb_use(verb: Token, event_type: EventType) -> bool:
    """Whether the verb is used in its event sense (see the module docstring)."""
    children = list(verb.children)
    if any(c.dep_ == "ccomp" for c in children):
        return False
    needed = event_type.verb_requires.get(verb.lemma_.lower())
    if needed and not any(c.dep_ in needed or c.lower_ in needed for c in children):
        return False
    if event_type.object_role == "actor":
        partners = [c for c in children if c.dep_ == "dobj"]
        return all(args.is_participant(p) for p in partners)
    return True


def _realis(verb: Token) -> bool:
    lexicon = load_lexicon()
    for child in verb.children:
        if child.dep_ == "neg" or child.lower_ in lexicon["non_realis_aux"]:
            return False
        if child.dep_ == "mark" and child.lower_ in lexicon["condition_marks"]:
            return False
        if child.dep_ == "aux" and child.lower_ == "to":
            return verb.head.lemma_.lower() in lexicon["aspectual_verbs"]
    if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
        return _realis(verb.head)  # "called on Trump to stop attacking": not done
    return True


def _background(noun: Token) -> bool:
    lexicon = load_lexicon()
    if noun.ent_type_ in lexicon["name_labels"]:
        return True
    if noun.dep_ == "pobj":
        prep = noun.head  # "since the invasion", "ahead of the meeting"
        if prep.lower_ in lexicon["time_anchor_preps"] or (
            prep.dep_ == "prep" and prep.head.lower_ in lexicon["time_anchor_preps"]
        ):
            return True
    verb = args.governing_verb(noun)
    return verb is not None and verb.pos_ == "VERB" and not _realis(verb)


def _event(
    trigger: Token, event_type: EventType, times: list[Span], published_at: datetime | None
) -> ExtractedEvent | None:
    """The event with its arguments, or None when it lacks the evidence its type requires."""
    speakers = load_lexicon()["speaker_pronouns"]
    actor_tokens = _unique(
        args.resolve_pronoun(t)
        for t in args.actors(trigger, event_type)
        if t.lower_ not in speakers  # "we", "I" inside quotes: the speaker, not resolved here
    )
    target_tokens = _unique(args.targets(trigger, event_type))
    taken = {t.i for t in [*actor_tokens, *target_tokens]}
    place = args.location(trigger, taken)
    if place is None and "location" in event_type.requires:
        # "attacked Kyiv": an attack on a place happens there (if the gazetteer agrees that
        # it is a place: the small model's NER takes some people for places)
        places = filter(None, map(args.place_phrase, target_tokens))
        place = next((p for p in places if resolve_place(p.text)), None)
    resolved = resolve_place(place.text) if place is not None else None
    time = _closest_time(trigger, times, published_at)
    event_date, precision = resolve_date(time.text, published_at) if time else UNRESOLVED
    clause = args.clause_of(trigger)
    quantities = find_quantities(trigger.doc, clause.start_char, clause.end_char)
    evidence = {
        "actor": bool(actor_tokens),
        "target": bool(target_tokens),
        "location": place is not None,
        "mode": _mode(trigger, event_type, clause, count_trigger=False) is not None,
        "quantity": any(not _inside_actor(q.span.start, actor_tokens) for q in quantities),
    }
    if not any(evidence[need] for need in event_type.requires):
        return None
    return ExtractedEvent(
        event_type=event_type.name,
        trigger=_span(trigger),
        mode=_mode(trigger, event_type, clause),
        actors=tuple(_span(args.phrase(t)) for t in actor_tokens),
        targets=tuple(_span(args.phrase(t)) for t in target_tokens),
        location=_span(place) if place is not None else None,
        location_name=resolved.name if resolved else None,
        country=resolved.country if resolved else None,
        time=_span(time) if time is not None else None,
        event_date=event_date,
        date_precision=precision,
        quantities=tuple(quantities),
    )


def _inside_actor(char: int, actor_tokens: list[Token]) -> bool:
    """"two armies clashed": counting the actors is no evidence that anything happened."""
    phrases = [args.phrase(t) for t in actor_tokens]
    return any(phrase.start_char <= char < phrase.end_char for phrase in phrases)


def _unique(tokens: Iterable[Token]) -> list[Token]:
    seen: dict[int, Token] = {}
    for token in tokens:
        seen.setdefault(token.i, token)
    return list(seen.values())


def _closest_time(trigger: Token, times: list[Span], published_at: datetime | None) -> Span | None:
    """The most specific time expression of the sentence; the nearest one on ties."""
    if not times:
        return None
    base = published_at or _RANKING_BASE

    def rank(span: Span) -> tuple[int, int]:
        _, precision = resolve_date(span.text, base)
        return PRECISION_RANK[precision], -abs(span.start - trigger.i)

    return max(times, key=rank)


def _mode(
    trigger: Token, event_type: EventType, clause: Span, *, count_trigger: bool = True
) -> str | None:
    """The first mode cued on the trigger or its modifiers, else anywhere in its clause.
    Without `count_trigger` the trigger word itself is no cue ("battle" alone is no evidence)."""
    for scope in ([trigger, *trigger.children], list(clause)):
        words = [t for t in scope if count_trigger or t.i != trigger.i]
        lemmas = {t.lemma_.lower() for t in words} | {t.lower_ for t in words}
        for mode, cues in event_type.modes:
            if lemmas.intersection(cues):
                return mode
    return None
