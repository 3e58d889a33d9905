"""Where an event happened, from the dependency parse: a place phrase of the trigger or of its
clause, resolved with the offline gazetteer (pipeline.events.places)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.doc_index import entities_in, entity_containing, sentence_of
from pipeline.events.arguments import governing_verb, names_a_city, objects, phrase, verbal
from pipeline.events.doc_words import children_with
from pipeline.events.ontology import load_lexicon
from pipeline.events.places import country_of_demonym, resolve_place


def place_phrase(token: Token, after_place_prep: bool = False) -> Span | None:
    """A place mention headed by `token`: a GPE/LOC/FAC entity or "Russian territory"; also a
    gazetteer name the small model's NER missed ("attacked Kyiv") or, after "in/at/near",
    mislabelled ("in Kharkiv" as a PERSON)."""
    lexicon = load_lexicon()
    unlabelled_name = token.pos_ == "PROPN" and (after_place_prep or not token.ent_type_)
    if token.ent_type_ in lexicon["place_labels"] or unlabelled_name:
        entity = entity_containing(token.doc, token.i)
        mention = _named_after(token, entity if entity is not None else phrase(token))
        if token.ent_type_ in lexicon["place_labels"] or resolve_place(mention.text):
            return mention
    if token.lemma_.lower() in lexicon["place_nouns"]:
        if any(c.ent_type_ in {"NORP", "GPE"} or country_of_demonym(c.text) for c in token.lefts):
            return phrase(token)
    return None


def _named_after(token: Token, mention: Span) -> Span:
    """An area the gazetteer lacks, with the place its "of" phrase names ("the Central District"
    + "of California"); else the mention as it is."""
    if resolve_place(mention.text) is not None:
        return mention
    for prep in children_with(token, {"prep"}):
        for pobj in children_with(prep, {"pobj"}):
            whole = token.doc[mention.start : pobj.right_edge.i + 1]
            if prep.lower_ == "of" and pobj.pos_ == "PROPN" and resolve_place(whole.text) is not None:
                return whole
    return mention


def location(trigger: Token, excluded: set[int]) -> Span | None:
    """The first place in a location phrase of the trigger, its governing verb, or the main
    clause; never the main clause of a report ("In Kyiv, officials said drones hit Lviv")."""
    preps = load_lexicon()["location_preps"]
    venues = [c for c in trigger.lefts if c.dep_ in {"compound", "nmod", "amod"} and names_a_city(c)]
    if not verbal(trigger) and venues and venues[0].i not in excluded:  # "a Baghdad bombing"
        return entity_containing(trigger.doc, venues[0].i) or phrase(venues[0])
    heads = [trigger]
    if not verbal(trigger) and governing_verb(trigger) is not None:
        heads.append(governing_verb(trigger))
    # a clause joined with its own subject ("was made in New York but it took 10 years") has
    # its own venue, as a report's content has
    joined = any(t.dep_ == "conj" and children_with(t, {"nsubj", "nsubjpass"}) for t in [trigger, *trigger.ancestors])
    if not joined and not any(t.dep_ == "ccomp" for t in [trigger, *trigger.ancestors]):
        heads.append(sentence_of(trigger).root)
    for head in heads:
        frontier = [head, *(objects(head) if head.pos_ == "VERB" else [])]
        for _ in range(2):  # nested phrases: "at a conference in Qatar", "with police in Nairobi"
            reached = [
                (prep.lower_ in preps, pobj)
                for token in frontier
                for prep in children_with(token, {"prep", "agent"})
                for child in children_with(prep, {"pobj"})
                for pobj in [child, *child.conjuncts]  # "Iran and the US in Oman"
            ]
            for is_place_prep, pobj in reached:
                place = place_phrase(pobj, after_place_prep=True) if is_place_prep else None
                if place is not None and pobj.i not in excluded:
                    return place
            frontier = [pobj for _, pobj in reached]
    return None


def clause_place(clause: Span, excluded: set[int], trigger: Token) -> Span | None:
    """The first GPE/LOC of a clause that the gazetteer knows and that is no actor or target:
    "Two people were arrested ... in a raid on Sunday in Minsk" when no phrase of the trigger
    names it. The clause is the trigger's own, so the place of a report's main clause ("In
    Washington, officials said ...") is not taken for the place of what it reports. A place
    modifying another noun says whose, not where ("the London mayor", "its UK retail
    division", "Britain's relay team"); modifying the trigger it is the venue ("the Kyiv talks").
    A place another word of the clause acts with or on is a side, not where: "after the US
    blocked its application", "beat England 18-17", "a deal to import gas from Iran", "talks
    with Ankara" (a venue's phrase is locative: "in Minsk", "at Twickenham")."""
    preps = load_lexicon()["location_preps"]
    for entity in entities_in(clause):
        root = entity.root
        if entity.label_ in {"GPE", "LOC"} and root.i not in excluded:
            whose = root.dep_ in {"compound", "amod", "poss", "nmod"} and root.head.i != trigger.i
            first = root  # "the Bill Gates Foundation and Norway are joining up": the first conjunct's role
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            side = first.dep_ in _SIDE_DEPS or (first.dep_ == "pobj" and first.head.lower_ not in preps)
            if not whose and not side and resolve_place(entity.text) is not None:
                return entity
    return None


# a clause's participants: subjects, objects and the agent
_SIDE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr", "oprd"})
