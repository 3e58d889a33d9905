"""The project ontology's own entries (pipeline/events/ontology.json) matched on the parse: event
nouns and the few hand verbs, with the modifier an entry needs ("press conference", "shoot
down", "a ban on trade" as "trade ban"), the weapon a cued verb needs ("fired a missile"), the
collective reading of a force noun ("the teachers' strike") and the background use of a noun
("on 16 March", "during his speech")."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.deps import TIME_LABELS
from pipeline.events import actors
from pipeline.events import arguments as args
from pipeline.events.persons import people
from pipeline.events.ontology import EventType, TriggerEntry, load_lexicon, load_ontology

_ABOUT_PREPS = frozenset({"on"})
_AIMING_PREPS = frozenset({"at", "on", "upon"})
# speech acts, whose nouns also name a quality or state: "Iraq was a threat", "under threat"
_SPEECH_ACT_TYPES = frozenset({"REQUEST", "THREATEN", "ACCUSE", "REJECT", "AGREE", "SUPPORT"})
# Phoenix agent sectors of people who strike rather than fire: labour, education, health,
# agriculture, justice, media, civilians ("union", "teachers", "doctors", "farmers")
_STRIKING_SECTORS = {"LAB", "EDU", "HLH", "AGR", "JUD", "MED", "CVL"}


def collective_reading(noun: Token, entry: EventType | None) -> EventType | None:
    """A force noun the ontology also lists as collective action ("strike": "hunger strike",
    "general strike") is a strike when working people take it: "strikes by the unions",
    "the teachers' strike", "the union called a strike" (CAMEO 143), not an air strike."""
    if entry is None or entry.name == "PROTEST":
        return entry
    protest = [e for e in load_ontology().nouns.get(noun.lemma_.lower(), ()) if e.event_type.name == "PROTEST"]
    owners = [
        *(c for c in noun.children if c.dep_ in {"poss", "compound"}),
        *args.prep_objects(noun, load_lexicon()["agent_preps"]),
        # "trade unions carried out strikes", "the union called a strike": the verb's subject
        *(args.subjects(noun.head) if noun.dep_ == "dobj" else ()),
    ]
    if protest and any(actors.sector(o) in _STRIKING_SECTORS for o in owners):
        return protest[0].event_type
    return entry


def match_entry(token: Token, index: dict[str, tuple[TriggerEntry, ...]]) -> EventType | None:
    for key in (token.lemma_.lower(), token.lower_):
        for entry in index.get(key, ()):
            if entry.needs_cued_object and not cued_object(token, entry.event_type.mode_cues):
                continue
            if entry.modifier is None or entry.modifier in _modifiers(token):
                return entry.event_type
    return None


def _modifiers(noun: Token) -> set[str]:
    """Words that modify a trigger: its children ("trade ban", "shoot down"), and for a noun the
    object of its "on" phrase with that object's compounds, the same modifier written after it
    ("a ban on trade", "a ban on arms exports")."""
    words = {c.lower_ for c in noun.children}
    if noun.pos_ in {"NOUN", "PROPN"}:
        for head in args.prep_objects(noun, _ABOUT_PREPS):
            words |= {head.lower_, head.lemma_.lower()}
            words |= {c.lower_ for c in head.children if c.dep_ in {"compound", "nmod"}}
    return words


def cued_object(verb: Token, cues: frozenset[str]) -> bool:
    """"fired a ballistic missile", "launched dozens of rockets": the object names a weapon;
    "fired on the crowd", "fired at protesters": the shots aim at people (not "fired into the
    last 16", "fired at goal")."""
    objects = [args.content_noun(o) for o in args.objects(verb)]
    if any(o.lemma_.lower() in cues or o.lower_ in cues for o in objects):
        return True
    aimed = [args.content_noun(o) for o in args.prep_objects(verb, _AIMING_PREPS)]
    return any(map(people, aimed))


def background(noun: Token, entry: EventType | None) -> bool:
    """A name or date ("the Free Trade Agreement", "on 16 March"), or a speech noun (`entry`
    STATEMENT) in a time anchor, which dates what was said during it ("during the keynote
    speech, she said": the claim holds it). An event of PLOVER's types in a time anchor is an
    event the text mentions ("following David Blunkett's resignation", "during the IRA
    bombings") and is coded, as the event sets code a mentioned event."""
    lexicon = load_lexicon()
    if noun.ent_type_ in lexicon["name_labels"] or noun.ent_type_ in TIME_LABELS:
        return True
    if noun.dep_ == "pobj" and entry is not None and entry.name == "STATEMENT":
        prep = noun.head  # "during his speech", "ahead of the interview"
        if prep.lower_ in lexicon["time_anchor_preps"] or (
            prep.dep_ == "prep" and prep.head.lower_ in lexicon["time_anchor_preps"]
        ):
            return True
    return False


def characterises(noun: Token, entry: EventType) -> bool:
    """A speech act's noun as a copula's predicate or in "under" names what someone or
    something is, not an act: "Iraq was a very serious threat", "they would not be a threat",
    "a system which is under threat". A force noun there still names its event ("they are
    not nuclear strikes")."""
    if entry.name not in _SPEECH_ACT_TYPES:
        return False
    return noun.dep_ == "attr" or (noun.dep_ == "pobj" and noun.head.lower_ == "under")
