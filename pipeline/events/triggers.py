"""Event triggers of a sentence: dictionary verb patterns and ontology event nouns.

- A verb is looked up by lemma in the CAMEO verb dictionary and its patterns are matched on
  the parse (pipeline.events.dictionary); the code is typed through the PLOVER crosswalk.
  Codes 01x (make a statement) are plain reporting and never events here; the ontology's
  own speech nouns and verbs ("interview", "speaking at") make STATEMENT events.
- A verb the dictionary lacks may be in the ontology ("intercept"; "fired a missile": only
  with a weapon as object).
- A noun is an event noun of the ontology ("airstrikes", "talks", "crackdown";
  pipeline.events.ontology_match), unless it
  modifies another word ("air raid sirens"), is part of a name ("Free Trade Agreement") or a
  date, or is a speech in a time anchor ("during his speech"; an event there is one the text
  mentions: "following his resignation", "amid protests"). A noun WordNet derives from a
  dictionary verb ("prosecution", "conviction": pipeline.events.nominal) is read as that verb
  where it names a coercion, mobilisation, retreat, sanction or protest.
- An intent verb with an infinitive ("planned to reopen") is no event itself: its
  complement is, with the modality "intended" (pipeline.events.modality); "agreed to",
  "offered to", "pledged to" are PLOVER's AGREE (CAMEO 030).
- A verb must be used in its event sense (pipeline.events.verb_use): no opinion, no plain
  report of speech, a meeting with someone.
- A light verb whose object is an event noun ("held talks", "launched an offensive") yields
  to the noun unless its own pattern names the event ("imposed sanctions" -> 163); a verb
  whose subject is an event noun ("the attacks threaten to ...") is figurative; a noun that
  hangs from a verb trigger of its own type ("met ... for negotiations") is part of that event.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from pipeline.events import arguments as args
from pipeline.events.code_readings import complement_code, repressed_by, signed_exchange
from pipeline.events.crosswalk import event_type_of_cameo
from pipeline.events.complements import labels_its_noun, names_its_object, raised_subject
from pipeline.events.dictionary import VerbMatch, is_numeric, match_verb, object_patterns, verb_index
from pipeline.events.doc_words import doc_words
from pipeline.events.ontology import EventType, TriggerEntry, load_lexicon, load_ontology
from pipeline.events.nominal import derived_reading, derived_verbs, noun_pattern
from pipeline.events.rejections import TRIGGER, Recorder, note
from pipeline.events.requests import describes_speaker, names_what_is_asked
from pipeline.events.verb_use import in_event_sense, reports_speech
from pipeline.events.ontology_match import background, characterises, collective_reading, cued_object, match_entry

# a noun in these relations modifies another word ("air raid sirens", "veto-wielding")
_MODIFIER_DEPS = {"compound", "npadvmod", "amod"}


@dataclass(frozen=True)
class Trigger:
    token: Token
    event_type: EventType
    cameo_code: str
    specific: bool  # a dictionary pattern (verb + object/preposition) matched
    needs_target: bool = False  # coded by a block default only: a known target must take part
    received: bool = False  # the subject is acted on ("faced criticism"): see VerbMatch
    gathering: bool = True  # plural subjects may meet among themselves: see VerbMatch


def find_triggers(sentence: Span, recorder: Recorder = None) -> list[Trigger]:
    """The sentence's triggers; why a candidate is read as none goes to `recorder` if given."""
    verbs: list[Trigger] = []
    nouns: list[Trigger] = []
    doc, words, keys = sentence.doc, doc_words(sentence.doc), _entry_words()
    for i in range(sentence.start, sentence.end):
        if words.lemmas[i] not in keys and words.forms[i] not in keys:
            continue  # no dictionary or ontology entry starts with this word: no trigger
        token = doc[i]
        if is_numeric(token):
            continue  # "16 March", whatever its tag
        if token.pos_ == "VERB" and token.dep_ == "prep":
            continue  # a participle used as a preposition ("according to", "including")
        if token.pos_ == "VERB" and token.dep_ not in {"amod", "compound"} and not args.after_preposition(token):
            verbs.extend(filter(None, [_verb_trigger(token)]))
        elif _nominal(token):
            entry = collective_reading(token, match_entry(token, load_ontology().nouns))
            if background(token, entry):  # "on 16 March", "during his speech"
                if entry is not None:
                    note(recorder, i, entry.name, TRIGGER, "a name, date or speech in a time anchor")
            elif entry is not None and characterises(token, entry):
                note(recorder, i, entry.name, TRIGGER, "the noun characterises")
            elif entry is not None:
                found = _noun_trigger(token, entry)
                if found is None:
                    note(recorder, i, entry.name, TRIGGER, "the noun's verb pattern codes no event")
                else:
                    nouns.append(found)
            else:
                nouns.extend(filter(None, [_derived_trigger(token)]))  # "prosecution"
    verbs = _sift(verbs, _verb_misread, recorder)
    nouns = _sift(nouns, _noun_misread, recorder)
    # a noun of the verb's own type ("met ... for negotiations") or its object ("signed an
    # agreement") is part of its event; another is an event of its own ("arrive ... in a
    # joint operation")
    verb_types = {v.token.i: v.event_type.name for v in verbs}
    # a raised object too: "the embargo is likely to be lifted" is one event, its lifting
    raised = {t.i for v in verbs for t in raised_subject(v.token)}
    nouns = _sift(nouns, lambda noun: _part_of_verb(noun, verb_types, raised), recorder)
    return sorted(verbs + nouns, key=lambda t: t.token.i)


def _sift(found: list[Trigger], why_not, recorder: Recorder) -> list[Trigger]:
    """The triggers `why_not` (Trigger -> reason or None) finds no reason against; the
    others' reasons go to `recorder`."""
    kept = []
    for trigger in found:
        reason = why_not(trigger)
        if reason is None:
            kept.append(trigger)
        else:
            note(recorder, trigger.token.i, trigger.event_type.name, TRIGGER, reason)
    return kept


def _verb_misread(found: Trigger) -> str | None:
    """Why a dictionary verb is no event here, or None."""
    verb = found.token
    # a pattern named its object, an event noun of another type: the matter concluded ("signed
    # an oil deal"), no participant; one of the verb's own type carries the event ("held talks")
    deals = load_lexicon()["agreement_synonyms"]  # "deal", the dictionary's "agreement"
    kinds = {"AGREE" if o.lemma_.lower() in deals else event_noun_type(o) for o in args.objects(verb)}
    matter = found.specific and bool(kinds) and None not in kinds and found.event_type.name not in kinds
    if not in_event_sense(verb, found.event_type, matter):
        return "the verb in another sense (opinion, question, no partner)"
    if reports_speech(verb, found.event_type, found.specific, found.cameo_code):
        return "the verb reports speech"
    if (names_its_object(verb) or labels_its_noun(verb)) and not found.specific:
        return "the verb names or labels its object"
    if _yields(found):
        return "a light or phase verb yields to its event noun"
    if _describes_noun(found):
        return "the verb describes another event noun"
    if describes_speaker(verb, found.event_type.name):
        return "the verb describes the speaker"
    return None


def _noun_misread(found: Trigger) -> str | None:
    if found.event_type.name == "REQUEST" and not names_what_is_asked(found.token):
        return "a request noun names nothing asked"
    if describes_speaker(found.token, found.event_type.name):
        return "the noun describes the speaker"
    return None


@lru_cache(maxsize=1)
def _entry_words() -> frozenset[str]:
    """Every word a trigger can be found under: the verb dictionary's and the ontology's
    heads (looked up by lemma or form), the commitment verbs and the nouns WordNet derives from
    dictionary verbs. A word outside this set matches no entry in `_verb_trigger`,
    `_noun_trigger` or `_derived_trigger`'s lookups, so is never looked at."""
    ontology = load_ontology()
    return (frozenset(verb_index()) | load_lexicon()["commitment_verbs"] | frozenset(ontology.verbs)
            | frozenset(ontology.nouns) | frozenset(derived_verbs()))


def _nominal(token: Token) -> bool:
    """A noun, or a word the tagger misreads in a noun's slot: the object of a preposition
    ("put on standby" tagged as an adverb, or as a verb beside its preposition)."""
    if token.dep_ in _MODIFIER_DEPS:
        return False
    return token.pos_ in {"NOUN", "PROPN"} or (token.pos_ in {"ADV", "ADJ", "VERB"} and args.after_preposition(token))


def _verb_trigger(verb: Token) -> Trigger | None:
    ontology = load_ontology()
    if verb.lemma_.lower() in load_lexicon()["commitment_verbs"] and _infinitive(verb):
        # "agreed to cooperate", "offered to send": PLOVER's AGREE (CAMEO 030, intent to
        # cooperate); the dictionary's AGREE block defaults to 050 (diplomatic cooperation)
        return Trigger(verb, ontology.types["AGREE"], "030", True)
    if verb.lemma_.lower() in load_lexicon()["directive_verbs"] and _infinitive(verb) and args.objects(verb):
        # "told the government not to compromise": telling someone what to do is a request
        # (CAMEO 020), which the dictionary's TELL (010, a statement) does not code
        return Trigger(verb, ontology.types["REQUEST"], "020", True)
    if verb.lemma_.lower() in load_lexicon()["intent_verbs"] and _infinitive(verb):
        return None  # "seeking to deprive", "planned to reopen": the complement is the event
    if verb.lemma_.lower() in load_lexicon()["failure_verbs"] and _infinitive(verb):
        # "if it fails to clamp down": no decision was made (CAMEO codes "fail" 120, a
        # rejection); the complement is the event, denied (pipeline.events.modality)
        return None
    found = match_verb(verb)
    if found is None and not args.is_light_verb(verb):
        # a block with no default code (LIFT) codes only what its patterns name; a light
        # verb's event is its noun ("carried out an assault")
        found = _pattern_of_same_event(verb)
    read = complement_code(verb, found.cameo_code) if found is not None and not found.specific else None
    if read is not None:  # "defended the move", "was expelled from the party"
        found = VerbMatch(read, True, True, found.received, found.gathering)
    if found is not None:
        found = VerbMatch(_appeal(verb, found.cameo_code), found.specific, found.core, found.received, found.gathering)
    cued = [e for e in ontology.verbs.get(verb.lemma_.lower(), ()) if e.needs_cued_object]
    if cued and not cued_object(verb, cued[0].event_type.mode_cues):
        found = None  # "fired Liverpool into the last 16", "launched a product": no weapon
    own = match_entry(verb, ontology.verbs) if found is not None and not found.specific and not cued else None
    if own is not None and own.name != event_type_of_cameo(found.cameo_code):
        # the ontology's hand entry names the verb's own sense where the dictionary gives it
        # only its block's default: "freed" (RELEASE 080), "pulled out" (GO_SOMEWHERE 040),
        # "vetoed" (PROHIBIT 172); a synonym still needs a dyad, as the block default would
        return Trigger(verb, own, own.cameo, False, not found.core, found.received, found.gathering)
    if found is not None:
        found = VerbMatch(signed_exchange(verb, found.cameo_code), found.specific, found.core, found.received, found.gathering)
        name = repressed_by(verb, found.cameo_code) or event_type_of_cameo(found.cameo_code)
        if name in ontology.types and name != "STATEMENT":
            # an object naming an event of the verb's own type is a pattern of its own:
            # "helped the relief effort", "continued the attacks"
            named = any(event_noun_type(o) == name for o in args.objects(verb))
            return Trigger(
                verb, ontology.types[name], found.cameo_code, found.specific or named, not (found.core or named),
                found.received, found.gathering,
            )
    entry = match_entry(verb, ontology.verbs)
    return Trigger(verb, entry, entry.cameo, False) if entry is not None else None


def _appeal(word: Token, code: str) -> str:
    """CAMEO's appeals (02x) mirror its intents (03x) digit for digit: what a request verb or
    noun asks for is an appeal ("called for talks" 026, as "called for negotiations")."""
    if code.startswith("03") and word.lemma_.lower() in load_lexicon()["request_verbs"]:
        return "02" + code[2:]
    return code


def _noun_trigger(noun: Token, entry: EventType) -> Trigger | None:
    """An event noun, typed by its verb's CAMEO pattern where one fits its phrase
    (pipeline.events.nominal): a pattern coding nothing, or a statement, makes no event."""
    fits, code = noun_pattern(noun)
    if not fits:
        return Trigger(noun, entry, entry.cameo, False)
    if code is None or code.startswith(":"):
        return None if code is None else Trigger(noun, entry, entry.cameo, False)
    code = _appeal(noun, code)
    name = event_type_of_cameo(code)
    types = load_ontology().types
    return Trigger(noun, types[name], code, True) if name in types and name != "STATEMENT" else None


# PLOVER's material types whose nouns name the act ("prosecution", "conviction", "fines"): nouns
# of speech acts and cooperation mostly name a stance or a thing ("support", "intention",
# "contribution", "finances"), those of force the harm suffered ("injury", "death", "abuse";
# the ontology lists the attack nouns)
_MATERIAL_TYPES = {"COERCE", "MOBILIZE", "RETREAT", "SANCTION", "PROTEST"}


def _derived_trigger(noun: Token) -> Trigger | None:
    """A noun WordNet derives from a dictionary verb, which the ontology does not list, read as
    that verb (pipeline.events.nominal.derived_reading) where it names a material act; a noun
    the ontology lists only with a modifier ("press conference") is not read alone."""
    if {noun.lemma_.lower(), noun.lower_} & load_ontology().nouns.keys():
        return None
    found = derived_reading(noun)
    if found is None:
        return None
    name, types = event_type_of_cameo(found.cameo_code), load_ontology().types
    if name not in _MATERIAL_TYPES:
        return None
    return Trigger(noun, types[name], found.cameo_code, found.specific, not found.core, gathering=found.gathering)


def _pattern_of_same_event(verb: Token) -> VerbMatch | None:
    """An object naming an event the verb's block has a pattern for under another noun of the
    same type: "lifted the embargo" as "lifted sanctions" (085), the dictionary naming one
    sanction noun and not the other."""
    nouns = load_ontology().nouns
    for noun in [*args.objects(verb), *raised_subject(verb)]:
        wanted = event_noun_type(noun)
        codes = Counter(  # the code most of them give: "sanctions" 085 over "sanction" 0351
            code
            for words, code in (object_patterns(verb) if wanted is not None else ())
            if any(_entry_type(nouns, w) == wanted for w in words)
        )
        if codes:
            return VerbMatch(codes.most_common(1)[0][0], False, True)
    return None


def _entry_type(index: dict[str, tuple[TriggerEntry, ...]], word: str) -> str | None:
    entries = [e for e in index.get(word, ()) if e.modifier is None and not e.needs_cued_object]
    return entries[0].event_type.name if entries else None


def event_noun_type(token: Token) -> str | None:
    """The type of an ontology event noun ("sanctions" -> SANCTION), else None."""
    found = match_entry(token, load_ontology().nouns) if token.pos_ in {"NOUN", "PROPN"} else None
    return found.name if found is not None else None


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children)


def _yields(verb: Trigger) -> bool:
    """"held talks": a light verb with an event-noun object; "the attacks threaten ...". A
    verb of a phase of the event ("stepped up attacks", "intensified its airstrikes") yields
    even to a pattern of its own: the event is the noun's (CAMEO codes "step up attacks" as a
    threat, 138)."""
    nouns = load_ontology().nouns
    if any(match_entry(subject, nouns) for subject in args.subjects(verb.token)):
        return True
    light = args.is_light_verb(verb.token) and not verb.specific
    phase = verb.token.lemma_.lower() in load_lexicon()["aspectual_verbs"]
    return (light or phase) and any(match_entry(o, nouns) for o in args.objects(verb.token))


def _describes_noun(verb: Trigger) -> bool:
    """"negotiations aimed at ending ...": a participle describing another event noun."""
    head = verb.token.head
    noun_type = event_noun_type(head) if verb.token.dep_ == "acl" else None
    return noun_type is not None and noun_type != verb.event_type.name


def _part_of_verb(noun: Trigger, verb_types: dict[int, str], raised: set[int]) -> str | None:
    """Why the noun is part of a verb trigger's event (of its type, its object or its raised
    object), or None."""
    if noun.token.i in raised:
        return "the raised object of a verb"
    verb = _governing_id(noun.token)
    if verb not in verb_types:
        return None
    if verb_types[verb] == noun.event_type.name:
        return "part of a verb's event of its type"
    return "the object of a verb of another type" if noun.token.dep_ == "dobj" and noun.token.head.i == verb else None


def _governing_id(noun: Token) -> int | None:
    verb = args.governing_verb(noun)
    return verb.i if verb is not None else None
