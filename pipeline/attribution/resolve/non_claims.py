"""Frames a pattern finds that attribute nothing a reader could use as a claim. They are found and
nested like any frame, so that what they cover yields no claim either ("assuming that X said Y"),
then dropped. Measured on PolNeAR dev, each class below is wrong on most of what it covers:

- a message named but not given: "X sent a letter", "X is filing a complaint" (the noun with no
  more than an article says neither what was said nor whose it is);
- a noun phrase cut before its head noun: "welcoming the administration's" (the parser split
  "the administration's plans" in two), a fragment that names nothing;
- a question nobody has answered: "it is unclear whether Y", "it is not known what Y was" (an
  evaluative adjective or a verb of knowing with no holder over an embedded question names no
  proposition);
- a preposition's object: "adding to honours it has won" (content that is only a prepositional
  phrase of the cue verb names a topic or a thing added to, not something said);
- a name, not a judgement: "The song is called Gonna Have a No 1", "Earlier versions were called
  Phoenix", "X was known as Mr 2940" (a naming verb in the passive with no agent whose complement
  is a proper name, or any passive cue with no agent whose "as" phrase is one; "he has been
  labelled a traitor" and "was dubbed X by the press" stay);
- a writer's idiom: "That's not to say Y", "this is not to say Y" (an infinitive speech verb
  after "that is", whose only source is the demonstrative);
- a consequence, not a proposition: "the service means that Y", "we must ensure that Y" (a verb of
  causing or entailing, consequence_verbs, with a that-clause);
- a state of mind of nobody in particular: "anyone wanting to Y", "assuming that Y", "without
  knowing how Y" (a participle of a mental_state_verbs verb with no source is the writer's
  supposition or a generic reader's wish, not someone's view);
- a stand-in for a noun: "as the one proposed by X", "X states the following: Y" (content that is
  only "one" or "following" with a determiner points at something named elsewhere, which a quote
  or the noun's own frame gives);
- a thing acted on by someone: "The celebrities are chosen by the viewers to pass trials", "The
  film has been voted best film by critics" (a passive act cue, a decision, choice or award, with a
  by-agent). Passives of other classes with an agent stay: PolNeAR annotates "X is endorsed by Y"
  and "X was written by Y" as attributions, and "Plans to Y have been unveiled by Z" gives a message.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.attribution.frames import Frame
from pipeline.attribution.cue_classes import lemma_classes
from pipeline.attribution.lexicons import cues
from pipeline.models import CueClass
from pipeline.doc_index import token_columns

# What may stand before a message noun that still says nothing of the message: "a letter", "letters".
_EMPTY_MODIFIERS = {"det"}
# Words opening an embedded question: "whether Y", "what Y", "how Y".
_PREPOSITIONS = {"prep", "dative"}
_DEMONSTRATIVES = {"that", "this", "it"}
# Words that stand for a noun given elsewhere ("the one proposed by X", "the following: Y").
_STAND_INS = {"one", "ones", "following"}
_QUESTION_OPENERS = {"whether", "if", "what", "which", "who", "whom", "whose", "how", "why", "when", "where"}


def reports_nothing(doc: Doc, frame: Frame) -> bool:
    """Whether `frame` is one of the classes above."""
    words = _words(doc, frame)
    if not words or not frame.cue:
        return False
    cue_head = frame.cue_head(doc)
    return (
        _unstated_message(cue_head, words)
        or _possessor_fragment(words)
        or _open_question([doc[i] for i in frame.cue], words, frame)
        or cue_head.lemma_.lower() in cues()["consequence_verbs"]
        or _nobodys_state_of_mind(cue_head, frame)
        or _acted_on(cue_head)
        or _prepositional_object(cue_head, words)
        or _not_to_say(cue_head, frame)
        or _a_name(cue_head)
        or _stand_in(words)
    )


def _words(doc: Doc, frame: Frame) -> list[Token]:
    columns = token_columns(doc)  # `str.isspace` is `Token.is_space`
    return [doc[i] for i in sorted(frame.content) if not columns.is_punct[i] and not columns.text[i].isspace()]



def _unstated_message(cue_head: Token, words: list[Token]) -> bool:
    """'sent a letter', 'is filing a complaint': a production verb whose message noun stands
    alone, with at most an article ('defended the remark' points back to a remark already given)."""
    lexicon = cues()
    nouns = [t for t in words if t.dep_ not in _EMPTY_MODIFIERS]
    return (
        cue_head.lemma_.lower() in lexicon["message_verbs"]
        and len(nouns) == 1
        and nouns[0].lemma_.lower() in lexicon["message_nouns"]
        and all(t.dep_ in _EMPTY_MODIFIERS for t in words if t is not nouns[0])
    )


def _stand_in(words: list[Token]) -> bool:
    """'the one', 'the ones', 'the following': a determiner and a word standing for a noun."""
    *determiners, last = words
    return last.lower_ in _STAND_INS and bool(determiners) and all(t.pos_ == "DET" for t in determiners)


def _possessor_fragment(words: list[Token]) -> bool:
    """"the administration's": content ending in a possessive marker, with no verb of its own (a
    clause may end in one by ellipsis: 'his plan is better than Trump's')."""
    return words[-1].tag_ == "POS" and not any(t.pos_ in {"VERB", "AUX"} for t in words)


def _nobodys_state_of_mind(cue_head: Token, frame: Frame) -> bool:
    """'anyone wanting to learn more', 'assuming that costs fall': a participle of believing,
    knowing or wanting with no one who holds it."""
    return (
        frame.source_head is None
        and cue_head.tag_ == "VBG"
        and cue_head.lemma_.lower() in cues()["mental_state_verbs"]
    )


def _open_question(cue: list[Token], words: list[Token], frame: Frame) -> bool:
    """'it is unclear whether Y', 'it is not known what Y': an evaluation or a state of knowing held
    by nobody over a clause that asks, not asserts (with a holder, 'X was unsure whether Y' and 'X
    does not know what Y' are X's doubt, which PolNeAR annotates; 'X was asked whether Y' is a
    speech act and stays)."""
    lexicon = cues()
    return (
        frame.source_head is None
        and words[0].lower_ in _QUESTION_OPENERS
        and any(t.lower_ in lexicon["evaluative_adjectives"] or t.lemma_.lower() in lexicon["mental_state_verbs"] for t in cue)
    )


def _prepositional_object(cue_head: Token, words: list[Token]) -> bool:
    """'adding to honours it has won', 'pointed to the figures': the content opens on the cue
    verb's own 'to' (a goal or recipient, not an infinitive) and holds no 'that' clause; what
    follows is the preposition's object, however the parser attaches its relative clause. Other
    prepositions open an adverbial before the content ('announced in a statement that Y'), and a
    pronoun or a name after 'to' is the addressee or a viewpoint ('said to me it feels like Y')."""
    first = words[0]
    objects = [c for c in first.children if c.dep_ == "pobj"]
    return (
        cue_head.pos_ == "VERB" and first.lower_ == "to" and first.dep_ in _PREPOSITIONS
        and first.head == cue_head and not any(t.dep_ == "mark" and t.lower_ == "that" for t in words)
        and not any(o.pos_ in {"PRON", "PROPN"} for o in objects)
    )


def _not_to_say(cue_head: Token, frame: Frame) -> bool:
    """'That's not to say Y': an infinitive cue under 'be' whose source is a demonstrative."""
    source = frame.source_head
    return (
        source is not None and source.lower_ in _DEMONSTRATIVES
        and cue_head.tag_ == "VB" and any(c.tag_ == "TO" for c in cue_head.children)
        and cue_head.head.lemma_ == "be"
    )


def _acted_on(cue_head: Token) -> bool:
    """'X is chosen by the viewers to Y': a passive act cue with a by-agent, unless its subject is
    a message ('Plans to abolish Y have been unveiled by Z')."""
    children = list(cue_head.children)
    subjects = [c for c in children if c.dep_ == "nsubjpass"]
    if not subjects or not any(c.dep_ == "agent" for c in children):
        return False
    if subjects[0].lemma_.lower() in cues()["nouns"]:
        return False
    return lemma_classes().get(cue_head.lemma_.lower()) is CueClass.ACT


def _a_name(cue_head: Token) -> bool:
    """'The song is called Gonna Have a No 1': a passive naming verb, no agent, a proper name; 'Alex
    Bell was known as Mr 2940': any passive cue with no agent whose 'as' phrase is a proper name."""
    children = list(cue_head.children)
    passive = any(c.dep_ == "auxpass" for c in children) and not any(c.dep_ == "agent" for c in children)
    named = cue_head.lemma_.lower() in cues()["naming_verbs"] and any(c.dep_ in {"oprd", "attr"} and c.tag_ == "NNP" for c in children)
    named_as = any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" and g.tag_ == "NNP" for g in c.children) for c in children
    )
    return passive and (named or named_as)
