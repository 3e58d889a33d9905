"""Whether a dictionary verb is used in its event sense (pipeline.events.triggers).

- A verb with a clausal complement of opinion ("all agreed that ...") reports no event, nor
  does a speech act coded by its block's default with only a clause or nothing as complement
  ("a poll suggested ...", "the Tories have warned").
- A speech participle with only an adverb ("generally speaking") comments on its sentence.
- A refusal to refuse ("refused to rule out") rejects nothing.
- A meeting verb needs a participant as object ("met Putin", not "met standards"), or a matter
  it discusses with one ("discussed the claims with the chancellor"), or one a pattern names.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.deps import dates_only
from pipeline.events import arguments as args
from pipeline.events.complements import alleged_of, for_clause
from pipeline.events.ontology import EventType, load_lexicon
from pipeline.events.requests import asks_a_question, asserts_clause, demands

# PLOVER's speech acts (README "Event ontology")
_SPEECH_ACT_TYPES = {"REQUEST", "THREATEN", "ACCUSE", "REJECT", "AGREE", "SUPPORT"}
# a complement that names whom or what a speech act concerns ("urged the government to",
# "accused officials", "warned of consequences", "police were accused")
_ACTED_ON_DEPS = {"dobj", "xcomp", "dative", "nsubjpass", "prep", "agent", "oprd", "attr", "acomp", "prt"}
# types whose verbs take an opinion as clausal complement: "agreed that", "backed claims that"
_OPINION_TYPES = {"AGREE", "SUPPORT", "CONSULT", "COOPERATE", "CONCEDE"}
# a speech verb's topic ("spoke about"), unlike its occasion or audience ("spoke at", "to")
_TOPIC_PREPS = {"of", "about"}
# speech acts complete without a complement ("apologised", "forgave"), unlike a warning or
# an appeal, whose content is what they report
_SELF_CONTAINED_TYPES = {"SUPPORT"}


def in_event_sense(verb: Token, event_type: EventType, matter_named: bool = False) -> bool:
    """Whether the verb is used in its event sense (see the module docstring); with
    `matter_named`, a pattern named its object as the matter, not a participant ("signed an
    oil deal")."""
    children = list(verb.children)
    if event_type.name == "STATEMENT" and any(c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS for c in children):
        return False  # "spoke of his fears", "Speaking of Biden": what was said, not an occasion
    if event_type.name == "STATEMENT" and verb.tag_ == "VBG" and children and all(c.dep_ == "advmod" for c in children):
        return False  # "generally speaking", "strictly speaking": a comment on the sentence
    if verb.lemma_.lower() in load_lexicon()["commitment_verbs"] and not any(
        c.dep_ == "xcomp" or c.lower_ in {"to", "on"} for c in children
    ):
        return False  # "agreed with McLenny", "agreed that ...": an opinion
    clauses = [c for c in children if c.dep_ == "ccomp"]
    if event_type.name in _OPINION_TYPES and clauses:
        # "agreed (that) it was wrong", "assured Parliament that ...": an opinion; a clause
        # not right after the verb's object is misattached ("backed the report amid claims
        # he was ..."), no complement of the verb
        ends = {verb.i} | {c.right_edge.i for c in children if c.dep_ == "dobj"}
        return not any(c.left_edge.i - 1 in ends for c in clauses) and len(ends) > 1
    if event_type.name == "REJECT" and _refuses_a_refusal(verb, children):
        return False  # "refused to rule out a rise": the matter left open; its complement, denied
    if event_type.name == "REQUEST" and asserts_clause(verb, children):
        return False  # "insisted (that) voters faced higher taxes": a claim, not a demand
    if event_type.name == "REQUEST" and asks_a_question(children):
        return False  # "was asked about the strikes", "asked whether he would resign"
    if event_type.object_role == "actor" and not matter_named:  # "met Putin", "visited Kenya's biggest shantytown"
        partners = [c for c in children if c.dep_ == "dobj"]
        # a matter discussed with someone ("discussed the claims with the chancellor")
        return bool(args.topic_partners(verb)) or all(_participant_or_theirs(p) for p in partners)
    return True


def reports_speech(verb: Token, event_type: EventType, specific: bool, code: str) -> bool:
    """A speech act coded only by its block's default, with a clause or nothing as its
    complement, reports speech rather than acting on anyone: "a poll suggested (that) ...",
    "'...', the Tories have warned", "refused to say if it would appeal". A clause that sets
    a condition is the act itself: "warned that there could be walkouts unless ...", and so is
    a clause alleging another side's wrong (`complements.alleged_of`). A verb of support with no
    complement at all is the act: "the prince apologised"."""
    if specific or event_type.name not in _SPEECH_ACT_TYPES:
        return False
    children = list(verb.children)
    clauses = [c for c in children if c.dep_ == "ccomp"]
    if event_type.name in _SELF_CONTAINED_TYPES and not clauses:
        return False
    marks = load_lexicon()["condition_marks"]
    conditional = any(t.dep_ == "mark" and t.lower_ in marks for c in clauses for t in c.subtree)
    if event_type.name == "REQUEST" and demands(verb, clauses):
        return False  # "demanded Sir Edward Heath quit": the demand itself
    if event_type.name == "ACCUSE" and alleged_of(verb, code):
        return False  # "Democrats claim the administration has not done enough": an allegation
    # a venue or a fronted phrase frames the speech ("In a paper ..., Yamey warned that ...")
    venues = load_lexicon()["venue_preps"]
    complements = [c for c in children if c.dep_ != "prep" or (c.i > verb.i and c.lower_ not in venues)]
    acted_on = [c for c in complements if (c.dep_ in _ACTED_ON_DEPS and not dates_only(c)) or for_clause(c)]
    return not conditional and not acted_on


def _participant_or_theirs(token: Token) -> bool:
    """A participant, or something a named participant owns ("Kenya's shantytown"); not a
    thing ("met standards")."""
    owners = [c for c in token.children if c.dep_ == "poss"]
    return args.is_participant(token) or any(args.is_participant(o) for o in owners)


def _refuses_a_refusal(verb: Token, children: list[Token]) -> bool:
    """"refused to rule out", "declined to deny": a refusal whose infinitive is itself one."""
    lexicon = load_lexicon()
    refusals = lexicon["refusal_verbs"] | lexicon["denial_verbs"]
    for complement in children if verb.lemma_.lower() in refusals else ():
        if complement.dep_ == "xcomp":
            lemma = complement.lemma_.lower()
            if ({lemma} | {f"{lemma} {c.lower_}" for c in complement.children if c.dep_ == "prt"}) & refusals:
                return True
    return False

