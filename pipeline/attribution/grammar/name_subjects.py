"""Subjects the model misreads, mended before attribution and source finding read the parse.

- Names tagged as verbs where the parse still makes them subjects: 'Applegate, who starred in TV
  comedy Married With Children, had been hoping to Y' has 'Applegate' tagged VB and labelled
  nsubj. A subject is nominal, so a capitalised subject the model's lemma table does not know as
  a verb is retagged a proper noun ('Smoking kills' keeps its gerund, 'Read' in a headline stays a
  verb).
- A subject hung on its verb's auxiliary ('Mr Myers is not convinced Y' with 'Myers' the subject of
  'is') is the verb's, as is whatever else hangs on the auxiliary ('But').
- Subjects hung on their verb as modifiers, leaving it with none: 'The 31-year-old insisted Y'
  with 'The' a determiner of the verb and 'old' its adjective (a determiner belongs to a noun
  phrase, so the phrase it opens is the subject); 'Desailly says Y' with the name, tagged a
  person, an adverb; 'May wrote' with the surname read as a modal (a modal never comes before a
  past tense).
"""

from __future__ import annotations

from spacy.attrs import DEP, POS
from spacy.tokens import Doc, Token

from pipeline.deps import NOMINAL_SUBJECTS, SUBJECTS, TIME_LABELS
from pipeline.sources.phrases import is_age

# Finite and base verb tags: a gerund subject ("Smoking kills") is a verb's own nominal use.
_MISREAD_TAGS = {"VB", "VBP", "VBD", "VBZ", "VBN"}
# Labels the parser gives a subject it did not see as one, and the words of a noun phrase's head.
_MODIFIER_DEPS = {"amod", "advmod", "npadvmod", "compound", "dep"}
_PHRASE_HEADS = {"ADJ", "NOUN", "PROPN"}
_AUXILIARY_LEMMAS = {"be", "have", "do"}
_VERB_POS = frozenset({"VERB", "AUX"})
# What may stand between a subject and its verb: "The 28-year-old has been training".
_BEFORE_VERB = {"aux", "auxpass", "neg", "advmod"}


def retag_name_subjects(doc: Doc, verb_lemmas: frozenset[str]) -> None:
    """Retag as proper nouns the capitalised subjects tagged as verbs that are no known verb, hang
    subjects of auxiliaries on their verbs, and make subjects of the modifiers above. Each walk
    makes Tokens only of the words whose labels, read before it, can pass its test: what a walk
    mends never makes a later word of it pass or fail that first test (a subject stays a subject,
    a modifier mended lies before its verb)."""
    subjects = [doc[i] for i in _labelled(doc, DEP, NOMINAL_SUBJECTS)]
    for token in subjects:
        if (
            token.pos_ == "VERB" and token.tag_ in _MISREAD_TAGS
            and token.is_title and token.lower_ not in verb_lemmas and not token.is_sent_end
        ):
            token.tag_, token.pos_ = "NNP", "PROPN"
    for token in subjects:
        auxiliary = token.head
        verb = auxiliary.head
        if (
            token.dep_ in NOMINAL_SUBJECTS and auxiliary.dep_ in {"aux", "auxpass"} and verb.i > token.i
            # a true auxiliary: not a verb the parser took for one ("Nadal holds serve")
            and (auxiliary.lemma_ in _AUXILIARY_LEMMAS or auxiliary.tag_ == "MD")
            and not any(c.dep_ in NOMINAL_SUBJECTS for c in verb.children)  # "This is argument was rejected": a slip
        ):
            for dependent in list(auxiliary.children):  # an auxiliary has none: "But" too is the verb's
                dependent.head = verb
            token.dep_ = "nsubjpass" if auxiliary.dep_ == "auxpass" else "nsubj"
    for verb in (doc[i] for i in _labelled(doc, POS, _VERB_POS)):
        if verb.tag_ != "MD" and not any(c.dep_ in SUBJECTS | {"expl"} for c in verb.children):
            _mend_modifier_subject(verb)


def _labelled(doc: Doc, attribute: int, labels: frozenset[str]) -> list[int]:
    """The indices of the tokens whose `attribute` (DEP, POS) is one of `labels`, as they are now."""
    wanted = {doc.vocab.strings[label] for label in labels}
    return [i for i, value in enumerate(doc.to_array(attribute).tolist()) if value in wanted]


def _mend_modifier_subject(verb: Token) -> None:
    sentence_start = verb.sent.start  # `Token.sent` walks the sentence: read once, before any mending
    phrase = _last_phrase_before(verb, sentence_start)
    if phrase is None:
        return
    start = phrase.left_edge.i
    stray = verb.doc[start - 1] if start > sentence_start else None  # a determiner hung on the verb
    stray = stray if stray is not None and stray.dep_ == "det" and stray.head == verb else None
    when = phrase.ent_type_ in TIME_LABELS and not is_age(phrase)  # "and the next day said": a time, not who
    if phrase.pos_ in _PHRASE_HEADS and phrase.dep_ in _MODIFIER_DEPS and not when and (stray is not None or phrase.left_edge.dep_ == "det"):
        if stray is not None:
            stray.head = phrase
        phrase.dep_ = "nsubj"
    elif phrase.dep_ == "advmod" and phrase.ent_type_ == "PERSON" and phrase.is_title:
        phrase.tag_, phrase.pos_, phrase.dep_ = "NNP", "PROPN", "nsubj"
    elif phrase.tag_ == "MD" and phrase.is_title and phrase.i > sentence_start and verb.tag_ == "VBD":
        phrase.tag_, phrase.pos_, phrase.dep_ = "NNP", "PROPN", "nsubj"


def _last_phrase_before(verb: Token, sentence_start: int) -> Token | None:
    """The dependent of `verb` whose phrase ends right before it, past auxiliaries, a negation and
    adverbs ("The 28-year-old has been training", "Desailly also says"); a name read as a modal is
    itself such an auxiliary ("May wrote")."""
    i = verb.i - 1
    while i >= sentence_start:
        token = verb.doc[i]
        if token.tag_ == "MD" and token.is_title and token.head == verb:
            return token
        if token.head != verb or token.dep_ not in _BEFORE_VERB or token.ent_type_ == "PERSON":
            break
        i -= 1
    if i < sentence_start:
        return None
    token = verb.doc[i]
    while token.head != verb and token.head.i < verb.i and token.head != token:
        token = token.head
    return token if token.head == verb and token.right_edge.i == i else None
