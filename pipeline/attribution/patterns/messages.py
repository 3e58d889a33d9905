"""Speech acts named by their product: 'X sent a letter', 'X delivered a message', 'X raised
questions about Y'. A verb of production (lexicon `message_verbs`: send, deliver, issue, ...) whose
object is something said or written (`message_nouns`) is an attribution; PolNeAR annotates these.
Verbs of receiving ("faced criticism", "took questions") are not listed: their subject is no source.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from pipeline.attribution.certainty import base_certainty
from pipeline.attribution.context import DocContext
from pipeline.attribution.frames import Frame
from pipeline.attribution.lexicons import cues
from pipeline.attribution.grammar.cue_verbs import cue_tokens
from pipeline.attribution.grammar.subjects import subject_of
from pipeline.deps import PREPOSITION_OBJECTS, subtree
from pipeline.sources.source_like import is_source_like

# A message noun with its own clause ("the claim that Y") is the nominal pattern's.
_CLAUSE_DEPS = {"acl", "ccomp"}
# Words between the verb and its message noun that the cue spans: "raised serious new questions about".
_NOUN_MODIFIERS = {"det", "amod", "compound", "poss", "nummod"}


def _topic(noun: Token, content_prepositions: list[str]) -> Token | None:
    """'questions about his health' -> the preposition 'about', when it follows the noun directly."""
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in content_prepositions and child.i == noun.i + 1:
            if any(g.dep_ in PREPOSITION_OBJECTS for g in child.children):
                return child
    return None


def message_frames(ctx: DocContext) -> Iterator[Frame]:
    """'X sent a letter' (content: the object) / 'X raised questions about Y' (content: Y)."""
    doc, quoted = ctx.doc, ctx.quoted
    lexicon = cues()
    nouns, verbs = set(lexicon["message_nouns"]), set(lexicon["message_verbs"])
    dep, lemma = ctx.columns.dep, ctx.columns.lemma
    for noun in ctx.tokens:
        if dep[noun.i] != "dobj" or lemma[noun.i] not in nouns or noun.i in quoted:
            continue
        verb = noun.head
        if verb.lemma_.lower() not in verbs or verb.pos_ != "VERB" or verb.i in quoted:
            continue
        if any(c.dep_ in _CLAUSE_DEPS for c in noun.children):
            continue
        source = subject_of(ctx, verb)
        if source is None or not is_source_like(ctx, source):
            continue
        cue = cue_tokens(verb)
        topic = _topic(noun, lexicon["content_prepositions"])
        if topic is not None and cue[-1] < noun.i and all(t.dep_ in _NOUN_MODIFIERS for t in doc[cue[-1] + 1 : noun.i]):
            # the phrase up to the preposition is the cue: "raised serious questions about"
            cue = list(range(cue[0], topic.i + 1))
            content = set().union(*(subtree(g) for g in topic.children if g.dep_ in PREPOSITION_OBJECTS))
        else:
            content = subtree(noun)
        yield Frame(cue=cue, source_head=source, content=content, certainty=base_certainty(verb, "asserted"))
