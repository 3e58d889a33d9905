"""Modality of an event from the parse: asserted, denied, intended, threatened, requested or
hypothetical. A denied or hypothetical event is kept and labelled, never counted as done.

The trigger's own clause decides first (negation -> denied; would/could/may, "if",
"likely to" -> hypothetical; will/shall -> intended); then the words it is the complement
of, nearest first: "denied reports it was withdrawing" (denied), "refused to back" (denied),
"threatened to sue" (threatened), "called for talks", "urged X to Y" (requested), "plans to",
"agreed to release", "government plans to hold" (intended); "accused X of targeting" stays
asserted but belongs to the accusation. Reporting verbs are transparent: "said troops attacked" is
asserted by its source. The word that gave the modality is returned too, so an event inside
another event's complement can be told apart from a free-standing one.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.deps import FINITE_VERB_TAGS
from pipeline.events.complements import for_clause
from pipeline.events.ontology import load_lexicon

ASSERTED = "asserted"
MODALITIES = ("asserted", "denied", "intended", "threatened", "requested", "hypothetical")
_NON_FINITE_TAGS = {"VB", "VBG"}
# "acomp": "might feel free to back", "would be able to reject"
_COMPLEMENT_DEPS = {"xcomp", "ccomp", "pobj", "prep", "dobj", "acl", "relcl", "advcl", "pcomp", "conj", "acomp"}


def _own(verb: Token) -> str | None:
    """A clause's own modality: a condition first ("if they do not withdraw" is hypothetical),
    then its negation wherever it stands ("could not approve" is denied), then auxiliaries."""
    lexicon = load_lexicon()
    for child in sorted(verb.children, key=lambda c: (c.dep_ != "mark", c.dep_ != "neg")):
        lower = child.lower_
        if child.dep_ == "neg":
            return "denied"
        if child.dep_ == "mark" and lower in lexicon["condition_marks"]:
            return "hypothetical"
        if child.dep_ in {"aux", "auxpass"}:
            if lower in lexicon["hypothetical_aux"]:
                return "hypothetical"
            if lower in lexicon["future_aux"]:
                return "intended"
    return None


def _own_subject(verb: Token) -> bool:
    return verb.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _of_governor(word: Token) -> str | None:
    """The modality a word gives to what it governs ("threatened to", "calls for")."""
    lexicon = load_lexicon()
    lemma = word.lemma_.lower()
    particles = [c.lower_ for c in word.children if c.dep_ == "prt"]
    if word.pos_ in {"VERB", "AUX"}:
        refusals = lexicon["denial_verbs"] | lexicon["refusal_verbs"]
        if lemma in refusals or any(f"{lemma} {p}" in refusals for p in particles):  # "ruled out taking part"
            return "denied"
        if lemma in lexicon["threat_verbs"]:
            return "threatened"
        if lemma in lexicon["request_verbs"]:
            return "requested"
        if lemma in lexicon["directive_verbs"] and any(c.dep_ == "xcomp" for c in word.children):
            return "requested"  # "told the government not to compromise", not "told him (that) ..."
        if lemma in lexicon["intent_verbs"]:
            return "intended"
        if lemma in lexicon["accusation_verbs"]:
            return ASSERTED  # "accused Moscow of targeting civilians": part of the accusation
    elif word.lower_ in lexicon["request_nouns"]:
        return "requested"
    elif lemma in lexicon["hypothetical_heads"]:
        return "hypothetical"
    elif lemma in lexicon["intent_adjectives"]:
        return "intended"  # "Moscow is prepared to sign a deal", "ready to talk"
    return None


def _participle_adjunct(word: Token) -> bool:
    """A participle modifying a clause ("having resigned the presidency", "speaking to the
    BBC"): a fact beside the clause, outside the scope of its negation."""
    return word.dep_ == "advcl" and word.tag_ in {"VBG", "VBN"} and not _infinitive(word)


def modality(trigger: Token) -> tuple[str, Token | None]:
    """The event's modality and the governing word that gave it (None: its own clause)."""
    lexicon = load_lexicon()
    settings = lexicon["venue_preps"] | lexicon["time_anchor_preps"]
    current, sibling, adjunct = trigger, None, False
    for _ in range(6):
        if (current.pos_ in {"VERB", "AUX"} or current.i == trigger.i) and current is not sibling:
            own = _own(current)
            if own == "denied" and adjunct:  # "never did jail time, having resigned"
                return ASSERTED, None
            if own is not None:
                return own, (None if current.i == trigger.i else current)
        head = current.head
        if current.dep_ == "attr":  # "they are not nuclear strikes": its copula's own words only
            own = _own(head)
            return (own, head) if own is not None else (ASSERTED, None)
        if head.i == current.i or current.dep_ not in _COMPLEMENT_DEPS | {"auxpass", "nsubjpass"}:
            break
        directed = head.lemma_.lower() in lexicon["directive_verbs"] and current.dep_ == "xcomp"
        if head.pos_ == "VERB" and head.lemma_.lower() in lexicon["transparent_verbs"] and not directed:
            break  # "officials said troops attacked": asserted by its source
        if current.dep_ in {"conj", "advcl"} and _own_subject(current) and not for_clause(current):
            # a finite clause with its own subject is no complement: "said a delay would be
            # disastrous and she accused the Tories", "does not wish ..., while India has
            # rejected aid"; only a coordinated one still takes what governs both
            if current.dep_ == "advcl":
                break
            current = sibling = head  # its auxiliaries and negation are its own
            continue
        if current.dep_ == "conj":
            if current.tag_ in FINITE_VERB_TAGS and head.tag_ in _NON_FINITE_TAGS:
                # a finite verb is in no infinitive's scope: joined to one, it is the sibling
                # of the clause above ("did not want to go on strike and called for talks")
                return ASSERTED, None
            # "denied it attacked and killed ...": a sibling clause has the modality of the
            # clause it is joined to
            return modality(head)
        beside = _participle_adjunct(current)
        adjunct = adjunct or beside
        # the setting of a verb is not what it commits to or denies: "In a speech, he
        # promised ...", "Speaking in Buenos Aires, he denied ..."
        setting = beside or (current.dep_ == "prep" and current.lower_ in settings)
        governed = None if setting else _of_governor(head)
        if head.pos_ == "NOUN" and head.lower_ in lexicon["intent_nouns"] and _infinitive(current):
            governed = "intended"  # "plans to hold suspects", not "proposals announced by"
        unfounded = head.lemma_.lower() in lexicon["evidence_nouns"] and any(c.lower_ == "no" for c in head.children)
        if head.pos_ == "NOUN" and unfounded and current.dep_ == "acl":
            governed = "denied"  # "there is no suggestion he opposes it"
        if governed is not None and head.i != trigger.i:
            if head.pos_ in {"VERB", "AUX"}:
                own = _own(head)  # "did not threaten to strike": the strike is not threatened
                if own == "denied":
                    return "denied", head
            return governed, head
        current = head
    return ASSERTED, None
