"""Which verbs are cues, and which tokens make up a cue: lemma repair, phrasal and characterising
cues, auxiliaries and particles around the verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from pipeline.deps import TIME_LABELS
from pipeline.attribution.lexicons import cues
from pipeline.sources.kinds import source_kinds
from pipeline.sources.source_like import is_source_like

if TYPE_CHECKING:
    from pipeline.attribution.context import DocContext

_CUE_MODIFIER_DEPS = {"aux", "auxpass", "neg", "advmod"}
_CUE_TIME_DEPS = {"npadvmod", "advmod"}


def cue_lemma(token: Token) -> str:
    """The token's lemma, repaired where the lemmatiser gets a silent e wrong ('hoping' -> 'hop',
    'rated' -> 'rat', 'retweeted' -> 'retweete') and the repaired form is a listed cue verb."""
    lemma = token.lemma_.lower()
    verbs = cues()["verbs"]
    if lemma in verbs or not token.lower_.startswith(lemma.removesuffix("e")):
        return lemma
    for repaired in (lemma + "e", lemma.removesuffix("e")):
        if repaired in verbs:
            return repaired
    return lemma


def cue_lemma_of(cue: Span) -> str:
    """The lemma a claim's cue is stored under: a verb's repaired lemma, a noun's or an adverb's
    lemma, or a multi-word cue as written ("according to")."""
    if cue.root.pos_ in {"VERB", "AUX"}:
        return cue_lemma(cue.root)
    if len(cue) == 1 or cue.root.pos_ in {"NOUN", "ADV"}:
        return cue.root.lemma_.lower()
    return cue.text.lower()


def is_cue_verb(ctx: DocContext, token: Token) -> bool:
    """A listed cue verb; a phrasal cue (a verb in `particles` only) followed by its first listed
    particle: 'laid out', 'went after', 'made clear', 'lashed out at'; or a characterising verb with
    an object and an 'as' phrase: 'sees Y as Z'. A listed verb with a physical sense
    (`person_object_verbs`) needs a person or a body as its target."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = cue_lemma(token)
    if lemma in cues()["verbs"]:
        return lemma not in cues()["person_object_verbs"] or _targets_someone(ctx, token)
    if lemma in cues()["characterising_verbs"]:
        return _characterises(token)
    particles = cues()["particles"].get(lemma)
    particle = next((c for c in token.rights if particles and c.i == token.i + 1 and c.lower_ == particles[0]), None)
    if particle is None:
        return False
    # a pronoun object as particle ('put it') is a cue only in 'as X put it' or before a colon
    after = token.doc[particle.i + 1] if particle.i + 1 < len(token.doc) else None
    return particle.dep_ != "dobj" or as_marked(token) or after is not None and after.text == ":"


def _targets_someone(ctx: DocContext, verb: Token) -> bool:
    """'grilled the chief executive', 'Trump was pounded by his rivals': a verb of judgment with a
    physical sense judges only a person or a body; 'grilled the fish', 'hammered the nails' do not,
    nor does the verb with a particle ('hammered out an agreement')."""
    if any(c.dep_ == "prt" for c in verb.children):
        return False
    target = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    return target is not None and is_source_like(ctx, target)


def _characterises(verb: Token) -> bool:
    """'sees the program as a way to Y', 'painted him as a caricature': an object, then 'as'."""
    objects = [c.i for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and any(c.dep_ == "prep" and c.lower_ == "as" and c.i > objects[0] for c in verb.children)


def that_clause(token: Token, deps: set[str]) -> Token | None:
    """The head of a "that ..." clause under `token` with one of `deps`, if any. A noun's clause
    the parser labels relative but opened by the complementiser "that" (a relative "that" is a
    subject or object) counts as its clausal modifier: "a report that Y had a loss"."""
    for child in token.children:
        dep = "acl" if child.dep_ == "relcl" else child.dep_
        if dep in deps and any(g.dep_ == "mark" and g.lower_ == "that" for g in child.children):
            return child
    return None



def cue_tokens(verb: Token) -> list[int]:
    """The verb with its adjacent auxiliaries, negation and adverbs ("has also said", "did not
    confirm", "said Friday") and a particle that is part of the cue ("called for", "pointed out")."""
    particles = cues()["particles"].get(cue_lemma(verb), [])
    tokens = [verb.i]
    for child in reversed(list(verb.lefts)):
        if child.i == tokens[0] - 1 and child.dep_ in _CUE_MODIFIER_DEPS and child.pos_ != "PUNCT":
            # with the adverb's own modifiers, so a negation stays in the cue ("no longer wants")
            tokens[0:0] = range(child.left_edge.i, child.i + 1)
    for child in verb.rights:
        adjacent = child.i == tokens[-1] + 1
        if adjacent and child.lower_ in particles and not child.is_punct and not is_setting(child):
            tokens.append(child.i)
        elif adjacent and child.dep_ in _CUE_TIME_DEPS and child.n_lefts + child.n_rights == 0 and (
            not child.is_title or is_time(child)  # "admitted Kiely": a surname tagged an adverb is the speaker
        ):
            tokens.append(child.i)
    return tokens


def is_setting(particle: Token) -> bool:
    """'weighed in Friday', 'chimed in on Twitter': a preposition of time or medium, not a particle."""
    platforms = source_kinds()["social_media_platforms"]
    return is_time(particle) or any(g.dep_ == "pobj" and g.lower_ in platforms for g in particle.children)


def is_time(token: Token) -> bool:
    return token.ent_type_ in TIME_LABELS or any(t.ent_type_ in TIME_LABELS for t in token.children)


def as_marked(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
