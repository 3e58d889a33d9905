"""Typed events from a parsed document, coded the event-data way (CAMEO codes, PLOVER types).

Triggers (pipeline.events.triggers): verbs through PETRARCH2's CAMEO verb patterns matched on
the dependency parse, event nouns through the project ontology. Each event gets:
- its PLOVER type and CAMEO code, actors and targets with dictionary codes (pipeline.events.
  context), place, time and quantities;
- a modality from the parse (pipeline.events.modality): denied, hypothetical, intended,
  threatened and requested events are kept and labelled, never counted as done;
- a sense check: coded only in a political or violent context (pipeline.events.sides).
A later noun mention of an earlier event ("the strikes", "the talks", not "a strike"), or a
second mention within one sentence, is dropped (pipeline.events.coreference).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from spacy.tokens import Doc, Span, Token

from pipeline.deps import PLACE_LABELS
from pipeline.events import arguments as args
from pipeline.events.persons import THING_PRONOUNS, people
from pipeline.events import locations
from pipeline.events.modes import cued_mode
from pipeline.events.dates import UNRESOLVED, closest_time, find_time_expressions, resolve_date
from pipeline.events.agency import (
    a_happening_caused, acting_sources, can_act, lethal, physical_harm, sides_of_a_dispute,
)
from pipeline.events.context import VIOLENT_TYPES, Code, struck_agent
from pipeline.events.coreference import refers_back
from pipeline.events.complements import alleged_of, raised_subject
from pipeline.events.meeting_sides import acting_side, named_between
from pipeline.events.modality import modality
from pipeline.events.names import a_name, named_dyad
from pipeline.events.pronouns import Referents, unresolved
from pipeline.events.rejections import GATE, REPEAT, Recorder, note
from pipeline.events.requests import asked
from pipeline.events.public_actors import party_acting, party_side
from pipeline.events.sides import (
    MEASURE_LABELS, a_count, force_shown, out_of_context, only_things_held, people_acting_together, people_detained,
)
from pipeline.events.ontology import EventType, load_lexicon, load_ontology
from pipeline.events.side_codes import a_thing, coded_columns, governing_code, owner_code, side_code
from pipeline.events.teams import sentences_with_a_score
from pipeline.events.triggers import Trigger, event_noun_type, find_triggers
from pipeline.events.places import resolve_place
from pipeline.models import ExtractedEvent, TextSpan
from pipeline.quantities import find_quantities
from pipeline.sources.coreference import SourceResolver
from pipeline.sources.descriptions import is_role_noun
from pipeline.sources.kinds import word_set

_UNKNOWN_NAME = Code(None, None)  # a side named by a proper name the dictionaries lack
# speech acts whose infinitive complement names what they commit to, threaten or refuse
_COMMITMENT_TYPES = frozenset({"AGREE", "THREATEN", "REJECT"})
# CAMEO 074 (provide military protection or peacekeeping) is force; without evidence of force
# the DEFEND block's verb is CAMEO's 052 (defend verbally), as its own patterns code it
_PROTECTION, _VERBAL_DEFENCE = "074", "052"
_PATIENT_OWNED_TYPES = frozenset({"COERCE", "RETREAT"})  # "his prosecution", "her release"
_RELEASE_CODE = "084"  # CAMEO return, release persons or property


@dataclass(frozen=True)
class _Mention:
    event: ExtractedEvent
    sentence_start: int
    anaphoric: bool  # a noun that can refer back: "the strikes", not "a strike"
    token: int  # the trigger word's index


def extract_events(
    doc: Doc, published_at: datetime | None, sentences: Iterable[Span] | None = None,
    resolver: SourceResolver | None = None, recorder: Recorder = None,
) -> list[ExtractedEvent]:
    """The events of a parsed document (of `sentences` only, when given: the body, not page
    furniture), in text order; dates resolved against `published_at`; pronouns named by the
    claims' source `resolver` (pipeline.attribution.claims_and_resolver), else a new one.
    Why each candidate was dropped goes to `recorder` when one is given (the evaluation's)."""
    mentions: list[_Mention] = []
    referents = Referents(doc, resolver)
    for sentence in doc.sents if sentences is None else sentences:
        triggers = find_triggers(sentence, recorder)
        times = find_time_expressions(sentence) if triggers else []
        for trigger in triggers:
            event = _event(trigger, times, published_at, referents)
            if isinstance(event, str):
                note(recorder, trigger.token.i, trigger.event_type.name, GATE, event)
            else:
                mentions.append(_Mention(event, sentence.start_char, _anaphoric(trigger.token), trigger.token.i))
    kept: list[_Mention] = []
    for mention in mentions:
        # a bare noun refers back to any earlier event; within one sentence, any mention
        # ("carried out ... assaults, unleashing 650 drones") repeats the event before it
        earlier = [
            k for k in kept if mention.anaphoric or k.sentence_start == mention.sentence_start
        ]
        if any(refers_back(mention.event, k.event) for k in earlier):
            note(recorder, mention.token, mention.event.event_type, REPEAT, "a second mention of an earlier event")
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


def _event(
    found: Trigger, times: list[Span], published_at: datetime | None, referents: Referents
) -> ExtractedEvent | str:
    """The event with its arguments (pronouns named by `referents`), or, when its context is
    not political or violent, the reason (a constant: returning it costs nothing)."""
    trigger, event_type = found.token, found.event_type
    speakers = load_lexicon()["speaker_pronouns"]
    sources, acted_on = (
        args.received_roles(trigger) if found.received
        else (args.actors(trigger, event_type), _targets(trigger, event_type, found.cameo_code))
    )
    sources, acted_on = [_counted(t) for t in sources], [_counted(t) for t in acted_on]
    if not found.received:  # "said his comments were not racist and refused to apologise"
        sources = acting_sources(trigger, sources, event_type.mode_cues)
    if event_type.name in _PATIENT_OWNED_TYPES and not args.verbal(trigger) and event_noun_type(trigger) is None:
        # a noun made from a verb of coercion or release: a person owning it is who it is done
        # to ("his prosecution", "Smith's release"), as "Russia's crackdown" is not, nor one
        # whose "of" phrase names that ("his takeover of Leeds United")
        done_to = args.prep_objects(trigger, frozenset({"of"}))
        persons = [t for t in sources if t.dep_ == "poss" and t.head.i == trigger.i and _a_person(t) and not done_to]
        sources, acted_on = [t for t in sources if t not in persons], persons + acted_on
    if event_type.name == "ASSAULT" and any(t.ent_type_ in MEASURE_LABELS for t in acted_on):
        return "force reaching a measure"  # "Gwangju hitting 14 degrees", "shares hit $20": no blow
    actor_tokens = _unique(
        referents.antecedent(t)
        for t in sources
        if t.pos_ != "PRON" or t.lower_ not in speakers  # "we" in a quote: the speaker; not "US"
    )
    # an object pronoun never stands for its own clause's actor ("Butler ..., accusing it")
    named = [referents.antecedent(t) for t in acted_on]
    target_tokens = _unique(n if n not in actor_tokens else t for n, t in zip(named, acted_on))
    # a personal pronoun left unresolved ("It accused ...") is never named, but someone acted;
    # no one is named by a free relative, an indefinite or a reflexive ("over who was allowed
    # to", "nobody is denying", "to pardon himself"), nor by "it" other than as the event
    # verb's own active subject ("after it pledged to"; not "it was not intended", "it is not
    # for negotiation"): on fresh BBC and web articles such events had no side to code
    lexicon = load_lexicon()
    personal = lexicon["person_pronouns"] | lexicon["group_pronouns"] | speakers
    unnamed = [t for t in actor_tokens + target_tokens if unresolved(t) and t.lower_ in personal]
    pronoun = bool(unnamed)
    someone = any(t.lower_ not in THING_PRONOUNS or (t.dep_ == "nsubj" and t.head.i == trigger.i) for t in unnamed)
    actor_tokens = [t for t in actor_tokens if not unresolved(t)]
    target_tokens = [t for t in target_tokens if not unresolved(t)]
    taken = {t.i for t in [*actor_tokens, *target_tokens]}
    target_ids = {t.i for t in target_tokens} - {t.i for t in actor_tokens}
    clause = args.clause_of(trigger)
    # weaker evidence of a political side (a party, a body the sources read as government, a
    # stance on a matter) holds for a reported fact only: on BBC articles what such actors
    # "would announce", "aim to support" or "will take" was mostly another sense
    how, governor = modality(trigger)
    asserted = how == "asserted"
    weak = [(party_acting(t) or governing_code(t)) if asserted else None for t in actor_tokens]
    actor_codes = [side_code(t) or w or people_acting_together(t, event_type.name) for t, w in zip(actor_tokens, weak)]
    violent = event_type.name in VIOLENT_TYPES
    # "was murdered", "the killing"; "He was murdered": a pronoun still names a person harmed
    harm = event_type.name == "ASSAULT" and physical_harm(trigger, actor_tokens, named)
    # people do harm whoever they are ("murdered by a fan"); a thing or abstraction cannot act
    if not all(can_act(t, c, event_type.mode_cues, violent) or (harm and people(t)) for t, c in zip(actor_tokens, actor_codes)):
        return "an actor that cannot act"  # "was met with strong winds": another sense of the verb
    if event_type.name == "ASSAULT" and not actor_tokens and a_happening_caused(trigger, event_type.mode_cues):
        return "force caused by what cannot act"  # "killed following an earthquake"
    target_codes = [
        side_code(t) or party_side(t) or governing_code(t) or (owner_code(t) if violent else None) for t in target_tokens
    ]
    if found.cameo_code is not None and found.cameo_code.startswith(_RELEASE_CODE):
        # a noun's "of" phrase names what is released, people or not ("the release of ... data")
        held = ([] if args.verbal(trigger) else args.prep_objects(trigger, frozenset({"of"}))) or target_tokens
        documents = word_set("document_heads")
        if held and all({t.lemma_.lower(), t.lower_} & documents for t in map(args.content_noun, held)):
            return "a release of documents"  # "released satellite images", "the release of ... data"
    # place, weapon and numbers only past the gates that do not read them (7 candidates in 8 fall)
    place = locations.location(trigger, taken)
    if place is None and event_type.name in VIOLENT_TYPES:
        # "attacked Kyiv": an action on a place happens there (if the gazetteer agrees that
        # it is a place: the small model's NER takes some people for places)
        places = filter(None, map(locations.place_phrase, target_tokens))
        place = next((p for p in places if resolve_place(p.text)), None)
    # "a meeting in France"; a verb needs a participant ("what has been billed as ...")
    venue_only = place is None or event_type.name not in VIOLENT_TYPES or args.verbal(trigger)
    if not actor_tokens and not target_tokens and venue_only and not someone and not harm:
        return "nobody to code"  # "The strikes came as ...", "is expected to"
    weapon = cued_mode(trigger, event_type, clause, count_trigger=False) is not None or lethal(trigger) or harm
    labelled = False  # a place of the clause that only labels a person or thing: no venue
    if place is None:  # a place named in the trigger's own clause, not the report's
        taken_words = {t.i for p in map(args.phrase, actor_tokens + target_tokens) for t in p}
        place = locations.clause_place(clause, taken | taken_words, trigger)
        # "Sweden's Thomas Enqvist", "England supporters", "a London venue"
        labelled = place is not None and place.root.dep_ in {"poss", "compound", "amod", "nmod"}
    # a meeting's partner is the trigger's own object ("met Putin", "talks with X"), not its
    # subject nor the object of a verb above it ("urged people to go online")
    partner_ids = frozenset(
        referents.antecedent(t).i for t in sources
        if event_type.object_role == "actor" and not acting_side(t) and trigger in t.ancestors
    )
    others = [  # the other side: targets, and partners of a meeting ("met Blinken")
        *zip(target_tokens, target_codes), *((t, c) for t, c in zip(actor_tokens, actor_codes) if t.i in partner_ids)
    ]
    known_targets = [  # a person's name the dictionaries lack may still be a political side;
        # force strikes hospitals and schools too ("attacks on the hospital")
        c if c is not None else _UNKNOWN_NAME
        for t, c in others
        if (c is not None and (c.political or (violent and struck_agent(c))))
        or ((c is None or c.affiliated) and a_name(t))
    ]
    # a name the dictionaries lack, or know only as of a country ("France's Cyril Saulnier");
    # a thing acted on in a reported fact is no side ("rejected a blanket policy", "called for
    # a debate"): an unresolved "He" still lets the sentence decide
    unknown = [
        (t, c) for t, c in zip(actor_tokens + target_tokens, actor_codes + target_codes)
        if (c is None or c.affiliated) and not (asserted and t.i in target_ids and c is None and a_thing(t))
    ]
    named_only = all(c is not None or a_name(t) or sides_of_a_dispute(t) for t, c in unknown) and (pronoun or bool(unknown))
    venue = place is not None and not labelled and not only_things_held(event_type.name, target_tokens, target_codes, event_type.mode_cues)
    # a sentence reporting a game's score names the game's ground: "fought back to beat England
    # 18-17 ... at Twickenham" is no evidence of force
    venue = venue and trigger.sent.start not in sentences_with_a_score(trigger.doc)
    outside = None if harm else out_of_context(
        found, actor_tokens, actor_codes, known_targets, weapon, venue, named_only, partner_ids, asserted
    )
    if outside and not named_dyad(found, list(zip(actor_tokens, actor_codes)), others) and not people_detained(
        found, actor_codes, target_tokens
    ):
        return outside
    # an abduction (CAMEO 181: abduct, kidnap, take hostage) is physical wherever it happens:
    # its place is evidence, as an attack's is not ("beat Southampton")
    seized = found.cameo_code is not None and found.cameo_code.startswith("181") and place is not None
    quantities = find_quantities(trigger.doc, clause.start_char, clause.end_char)
    forceful = weapon or any(a_count(q, trigger.doc) for q in quantities) or seized
    if event_type.name == "ASSAULT" and not force_shown(trigger, actor_codes, target_codes, forceful):
        return "no evidence of force"  # "attacked the plan": a verbal attack
    if found.cameo_code.startswith(_PROTECTION) and not force_shown(trigger, actor_codes, target_codes, forceful) and not any(
        t.ent_type_ in PLACE_LABELS for t in target_tokens
    ):
        # "defended the regime", "defended Bush for ...": CAMEO's verbal defence, not military
        # protection; "troops ... to protect civilians", "Britain could be defended" keep 074
        found = replace(found, event_type=load_ontology().types["SUPPORT"], cameo_code=_VERBAL_DEFENCE)
        event_type = found.event_type
    resolved = resolve_place(place.text) if place is not None else None
    time = closest_time(trigger, times, published_at)
    event_date, precision = resolve_date(time.text, published_at) if time else UNRESOLVED
    # the table's targets are who is acted on, not what ("conceded defeat", "backed plans": they
    # served the gate above); what force struck stays ("struck an oil refinery"). A meeting's
    # partner is its target, as PETRARCH codes the dyad ("X met Y", "talks with Y"); partners
    # named together ("talks between Iran and the US") stay its actors
    met = {referents.antecedent(t).i for t in sources if not named_between(t, trigger)} & partner_ids
    acting = [(t, c) for t, c in zip(actor_tokens, actor_codes) if t.i not in met]
    shown = [(t, c) for t, c in zip(actor_tokens, actor_codes) if t.i in met]
    shown += [(t, c) for t, c in zip(target_tokens, target_codes) if violent or c or _an_entity(t)]
    return ExtractedEvent(
        event_type=event_type.name,
        trigger=_span(trigger),
        mode=cued_mode(trigger, event_type, clause),
        actors=tuple(_span(args.phrase(t)) for t, _ in acting),
        targets=tuple(_span(args.phrase(t)) for t, _ in shown),
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
        **coded_columns("actor", [c for _, c in acting]),
        **coded_columns("target", [c for _, c in shown]),
        governed_by=governor.idx if governor is not None else None,
    )


def _a_person(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or token.lower_ in load_lexicon()["person_pronouns"]


def _counted(token: Token) -> Token:
    """Who a quantifier stands for: "One of Japan's best-known businessmen was arrested",
    "Most of the terror suspects are being held", "some of the detainees"."""
    if token.pos_ not in {"NUM", "ADJ", "DET", "PRON"} or token.ent_type_ not in {"", "CARDINAL"}:
        return token
    return next(iter(args.prep_objects(token, frozenset({"of"}))), token)


def _an_entity(token: Token) -> bool:
    """A name, a place or a person ("his father", "Rap mogul Marion Knight"), not a thing."""
    person = is_role_noun(token.lemma_.lower()) or any(w.ent_type_ == "PERSON" for w in args.phrase(token))
    return person or args.is_participant(token) or locations.place_phrase(token) is not None


def _targets(trigger: Token, event_type: EventType, code: str) -> list[Token]:
    """Targets; an event-noun object of the same type is the event itself ("delivered
    military aid to Ukraine", "imposed sanctions on banks"): its target phrase is the verb's
    target ("condemned the attack": the attack stays the target)."""
    same = [o for o in map(_counted, args.objects(trigger)) if event_noun_type(o) == event_type.name]
    found = [t for noun in same for t in args.prep_objects(noun, event_type.target_preps)]
    own = [t for t in args.targets(trigger, event_type) if _counted(t) not in same]
    # "the embargo is likely to be lifted", "troops are understood to have been put on standby"
    holder = trigger if args.verbal(trigger) else args.phrase_verb(trigger)
    if event_type.object_role == "target" and holder is not None:
        own += [t for head in raised_subject(holder) for t in args.with_conjuncts(head)]
    if not found + own and args.verbal(trigger) and event_type.name in _COMMITMENT_TYPES:
        own = args.complement_objects(trigger)  # "threatened to sue the Russian government"
    if not found + own and args.verbal(trigger) and event_type.name == "REQUEST":
        own = asked(trigger)  # "demanded Sir Edward Heath quit"
    if not found + own and args.verbal(trigger) and event_type.name == "ACCUSE":
        own = alleged_of(trigger, code)  # "Democrats claim the administration has not done enough"
    return found + own


def _unique(tokens: Iterable[Token]) -> list[Token]:
    seen: dict[int, Token] = {}
    for token in tokens:
        seen.setdefault(token.i, token)
    return list(seen.values())
