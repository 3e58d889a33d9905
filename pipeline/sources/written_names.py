"""How a document writes names, read off the text and its tags: titles that are not part of a
name ("Mr", "Dr."), runs of capitalised proper nouns the model did not tag as entities ("Football
Association", "2 Wikid Records"), acronyms and the short forms written in brackets after a name
("Electronic Arts (EA)", "the Association of Payment Clearing Services (Apacs)"), and names that
are no speaker's: a law or a report tagged a person, an example of things ("networks like Kazaa").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from pipeline.lexicons import load

# Words left out of an acronym's letters ("Disasters Emergency Committee" -> DEC).
_FUNCTION_WORDS = {"of", "the", "and", "for", "&", "in", "on"}


@lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    """Titles that are not part of a name ("Mr", "Dr."): 'Sir' and 'Lord' are."""
    lexicon = load("source_kinds")
    return frozenset(lexicon["honorifics"])


def strip_honorific(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].casefold() in honorifics():
        words = words[1:]
    return " ".join(words)


def proper_noun_runs(doc: Doc) -> list[tuple[int, str]]:
    """(first token, text) of runs of capitalised proper nouns, with "of" or "and" inside
    ("Football Association", "Disasters Emergency Committee"), which the model does not always
    tag: what an acronym spells, or a body a description may stand for."""
    runs, run = [], []
    for token in doc:
        capitalised_name = token.pos_ == "PROPN" and token.text[:1].isupper()  # read once: asked of every token
        if capitalised_name and not token.is_sent_start or run and token.lower_ in {"of", "and", "&"}:
            run.append(token)
            continue
        if capitalised_name and not run:  # a run may open a sentence
            run = [token]
            continue
        while run and run[-1].lower_ in {"of", "and", "&"}:
            run.pop()
        if len(run) > 1:
            runs.append(_with_leading_number(run))
        run = []
    return runs


def _with_leading_number(run: list[Token]) -> tuple[int, str]:
    """(first token, text) of a run, with a number written as its first word ("2 Wikid Records"):
    a short number (not a year: "the 2005 Brit Awards") modifying what the run modifies or names."""
    before = run[0].doc[run[0].i - 1] if run[0].i else None
    if before is not None and before.text.isdigit() and len(before.text) < 4 and before.head.i in {t.i for t in run} | {run[-1].head.i}:
        run = [before, *run]
    return run[0].i, " ".join(t.text for t in run)


def names_a_text(ent: Span) -> bool:
    """'the Health Service (Miscellaneous Provisions) Bill' tagged a person: a name ending in a
    document noun after "the" or a bracket is a law or a report, never someone 'she' stands for."""
    before = ent.doc[ent.start - 1] if ent.start else None
    after_article = before is not None and (before.lower_ == "the" or before.text == ")")
    return ent[-1].lemma_.lower() in load("source_kinds")["document_heads"] and (len(ent) > 1 or after_article)


def example_of_things(token: Token) -> bool:
    """'Networks like eDonkey, Kazaa and Grokster': a name given as an example of a plural noun for
    things, which the model may tag a person, is one of those things."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in {"like", "as", "including"}:
        return False
    kind = prep.head
    lexicon = load("source_kinds")
    people = set(lexicon["person_heads"]) | set(lexicon["anonymous_heads"])
    return kind.pos_ == "NOUN" and kind.tag_ == "NNS" and kind.lemma_.lower() not in people


def acronym(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.casefold() not in _FUNCTION_WORDS and w[:1].isupper()).upper()


def abbreviates(short: str, name: str) -> bool:
    """Whether a word in brackets after a name is its short form: an acronym ("EA") or a word
    holding the name's initials in order ("Apacs" for the Association of Payment Clearing Services)."""
    if short.isupper():
        return True
    initials, letters = acronym(name.split()).casefold(), iter(short.casefold())
    return len(initials) > 1 and short[:1].casefold() == initials[0] and all(c in letters for c in initials)
