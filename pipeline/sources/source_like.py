"""Whether a noun phrase can make a claim: a name, a personal pronoun, "it" standing for an
institution or a document, a source-kind noun, an indefinite person or a share of people.

Asked of every candidate subject by the attribution patterns; the kind and the canonical name of
a phrase that can are `kinds`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from pipeline.deps import NOMINAL_SUBJECTS, NUMERIC_LABELS, subtree
from pipeline.doc_index import doc_slice, sentence_of, sentence_spans, sentence_start, token_columns
from pipeline.models import SourceKind
from pipeline.sources.kinds import NAME_LABELS, source_kind, source_kinds, word_set
from pipeline.sources.mentions import expand_mention

if TYPE_CHECKING:
    from pipeline.attribution.context import DocContext

_RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
# Lexicon lists whose nouns can head a source ("the ministry said", "the report found").
SOURCE_NOUN_LISTS = (
    "anonymous_heads", "person_heads", "document_heads", "media_heads", "government_heads",
    "organization_heads", "person_titles", "military_words", "social_media_heads",
)
# After these a capital starts a new sentence or a quote, not a name.
_OPENERS = {":", "\"", "“", "‘", "'", "''", "``", "(", "-", "—", "–", "--"}


def antecedent_of_relative(head: Token) -> Token:
    """'the strategy, which warned ...' -> 'strategy'; other tokens are returned unchanged."""
    if head.lower_ in _RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
        return head.head.head
    return head


def named_by_apposition(noun: Token) -> Token:
    """'Jane Doe, a nurse who posted ...': the description a relative stands for, set beside a
    name, is that named one ('Doe'); not one of several named ("China and the United States, the
    two biggest polluters, which"). Other nouns are returned unchanged."""
    named = noun.head
    if noun.dep_ == "appos" and noun.pos_ != "PROPN" and named.pos_ == "PROPN" and not any(c.dep_ == "conj" for c in named.children):
        return named
    return noun


def is_source_like(ctx: DocContext, head: Token) -> bool:
    """Whether a subject can make a claim: a name, a personal pronoun, "it" standing for an
    institution or a document, a source-kind noun, an indefinite person ("no one") or a share of
    people ("many of his supporters", "46 percent")."""
    head = antecedent_of_relative(head)
    lexicon = source_kinds()
    if head.lower_ == "it":
        return _institution_antecedent(ctx, head) is not None
    if head.pos_ == "PRON":
        return head.lower_ not in lexicon["thing_pronouns"]
    if head.pos_ == "PROPN" or head.ent_type_ in NAME_LABELS or _written_as_name(ctx, head):
        return True
    words = {head.lemma_.lower(), head.lower_}  # "media" has the lemma "medium"
    if words & word_set("group_quantifiers"):
        return (
            bool(words & word_set("standalone_group_quantifiers"))
            or any(c.dep_ == "det" and c.lower_ in lexicon["indefinite_person_determiners"] for c in head.children)
            or any(is_source_like(ctx, g) for g in _partitive_objects(head))
        )
    return bool(words & word_set(*SOURCE_NOUN_LISTS))


def _institution_antecedent(ctx: DocContext, pronoun: Token) -> Token | None:
    """What "it" stands for when it can speak: an institution, a medium or a document ("the
    Morning News ... after it backed Y", "The IMF had warned Y. But it raised its forecast"). The
    antecedent is the first singular noun, not a person, among the subjects before "it" in its
    sentence, the other nouns there outside what it says, then the main subject of the sentence
    before. An impersonal "it" ("it seems that", "it is clear") and an "it" standing for a thing
    stand for nobody."""
    verb = pronoun.head
    if pronoun.dep_ not in NOMINAL_SUBJECTS or verb.lemma_.lower() in source_kinds()["impersonal_verbs"]:
        return None
    if any(c.dep_ in {"auxpass", "acomp", "attr"} for c in verb.children):
        return None
    # what "it" says or does is not what it stands for: "“Y,” it wrote", "Z, it says, would be W"
    content = {t.i for c in verb.children if c.dep_ in {"ccomp", "parataxis", "dobj"} for t in c.subtree}
    if verb.dep_ == "parataxis":
        content |= subtree(verb.head) - subtree(verb)
    before = [t for t in doc_slice(pronoun.doc, sentence_start(pronoun.doc, pronoun.i), pronoun.i) if _may_stand_for_it(t) and t.i not in content][::-1]
    subjects = [t for t in before if t.dep_ in NOMINAL_SUBJECTS]
    previous = previous_sentence(pronoun)
    main_subjects = [c for c in previous.root.children if c.dep_ in NOMINAL_SUBJECTS and _may_stand_for_it(c)] if previous else []
    for noun in subjects + [t for t in before if t not in subjects] + main_subjects:
        kind = source_kind(expand_mention(noun), noun)
        if kind in {SourceKind.PERSON, SourceKind.ANONYMOUS}:
            continue
        return noun if is_source_like(ctx, noun) else None
    return None


def _may_stand_for_it(token: Token) -> bool:
    """A noun phrase head that "it" can stand for: singular (a plural name like "the United
    Nations" is one body), not a time or a quantity."""
    return (
        token.pos_ in {"NOUN", "PROPN"}
        and token.dep_ not in {"compound", "poss", "npadvmod", "nmod"}
        and token.tag_ != "NNS"
        and token.ent_type_ not in NUMERIC_LABELS
    )


def previous_sentence(token: Token) -> Span | None:
    """The sentence before `token`'s, skipping blank lines between paragraphs."""
    start = sentence_start(token.doc, token.i)
    while start > 0:
        sentence = sentence_of(token.doc[start - 1])
        if sentence.text.strip():
            return sentence
        start = sentence.start
    return None


def names_in_text(doc: Doc) -> frozenset[str]:
    """The words `doc` writes capitalised inside a sentence of running text (not a headline, not
    after an opening quote or bracket): names, even those the small model tags as common nouns."""
    text = token_columns(doc).text  # `str.isupper` is `Token.is_upper`
    return frozenset(
        text[i] for start, end in sentence_spans(doc) if not _is_title_case(text[start:end])
        for i in range(start + 1, end)
        if text[i][:1].isupper() and not text[i].isupper() and text[i - 1] not in _OPENERS
    )


def _written_as_name(ctx: DocContext, token: Token) -> bool:
    """A capitalised word the small model tagged as a common noun ("Birchers viewed Y", "Wines
    believes Y") that the document writes as a name."""
    return token.pos_ == "NOUN" and token.text[:1].isupper() and not token.is_upper and token.text in ctx.names_in_text


def _is_title_case(words: list[str]) -> bool:
    """A headline ("Trump Questions The Fairness Of Moderators"): no lowercase word but short
    function words (`str.isalpha`, `str.islower` are `Token.is_alpha`, `Token.is_lower`)."""
    return not any(word.isalpha() and word.islower() and len(word) > 3 for word in words)


def _partitive_objects(head: Token) -> list[Token]:
    """'many of his supporters' -> [supporters]."""
    return [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def names_a_speaker(token: Token) -> bool:
    """Whether a common noun is in a lexicon of nouns that can speak: the source-noun lists or
    the group quantifiers ("the ministry", "critics", "many")."""
    return bool({token.lemma_.lower(), token.lower_} & word_set(*SOURCE_NOUN_LISTS, "group_quantifiers"))
