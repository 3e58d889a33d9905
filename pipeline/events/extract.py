"""Typed events from a parsed document, coded the event-data way (CAMEO codes, PLOVER types).

Triggers (pipeline.events.triggers): verbs through PETRARCH2's CAMEO verb patterns matched on
the dependency parse, event nouns through the project ontology. Each event gets:
- its PLOVER type and CAMEO code, actors and targets with dictionary codes (pipeline.events.
  context), place, time and quantities;
- a modality from the parse (pipeline.events.modality): denied, hypothetical, intended,
  threatened and requested events are kept and labelled, never counted as done;
- a sense check: coded only in a political or violent context (pipeline.events.context).
A later noun mention of an earlier event ("the strikes", "the talks", not "a strike"), or a
second mention within one sentence, is dropped (pipeline.events.coreference).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from spacy.tokens import Doc, Span, Token

from pipeline.deps import NOMINAL_SUBJECTS
from pipeline.events import arguments as args
from pipeline.events.dates import (
    PRECISION_RANK,
    UNRESOLVED,
    find_time_expressions,
    resolve_date,
)
from pipeline.events.context import VIOLENT_TYPES, Code, can_act, is_political, only_things_held, participant_code
from pipeline.events.coreference import refers_back
from pipeline.events.dictionary import raised_subject
from pipeline.events.modality import modality
from pipeline.events.names import a_name, named_dyad
from pipeline.events.pronouns import resolve_pronoun, unresolved
from pipeline.events.public_actors import public_code
from pipeline.events.sides import block_default_dyad, people_acting_together, sentence_is_political
from pipeline.events.ontology import EventType, load_lexicon, load_ontology
from pipeline.events.triggers import Trigger, event_noun_type, find_triggers
from pipeline.events.places import resolve_place
from pipeline.models import ExtractedEvent, TextSpan
from pipeline.quantities import find_quantities

# Only used to rank time expressions by specificity when the publication time is unknown.
_RANKING_BASE = datetime(2000, 1, 5)
# types whose verbs, coded by a block's default code, need a political actor and target (a
# dyad, as PETRARCH codes them): "died", "held", "came", "helped" alone are no events
_DYADIC_TYPES = {"ASSAULT", "COERCE", "CONSULT", "AID", "COOPERATE", "SANCTION"}
# violent evidence for a verb of force: "attacked the plan" is verbal, "attacked Kyiv" is not
_FORCE_SECTORS = {"MIL", "REB", "UAF", "COP", "INS"}
_HARMED_SECTORS = {"CVL", "PPL", "REF", "HLH"}  # civilians, people, refugees, hospitals
_UNKNOWN_NAME = Code(None, None)  # a side named by a proper name the dictionaries lack


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
        triggers = find_triggers(sentence)
        times = find_time_expressions(sentence) if triggers else []
        for trigger in triggers:
            event = _event(trigger, times, published_at)
            if event is not None:
                mentions.append(_Mention(event, sentence.start_char, _anaphoric(trigger.token)))
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
    return not args.verbal(trigger) and not any(c.lower_ in indefinite for c in trigger.children)


def _span(span: Span | Token) -> TextSpan:
    if isinstance(span, Token):
        span = span.doc[span.i : span.i + 1]
    return TextSpan(span.start_char, span.end_char, span.text)


def _event(found: Trigger, times: list[Span], published_at: datetime | None) -> ExtractedEvent | None:
    """The event with its arguments, or None when its context is not political or violent."""
    trigger, event_type = found.token, found.event_type
    speakers = load_lexicon()["speaker_pronouns"]
    sources, acted_on = (
        args.received_roles(trigger) if found.received else (args.actors(trigger, event_type), _targets(trigger, event_type))
    )
    actor_tokens = _unique(
        resolve_pronoun(t)
        for t in sources
        if t.pos_ != "PRON" or t.lower_ not in speakers  # "we" in a quote: the speaker; not "US"
    )
    target_tokens = _unique(acted_on)
    # a pronoun left unresolved ("It accused ...") is never named, but someone acted
    pronoun = any(unresolved(t) for t in actor_tokens + target_tokens)
    actor_tokens = [t for t in actor_tokens if not unresolved(t)]
    target_tokens = [t for t in target_tokens if not unresolved(t)]
    taken = {t.i for t in [*actor_tokens, *target_tokens]}
    place = args.location(trigger, taken)
    if place is None and event_type.name in VIOLENT_TYPES:
        # "attacked Kyiv": an action on a place happens there (if the gazetteer agrees that
        # it is a place: the small model's NER takes some people for places)
        places = filter(None, map(args.place_phrase, target_tokens))
        place = next((p for p in places if resolve_place(p.text)), None)
    clause = args.clause_of(trigger)
    quantities = find_quantities(trigger.doc, clause.start_char, clause.end_char)
    actor_codes = [_code(t) or people_acting_together(t, event_type.name) for t in actor_tokens]
    violent = event_type.name in VIOLENT_TYPES
    if not all(can_act(t, c, event_type.mode_cues, violent) for t, c in zip(actor_tokens, actor_codes)):
        return None  # "was met with strong winds": another sense of the verb
    target_codes = [_code(t) for t in target_tokens]
    weapon = _mode(trigger, event_type, clause, count_trigger=False) is not None
    venue_only = place is None or event_type.name not in VIOLENT_TYPES  # "a meeting in France"
    if not actor_tokens and not target_tokens and venue_only and not pronoun:
        return None  # "The strikes came as ...", "is expected to": nobody to code
    if place is None:  # a place named in the trigger's own clause, not the report's
        taken_words = {t.i for p in map(args.phrase, actor_tokens + target_tokens) for t in p}
        place = args.clause_place(clause, taken | taken_words)
    partners = event_type.object_role == "actor"  # "met Putin", "talks with X"
    others = [  # the other side: targets, and partners of a meeting ("met Blinken")
        *zip(target_tokens, target_codes),
        *((t, c) for t, c in zip(actor_tokens, actor_codes) if partners and t.dep_ not in NOMINAL_SUBJECTS),
    ]
    known_targets = [  # a person's name the dictionaries lack may still be a political side
        c if c is not None else _UNKNOWN_NAME
        for t, c in others
        if (c is not None and c.political) or ((c is None or c.affiliated) and a_name(t))
    ]
    # a name the dictionaries lack, or know only as of a country ("France's Cyril Saulnier")
    unknown = [
        (t, c) for t, c in zip(actor_tokens + target_tokens, actor_codes + target_codes)
        if c is None or c.affiliated
    ]
    named_only = all(c is not None or a_name(t) for t, c in unknown) and (pronoun or bool(unknown))
    venue = place is not None and not only_things_held(event_type.name, target_tokens, target_codes, event_type.mode_cues)
    if not _in_context(found, actor_tokens, actor_codes, known_targets, weapon, venue, named_only):
        if not named_dyad(found, list(zip(actor_tokens, actor_codes)), others):
            return None
    # an abduction (CAMEO 181: abduct, kidnap, take hostage) is physical wherever it happens:
    # its place is evidence, as an attack's is not ("beat Southampton")
    seized = found.cameo_code is not None and found.cameo_code.startswith("181") and place is not None
    if event_type.name == "ASSAULT" and not _force_shown(
        trigger, actor_codes, target_codes, weapon or bool(quantities) or seized
    ):
        return None  # "attacked the plan": a verbal attack
    resolved = resolve_place(place.text) if place is not None else None
    time = _closest_time(trigger, times, published_at)
    event_date, precision = resolve_date(time.text, published_at) if time else UNRESOLVED
    how, governor = modality(trigger)
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
        plover_type=event_type.plover,
        cameo_code=found.cameo_code,
        modality=how,
        actor_codes=tuple(c.text if c else None for c in actor_codes),
        target_codes=tuple(c.text if c else None for c in target_codes),
        governed_by=governor.idx if governor is not None else None,
    )


def _code(token: Token) -> Code | None:
    """A participant's code; an event noun takes its own actor's ("the EU embargo was lifted")
    or its target's."""
    phrase = args.phrase(token)
    code = public_code(token, phrase, participant_code(token, phrase))
    noun_type = event_noun_type(token)
    if code is None and noun_type is not None:
        # its actor, else its own target: "sanctions on Iran are to be lifted" concern Iran
        preps = load_ontology().types[noun_type].target_preps
        owners = [*args.noun_actors(token), *args.prep_objects(token, preps)]
        code = next(filter(None, (participant_code(o, args.phrase(o)) for o in owners)), None)
    return code


def _targets(trigger: Token, event_type: EventType) -> list[Token]:
    """Targets; an event-noun object of the same type is the event itself ("delivered
    military aid to Ukraine", "imposed sanctions on banks"): its target phrase is the verb's
    target ("condemned the attack": the attack stays the target)."""
    same = [o for o in args.objects(trigger) if event_noun_type(o) == event_type.name]
    found = [t for noun in same for t in args.prep_objects(noun, event_type.target_preps)]
    own = [t for t in args.targets(trigger, event_type) if t not in same]
    # "the embargo is likely to be lifted", "troops are understood to have been put on standby"
    holder = trigger if args.verbal(trigger) else args.phrase_verb(trigger)
    if event_type.object_role == "target" and holder is not None:
        own += [t for head in raised_subject(holder) for t in args.with_conjuncts(head)]
    return found + own


def _force_shown(trigger: Token, actors: list, targets: list, evidence: bool) -> bool:
    """Evidence of force for ASSAULT: a weapon or count; an armed actor or target ("forces",
    "police"); civilians or a hospital as target; for an attack noun also a known actor or
    target ("Israeli airstrikes"). A place or a country alone is none: "beat Southampton",
    "England beat Wales" are sports senses."""
    if evidence or any(c and c.sector in _FORCE_SECTORS for c in actors + targets):
        return True
    if any(c and c.sector in _HARMED_SECTORS for c in targets):
        return True  # "targeting civilians"
    return not args.verbal(trigger) and (any(actors) or any(targets))


def _in_context(
    found: Trigger,
    actor_tokens: list[Token],
    actor_codes: list[Code | None],
    target_codes: list[Code | None],
    weapon: bool,
    place: bool,
    named_only: bool,
) -> bool:
    """The sense gate (pipeline.events.context). With no participant the dictionaries know,
    when the unknown ones are people's names or an unresolved pronoun ("Lord Dubs urged the
    government", "It accused ..."), the sentence's own actors decide; an unknown organisation
    or thing ("UK Athletics", "vandals") does not borrow them."""
    if found.event_type.name == "STATEMENT":
        return True  # a speech event is no political sense of a word: not gated
    violent = found.event_type.name in VIOLENT_TYPES
    if args.verbal(found.token) and not found.specific and found.event_type.name in _DYADIC_TYPES:
        # a person's name the dictionaries lack may be political: the sentence decides below
        political = [
            t for t, c in zip(actor_tokens, actor_codes)
            if (c is not None and c.political) or ((c is None or c.affiliated) and a_name(t))
        ]
        source = bool(political) or not actor_codes  # a passive names no agent
        # "officials met", "X met with Y": a meeting among the actors themselves
        group = len(political) >= 2 or any(t.tag_ in {"NNS", "NNPS"} for t in political)
        meeting = found.event_type.object_role == "actor" and group and found.gathering
        if not (meeting or (source and (target_codes or (violent and (weapon or place))))):
            return False
    if found.needs_target and not block_default_dyad(
        found.event_type, list(zip(actor_tokens, actor_codes)), target_codes, weapon, place, found.gathering
    ):
        return False
    codes = actor_codes + target_codes
    if is_political(codes, found.event_type.name, weapon, place):
        return True
    # "was arrested": no agent to name, the sentence's actors decide
    if any(c is not None and not c.affiliated for c in codes) or found.needs_target or not (named_only or violent):
        return False
    return sentence_is_political(found.token.sent, load_lexicon()["location_preps"])


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
