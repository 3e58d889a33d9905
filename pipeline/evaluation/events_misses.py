"""Where an event set's sentences lose their event: one cause per missed sentence, counted.

A missed sentence is an annotated event sentence with no free-standing event of an annotated
type (pipeline.evaluation.events_dev). Its cause is the furthest stage a candidate of an
annotated type reached (the extractor's recorder, pipeline.events.rejections), else what the
dictionaries hold for its words:
- found, but inside another event's complement ("agreed to release": scored as the AGREE);
- dropped as a second mention of an earlier event;
- dropped at the sense gate (which gate);
- read as no trigger (which reason);
- a word the dictionaries type so, that gave no candidate (a verb its block codes nothing
  for, or codes as another type, in this parse; a noun modifying another; a part of speech);
- no word of the annotated type: a lexicon gap (some other dictionary word or none at all).
The breakdown names no text, so it can be printed for sets nobody may read.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Token

from pipeline.events.crosswalk import event_type_of_cameo
from pipeline.events.dictionary import block_default, match_verb, pattern_index, verb_index
from pipeline.events.nominal import derived_verbs
from pipeline.events.ontology import load_lexicon, load_ontology
from pipeline.events.rejections import GATE, REPEAT, TRIGGER, Rejection

COMPLEMENT, WORD_UNREAD, NO_WORD_OF_TYPE, NO_WORD = (
    "complement", "word of the type, no candidate", "lexicon gap", "no dictionary word"
)
_STAGES = (  # furthest first, as they are printed
    (COMPLEMENT, "found inside another event's complement"),
    (REPEAT, "dropped as a second mention"),
    (GATE, "dropped at the sense gate"),
    (TRIGGER, "read as no trigger"),
    (WORD_UNREAD, "a word of the annotated type gave no candidate"),
    (NO_WORD_OF_TYPE, "no word of the annotated type (other dictionary words)"),
    (NO_WORD, "no dictionary or ontology word at all"),
)


@dataclass
class MissCauses:
    missed: int = 0
    other_type: int = 0  # missed sentences that got an event of another type
    stages: Counter = field(default_factory=Counter)
    reasons: dict[str, Counter] = field(default_factory=dict)  # stage -> reason -> sentences

    def add(self, wanted: frozenset[str], doc: Doc, events: list, free: list, rejections: list[Rejection]) -> None:
        """Count one annotated sentence whose `free` standing events (of all its `events`) lack
        every `wanted` type."""
        self.missed += 1
        self.other_type += bool(free)
        stage, reason = _cause(wanted, doc, events, rejections)
        self.stages[stage] += 1
        if reason is not None:
            self.reasons.setdefault(stage, Counter())[reason] += 1

    def format(self, event_sentences: int) -> list[str]:
        lines = [f"  missed event sentences (no event of an annotated type): {self.missed}/{event_sentences}, "
                 f"{self.other_type} of them with an event of another type; by cause:"]
        for stage, label in _STAGES:
            if self.stages[stage]:
                reasons = self.reasons.get(stage, Counter())
                detail = "; ".join(f"{reason} {n}" for reason, n in reasons.most_common())
                lines.append(f"    {label}: {self.stages[stage]}" + (f" ({detail})" if detail else ""))
        return lines


def _cause(wanted: frozenset[str], doc: Doc, events: list, rejections: list[Rejection]) -> tuple[str, str | None]:
    if any(e.plover_type in wanted for e in events):  # all extracted, before _free_standing
        return COMPLEMENT, None
    for stage in (REPEAT, GATE, TRIGGER):
        reasons = [r.reason for r in rejections if r.stage == stage and r.event_type in wanted]
        if reasons:
            return stage, reasons[0]
    typed = [t for t in doc if wanted & (_word_types(t.lemma_.lower()) | _word_types(t.lower_))]
    if typed:
        return WORD_UNREAD, _why_no_candidate(typed[0], wanted)
    if any(_word_types(t.lemma_.lower()) | _word_types(t.lower_) for t in doc):
        return NO_WORD_OF_TYPE, None
    return NO_WORD, None


def _why_no_candidate(word: Token, wanted: frozenset[str]) -> str:
    """What the parse made of a word the dictionaries type as wanted."""
    if word.pos_ == "VERB":
        found = match_verb(word)
        if found is None:
            return "a verb its block codes nothing for here"
        if event_type_of_cameo(found.cameo_code) not in wanted:
            return "a verb coded as another type here"
        return "a verb of the type, read as no trigger (an intent, a modifier, no weapon)"
    if word.pos_ in {"NOUN", "PROPN"}:
        if word.dep_ in {"compound", "amod", "npadvmod"}:
            return "a noun modifying another"
        return "a noun with no event reading of the type here"
    return f"a word tagged {word.pos_}"


@lru_cache(maxsize=None)
def _word_types(word: str) -> frozenset[str]:
    """The event types the dictionaries give a word in any reading: as a CAMEO verb, its
    ontology entries, the lexicon's commitment and directive verbs, and as a noun WordNet
    derives from CAMEO verbs."""
    ontology, lexicon = load_ontology(), load_lexicon()
    types = set(_verb_types(word)) | {e.event_type.name for e in (*ontology.verbs.get(word, ()), *ontology.nouns.get(word, ()))}
    types |= {"AGREE"} if word in lexicon["commitment_verbs"] else set()
    types |= {"REQUEST"} if word in lexicon["directive_verbs"] else set()
    for verb in derived_verbs().get(word, ()):
        types |= _verb_types(verb.partition(" ")[0])
    return frozenset(types)


def _verb_types(word: str) -> set[str]:
    """The types of a CAMEO verb's codes: its own, else its block's default, and those of
    the patterns written for it."""
    codes = []
    for particle, block in verb_index().get(word, ()):
        name = word + (f" {particle}" if particle else "")
        default = block_default(name, block)
        codes += [default.cameo_code] if default else []
        codes += [code.lstrip(":") for _, code, origin in pattern_index()[block][0] if code and origin == name]
    return {event_type_of_cameo(code) for code in codes} - {None}
