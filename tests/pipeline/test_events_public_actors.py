"""Political participants the 2015 dictionaries lack (pipeline/events/public_actors.py), an
abduction's place as evidence of force (pipeline/events/extract.py), and the
events the sense gate keeps once they are known, on real news sentences."""

import pytest

from pipeline.events import arguments as args
from pipeline.events import extract_events
from pipeline.events.context import participant_code
from pipeline.events.public_actors import public_code


def _public(doc, word):
    token = next(t for t in doc if t.text == word)
    phrase = args.phrase(token)
    return public_code(token, phrase, participant_code(token, phrase))


@pytest.mark.parametrize(
    "sentence, word, sector",
    [
        ("A spokesman for UKIP called on Mr Hockney to quit the London Assembly.", "spokesman", "PTY"),
        ("Former civil service chief Lord Butler has criticised the way the government operates.", "Butler", "LEG"),
        ("Liberal Democrat leader Charles Kennedy said some concessions had been offered.", "Kennedy", "PTY"),
        # the NER takes the party's word into the name and leaves its head out: [Tory Dominic] Grieve
        ("Tory Dominic Grieve branded the way Mr Blunkett's office operated as scandalous.", "Grieve", "PTY"),
        ("But critics have called for him to go.", "critics", "OPP"),
        # a post's holder, by the body he heads; a club's post heads no public body
        ("The chairman of the Commission for Racial Equality called for ethnic minority shortlists.", "chairman", "GOV"),
        ("The chairman of Manchester United rejected the offer.", "chairman", None),
        # a trade's critics, a body's office, a party named alone: no political side here
        ("Film critics have praised the new production.", "critics", None),
        ("Fifa commissioner Jim Boyce criticised the referee.", "Boyce", None),
        ("EU Trade Commissioner Peter Mandelson has announced talks.", "Mandelson", "GOV"),
        ("Mr Hockney also left UKIP saying he would deliver better.", "UKIP", None),
    ],
)
def test_public_actor_evidence(nlp, sentence, word, sector):
    code = _public(nlp(sentence), word)
    assert (code.sector if code is not None and code.political else None) == sector


@pytest.mark.parametrize(
    "sentence, plover_type",
    [
        ("A spokesman for UKIP called on Mr Hockney to quit the London Assembly.", "REQUEST"),
        (
            "The prince, 20, apologised, but critics have called for him to go to Auschwitz for the "
            "commemoration of the Soviets' 1945 liberation of the camp.",
            "REQUEST",
        ),
    ],
)
def test_gate_keeps_events_of_public_actors(nlp, sentence, plover_type):
    doc = nlp(sentence)
    assert plover_type in {e.plover_type for e in extract_events(doc, None)}


def test_an_abduction_with_a_place_is_force_a_hijacked_account_is_not(nlp):
    abducted = "Mrs Hassan, 59, who led Care International operations in Iraq, was abducted in Baghdad on 19 October."
    assert [e.plover_type for e in extract_events(nlp(abducted), None)] == ["ASSAULT"]
    assert extract_events(nlp("Hackers hijacked thousands of accounts in London last week."), None) == []


def test_a_state_owned_firm_holds_no_office(nlp):
    doc = nlp("Gazprom is set to merge with state oil firm Rosneft, the company that acquired Yuganskneftegas.")
    assert _public(doc, "Rosneft") is None


@pytest.mark.parametrize(
    "sentence, plover_type, target",
    [
        ("The prime minister ridiculed the Tory plans for asylum quotas and for processing all asylum "
         "claims overseas.", "ACCUSE", "Tory plans"),
        ("Mr Blair instead hailed Labour's achievement in using a strong economy to invest in public "
         "services.", "SUPPORT", "Labour's achievement"),
    ],
)
def test_a_party_or_a_thing_of_a_party_is_the_side_acted_on(nlp, sentence, plover_type, target):
    (event,) = extract_events(nlp(sentence), None)
    assert (event.plover_type, [t.text for t in event.targets], event.target_sectors) == (
        plover_type, [target], ("PTY",)
    )


def test_a_party_the_ner_leaves_unlabelled_still_acts(nlp):
    # the small model labels "Labour" ORG in some sentences and nothing in this one
    doc = nlp("Labour ridiculed the plan.")
    assert [(e.plover_type, [a.text for a in e.actors], e.actor_sectors) for e in extract_events(doc, None)] == [
        ("ACCUSE", ["Labour"], ("PTY",))
    ]
    # the common noun is no party
    assert extract_events(nlp("Cheap labour ridiculed the plan."), None) == []


def test_a_colour_or_a_name_holding_a_party_word_is_no_party(nlp):
    doc = nlp("The other contenders include Susan Fletcher for Eve Green, which won the first novel prize.")
    assert extract_events(doc, None) == []


def test_an_event_nouns_of_phrase_names_its_people(nlp):
    sentence = (
        "Home Secretary Charles Clarke wants to introduce a points system for economic migrants and "
        "increase deportations of failed asylum seekers."
    )
    events = [e for e in extract_events(nlp(sentence), None) if e.plover_type == "COERCE"]
    assert [[t.text for t in e.targets] for e in events] == [["failed asylum seekers"]]
    # a thing in the "of" phrase is no one: the deletion of e-mails has no target named
    doc = nlp('Richard Thomas "totally condemned" the deletion of e-mails to prevent their disclosure.')
    assert extract_events(doc, None) == []
