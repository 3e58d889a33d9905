"""Names the document treats as plural anywhere: "England are second bottom", "Brentford face a
home tie". `agrees_in_plural` types one mention; a team the model tags PERSON in another sentence
("If England lost that") would otherwise stay a person there, and "he said" resolve to it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.doc_index import token_columns
from pipeline.sources.sectors import SINGULAR_NAME_TAGS, agrees_in_plural


def collective_names(doc: Doc) -> set[str]:
    """The words that are, somewhere in the document, a lone name agreeing with a plural verb
    (only singular subjects are tested: the columns rule out every other token without a Token)."""
    columns = token_columns(doc)
    subjects = (doc[i] for i, dep in enumerate(columns.dep) if dep == "nsubj" and columns.tag[i] in SINGULAR_NAME_TAGS)
    return {token.text for token in subjects if agrees_in_plural(token) and not _bare_infinitive(token.head)}


def _bare_infinitive(verb: Token) -> bool:
    """'help a former Miss Universe get citizenship', 'Alicia M become': a complement verb in its
    base form with no "that", which the tagger may call a plural present; spread to every mention
    of the name, that one misreading would make a person a body."""
    return verb.dep_ in {"ccomp", "xcomp"} and verb.lower_ == verb.lemma_.lower() \
        and not any(c.dep_ == "mark" for c in verb.children)
