"""Whether the participants of an event can act and make a political or violent context: the
sense gate's reading of the codes pipeline.events.context gives them.

The context is political when a participant is a state, government, armed group, political
organisation or official; for violent types a weapon, a place or any participant the agents
dictionary knows (a hospital, civilians) also does. A participant known to be a business,
media or sports actor makes a business sense, unless a state actor takes part too. People at
large ("people", "citizens") make a political context only for force, protest or an
accusation, or in numbers ("thousands"). A grammatical actor must be able to act: a name, a
pronoun, a noun the agents dictionary knows, people in numbers, a weapon or an event; a thing
or an abstraction ("strong winds", "the bill", "his managerial expertise") as actor is another
sense of the verb ("was met with winds", "the rules breach rights").
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.deps import TIME_LABELS
from pipeline.events import actors
from pipeline.events import arguments as args
from pipeline.events.persons import people
from pipeline.events.context import (
    COMMERCIAL_SECTORS, POLITICAL_SECTORS, POPULACE_SECTORS, VIOLENT_TYPES, Code, participant_code,
)
from pipeline.events.doc_words import children_with
from pipeline.events.ontology import load_lexicon
from pipeline.events.side_codes import a_thing, side_code
from pipeline.events.teams import plays_as_a_side
from pipeline.events.triggers import event_noun_type


def can_act(token: Token, code: Code | None, weapons: frozenset[str], violent: bool = True) -> bool:
    """Whether an actor can act: a name, a pronoun, a participant the dictionaries code, people
    in numbers, a weapon ("a car bomb exploded") or, for force, an event ("the strikes killed"), a noun
    modified by a group's name or an agent ("the Republican nominee", "union figures"), or a
    noun whose possessor or "of" phrase is one ("the head of Lloyd's"). A thing or an abstraction the dictionaries
    do not know cannot: "was met with strong winds", "the rules breach rights", "his managerial
    expertise will prevent"."""
    if token.ent_type_ == "GPE" and plays_as_a_side(token):
        return False
    if code is not None or token.pos_ in {"PRON", "PROPN"} or token.ent_type_:
        return True
    lemma = token.lemma_.lower()
    if lemma in weapons or token.lower_ in load_lexicon()["collective_nouns"]:
        return True
    if sides_of_a_dispute(token):
        return True
    if event_noun_type(token) is not None:
        return violent  # "the strikes killed", but not "the latest wave of strikes underscores"
    if of_a_group(token):
        return True
    owners = [c for c in token.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    of_phrase = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return any(can_act(t, participant_code(t, t.doc[t.i : t.i + 1]), weapons, violent) for t in owners + of_phrase)


def a_happening_caused(trigger: Token, weapons: frozenset[str]) -> bool:
    """Whether a verb of force with no agent names a cause that cannot act: what it (or a verb
    joined to it) followed ("were killed following a massive earthquake", "killed ... after an
    earthquake sent waves") or the noun it is a reduced relative of ("an earthquake and giant waves killed at
    least 38,000 people"). A cause with no actor, weapon or event of force is a natural
    disaster or an accident, no assault; "killed after the attack" keeps its event."""
    anchors = load_lexicon()["time_anchor_preps"]
    # a participle with its own object, not an infinitive ("the power to detain suspects")
    reduced = trigger.dep_ == "acl" and trigger.tag_ in {"VBD", "VBN", "VBG"}
    causes = [trigger.head] if reduced and any(c.dep_ == "dobj" for c in trigger.children) else []
    # a cause may hang from a verb joined to the trigger: "were killed and five million left
    # homeless after an earthquake ... sent waves"
    for child in (c for verb in [trigger, *trigger.conjuncts] for c in verb.children):
        if child.dep_ == "prep" and child.lower_ in anchors:
            causes += [g for g in child.children if g.dep_ == "pobj"]
        marked = any(m.dep_ == "mark" and m.lower_ in anchors for m in child.children)
        if child.dep_ == "advcl" and marked:
            causes += [g for g in child.children if g.dep_ == "nsubj"]
    causes = [c for c in causes if c.pos_ in {"NOUN", "PROPN"} and c.ent_type_ not in TIME_LABELS]
    return bool(causes) and not any(can_act(c, participant_code(c, c.doc[c.i : c.i + 1]), weapons) for c in causes)


def acting_sources(trigger: Token, sources: list[Token], weapons: frozenset[str]) -> list[Token]:
    """The trigger's `sources` (actors and partners), its subject read again when the parse
    gave it a thing that cannot act by a misattachment: a conjunct hung from the copular clause a
    reporting verb reports is coordinated with the reporting verb ("said his comments were not
    racist and refused to apologise"), and an infinitive whose controlling object is a thing is
    done by the main verb's subject ("used his TV appearance to defend")."""
    if not args.verbal(trigger) or children_with(trigger, {"nsubj"}):
        return sources
    borrowed = args.subjects(trigger)
    # only things: people the dictionaries lack ("persuade utilities to agree", "requires
    # candidates to release") are misread no more than "enough" in "done enough to clamp down"
    stuck = [t for t in borrowed if not can_act(t, side_code(t), weapons)]
    if not stuck or not all(map(a_thing, stuck)):
        return sources
    head, above = trigger.head, []
    if trigger.dep_ == "conj" and head.lemma_ == "be" and head.dep_ == "ccomp":
        above = args.subjects(head.head)
    elif trigger.dep_ == "xcomp" and children_with(head, {"dobj"}):
        above = [t for s in children_with(head, {"nsubj"}) for t in args.with_conjuncts(s)]
    return above + [t for t in sources if t not in borrowed] if above else sources


def lethal(trigger: Token) -> bool:
    """Force with a lethal result, on the verb or one joined to it: evidence of force, as a
    weapon is ("was beaten to death", "was shot and stabbed to death")."""
    results = load_lexicon()["lethal_results"]
    verbs = [trigger, *trigger.conjuncts] if args.verbal(trigger) else []
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_.lower() in results for g in c.children)
        for verb in verbs for c in verb.children
    )


def physical_harm(trigger: Token, actors: list[Token], targets: list[Token]) -> bool:
    """Harm done to people, whoever did it: evidence of force, as a weapon is, and a violent
    context though no side is political. A verb of harm to people (lexicon harm_verbs) done to
    a person or people ("Van Gogh was murdered by an Islamic radical", "a journalist was
    kidnapped"; a death verb with someone who did it, lexicon death_verbs; not harm done to
    oneself, "killing themselves"); or a noun that names physical harm in every sense
    (lexicon harm_nouns) referring to one event: "The killing ... convulsed the Netherlands",
    "his assassination on Monday", "the IRA bombings", "the Tiananmen Square massacre"
    (definite, owned, modified or plural), not an indefinite "a killing" ("made a killing")."""
    lexicon = load_lexicon()
    if args.verbal(trigger):
        lemma = trigger.lemma_.lower()
        harmed = any(people(t) and not t.lower_.endswith(("self", "selves")) for t in targets)
        return harmed and (lemma in lexicon["harm_verbs"] or (lemma in lexicon["death_verbs"] and bool(actors)))
    if trigger.lemma_.lower() not in lexicon["harm_nouns"]:
        return False
    referring = [c for c in trigger.children if c.dep_ in {"det", "poss", "compound", "amod", "nmod", "prep"}]
    return trigger.tag_ == "NNS" or any(c.lower_ not in lexicon["indefinite_determiners"] for c in referring)


def sides_of_a_dispute(token: Token) -> bool:
    """The parties to a dispute or talks named as such ("the two sides had agreed", "both
    sides"): people the dictionaries cannot code, like a name they lack (lexicon side_nouns)."""
    return token.tag_ == "NNS" and token.lemma_.lower() in load_lexicon()["side_nouns"]


def of_a_group(token: Token) -> bool:
    """A group's or party's member: "the Republican nominee", "union figures", "refugee agencies"."""
    return any(
        c.dep_ in {"compound", "amod", "nmod"}
        and (c.ent_type_ in {"NORP", "ORG", "GPE"} or actors.sector(c) in POLITICAL_SECTORS)
        for c in token.lefts
    )


def is_political(
    codes: list[Code | None], event_type: str, has_weapon: bool, has_place: bool, accused: bool = False
) -> bool:
    """Whether the participants' codes make a political or violent context; people at large
    only for force, protest or (`accused`: people as an accusation's target) "five men are
    accused of breaches"."""
    # a player or club of a country ("Jason Scotland", "Liverpool") is no known agent of force
    known = [c for c in codes if c is not None and (c.sector or not c.affiliated)]
    populace = accused or event_type in VIOLENT_TYPES or event_type in load_lexicon()["collective_action_types"]
    state = any(c.political and (populace or c.in_numbers or c.sector not in POPULACE_SECTORS) for c in known)
    commercial = any(c.sector in COMMERCIAL_SECTORS for c in known)
    if commercial and not any(c.country and c.political and c.sector not in COMMERCIAL_SECTORS for c in known):
        return False
    if state:
        return True
    if event_type in VIOLENT_TYPES:
        return has_weapon or has_place or bool(known)
    return False
