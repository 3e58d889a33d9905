"""An event side's codes from the field's dictionaries: the CAMEO actor code, sector and country
of a participant (an event noun takes its own actor's or target's), a body the sources read as
government that the agents dictionary lacks, and the columns the events table stores them in."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events import actors
from pipeline.events import arguments as args
from pipeline.events.context import POLITICAL_SECTORS, POPULACE_SECTORS, Code, a_post_in_general, participant_code
from pipeline.events.ontology import load_lexicon, load_ontology
from pipeline.events.public_actors import public_code
from pipeline.events.triggers import event_noun_type
from pipeline.sources.kinds import source_kinds, word_set

# the sources' heads of mentions of people and bodies (pipeline/lexicons/source_kinds.json);
# not their title words ("policy" of "policy chief")
_SOMEONE_HEADS = ("person_heads", "government_heads", "organization_heads", "anonymous_heads", "media_heads")


def a_thing(token: Token) -> bool:
    """A common noun naming no one ("policy", "debate", "play"): no entity, nor a head the
    sources read as a person, body or group ("the director", "donor nations", "the hospital")."""
    return token.pos_ == "NOUN" and not token.ent_type_ and token.lemma_.lower() not in word_set(*_SOMEONE_HEADS)


def coded_columns(side: str, codes: list[Code | None]) -> dict[str, tuple[str | None, ...]]:
    """Per actor (or target): its CAMEO code, sector and country code, where the dictionaries
    give them ("RUSMIL": RUS, MIL; "IGOUNO": IGO, no country; "officials": GOV only)."""
    return {f"{side}_codes": tuple(c.text if c else None for c in codes),
            f"{side}_sectors": tuple(c.sector if c else None for c in codes),
            f"{side}_countries": tuple(c.country if c else None for c in codes)}


def side_code(token: Token) -> Code | None:
    """A participant's code; an event noun takes its own actor's ("the EU embargo was lifted",
    "rejected critics' calls") or its target's."""
    code = _own_code(token)
    noun_type = event_noun_type(token)
    if code is None and noun_type is not None:
        # its actor, else its own target: "sanctions on Iran are to be lifted" concern Iran
        preps = load_ontology().types[noun_type].target_preps
        owners = [*args.noun_actors(token), *args.prep_objects(token, preps), *args.of_people(token)]
        code = next(filter(None, map(_own_code, owners)), None)
    return code


def _own_code(token: Token) -> Code | None:
    phrase = args.phrase(token)
    code = public_code(token, phrase, participant_code(token, phrase))
    full = _named_in_full(token) if code is None else None
    # "Mr Kennedy" is who "Liberal Democrat leader Charles Kennedy" is
    return public_code(full, args.phrase(full), participant_code(full, args.phrase(full))) if full is not None else code


def _named_in_full(surname: Token) -> Token | None:
    """A surname written with a title ("Mr Kennedy") in the document's mention of it after a
    given name ("Charles Kennedy"), where the document has one."""
    title = surname.doc[surname.i - 1] if surname.i > 0 else None
    if surname.pos_ != "PROPN" or title is None or title.lower_.rstrip(".") not in load_lexicon()["honorifics"]:
        return None
    full = actors.full_name(surname)
    return full[-1] if full is not None else None


def owner_code(token: Token) -> Code | None:
    """The side a struck thing belongs to, named by its modifier: "rebel positions", "an army
    convoy", "the army's positions", "a police station" (things the agents dictionary does not
    code, but force on them is force on that side, as PETRARCH codes the whole phrase)."""
    if token.pos_ != "NOUN" or token.ent_type_:
        return None
    for modifier in token.children:
        if modifier.dep_ in {"compound", "amod", "poss"} and modifier.pos_ != "PRON":
            code = participant_code(modifier, modifier.doc[modifier.i : modifier.i + 1])
            if code is not None and code.sector in POLITICAL_SECTORS - POPULACE_SECTORS and not code.affiliated:
                return code
    return None


def governing_code(token: Token) -> Code | None:
    """A body or office the sources read as government that the agents dictionary lacks ("donor
    nations", "the island state", "the delegation"): a state side, unless a firm or team owns it."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in source_kinds()["government_heads"] or a_post_in_general(token):
        return None
    owners = [c for c in token.children if c.dep_ in {"poss", "compound"}]
    return None if any(c.ent_type_ == "ORG" or c.pos_ == "PROPN" and not c.ent_type_ for c in owners) else Code(None, "GOV")
