"""Event nouns read with their verb's CAMEO patterns (pipeline.events.dictionary).

A noun the verb dictionary also lists as a verb ("release", "attack", "visit", "raid") is
matched as the verb is, its "of" phrase standing for the object and its other prepositional
phrases for the pattern's prepositions: "the release of prisoners" is the RELEASE block's
"prisoners" (0841), "the release of a statement" its "statement" (010, no event here) and
"the release of the report" its "report", which the dictionary codes as nothing. A pattern
whose subject the noun cannot show (its slot is the noun's own actor), or a bare preposition
("(TO)": "to <any actor>"), is not read; a noun no pattern fits keeps its ontology type.

An event noun derived from a dictionary verb rather than spelled like one is read with that
verb's block in the same way: WordNet 3.0's derivational links (converted by
vendor/wordnet_nouns.py into data/wordnet_event_nouns.json) give "withdrawal" -> "withdraw",
"seizure" -> "seize", "detention" -> "detain", so "the withdrawal of troops" is the RETREAT
block's "troops" (0874, as "withdrew troops") and "the detention of 12 foreign terror
suspects" CONFINE's 173 (`noun_pattern`).

A derived noun the ontology does not list ("prosecution", "conviction") is read on its own
(`derived_reading`, pipeline.events.triggers keeps it only for PLOVER's material types): the
pattern that fits its phrase, else the code of a verb that heads its block or has its own
code and is no generic verb, unless that code is root-level (CAMEO's "not specified below":
050 support, 030 intent, 070 aid, 190 force), the block's catch-all sense, which a bare noun
does not show ("his support", "their intention", "lavish contributions", "her death"): "the
prosecution of five insurers" is PROSECUTE's 173. A block synonym's default is the block's
sense, not the noun's ("negotiation" is no COMPROMISE 080, "government" no OVERSEE_MANAGE 060).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from pipeline.events.dictionary import VerbMatch, block_default, pattern_index, verb_index
from pipeline.events.pattern_words import pattern_word_found, phrase_words, words_under

DERIVED_NOUNS_PATH = Path(__file__).parent / "data" / "wordnet_event_nouns.json"
_UNSPECIFIED = "0"  # a root-level CAMEO code ends so: "050", "190"
_OBJECT_PREP = "of"  # "the release of prisoners": what the verb would take as its object


@lru_cache(maxsize=1)
def derived_verbs() -> dict[str, list[str]]:
    """Noun lemma -> the CAMEO dictionary verbs WordNet derives it from, commonest sense first."""
    return json.loads(DERIVED_NOUNS_PATH.read_text(encoding="utf-8"))


def _verb_block(noun: Token) -> tuple[str, str] | None:
    """(verb, block) the noun is read with: the verb spelled as the noun ("release"), else the
    first dictionary verb it is derived from ("withdrawal": "withdraw")."""
    lemma = noun.lemma_.lower()
    for verb in [lemma, *derived_verbs().get(lemma, ())]:
        head, _, particle = verb.partition(" ")
        blocks = [block for p, block in verb_index().get(head, ()) if p == (particle or None)]
        if blocks:
            return verb, blocks[0]
    return None


def derived_reading(noun: Token) -> VerbMatch | None:
    """A noun WordNet derives from a dictionary verb read as that verb (module docstring), or
    None: no such noun, or no reading that codes an event."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in derived_verbs():
        return None
    found = _verb_block(noun)
    if found is None:
        return None
    fits, code = noun_pattern(noun)
    if fits and (code is None or not code.startswith(":")):  # ":": the subject acted on, unshown
        return VerbMatch(code, True, True) if code else None
    default = block_default(*found)
    if default is None or not default.core or default.cameo_code.endswith(_UNSPECIFIED):
        return None
    return default


def noun_pattern(noun: Token) -> tuple[bool, str | None]:
    """(whether a pattern of the noun's verb block fits its phrase, that pattern's code)."""
    found = _verb_block(noun)
    if found is None:
        return False, None
    patterns, index = pattern_index()[found[1]]
    candidates = sorted({i for word in words_under(noun) for i in index.get(word, ())})
    for position in candidates:  # the block's order: most specific first
        slots, code, _ = patterns[position]
        if slots and all(_filled(noun, role, words) for role, words in slots):
            return True, code
    return False, None


def _filled(noun: Token, role: str, words: list[list[str]]) -> bool:
    if role == "subj" or not words:
        return False
    heads = _prep_objects(noun, _OBJECT_PREP if role == "obj" else role)
    if not heads:
        return False
    bag, text = phrase_words(heads)
    return all(pattern_word_found(alternatives, bag, text) for alternatives in words)


def _prep_objects(noun: Token, prep: str) -> list[Token]:
    """The objects of the noun's `prep` phrase ("of prisoners")."""
    return [t for c in noun.children if c.dep_ == "prep" and c.lower_ == prep for t in c.children if t.dep_ == "pobj"]
