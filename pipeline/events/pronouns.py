"""Pronoun actors and targets named through the claims' sources' own in-document resolution.

`Referents(doc, resolver).antecedent(token)` asks the claims' SourceResolver (pipeline.sources.
coreference: salience, gender, quote context, the subject a pronoun is bound to, the source
mentions it has seen) whom a pronoun or relative pronoun stands for, then takes the mention of
that name written nearest to it, so the event's side is a name as written, with offsets, coded
like any other. A pronoun the resolver names no one keeps its token and is never an actor or
target name (`unresolved`).
"""

from __future__ import annotations

from itertools import chain

from spacy.tokens import Doc, Token

from pipeline.doc_index import char_bounds, doc_slice, doc_text, entity_bounds
from pipeline.events.doc_words import doc_words
from pipeline.events.ontology import load_lexicon
from pipeline.sources.coreference import SourceResolver
from pipeline.sources.source_like import antecedent_of_relative
from pipeline.sources.names import strip_honorific

_FUNCTION_POS = {"PRON", "DET", "SCONJ", "CCONJ", "ADP", "PART", "AUX", "PUNCT"}
_NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
_SINGULAR_THING = {"it", "its"}
_PLURAL = {"they", "them", "their"}


class Referents:
    """The referents of one document's pronoun participants, asked in text order."""

    def __init__(self, doc: Doc, resolver: SourceResolver | None = None) -> None:
        self.doc = doc
        # the claims' resolver, which has seen every source mention; else made on the first pronoun
        self._resolver = resolver

    @property
    def resolver(self) -> SourceResolver:
        if self._resolver is None:  # called without the claims' resolver: the claims make one
            from pipeline.attribution import claims_and_resolver

            self._resolver = claims_and_resolver(self.doc)[1]
        return self._resolver

    def antecedent(self, token: Token) -> Token:
        """The head of the earlier mention a pronoun stands for ("Laura, who spoke" -> Laura;
        "he" -> "Mr Straw"), or the token itself when it is no pronoun or names no one."""
        described = antecedent_of_relative(token)
        if described.i != token.i:
            return described
        lexicon = load_lexicon()  # personal pronouns only: not "There", "everyone", "this"
        if token.lower_ not in lexicon["person_pronouns"] | lexicon["group_pronouns"]:
            return token
        name = self.resolver.resolve(token).name
        mention = _mention_of(name, token) if name else None
        return mention if mention is not None and _agrees(token, mention) else token


def _agrees(pronoun: Token, mention: Token) -> bool:
    """Whether a pronoun can stand for the mention in number: "it" not for "MPs" or a person,
    "they" not for one person or one place ("They were convicted" is not "Virginia")."""
    plural = mention.tag_ in {"NNS", "NNPS"}
    if pronoun.lower_ in _SINGULAR_THING:
        return not plural and mention.ent_type_ != "PERSON"
    if pronoun.lower_ in _PLURAL:
        return plural or mention.ent_type_ not in {"PERSON", "GPE"}
    return True


def _mention_of(name: str, pronoun: Token) -> Token | None:
    """The head of the nearest mention before `pronoun` that writes `name` or part of it ("Mr
    Straw" for Jack Straw), else one later in its sentence ("At his press conference, Mr
    Livingstone said"): a named entity, else a noun phrase ending in the name's last word
    ("singers" for a group)."""
    wanted = name.casefold().split()
    doc, strings, text = pronoun.doc, pronoun.doc.vocab.strings, doc_text(pronoun.doc)
    # the entities' bounds, with a Span made only for the one found
    found = [(start, end) for start, end, label, *_ in entity_bounds(doc) if strings[label] in _NAME_LABELS]
    sentence_end = pronoun.sent.end
    before = [e for e in found if e[1] <= pronoun.i][::-1]
    later = [e for e in found if pronoun.i < e[0] < sentence_end]
    for start, end in before + later:
        words = strip_honorific(text[slice(*char_bounds(doc, start, end))].removeprefix("the ")).casefold().removesuffix("'s").split()
        if words and _one_ends_the_other(words, wanted):
            return doc_slice(doc, start, end).root
    last = wanted[-1] if wanted else ""
    forms = doc_words(doc).forms
    # the form first, from the word lists: a Token is made only for a word that writes the name
    positions = chain(range(pronoun.i - 1, -1, -1), range(pronoun.i + 1, sentence_end))
    return next((doc[i] for i in positions if forms[i] == last and doc[i].pos_ in {"NOUN", "PROPN"}), None)


def _one_ends_the_other(words: list[str], other: list[str]) -> bool:
    shorter, longer = sorted((words, other), key=len)
    return longer[-len(shorter):] == shorter


def unresolved(token: Token) -> bool:
    """A pronoun left unresolved ("it", "they"), a relative pronoun ("that", also where the
    parser reads it as a conjunction: "showed that of the 17 people found guilty"), a bare
    determiner or any other function word is never an actor or target name."""
    return token.pos_ in _FUNCTION_POS or token.tag_ in {"WDT", "WP", "WP$"}
