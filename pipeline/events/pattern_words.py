"""The words a CAMEO pattern can name, read off the parse: the lemmas and forms under a verb
(`words_under`), of a slot's phrases (`phrase_words`, the phrase without an embedded clause), the
dictionary's own word for a noun its word sets lack ("deal" as "agreement"), and whether a
pattern's word is among them (`pattern_word_found`). Used by the verb matcher
(pipeline.events.dictionary) and the event nouns' readings (pipeline.events.nominal)."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice

from spacy.tokens import Doc, Token

from pipeline.events.doc_words import doc_words
from pipeline.events.ontology import load_lexicon

_CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp"}
# an adjective's or adverb's degree form is no other word: the lemma of "best" ("good") would
# be the pattern noun "goods" read as its singular ("took the best debut prize" as APPREHEND's
# seizure of goods, 1711)
_DEGREE_TAGS = frozenset({"JJR", "JJS", "RBR", "RBS"})


def words_under(verb: Token) -> set[str]:
    """Lemmas and forms of the words under a verb: what any of its patterns can name."""
    found = doc_words(verb.doc)
    positions = list(found.subtree(verb.i, 60))
    return {found.lemmas[i] for i in positions} | {found.forms[i] for i in positions} | _synonyms(verb.doc, positions)


def _synonyms(doc: Doc, positions: Iterable[int]) -> set[str]:
    """The pattern word the dictionary writes for a noun its word sets lack: a "deal" is an
    "agreement" (its &TREATY set), as its own "peace deal" and "loan deals" patterns show
    (lexicon agreement_synonyms)."""
    synonyms = load_lexicon()["agreement_synonyms"]
    lemmas = doc_words(doc).lemmas
    found = any(lemmas[i] in synonyms and doc[i].pos_ == "NOUN" for i in positions)
    return {"agreement"} if found else set()


def phrase_words(tokens: list[Token], exact: bool = False, synonyms: bool = False) -> tuple[set[str], str]:
    """Lemmas and forms of some subtrees (with `exact`, the written forms only; with
    `synonyms`, also the word sets' words for the nouns they lack), and their text, to find
    pattern words in."""
    words: set[str] = set()
    texts = []
    for head in tokens:
        found = doc_words(head.doc)
        whole = len(found.forms)
        # the phrase, not an embedded clause: "clashed over the efforts to deal with ..."
        clauses = [c for c in found.children[head.i] if found.deps[c] in _CLAUSE_DEPS] if head.pos_ != "VERB" else []
        inside = {i for c in clauses for i in found.subtree(c, whole)}
        # a complement verb is its own word: its objects are slot heads of their own
        subtree = (
            [head.i] if found.deps[head.i] == "xcomp"
            else list(islice((i for i in found.subtree(head.i, whole) if i not in inside), 12))
        )
        if not exact:
            words.update(found.lemmas[i] for i in subtree if head.doc[i].tag_ not in _DEGREE_TAGS)
        if synonyms:
            words.update(_synonyms(head.doc, subtree))
        words.update(found.forms[i] for i in subtree)
        texts.append(" ".join(found.forms[i] for i in subtree))
    return words, " ".join(texts)


def pattern_word_found(alternatives: list[str], words: set[str], text: str, exact: bool = False) -> bool:
    """A pattern word in the phrase; "attacks" also as the lemma "attack" (not with `exact`)."""
    return any(
        (a in words or (not exact and a.endswith("s") and a[:-1] in words)) if " " not in a else (a in text)
        for a in alternatives
    )
