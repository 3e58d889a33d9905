"""The sense gate on annotated sentences of the released event sets (tests/data/events_heldout*.json):
arrests of people, names that are no agents, stances of political bodies with no side acted on."""

from pipeline.events import extract_events


def _events(nlp, text):
    return [(e.plover_type, e.trigger.text, [a.text for a in e.actors], [t.text for t in e.targets])
            for e in extract_events(nlp(text), None)]


def test_an_arrest_or_detention_of_people_is_an_act_of_the_state_whoever_they_are(nlp):
    # a business person arrested: the arrest is no business sense (CAMEO 173)
    found = _events(nlp, "One of Japan's best-known businessmen was arrested on Thursday on charges of "
                         "falsifying shareholder information and selling shares based on the false data.")
    assert ("COERCE", "arrested", [], ["Japan's best-known businessmen"]) in found
    found = _events(nlp, "It comes after law lords ruled that the detention of 12 foreign terror suspects "
                         "without trial breached human rights.")
    assert [e[:2] for e in found] == [("COERCE", "detention")]
    # a ban (CAMEO 172) on a player stays a sports sense; a firm's lawsuit a business one
    assert _events(nlp, "The striker was banned for two matches after the game.") == []
    assert _events(nlp, "The company has also sued former auditors and financial advisors for damages.") == []


def test_a_name_of_several_words_is_not_its_last_words_agent(nlp):
    # "Patrol" is a Phoenix military agent; the band is none
    assert _events(nlp, 'Snow Patrol had "no other course of action" but to ask their co-founder and '
                        "bassist to leave the band, lead singer Gary Lightbody has said.") == []
    found = _events(nlp, "The Metropolitan Police arrested two men.")
    assert [e[:3] for e in found] == [("COERCE", "arrested", ["Metropolitan Police"])]


def test_a_stance_of_a_political_body_needs_no_side_acted_on(nlp):
    # a block default ("welcomed", "branded") by officials or a party named as the actor
    found = _events(nlp, "Both Culture Secretary Tessa Jowell and Deputy Prime Minister John Prescott "
                         "have welcomed his return.")
    assert [e[:2] for e in found] == [("SUPPORT", "welcomed")]
    found = _events(nlp, "Labour has already branded the proposal unworkable.")
    assert [e[:3] for e in found] == [("ACCUSE", "branded", ["Labour"])]
    # a body the sources read as government that the agents dictionary lacks
    found = _events(nlp, "Donor nations have promised to give $717m (£379m) in disaster relief over the "
                         "next six months, according to the United Nations.")
    assert [e[:3] for e in found] == [("AGREE", "promised", ["Donor nations"])]
    # the weaker evidence holds for a reported fact only: what a party "would announce" is none
    assert _events(nlp, "She said the Conservatives would announce their proposals closer to the "
                        "General Election.") == []


def test_a_players_name_that_ends_as_a_listed_officials_does_not_make_a_sentence_political(nlp):
    assert _events(nlp, "He missed a tackle on Michael Owen in the build-up to Wales' try, conceded a "
                        "penalty at the breakdown and fumbled Gavin Henson's cross-kick into touch.") == []
