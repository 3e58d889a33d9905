"""Event nouns read with their verb's CAMEO patterns (pipeline.events.dictionary).

A noun the verb dictionary also lists as a verb ("release", "attack", "visit", "raid") is
matched as the verb is, its "of" phrase standing for the object and its other prepositional
phrases for the pattern's prepositions: "the release of prisoners" is the RELEASE block's
"prisoners" (0841), "the release of a statement" its "statement" (010, no event here) and
"the release of the report" its "report", which the dictionary codes as nothing. A pattern
whose subject the noun cannot show (its slot is the noun's own actor), or a bare preposition
("(TO)": "to <any actor>"), is not read; a noun no pattern fits keeps its ontology type.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.dictionary import pattern_index, pattern_word_found, phrase_words, verb_index, words_under

_OBJECT_PREP = "of"  # "the release of prisoners": what the verb would take as its object


def noun_pattern(noun: Token) -> tuple[bool, str | None]:
    """(whether a pattern of the noun's verb block fits its phrase, that pattern's code)."""
    blocks = [block for particle, block in verb_index().get(noun.lemma_.lower(), ()) if particle is None]
    if not blocks:
        return False, None
    patterns, index = pattern_index()[blocks[0]]
    candidates = sorted({i for word in words_under(noun) for i in index.get(word, ())})
    for position in candidates:  # the block's order: most specific first
        slots, code, _ = patterns[position]
        if slots and all(_filled(noun, role, words) for role, words in slots):
            return True, code
    return False, None


def _filled(noun: Token, role: str, words: list[list[str]]) -> bool:
    if role == "subj" or not words:
        return False
    prep = _OBJECT_PREP if role == "obj" else role
    heads = [
        t for c in noun.children if c.dep_ == "prep" and c.lower_ == prep for t in c.children if t.dep_ == "pobj"
    ]
    if not heads:
        return False
    bag, text = phrase_words(heads)
    return all(pattern_word_found(alternatives, bag, text) for alternatives in words)
