"""Arguments of an event trigger from the dependency parse: actors, targets, clause (its place:
pipeline.events.locations).

A verb trigger's actors are its subjects (or the passive "by" agent; a subjectless gerund or
conjunct borrows its head's subject). A noun trigger's actors are its possessor ("Russia's
attack"), nationality/name modifiers ("Russian strikes"), "by X"; failing that, the subject
of the light verb that governs it ("Russia carried out ... assaults", "X held talks").
Pronouns are resolved in pipeline.events.pronouns.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.deps import TIME_LABELS, joined_by_hyphen
from pipeline.doc_index import doc_slice, entity_containing
from pipeline.events.actors import sector
from pipeline.events.doc_words import children_with, has_children, per_token
from pipeline.events.ontology import EventType, load_lexicon, load_ontology
from pipeline.events.places import country_of_demonym, resolve_place
from pipeline.sources.descriptions import is_office

# types whose event noun's "of" phrase names who acts: "the resignation of", "protests of"
_SELF_ACTING_TYPES = frozenset({"CONCEDE", "PROTEST"})
# "acomp": "Arnor is about to restore ties", the copula's subject acts
_CLAUSE_LINKS = {"advcl", "xcomp", "conj", "pcomp", "acomp"}
_NOUN_LINKS = {"pobj", "prep", "dobj", "attr", "appos"}
_PHRASE_DEPS = {"compound", "amod", "poss", "nmod", "case", "nummod", "quantmod", "cc", "conj"}


def phrase(token: Token) -> Span:
    """The noun phrase headed by `token` up to the head: modifiers kept, determiners and
    anything after the head (relative clauses, prepositions) dropped, except the "of"
    complement of a collective noun ("thousands of people")."""
    start, end = token.i, token.i
    for child in token.lefts:
        if child.dep_ in _PHRASE_DEPS:
            start = min(start, child.left_edge.i)
    if token.lower_ in load_lexicon()["collective_nouns"]:  # "Thousands of people"
        for pobj in prep_objects(token, frozenset({"of"})):
            end = max(end, pobj.i)
    doc = token.doc
    while start >= 2 and joined_by_hyphen(doc, start - 2):
        start -= 2  # "vice-chancellors", parsed as three words
    # a name that goes on past its head ("the Office for Students"): the whole name
    name = entity_containing(doc, token.i)
    if name is not None and name.end - 1 > end and all(token in t.ancestors for t in doc_slice(doc, end + 1, name.end)):
        end = name.end - 1
    return doc_slice(doc, start, end + 1)


def content_noun(token: Token) -> Token:
    """The counted noun of a collective ("dozens of rockets" -> rockets), else the token."""
    if token.lower_ in load_lexicon()["collective_nouns"]:
        return next(iter(prep_objects(token, frozenset({"of"}))), token)
    return token


def governing_verb(token: Token) -> Token | None:
    """The verb a noun hangs from, through prepositions, objects and partitives ("one of")."""
    stranded = stranded_preposition(token)
    current = stranded if stranded is not None else token
    while current.dep_ in _NOUN_LINKS or current.head.lemma_ in load_lexicon()["partitive_nouns"]:
        if current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in {"VERB", "AUX"}:
            return current
    return current.head if current.head.pos_ in {"VERB", "AUX"} else None


def stranded_preposition(noun: Token) -> Token | None:
    """The preposition a noun object was torn from: the parser leaves "on" without its object
    and hangs the noun elsewhere as a conjunct ("confirmed troops are on / standby")."""
    if noun.dep_ != "conj" or noun.i == 0:
        return None
    before = noun.doc[noun.i - 1]
    stranded = before.dep_ == "prep" and not has_children(before)
    return before if stranded and before.head.i < before.i else None


def light_verb(noun: Token) -> Token | None:
    """The verb of "carried out one of its assaults", "held talks", "imposed sanctions"; not of
    a noun inside another noun's phrase ("cannot reach the hospital due to the intensity of
    the bombing": the bombing is no act of whoever cannot reach it)."""
    verb = governing_verb(noun)
    if verb is None or not is_light_verb(verb):
        return None
    if noun.dep_ == "nsubj" and noun.head.i == verb.i:
        return None  # the noun is the verb's subject, not its object: "demand for workers is", "the talks began"
    lexicon = load_lexicon()
    between = [t for t in noun.ancestors if verb in t.ancestors and t.pos_ in {"NOUN", "PROPN"}]
    words = {t.lower_ for t in between} | {t.lemma_.lower() for t in between}
    if not words <= set(lexicon["partitive_nouns"]) | set(lexicon["collective_nouns"]):
        return None
    return verb


def is_light_verb(verb: Token) -> bool:
    """By lemma or, where the lemmatiser errs ("staged" -> "stag"), by the regular inflections
    of the written form ("holds", "staged", "signed", "staging")."""
    word, forms = verb.lower_, {verb.lemma_.lower(), verb.lower_}
    if word.endswith(("s", "d")):
        forms |= {word[:-1], word[:-2]}
    if word.endswith("ing"):
        forms |= {word[:-3], word[:-3] + "e"}
    return not forms.isdisjoint(load_lexicon()["light_verbs"])


def with_conjuncts(token: Token) -> list[Token]:
    """The token and its nominal conjuncts; dates and times are never participants."""
    found = [token, *(c for c in token.conjuncts if c.pos_ in {"NOUN", "PROPN", "PRON"})]
    return [t for t in found if t.ent_type_ not in TIME_LABELS]


@per_token
def subjects(verb: Token) -> list[Token]:
    """Grammatical agents of a verb; a subjectless gerund/conjunct borrows its head's, also
    through "by" ("is being naive by refusing", "caused chaos by blocking roads"), an infinitive
    under an object-control verb its object ("prompting unions to threaten", "called on Trump to
    stop"; not a time: "spent weeks threatening")."""
    current, raised = verb, False
    for _ in range(3):
        found = children_with(current, {"nsubj"})
        controller = [t for t in children_with(current.head, {"dobj"}) if t.ent_type_ not in TIME_LABELS]
        controller += prep_objects(current.head, frozenset({"on"}))  # "called on Trump to stop"
        if not found and current.dep_ == "xcomp" and controller:
            return [t for head in controller for t in with_conjuncts(head)]
        agents = [g for c in children_with(current, {"agent"}) for g in c.children]
        passive = children_with(current, {"nsubjpass"})
        if passive and raised:  # "are set to protest": the passive's subject, the infinitive's
            return [t for head in passive for t in with_conjuncts(head)]
        # a passive trigger never borrows an agent: "the embargo is likely to be lifted" (its
        # object); a raising passive passes one on ("employees ... are expected to give")
        own_passive = current is verb and any(c.dep_ == "auxpass" for c in current.children)
        if found or agents or passive or own_passive:
            return [t for head in [*found, *agents] for t in with_conjuncts(head)]
        if current.dep_ not in _CLAUSE_LINKS or current.head.i == current.i:
            return []
        raised = current.dep_ == "xcomp"  # an active infinitive: a passive one returned above
        if current.dep_ == "pcomp" and not own_passive and _of_a_verb(current.head, "agent_preps"):
            raised, current = True, current.head.head  # "is naive by refusing": the clause's subject
            continue
        current = current.head
    return []


def _of_a_verb(preposition: Token, kind: str) -> bool:
    """A preposition of the lexicon's `kind` hanging from a verb's clause ("is being naive by",
    "spent ... after"), not from a noun ("the prospect of attacking"). Only these pass the
    clause's subject on: after an object, "for" and "of" name what the object did ("accused
    Moscow of targeting", "blamed the board for failing")."""
    return preposition.lower_ in load_lexicon()[kind] and preposition.dep_ == "prep" and preposition.head.pos_ in {"VERB", "AUX"}


@per_token
def objects(verb: Token) -> list[Token]:
    found = children_with(verb, {"dobj", "nsubjpass"})
    if not found and verb.dep_ == "conj" and verb.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in verb.children):
        # "people were searched and detained": a passive conjunct shares its head's subject
        found = children_with(verb.head, {"nsubjpass"})
    if not found and verb.dep_ == "pcomp" and _of_a_verb(verb.head, "time_anchor_preps"):
        # "spent two years in prison after being convicted": the clause's subject is acted on
        if any(c.dep_ == "auxpass" for c in verb.children):
            found = children_with(verb.head.head, {"nsubj", "nsubjpass"})
    return [t for head in found for t in with_conjuncts(head)]


def complement_objects(verb: Token) -> list[Token]:
    """The objects of a verb's infinitive complement: whom a commitment, threat or refusal
    concerns, as PETRARCH codes it ("agreed to release the four", "threatened to sue the
    Russian government"): a name, an agent the dictionaries know or people counted; not a
    thing ("threatened to use his wealth") nor an indefinite pronoun ("striving to achieve
    something")."""
    infinitives = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    found = [t for c in infinitives for head in c.children if head.dep_ == "dobj" for t in with_conjuncts(head)]
    return [t for t in found if t.ent_type_ in load_lexicon()["actor_labels"] or t.pos_ == "NUM" or sector(t)]


def prep_objects(token: Token, preps: frozenset[str]) -> list[Token]:
    return [
        t
        for prep in children_with(token, {"prep", "agent"})
        if prep.lower_ in preps
        for pobj in children_with(prep, {"pobj"})
        for t in with_conjuncts(pobj)
    ]


def topic_partners(verb: Token) -> list[Token]:
    """Who a matter (the verb's object) is discussed with, a participant or an office holder;
    the parse may hang the "with" phrase on the matter ("discussed these claims with the
    chancellor")."""
    preps = load_lexicon()["partner_preps"]
    matters = [c for c in children_with(verb, {"dobj"}) if not is_participant(c)]
    found = [t for head in ([verb, *matters] if matters else []) for t in prep_objects(head, preps)]
    return [t for t in found if is_participant(t) or is_office(t.lemma_.lower())]


def is_participant(token: Token) -> bool:
    """A name or pronoun: something that can meet or negotiate ("met Putin", "met them")."""
    return token.pos_ == "PRON" or token.ent_type_ in load_lexicon()["actor_labels"]


def received_roles(verb: Token) -> tuple[list[Token], list[Token]]:
    """Actors and targets of a pattern PETRARCH codes with the subject acted on ("faced the
    committee's criticism", "received an invitation from Iran"): the source is a "from"/"by"
    phrase or the object's possessor (not a name labelling it: "wins Guardian prize"); the
    subject is the target."""
    nouns = objects(verb) + prep_objects(verb, frozenset({"with"}))  # "faced with criticism"
    given_by = frozenset({"from", "by"})
    sources = [a for head in [verb, *nouns] for a in prep_objects(head, given_by)]
    sources += [c for n in nouns for c in n.children if c.dep_ == "poss"]
    return sources, subjects(verb)


def of_people(noun: Token) -> list[Token]:
    """The people an event noun's "of" phrase names: the object of its verb ("the detention of
    12 foreign terror suspects", "deportations of failed asylum seekers", "the invasion of
    Iraq") or, for a self-acting type, its subject ("the resignation of BBC chairman Gavyn
    Davies"); not a thing ("the release of the report", "the deletion of e-mails")."""
    lexicon = load_lexicon()
    return [
        t for t in prep_objects(noun, frozenset({"of"}))
        if t.ent_type_ in lexicon["actor_labels"] or t.tag_ in {"NNS", "NNPS"} and t.pos_ == "NOUN"
    ]


def noun_actors(noun: Token) -> list[Token]:
    lexicon = load_lexicon()
    found = [c for c in noun.children if c.dep_ == "poss" and c.ent_type_ not in TIME_LABELS]
    compounds = [c for c in noun.lefts if c.dep_ == "compound"]
    # "Russian strikes", and through a compound: "Russian missile strike"
    for child in [*noun.lefts, *(g for c in compounds for g in c.lefts)]:
        named = child.ent_type_ in lexicon["actor_labels"] or country_of_demonym(child.text)
        if child.dep_ in {"amod", "compound", "nmod"} and named and not names_a_city(child):
            found.extend(with_conjuncts(child))
    found.extend(prep_objects(noun, lexicon["agent_preps"]))
    return found


def names_a_city(modifier: Token) -> bool:
    """A city's name before an event noun is its venue, as a country's is its actor: "told a
    London news conference", "the Kyiv talks", but "Russian strikes", "a US raid"."""
    if modifier.ent_type_ != "GPE":
        return False
    entity = entity_containing(modifier.doc, modifier.i)
    place = resolve_place(entity.text if entity is not None else modifier.text)
    return place is not None and place.country is not None and place.name != place.country


def actors(trigger: Token, event_type: EventType) -> list[Token]:
    lexicon = load_lexicon()
    partners: list[Token] = []
    if event_type.object_role == "actor":
        partners = prep_objects(trigger, lexicon["partner_preps"])
        topics = topic_partners(trigger) if verbal(trigger) else []
        if verbal(trigger) and not topics:  # the object is the partner ("met Putin"), not an
            # event it concludes ("signed an oil deal")
            events = load_ontology().nouns.keys() | lexicon["agreement_synonyms"]
            partners += [
                t for c in trigger.children if c.dep_ == "dobj" for t in with_conjuncts(c) if t.lemma_.lower() not in events
            ]
        partners += [t for t in topics if t not in partners]
    if verbal(trigger):
        return subjects(trigger) + partners
    own = noun_actors(trigger) + (of_people(trigger) if event_type.name in _SELF_ACTING_TYPES else [])
    possessive_pronouns = [
        t for t in own if t.dep_ == "poss" and t.lower_ in lexicon["group_pronouns"]
    ]
    if len(possessive_pronouns) == len(own):  # nothing named: "its assaults", "held talks"
        verb = light_verb(trigger) or _venue_verb(trigger, event_type)
        if verb is not None:
            own = subjects(verb)
    return own + partners


def _venue_verb(noun: Token, event_type: EventType) -> Token | None:
    """"said in an interview": a speech/meeting noun in a venue phrase takes the verb's subject."""
    if event_type.object_role == "target" or noun.dep_ != "pobj":
        return None
    if noun.head.lower_ not in load_lexicon()["venue_preps"]:
        return None
    return governing_verb(noun)


def targets(trigger: Token, event_type: EventType) -> list[Token]:
    if event_type.object_role != "target":
        return []
    found = prep_objects(trigger, event_type.target_preps)
    if verbal(trigger):
        found = objects(trigger) + found
    elif phrase_verb(trigger) is not None:
        # "put troops on standby", "troops were put on standby": the light verb's object
        found = [o for o in objects(phrase_verb(trigger)) if o.i != trigger.i] + found
    elif event_type.name == "ASSAULT":
        # force strikes things too: "the bombing of the embassy", "the shelling of the city"
        found += [t for t in prep_objects(trigger, frozenset({"of"})) if t.ent_type_ not in TIME_LABELS]
    elif event_type.name not in _SELF_ACTING_TYPES:
        found += of_people(trigger)  # "the detention of 12 foreign terror suspects"
    weapons = event_type.mode_cues  # "fired a missile at X": the missile is no target
    return [t for t in found if content_noun(t).lemma_.lower() not in weapons]


def phrase_verb(noun: Token) -> Token | None:
    """The light verb of a noun in the verb's own prepositional phrase ("put ... on standby"),
    not in its object's ("carried out one of its assaults")."""
    if noun.pos_ not in {"NOUN", "PROPN"} and after_preposition(noun):  # "put ... on standby"
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head
    else:
        return None
    return verb if verb.pos_ == "VERB" and is_light_verb(verb) else None


def verbal(trigger: Token) -> bool:
    """A verb trigger, not a noun the tagger misread as a verb ("put on standby")."""
    return trigger.pos_ == "VERB" and not after_preposition(trigger)


def after_preposition(token: Token) -> bool:
    """A word the tagger misreads in a preposition's slot: tagged as its head ("on/prt
    standby/prep") or beside it under one head ("on/prep standby/advmod"), with no dependents."""
    if token.pos_ in {"NOUN", "PROPN"} or has_children(token) or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.pos_ == "ADP" and (token.dep_ in {"pobj", "prep"} or before.head.i == token.head.i)


def clause_of(trigger: Token) -> Span:
    """The clause an event's quantities are read from: the subtree of its (governing) verb."""
    head = trigger if verbal(trigger) else governing_verb(trigger) or trigger
    return doc_slice(trigger.doc, head.left_edge.i, head.right_edge.i + 1)
