"""Who speaks through a document: its author ("the report by telecoms giant BT", "Apacs' figures",
"Reports in the Wall Street Journal"), and which authored study a bare "the report" or a lede's
"says a study" is.

News writes a study's findings as the study's claims ("the report concludes", "it predicts") and
names its author once; each mention of the study speaks for that author.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.lexicons import load
from pipeline.sources.phrases import issuer_of

# Words that may stand between a bare study noun and its article: "the new report", "a recent study".
_BARE_DEPS = {"det", "amod", "punct"}
# Entity labels of a possessor that wrote the document (none: a name the model missed).
_AUTHOR_LABELS = {"ORG", "PERSON", "NORP", ""}
# How many sentences after a lede's "says a study" the study's author may be named.
_CATAPHORA_WINDOW = 2


def document_author(head: Token) -> Token | None:
    """The named body or person a document noun is by, from, in or of: the head token of the
    phrase naming it."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in load("source_kinds")["document_heads"]:
        return None
    issuer = issuer_of(head)
    if issuer is not None:
        return issuer
    for child in head.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN" and child.ent_type_ in _AUTHOR_LABELS:
            return child  # "Apacs' figures", "Retail Decisions' survey"; not "Wednesday's statement"
        if child.dep_ == "prep" and child.lower_ == "by":
            for obj in child.children:  # "by telecoms giant BT": a descriptor with the name in apposition
                if obj.dep_ == "pobj" and any(a.dep_ == "appos" and a.pos_ == "PROPN" for a in obj.children):
                    return obj
    return None


def _is_bare_study(head: Token) -> bool:
    """'the report', 'a new study': a study noun with nothing but an article and adjectives."""
    return (head.pos_ == "NOUN" and head.tag_ == "NN" and head.lemma_.lower() in load("source_kinds")["study_heads"]
            and all(c.dep_ in _BARE_DEPS for c in head.children))


def study_author(head: Token) -> Token | None:
    """The author of the authored study a bare study noun stands for: for "the report", the last
    one written before it; for a lede's "a study" ("..., says a study."), the first one named in
    the next two sentences."""
    if not _is_bare_study(head):
        return None
    definite = any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in head.children)
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children)
    doc = head.doc
    heads = load("source_kinds")["study_heads"]
    studies = [t for t in doc if t.pos_ == "NOUN" and t.lemma_.lower() in heads]
    if definite:
        for study in reversed([t for t in studies if t.i < head.i]):
            author = document_author(study)
            if author is not None:
                return author
    if indefinite:
        sentences = [s for s in doc.sents if s.start > head.sent.start and s.text.strip()][:_CATAPHORA_WINDOW]
        limit = sentences[-1].end if sentences else head.sent.end
        for study in (t for t in studies if head.i < t.i < limit):
            author = document_author(study)
            if author is not None:
                return author
    return None
