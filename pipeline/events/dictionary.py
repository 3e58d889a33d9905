"""The field's dictionaries, converted (pipeline/events/vendor/convert.py), matched on the parse.

- Verbs: PETRARCH2's CAMEO verb blocks, indexed by lemma ("carry out": lemma plus particle).
  A block's patterns are tried most specific first; a pattern's slots must each be found:
  "obj" words in the direct object (or the complement verb: "agreed to cooperate"), "subj"
  words in the subject, a preposition's words in that prepositional phrase ("warned of
  consequences" vs "warned against pullout"). No pattern: the verb's own code, else the
  block's default code (None: the verb codes nothing on its own). A default is trusted on its
  own only for a verb whose senses the dictionary codes mostly that way (`_generic`); a date
  or number is never a trigger (`is_numeric`: "16 March").
- Actors and agents: pipeline.events.actors.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from pipeline.deps import NUMERIC_LABELS
from pipeline.events.complements import for_clause, raised_subject
from pipeline.events.doc_words import children_with, doc_words
from pipeline.events.ontology import load_lexicon
from pipeline.events.pattern_words import pattern_word_found, phrase_words, words_under

_DATA = Path(__file__).parent / "data"
# not "ccomp": "reported that the attacks targeted ..." is reported content, not the object
_OBJECT_DEPS = {"dobj", "attr", "oprd", "dative", "xcomp", "acomp", "nsubjpass"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "agent"}
_NAMED = {"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"}
# a date, time or amount is never an event word: "16 March", "a second half"
_STATEMENT_ROOT = "01"  # CAMEO make public statement
_APPEAL_ROOT = "02"  # CAMEO make an appeal or request: its bare "(FOR)", "(ON)" name what is asked
_FORCE_ROOTS = {"18", "19", "20"}  # CAMEO assault, fight, mass violence


@dataclass(frozen=True)
class VerbMatch:
    cameo_code: str
    specific: bool  # a pattern matched, not only the verb's default code
    # the verb heads its block or has its own code ("threaten" in THREATEN) and is no generic
    # verb; a synonym coded only by its block's default ("come" -> 040) or a generic verb
    # ("take", "boost") needs political sides, as PETRARCH codes dyads
    core: bool
    # a pattern PETRARCH codes with the subject acted on ("faced criticism", "received an
    # invitation": ":111" in the dictionary); its actor is the verb's source phrase
    received: bool = False
    # a block whose default sense gathers its subjects ("officials met", "leaders gathered"),
    # not a journey or a thought ("voters tend to go for", "people will go online")
    gathering: bool = True


@lru_cache(maxsize=1)
def _verbs() -> dict:
    return json.loads((_DATA / "cameo_verbs.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def verb_index() -> dict[str, list[tuple[str | None, str]]]:
    """lemma -> [(particle or None, block name)], entries with a particle first."""
    index: dict[str, list[tuple[str | None, str]]] = {}
    for name, block in _verbs()["verbs"].items():
        head, _, rest = name.partition(" ")
        index.setdefault(head, []).append((rest or None, block))
    return {k: sorted(v, key=lambda e: e[0] is None) for k, v in index.items()}


@lru_cache(maxsize=1)
def pattern_index() -> dict[str, tuple[list, dict[str, list[int]]]]:
    """Per block, its patterns and an index key word -> pattern positions: a pattern is tried
    only when one of its key words (the first group's alternatives, or its preposition)
    occurs under the verb, so a verb costs its own words, not its block's 400 patterns."""
    compiled = {}
    for name, block in _verbs()["blocks"].items():
        index: dict[str, list[int]] = {}
        for position, (slots, *_) in enumerate(block["patterns"]):
            if not slots:
                continue
            role, words = slots[0]
            key = {w for a in (words[0] if words else [role]) for w in a.split()}
            for word in key | {w[:-1] for w in key if w.endswith("s")}:
                index.setdefault(word, []).append(position)
        compiled[name] = (block["patterns"], index)
    return compiled


def _slot_heads(verb: Token, role: str) -> list[Token]:
    if role == "obj":
        heads = children_with(verb, _OBJECT_DEPS | {"prt"})
        if verb.dep_ == "acl":  # "sanctions imposed in 1998": the noun is the object
            heads.append(verb.head)
        heads += raised_subject(verb)
        if not any(h.dep_ in {"dobj", "nsubjpass", "xcomp"} for h in heads):
            # no object: the words may follow in a prepositional phrase, as PETRARCH reads
            # the verb phrase ("faced with criticism", "went on strike")
            lexicon = load_lexicon()
            adjuncts = lexicon["time_anchor_preps"] | lexicon["location_preps"]  # "despite", "in"
            heads += [c for c in children_with(verb, {"prep"}) if c.lower_ not in adjuncts]
        # the complement verb and its own object ("agreed to hold talks"), not its adjuncts
        complements = [g for h in heads if h.dep_ == "xcomp" for g in children_with(h, _OBJECT_DEPS)]
        return heads + complements
    if role == "subj":
        return children_with(verb, _SUBJECT_DEPS)
    preps = [c for c in children_with(verb, {"prep", "agent", "dative"}) if c.lower_ == role]
    # "called for him to go": the parser reads the preposition as the mark of a clause
    preps += [c for c in verb.children if for_clause(c) and role == "for"]
    if role == "to":  # "agreed to cooperate": the infinitive marker opens the complement
        preps += children_with(verb, {"xcomp"})
    # "warned Israel of ...", "urged the government to ..."; a complement verb's phrase is its
    # own ("visited Ms Essex to lobby for increased funds" asks nothing of the visit)
    for obj in children_with(verb, {"dobj"}):
        preps += [c for c in children_with(obj, {"prep"}) if c.lower_ == role]
    return preps


def _pattern_matches(verb: Token, pattern: list, read: dict, exact: bool = False, synonyms: bool = False) -> bool:
    """Whether every slot of `pattern` is found under `verb`; `read` keeps the verb's slot heads
    and phrase words once read (a verb may try dozens of patterns over the same few roles)."""
    slots, code, origin = pattern
    for role, words in slots:
        heads = read.get(role)
        if heads is None:
            heads = read[role] = _slot_heads(verb, role)
        if not words:  # a bare "(TO)" is "to <actor or place>", no infinitive ("managed to read ...")
            heads = [h for h in heads if h.dep_ != "xcomp"]
        if not heads:
            return False
        if role not in {"obj", "subj"}:
            clause = any(map(for_clause, heads))  # "called for him to go": someone to act
            heads = [t for h in heads for t in h.children] or heads
            if not words and not clause and not any(h.ent_type_ in _NAMED for h in heads) and not (
                _asked(verb, code, origin) and any(h.dep_ == "pobj" and not is_numeric(h) for h in heads)
            ):
                return False  # a bare "(TO)" stands for "to <actor or place>": "came to Moscow"
        key = (role, bool(words), exact, synonyms)  # what decides `heads` and their words above
        if key not in read:
            read[key] = phrase_words(heads, exact, synonyms)
        bag, text = read[key]
        if not all(pattern_word_found(alternatives, bag, text, exact) for alternatives in words):
            return False
    return True


def _asked(verb: Token, code: str | None, origin: str | None) -> bool:
    """An appeal's bare "(FOR)", "(ON)" written for this request verb itself names who or what
    is asked for, named or not ("called on ministers to", "called for the release"), never a
    date ("on Monday"); not for its block-mates ("visit Auschwitz for the anniversary") nor
    another verb with a particle ("call out Russia on this")."""
    lemma = verb.lemma_.lower()
    return (
        (code or "").startswith(_APPEAL_ROOT) and origin == lemma and lemma in load_lexicon()["request_verbs"]
        and not any(c.dep_ == "prt" for c in verb.children)
    )


def _best_pattern(
    verb: Token, name: str, patterns: list, candidates: list[int], read: dict
) -> tuple[list, str | None] | None:
    """The slots and code of the first matching pattern, most specific first. Of equally
    specific ones, a pattern written for the verb `name` itself wins over one its block took
    from a synonym (the comment naming "the verb where the pattern was originally found"):
    "deployed troops" is DEPLOY's &MILITARY 154 (mobilise), not SEND's 062 before it. An
    equally specific pattern written for the same verb that matches the written form wins,
    as PETRARCH matches forms ("lifted sanctions": LIFT's SANCTIONS 085, not the SANCTION 0351
    before it; "condemned the attack" stays CONDEMN's ATTACKS 111, not PREVENT's ATTACK 053)."""
    first = next((i for i in candidates if _pattern_matches(verb, patterns[i], read)), None)
    if first is None:  # a pattern the dictionary writes for a word its sets lack: "signed a deal"
        first = next((i for i in candidates if _pattern_matches(verb, patterns[i], read, synonyms=True)), None)
    if first is None:
        return None
    if patterns[first][2] != name:
        rank = _specificity(patterns[first][0])
        first = next(
            (i for i in candidates if i > first and patterns[i][2] == name and _specificity(patterns[i][0]) == rank
             and _pattern_matches(verb, patterns[i], read, synonyms=True)),
            first,
        )
    slots, code, origin = patterns[first]
    if not _pattern_matches(verb, patterns[first], read, exact=True):
        rank = _specificity(slots)
        for i in candidates:
            other, other_code, other_origin = patterns[i]
            if i > first and other_origin == origin and _specificity(other) == rank:
                if _pattern_matches(verb, patterns[i], read, exact=True):
                    return other, other_code
    return slots, code


def _specificity(slots: list) -> int:
    """The sort key of vendor/convert.py: more slots and words, more specific."""
    return sum(len(words) + 1 for _, words in slots)


def _particle_found(verb: Token, particle: str) -> bool:
    words = particle.split()
    found = doc_words(verb.doc)
    following = found.forms[verb.i + 1 : verb.i + 1 + len(words)]
    # a preposition with its own object is no particle: "give ... in aid" is not "give in"
    particles = [
        found.forms[c]
        for c in found.children[verb.i]
        if found.deps[c] in {"prt", "dobj"}
        or (found.deps[c] == "prep" and not any(found.deps[g] == "pobj" for g in found.children[c]))
    ]
    return following == words or (len(words) == 1 and words[0] in particles)


def match_verb(verb: Token) -> VerbMatch | None:
    """The CAMEO code the dictionary gives this verb in this parse, or None."""
    data = _verbs()["blocks"]
    entries = verb_index().get(verb.lemma_.lower(), ())
    reach = words_under(verb) if entries else set()
    if verb.dep_ == "acl":
        reach |= {verb.head.lemma_.lower(), verb.head.lower_}
    for subject in raised_subject(verb) if entries else ():
        reach |= {t.lemma_.lower() for t in subject.subtree} | {t.lower_ for t in subject.subtree}
    read: dict = {}  # see _pattern_matches
    for particle, block_name in entries:
        if particle is not None and not _particle_found(verb, particle):
            continue
        block = data[block_name]
        patterns, index = pattern_index()[block_name]
        candidates = sorted({i for word in reach & index.keys() for i in index[word]})
        name = verb.lemma_.lower() + (f" {particle}" if particle else "")
        if (block["code"] or "").startswith(_STATEMENT_ROOT):
            # a statement block's verbs differ in sense: "announced reforms" is 083, "is
            # said to be frustrated that his reforms ..." no concession; each its own patterns
            candidates = [i for i in candidates if patterns[i][2] == name]
        chosen = _best_pattern(verb, name, patterns, candidates, read)
        if chosen is not None:
            slots, code = chosen
            named = any(words for _, words in slots)  # not only a bare "(TO)"
            if code and code.startswith(":"):
                return VerbMatch(code[1:], named, True, received=True)
            return VerbMatch(code, named, True) if code else None
        if particle is None and any(c.dep_ == "prt" for c in verb.children):
            return None  # "take up an offer", "held off a rival", "set up": another verb
        return block_default(name, block_name)
    return None


def block_default(name: str, block_name: str) -> VerbMatch | None:
    """A verb's code where no pattern of its block matched: its own code, else the block's
    default (None: it codes nothing on its own)."""
    block = _verbs()["blocks"][block_name]
    if _acted_on_block(block_name):
        return None  # "Zoe died within 30 minutes": a death is coded only with its cause
    code = block["verb_codes"].get(name) or block["code"]
    core = (name in block["verb_codes"] or _heads_block(name, block_name)) and not _generic(name, block_name, code)
    gathering = block_name in load_lexicon()["gathering_blocks"]
    return VerbMatch(code, False, core, gathering=gathering) if code else None


@lru_cache(maxsize=None)
def _acted_on_block(block_name: str) -> bool:
    """A block most of whose patterns PETRARCH codes with the subject acted on (DIE: "died in a
    drone strike" [:1952], "died from injuries" [:190]): its default names no agent nor cause."""
    codes = [code for _, code, _ in _verbs()["blocks"][block_name]["patterns"]]
    return 2 * sum(1 for code in codes if code and code.startswith(":")) > len(codes)


def is_numeric(token: Token) -> bool:
    """A date, time or number ("16 March", "1,000"): no trigger, whatever its tag."""
    return token.like_num or token.ent_type_ in NUMERIC_LABELS


@lru_cache(maxsize=None)  # of the dictionary alone: a verb's answer never changes
def _generic(verb: str, block_name: str, code: str | None) -> bool:
    """A generic verb in the dictionary's own terms: its default is a root-level code ("060",
    CAMEO's "not specified below") and most of the patterns written for it code another
    type or nothing ("take", "hold", "boost", "want", "decide"). Its default is one sense
    among many, so it needs a political dyad or a pattern. Codes of force have their own gate
    of evidence (a weapon, an armed side: pipeline.events.extract)."""
    if not code or not code.endswith("0") or code[:2] in _FORCE_ROOTS:
        return False
    own = [p_code for _, p_code, origin in _verbs()["blocks"][block_name]["patterns"] if origin == verb]
    same = sum(1 for p_code in own if p_code and p_code.lstrip(":")[:2] == code[:2])
    return len(own) >= 2 and 2 * same < len(own)


def _heads_block(verb: str, block_name: str) -> bool:
    """"apologise" heads APOLOGIZE, "meet" MEET_PEOPLE: the block is named after the verb
    (spelling variants share their first five letters)."""
    block = block_name.lower().replace("_", " ")
    return block.split()[0] == verb or (len(verb) >= 5 and block[:5] == verb[:5])


def object_patterns(verb: Token) -> list[tuple[tuple[str, ...], str]]:
    """The verb's block patterns that name one word group in its object only ("lift
    sanctions" -> (("sanctions",), "085")), for matching an event noun of the same type."""
    for particle, block_name in verb_index().get(verb.lemma_.lower(), ()):
        if particle is not None and not _particle_found(verb, particle):
            continue
        return [
            (tuple(slots[0][1][0]), code)
            for slots, code, *_ in _verbs()["blocks"][block_name]["patterns"]
            if code and not code.startswith(":") and len(slots) == 1 and slots[0][0] == "obj" and len(slots[0][1]) == 1
        ]
    return []
