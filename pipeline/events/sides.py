"""The sense gate (`out_of_context`): the sides of an event, as PETRARCH codes dyads, a political
side acting on another.

A verb coded only by its block's default needs both sides (`block_default_dyad`), and a block
synonym or generic verb a public side as its own subject (`_public_subject`); people in
numbers acting together are one side of a protest (`people_acting_together`); when the
participants are unknown, the sentence's own officials and institutions decide
(`sentence_is_political`); force needs evidence (`force_shown`, `a_count`), a coercion of
things only has no venue (`only_things_held`). Participants' codes come from
pipeline.events.context.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.events import arguments as args
from pipeline.events.persons import people
from pipeline.events.agency import can_act, is_political, of_a_group
from pipeline.events.context import (
    AGENT_NOUN_ENDINGS, COMMERCIAL_SECTORS, OFFICE_SECTORS, POLITICAL_SECTORS, POPULACE_SECTORS, VIOLENT_TYPES, Code,
    participant_code,
)
from pipeline.events.names import a_name
from pipeline.events.ontology import EventType, load_lexicon
from pipeline.events.triggers import Trigger

# a gathering's other side may be its place: "Officials met in Geneva", "protested in Paris"
_GATHERING_TYPES = frozenset({"CONSULT", "PROTEST"})
# stances taken on a matter, coded without a side acted on (see _public_act_on_a_matter); not
# a request, which asks someone: "Britain needs a change", "the IPCC proposes two pathways"
_STANCE_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
# types whose verbs, coded by a block's default code, need a political actor and target (a
# dyad, as PETRARCH codes them): "died", "held", "came", "helped" alone are no events
_DYADIC_TYPES = {"ASSAULT", "COERCE", "CONSULT", "AID", "COOPERATE", "SANCTION"}
# violent evidence for a verb of force: "attacked the plan" is verbal, "attacked Kyiv" is not
_FORCE_SECTORS = {"MIL", "REB", "UAF", "COP", "INS"}
_HARMED_SECTORS = {"CVL", "PPL", "REF", "HLH"}  # civilians, people, refugees, hospitals
# CAMEO arrest, detain or charge (173) and expel or deport individuals (174)
_DETENTION_CODES = ("173", "174")
# CAMEO impose administrative sanctions (172: ban, restrict, curfew), and the state's sectors
# that impose them: government, legislature, courts, police
_ADMINISTRATIVE_CODE = "172"
_STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP"})


def people_acting_together(actor: Token, event_type: str) -> Code | None:
    """A protest is collective action: its plural agent noun the dictionaries lack
    ("supporters", "pensioners") is people in numbers, as "crowds" are, when the sentence names
    a political side ("opposition supporters"; not "the players protested to the referee")."""
    lexicon = load_lexicon()
    if event_type not in lexicon["collective_action_types"] or actor.tag_ != "NNS" or actor.ent_type_:
        return None
    if not actor.lower_.endswith(AGENT_NOUN_ENDINGS):  # "gas prices continue their upward march"
        return None
    return Code(None, "CVL") if sentence_is_political(actor.sent, lexicon["location_preps"]) else None


def sentence_is_political(sentence: Span, place_preps: frozenset[str]) -> bool:
    """Fallback when the participants are unknown (an unresolved pronoun, a person's name the
    dictionaries lack): an official, institution or armed group named in the sentence (not
    "people" or "the public") outside a place phrase ("in France" is only a venue). A country's name alone is not enough: sports
    and business sentences name the countries of players, teams and firms."""
    for token in sentence:
        if token.pos_ not in {"PROPN", "NOUN"}:
            continue
        if token.dep_ == "pobj" and token.head.lower_ in place_preps:
            continue
        code = participant_code(token, sentence[token.i - sentence.start : token.i - sentence.start + 1])
        # not a name the dictionaries know only as of a country ("Michael Owen" read as a
        # listed official's surname)
        if code is None or code.sector not in POLITICAL_SECTORS - POPULACE_SECTORS or code.affiliated:
            continue
        # a title before a person's name names an office only ("Foreign Secretary Jack Straw"),
        # as a participant's title does: not "All Blacks captain Tama Umaga", "Best actor Foxx"
        if token.dep_ != "compound" or token.head.ent_type_ != "PERSON" or code.sector in OFFICE_SECTORS:
            return True
    return False


def block_default_dyad(
    event_type: EventType, actors: list[tuple[Token, Code | None]], targets: list, weapon: bool, place: bool,
    gathering: bool = True, partner_ids: frozenset[int] = frozenset(),
) -> bool:
    """A verb coded only by a block default (a synonym or generic verb) needs a political side
    acting on another, as PETRARCH codes dyads: "met Blair", "American and Ukrainian officials
    met", "Officials met in Geneva" (a gathering's other side may be its place); not "Roddick
    ... force Nadal to serve", "the girl was removed", nor a partner named only as a country
    as both sides ("to face France"). Force: a weapon or place is evidence."""
    known = [(t, c) for t, c in actors if c is not None]
    # "American and Ukrainian officials": one phrase naming both sides of a meeting
    modifiers = [c for t, _ in known for c in t.children if c.dep_ in {"amod", "compound"}]
    both = any(g.dep_ == "conj" for c in modifiers for g in c.children)
    partners = gathering and event_type.object_role == "actor" and (both or len([c for _, c in known if c.political]) >= 2)
    other_side = bool(targets) or partners or (event_type.name in _GATHERING_TYPES and place)
    acting = any(c.political and (t.i not in partner_ids or c.sector) for t, c in known)
    # a place is the other side of force unless only people the dictionaries lack act there:
    # "she stormed to the title at the Birmingham Grand Prix", "Gardener is struggling to ...
    # in Madrid" (a block synonym of force by an athlete; gunmen or a passive's agent still act)
    persons = bool(actors) and all((c is None or c.affiliated) and a_name(t) for t, c in actors)
    return (acting and other_side) or _collective_action(event_type, known) or (
        event_type.name in VIOLENT_TYPES and (weapon or (place and not persons))
    )


def _collective_action(event_type: EventType, known: list[tuple[Token, Code]]) -> bool:
    """"Opposition supporters protested outside the ministry": people in numbers acting
    together are one side of a protest, the authority the sentence names the other."""
    lexicon = load_lexicon()
    return event_type.name in lexicon["collective_action_types"] and any(
        c.sector == "CVL" and sentence_is_political(t.sent, lexicon["location_preps"]) for t, c in known
    )


def out_of_context(
    found: Trigger,
    actor_tokens: list[Token],
    actor_codes: list[Code | None],
    target_codes: list[Code | None],
    weapon: bool,
    place: bool,
    named_only: bool,
    partner_ids: frozenset[int],
    asserted: bool,
) -> str | None:
    """The sense gate (participants coded by pipeline.events.context): why the event is not in
    a political or violent context, or None when it is. With no participant the dictionaries know,
    when the unknown ones are people's names or an unresolved pronoun ("Lord Dubs urged the
    government", "It accused ..."), the sentence's own actors decide; an unknown organisation
    or thing ("UK Athletics", "vandals") does not borrow them. A partner (`partner_ids`) named
    only as a country is never the acting side too ("[who was] demoted ... to face France").
    A stance on a matter with no side acted on counts only when `asserted`."""
    if found.event_type.name == "STATEMENT":
        return None if _public_speaker(actor_tokens, actor_codes + target_codes) else "no public speaker"
    violent = found.event_type.name in VIOLENT_TYPES
    banned = asserted and _administrative_sanction(found, actor_codes)  # needs no side acted on
    if args.verbal(found.token) and not found.specific and found.event_type.name in _DYADIC_TYPES:
        # a person's name the dictionaries lack may be political: the sentence decides below
        sides = [
            (t, c) for t, c in zip(actor_tokens, actor_codes)
            if (c is not None and c.political) or ((c is None or c.affiliated) and a_name(t))
        ]
        political = [t for t, _ in sides]
        # a passive names no agent; "he met President Bush": an official partner acts too
        source = any(t.i not in partner_ids or (c and c.sector) for t, c in sides) or not actor_codes
        # "officials met", "X met with Y": a meeting among the actors themselves
        group = len(political) >= 2 or any(t.tag_ in {"NNS", "NNPS"} for t in political)
        meeting = found.event_type.object_role == "actor" and group and found.gathering
        if not (meeting or banned or (source and (target_codes or (violent and (weapon or place))))):
            return "a dyadic verb without a political side acting on another"
    if found.needs_target and not block_default_dyad(
        found.event_type, list(zip(actor_tokens, actor_codes)), target_codes, weapon, place, found.gathering,
        partner_ids,
    ) and not banned and not (asserted and _public_act_on_a_matter(found, actor_codes)):
        return "a block default without a dyad"
    if found.needs_target and not violent and not _public_subject(
        found.event_type.name, actor_tokens, actor_codes, target_codes, partner_ids
    ):
        return "a synonym or generic verb without a public subject"
    codes = actor_codes + target_codes
    accused = found.event_type.name == "ACCUSE" and any(c.sector in POPULACE_SECTORS for c in target_codes)
    if is_political(codes, found.event_type.name, weapon, place, accused):
        return None
    # "was arrested": no agent to name, the sentence's actors decide
    if any(c is not None and not c.affiliated for c in codes):
        return "coded participants, none political"
    if found.needs_target or not (named_only or violent):
        return "participants the dictionaries lack"
    if sentence_is_political(found.token.sent, load_lexicon()["location_preps"]):
        return None
    return "unknown participants in a sentence naming no official"


def _public_side(code: Code | None, collective: bool = False) -> bool:
    """A state, official, body or organised group the dictionaries code; not people at large
    ("people", "customers"; but they protest, `collective`), a business, nor a player or firm
    of a country (no political code)."""
    if code is None or not code.political or code.sector in COMMERCIAL_SECTORS:
        return False
    return code.sector not in POPULACE_SECTORS or code.in_numbers or collective


def _public_subject(
    event_type: str, actor_tokens: list[Token], actor_codes: list[Code | None], target_codes: list[Code | None],
    partner_ids: frozenset[int],
) -> bool:
    """A synonym or generic verb coded by its block's default (`needs_target`) is another sense
    of the verb unless its own subject is a public side (`_public_side`): on fresh BBC and web
    articles "a trade group backed", "people will admire", "ABC13 left his office" (a partner
    acting for the subject) were no events. A person's name the dictionaries lack acts on a
    public side as in a dyad ("Aung San Suu Kyi visited the White House"). With no subject (a
    passive without its agent, an unresolved pronoun) the side acted on must be an actor the
    dictionaries name, with its country or organisation ("he met President George W Bush"; not
    "return to discuss them" with "members", "we did not stop serving them")."""
    subjects = [(t, c) for t, c in zip(actor_tokens, actor_codes) if t.i not in partner_ids]
    if any(_public_side(c, event_type in load_lexicon()["collective_action_types"]) for _, c in subjects):
        return True
    if subjects:
        return any(c is None and a_name(t) for t, c in subjects) and any(map(_public_side, target_codes))
    return any(_public_side(c) and (c.country or c.organisation) for c in target_codes)


def _public_act_on_a_matter(found: Trigger, actor_codes: list[Code | None]) -> bool:
    """A state, party or organised group acting on a matter rather than on another side:
    "Uganda's authorities have banned the play", "ministers welcomed his return", "the Liberal
    Democrats have claimed infighting". A verb with no side named as its target still makes a
    political event when its actor is such a body and it has an object or a clause. Only for a
    stance taken on a matter: on BBC articles a commitment, force or concession coded this way
    was mostly another sense ("the Tories want judicial oversight", "will take Britain
    backwards", "did not submit figures"), and so was a request asking no one."""
    if found.event_type.name not in _STANCE_TYPES:
        return False
    acting = any(
        c is not None and c.political and not c.affiliated and c.sector not in POPULACE_SECTORS for c in actor_codes
    )
    said = any(c.dep_ in {"dobj", "ccomp"} for c in found.token.children)
    return acting and said


def _administrative_sanction(found: Trigger, actor_codes: list[Code | None]) -> bool:
    """A ban or restriction (CAMEO 172) a state body imposes on a thing, with no side acted on:
    "Uganda's authorities have banned the play"; not a club's or a sport's body ("the FA
    banned"), which the dictionaries do not code as the state."""
    if found.cameo_code is None or not found.cameo_code.startswith(_ADMINISTRATIVE_CODE):
        return False
    imposed = any(c.dep_ == "dobj" for c in found.token.children)
    return imposed and any(c is not None and c.sector in _STATE_SECTORS and not c.affiliated for c in actor_codes)


def _public_speaker(actor_tokens: list[Token], codes: list[Code | None]) -> bool:
    """A speech event ("in an interview", "speaking at") is an event of public life: a
    political speaker, a titled one the document names in office (`_holds_an_office`), a party's or group's
    member ("the Republican nominee"), or, for an unknown
    name or pronoun, a sentence naming an official or institution; not an athlete, entertainer
    or firm ("Kelly Holmes spoke to the BBC Sport website", "Toshiba announced at a press
    conference")."""
    if is_political(codes, "STATEMENT", False, False):
        return True
    honorifics = load_lexicon()["honorifics"]
    titled = [t for t in actor_tokens if any(c.dep_ == "compound" and c.lower_.rstrip(".") in honorifics for c in t.lefts)]
    if any(map(_holds_an_office, titled)):
        return True
    if any(of_a_group(t) for t in actor_tokens if t.ent_type_ not in {"PERSON", "ORG"}):
        return True  # "the Republican nominee"
    if any(c is not None and not c.affiliated for c in codes) or not actor_tokens:
        return False
    return sentence_is_political(actor_tokens[0].sent, load_lexicon()["location_preps"])


def _holds_an_office(name: Token) -> bool:
    """A titled name ("Mr De Vido") is a public speaker when another mention of the name in
    the document is coded as an official's ("Planning Minister Julio De Vido"): BBC articles
    title business people, actors and athletes alike ("Mr Neeson")."""
    for other in name.doc:
        if other.i != name.i and other.text == name.text and other.pos_ == "PROPN":
            code = participant_code(other, args.phrase(other))
            if _public_side(code) and not code.affiliated:
                return True
    return False


def force_shown(trigger: Token, actors: list, targets: list, evidence: bool) -> bool:
    """Evidence of force for ASSAULT: a weapon or count; an armed actor or target ("forces",
    "police"); civilians or a hospital as target; for an attack noun also a known actor or
    target that can wage it ("Israeli airstrikes"; not "a paralysed man's battle"). A place or a country alone is none: "beat Southampton",
    "England beat Wales" are sports senses."""
    if evidence or any(c and c.sector in _FORCE_SECTORS for c in actors + targets):
        return True
    if any(c and c.sector in _HARMED_SECTORS for c in targets):
        return True  # "targeting civilians"
    # a side that can wage it: not a person or people at large, nor people of a country
    # ("a paralysed man's battle to end his life", "US rappers ... won their battle over a sample")
    sides = [c for c in actors + targets if c and (c.sector not in POPULACE_SECTORS or c.in_numbers) and not c.affiliated]
    return not args.verbal(trigger) and bool(sides)


# entity labels of a sum, share or measured level: "$600", "5 percent", "14 degrees"
MEASURE_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY"})


def a_count(quantity, doc: Doc) -> bool:
    """Whether a number can count what force did: not one side of a score ("beaten 11-9",
    "trounced 45-6"), a measure written with its unit ("the men's 800m", "6.6km") nor part
    of a name ("their Six Nations opener")."""
    text, start, end = doc.text, quantity.span.start, quantity.span.end
    before = start >= 2 and text[start - 1] == "-" and text[start - 2].isdigit()
    after = end + 1 < len(text) and text[end] == "-" and text[end + 1].isdigit()
    if quantity.unit is None and end < len(text) and text[end].isalpha():
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    # a proper noun as what is counted ("Six Nations"), not a people ("12 Palestinians")
    named = span is not None and span[-1].pos_ == "PROPN" and span[-1].ent_type_ != "NORP"
    # a sum, share or measure counts nothing force did ("paid up to $600 an hour")
    measured = span is not None and any(t.ent_type_ in MEASURE_LABELS for t in span)
    return not named and not measured and not (quantity.unit is None and (before or after))


def only_things_held(event_type: str, targets: list[Token], codes: list[Code | None], weapons: frozenset[str]) -> bool:
    """A coercion whose only targets are things that cannot act and are no places ("recapturing
    his world title", "took over the number 10 shirt", "the ceremony was held", an award of
    a country, "the British Academy Film Awards are being held"): its place is only a venue,
    no evidence of force. An attack on a thing is still an attack."""
    if event_type not in {"COERCE", "MOBILIZE"} or not targets:
        return False
    return not any(_can_be_held(t, c, weapons) for t, c in zip(targets, codes))


def people_detained(found: Trigger, actors: list[Code | None], targets: list[Token]) -> bool:
    """An arrest, detention or deportation of people (CAMEO 173, 174) by no business is an act
    of the state whoever is held: "One of Japan's best-known businessmen was arrested", "the
    detention of 12 foreign terror suspects"; not "the company has sued former auditors" (a
    firm's lawsuit) nor "could not sue the firms" (no people)."""
    if found.cameo_code is None or not found.cameo_code.startswith(_DETENTION_CODES) or found.needs_target:
        return False
    if any(c is not None and c.sector in COMMERCIAL_SECTORS for c in actors):
        return False
    return any(map(people, targets))


def _can_be_held(target: Token, code: Code | None, weapons: frozenset[str]) -> bool:
    """A person, people ("the terror suspects", by the sources' role nouns), group or place; an
    organisation or thing the dictionaries know only as of a country is none."""
    if people(target) or target.ent_type_ in {"GPE", "LOC", "FAC"}:
        return True
    if code is not None:
        return bool(code.sector) or not code.affiliated
    return not target.ent_type_ and can_act(target, code, weapons)
