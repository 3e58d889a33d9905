"""Who speaks through a document: its issuer, owner or maker ("Reports in the Wall Street
Journal", "the report by telecoms giant BT", "Apacs' figures", "a survey conducted by PC Pro
Magazine"), and which issued study a bare "the report" or a lede's "says a study" is.

News writes a study's findings as the study's claims ("the report concludes", "it predicts") and
names its issuer once; each mention of the study speaks for that issuer.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from pipeline.deps import has_the
from pipeline.lexicons import load

# Prepositions that tie a document to whoever issued or carried it: "a report by the IMF",
# "forecasts from the Ministry of Commerce", "reports in the Financial Times".
_ISSUER_PREPOSITIONS = {"by", "from", "in"}
# Entity labels of an issuer; a place is where a report comes from, not who made it ("reports from Iraq").
_ISSUER_LABELS = {"ORG", "PERSON"}
# How many sentences after a lead's "a study" its issuer may come. Study nouns and verbs of making
# a document are in pipeline/lexicons/documents.json.
_STUDY_WINDOW = 2
# What says whose a document is, or which one: "BT's report", "the Leveson report", "a report by X".
_OWNER_DEPS = {"poss", "compound", "prep", "nmod", "appos"}


def issuer_of(head: Token, bodies: Collection[str] = ()) -> Token | None:
    """'Reports in the Wall Street Journal' -> Journal, 'forecasts from the Ministry of Commerce'
    -> Ministry, "Apacs' figures" -> Apacs, 'a World Bank report' -> Bank, 'A survey conducted by
    PC Pro Magazine' -> Magazine: the body or person a document noun is by, from or in, the body
    whose it is, or who made it. A place is left alone ('reports from Iraq', "Britain's
    constitution"), and a person's plan or brief stays a document ("Trump's plan"), unless the
    document shows the owner to be a body (`bodies`: "Apacs" after "... Services (Apacs)")."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in load("source_kinds")["document_heads"]:
        return None
    studies = load("documents")["study_heads"]
    for owner in head.children:  # "Retail Decisions' survey"; "a World Bank report" (a study only: "the Gambling Bill")
        if (owner.dep_ == "poss" or owner.dep_ == "compound" and head.lemma_.lower() in studies) and (_owning_body(owner) or owner.text in bodies):
            return owner
    # "a survey of 280 schemes by Incomes Data Services": the issuer may hang off what the document
    # is of, or off a verb of making it ("a survey conducted by X", "a complaint filed by X")
    of_objects = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    made = [v for v in head.children if v.dep_ == "acl" and v.tag_ == "VBN" and v.lemma_.lower() in load("documents")["making_verbs"]]
    for noun in (head, *of_objects, *made):
        for prep in noun.children:
            if prep.dep_ not in {"prep", "agent"} or prep.lower_ not in _ISSUER_PREPOSITIONS or noun is not head and prep.lower_ != "by":
                continue
            for obj in prep.children:
                named = obj.pos_ == "PROPN" and (obj.ent_type_ in _ISSUER_LABELS or not obj.ent_type_)
                # a body noun after "in" is where the document is ("the papers in those states")
                if obj.dep_ == "pobj" and (named or prep.lower_ != "in" and _describes_issuer(obj)):
                    return obj
    return None


def _owning_body(token: Token) -> bool:
    """A body's name heading the whole name it is in, as a document's owner: not a person, nor
    "Future" in "the Forum for the Future report" (the model hangs the name's first words elsewhere)."""
    if token.pos_ != "PROPN" or token.ent_type_ not in {"ORG", ""} or token.dep_ == "compound" and token.ent_type_ != "ORG":
        return False
    doc, start = token.doc, token.left_edge.i
    while start > 0 and doc[start - 1].lower_ == "the":
        start -= 1
    if start > 1 and doc[start - 1].lower_ in {"of", "for", "and", "&"} and doc[start - 2].text[:1].isupper():
        return False  # the end of a longer name: "Forum for the Future"
    entity = next((e for e in doc.ents if e.start <= token.i < e.end), None)
    return entity is None or all(token.left_edge.i <= t.i <= token.right_edge.i for t in entity if t.lower_ != "the")


def _describes_issuer(noun: Token) -> bool:
    """'telecoms giant BT' (a name in apposition), "the government's finance watchdog" (a body noun)."""
    if noun.pos_ != "NOUN":
        return False
    lexicon = load("source_kinds")
    body = noun.lemma_.lower() in lexicon["organization_heads"] or noun.lemma_.lower() in lexicon["government_heads"]
    return body or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)


def study_issuer(head: Token, bodies: Collection[str] = ()) -> Token | None:
    """'the report', 'The study', 'it' aside: a study with no issuer of its own is the study the
    article names with one ('the report by telecoms giant BT' -> BT), the nearest before it; a lead's
    'says a study' is the one named just after it ('... predicts the report by telecoms giant BT')."""
    studies = load("documents")["study_heads"]
    if head.pos_ != "NOUN" or head.lemma_.lower() not in studies or any(c.dep_ in _OWNER_DEPS for c in head.children):
        return None
    named = [t for t in head.doc if t.lemma_.lower() in studies and t.pos_ == "NOUN" and t.i != head.i
             and issuer_of(t, bodies) is not None]
    before = [t for t in named if t.i < head.i]
    if before:
        return issuer_of(before[-1], bodies)
    sentence_starts = [s.start for s in head.doc.sents if s.start > head.sent.start and s.text.strip()]
    window_end = sentence_starts[_STUDY_WINDOW - 1] if len(sentence_starts) >= _STUDY_WINDOW else len(head.doc)
    after = [t for t in named if t.i < window_end and has_the(t)]
    return issuer_of(after[0], bodies) if after else None
