"""What every attribution pattern reads about one parsed document, worked out once per document.

`document_context(doc)` builds it before any pattern runs; patterns, quote attachment and source
finding read it and never cache anything on the `Doc`. The model's lemma table comes with the
model the document was parsed by (`doc.vocab`, see `pipeline.nlp.load_nlp`), never from a second
model load.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from pipeline.attribution.labels import transcript_labels
from pipeline.attribution.patterns.misread_verbs import title_case
from pipeline.attribution.paragraphs import Paragraphs, index_paragraphs
from pipeline.attribution.quotes import Quote, find_quotes
from pipeline.doc_index import TokenColumns, sentence_spans, token_columns
from pipeline.nlp import LEMMA_INDEX
from pipeline.sources.source_like import names_in_text


@dataclass(frozen=True)
class DocContext:
    doc: Doc
    # the document's tokens, made once: every pattern walks the whole document, and spaCy makes a
    # new Token object at each step of `for token in doc`
    tokens: tuple[Token, ...]
    # their strings (`doc_index.TokenColumns`): a walk tests these and reads a Token only where they pass
    columns: TokenColumns
    paragraphs: Paragraphs
    # paragraph labels opening more than one paragraph, as speakers do in a transcript (see `labels`)
    transcript_labels: frozenset[str]
    # starts of the title-case sentences (headlines), whose verbs the tagger reads as names
    headlines: frozenset[int]
    # base forms the model's lemmatizer knows as verbs: the readings a title-case word may have
    verb_lemmas: frozenset[str]
    # words written capitalised inside running text: names the small model may tag as nouns
    names_in_text: frozenset[str]
    quotes: tuple[Quote, ...] = ()
    # token indices inside any quote
    quoted: frozenset[int] = frozenset()


_verb_lemma_sets: dict[int, tuple[object, frozenset[str]]] = {}  # id(lemma table) -> (table, its verbs)


def verb_lemmas(doc: Doc) -> frozenset[str]:
    """The verbs of the lemma table of doc's model, as a set made once per table (per process)."""
    lookups = doc.vocab.lookups
    if not lookups.has_table(LEMMA_INDEX):
        return frozenset()
    table = lookups.get_table(LEMMA_INDEX)
    cached = _verb_lemma_sets.get(id(table))
    if cached is None or cached[0] is not table:
        cached = _verb_lemma_sets[id(table)] = (table, frozenset(table.get("verb", [])))
    return cached[1]


def document_context(doc: Doc) -> DocContext:
    """The context of `doc`. Quotes are found last: a transcript label opens a quoted turn."""
    tokens = tuple(doc)
    columns = token_columns(doc)
    layout = DocContext(
        doc=doc,
        tokens=tokens,
        columns=columns,
        paragraphs=index_paragraphs(columns.text),
        transcript_labels=transcript_labels(doc),
        headlines=frozenset(start for start, end in sentence_spans(doc) if title_case(doc, start, end)),
        verb_lemmas=verb_lemmas(doc),
        names_in_text=names_in_text(doc),
    )
    quotes = tuple(find_quotes(layout))
    return replace(layout, quotes=quotes, quoted=frozenset(i for quote in quotes for i in quote.tokens()))
