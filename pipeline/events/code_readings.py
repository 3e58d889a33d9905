"""Readings of a matched CAMEO code in its context, where PLOVER types the act the sentence
reports rather than the code alone (pipeline.events.triggers applies them to verb triggers).

- A verb coded only by its block's default reads its complement (`complement_code`).
  In a material sense with an act as its object it takes the verbal sense the verb's own
  patterns give the acts they name (`act_object_code`): a material act (protection, force, a
  boycott) is done to people, places and things, not to a decision or a plan. DEFEND's
  default is military protection (074), while every act its patterns name ("decision",
  "plan", "comment", "raid") is defended verbally (052): so "defended the move" and "defended
  the purchase" are PLOVER's SUPPORT, though the dictionary lists neither noun; "attacked the
  proposals" is the criticism (111) the ATTACK patterns give "decision", "criticism" or
  "agreement", not force. An act is a noun the dictionaries treat as an event: an ontology
  event noun, a noun spelt as a dictionary verb ("plan", "raid") or one WordNet derives from
  one ("decision", "move", "purchase"); more than half of the verb's own one-word object
  patterns naming acts must give one verbal type. An expulsion from an organisation is
  SANCTION (`expulsion_code`).
- A signed agreement of material exchange is COOPERATE (`signed_exchange`).
- CAMEO 175 (violent repression) is typed by the act that represses (`repressed_by`).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from spacy.tokens import Token

from pipeline.events.crosswalk import MATERIAL_TYPES, event_type_of_cameo
from pipeline.events.dictionary import block_default, pattern_index, verb_index
from pipeline.events.doc_words import children_with
from pipeline.events.nominal import derived_verbs
from pipeline.events.ontology import load_ontology
from pipeline.sources.kinds import word_set

_OBJECT_DEPS = {"dobj", "nsubjpass"}
_REPRESSION = "175"  # CAMEO use tactics of violent repression
_DEPORTED, _EXPELLED = "174", "166"  # CAMEO expel or deport individuals; expel or withdraw
# CAMEO sign formal agreement; express intent to cooperate materially (0311 economically ...);
# cooperate economically
_SIGNED, _INTENT_TO_COOPERATE, _ECONOMIC_COOPERATION = "057", "031", "061"


def complement_code(verb: Token, default_code: str) -> str | None:
    """The code a verb coded only by its block's default takes from its complement: the verbal
    sense of an act as its object, or an expulsion from an organisation; else None."""
    return act_object_code(verb, default_code) or expulsion_code(verb, default_code)


def act_object_code(verb: Token, default_code: str) -> str | None:
    """The verbal code the verb's own act patterns give its act object (module docstring), or
    None: a verbal default, no act as object, or no clear verbal type."""
    block = _own_block(verb)
    if event_type_of_cameo(default_code) not in MATERIAL_TYPES or block is None:
        return None
    if not any(t.pos_ == "NOUN" and _act(t.lemma_.lower()) for t in children_with(verb, _OBJECT_DEPS)):
        return None
    return _verbal_code(verb.lemma_.lower(), block)


@lru_cache(maxsize=None)
def _verbal_code(lemma: str, block_name: str) -> str | None:
    codes = [
        code
        for slots, code, origin in pattern_index()[block_name][0]
        if origin == lemma and code and not code.startswith(":") and len(slots) == 1 and slots[0][0] == "obj"
        and len(slots[0][1]) == 1 and all(_act(word) for word in slots[0][1][0])
    ]
    types = Counter(map(event_type_of_cameo, codes)).most_common(1)
    if not types or types[0][0] in MATERIAL_TYPES | {None} or 2 * types[0][1] <= len(codes):
        return None
    return Counter(code for code in codes if event_type_of_cameo(code) == types[0][0]).most_common(1)[0][0]


def _act(word: str) -> bool:
    singular = word[:-1] if word.endswith("s") else word
    return word in _act_words() or singular in _act_words()


@lru_cache(maxsize=1)
def _act_words() -> frozenset[str]:
    """Nouns the dictionaries treat as events: WordNet-derived, ontology event nouns, dictionary verbs."""
    return frozenset(derived_verbs().keys() | load_ontology().nouns.keys() | verb_index().keys())


def signed_exchange(verb: Token, code: str) -> str:
    """A signed agreement of material exchange is economic cooperation (061), PLOVER's
    COOPERATE ("initiate ... economic exchange"): PLOVER's SUPPORT takes signing an agreement
    (057) "only for political, diplomatic, and non-material support", and its AGREE only
    promises to sign. Material is an agreement worth money ("signed a $40bn deal") or one the
    dictionary codes as an intent of cooperation (031x: "signed an oil deal", 0311), which a
    signing carries out (SIGN writes "trade agreement" both 0311 and, later, 061)."""
    agreement = [t for o in children_with(verb, _OBJECT_DEPS) for t in o.subtree]
    if code == _SIGNED and any(t.ent_type_ == "MONEY" for t in agreement):
        return _ECONOMIC_COOPERATION
    if code[:3] == _INTENT_TO_COOPERATE and len(code) == 4 and _signing_block(verb):
        return "06" + code[3]
    return code


def _signing_block(verb: Token) -> bool:
    """The verb's block codes nothing by itself and mostly signs formal agreements (SIGN)."""
    block = _own_block(verb)
    if block is None or block_default(verb.lemma_.lower(), block) is not None:
        return False
    codes = Counter(code for _, code, _ in pattern_index()[block][0] if code)
    return bool(codes) and codes.most_common(1)[0][0].lstrip(":") == _SIGNED


def repressed_by(verb: Token, code: str) -> str | None:
    """CAMEO 175 (violent repression, ASSAULT in the crosswalk) names whom an act represses,
    not the act: the dictionary writes it for "arrested protesters" as for "fired tear gas at
    demonstrators". PLOVER types the act: COERCE is its repression, with the mode "arrest,
    detain"; so a 175 pattern of a verb whose own code is coercion (APPREHEND's 173, DEPORT's
    174) is COERCE, one of a verb of force stays ASSAULT."""
    if code != _REPRESSION:
        return None
    block = _own_block(verb)
    own = block_default(verb.lemma_.lower(), block) if block is not None else None
    return "COERCE" if own is not None and event_type_of_cameo(own.cameo_code) == "COERCE" else None


def _own_block(verb: Token) -> str | None:
    """The block listing the verb's lemma alone, without a particle."""
    return next((block for particle, block in verb_index().get(verb.lemma_.lower(), ()) if particle is None), None)


def expulsion_code(verb: Token, default_code: str) -> str | None:
    """CAMEO 174 (expel or deport individuals, COERCE) from an organisation is PLOVER's
    SANCTION, whose "expel" mode expels "an actor from a group, organization or country;
    excluding individual deportations" (COERCE's "deport"): "was expelled from the Labour
    party" is 166 (expel or withdraw), as the DEPORT block itself codes "removed from office"
    160; "expelled from the country" stays a deportation."""
    if default_code != _DEPORTED:
        return None
    bodies = [t for p in children_with(verb, {"prep"}) if p.lower_ == "from" for t in children_with(p, {"pobj"})]
    organisations = word_set("organization_heads")
    return _EXPELLED if any(t.ent_type_ == "ORG" or t.lemma_.lower() in organisations for t in bodies) else None
