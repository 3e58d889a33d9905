"""Cues that look like reports but are acts or targets: 'make sure that Y' ensures, 'seems ... to
the right of X' has no one it seems so to, 'criticism of X' with no holder names only a target;
and holders the parse hides: 'the concerns of X that Y', a subject before an apposition with
modifiers ('X, assistant director for Y, explained that Z')."""

from pipeline.attribution import extract_claims


def _claims(nlp, text):
    return [
        (c.source.name if c.source else None, text[c.cue.start : c.cue.end], text[c.content.start : c.content.end])
        for c in extract_claims(nlp(text))
    ]


def test_making_sure_is_no_stance(nlp):
    text = "Engineers will inspect the bridge every month to make sure that the cracks do not spread."
    assert not [c for c in _claims(nlp, text) if "sure" in c[1]]


def test_being_sure_still_is(nlp):
    text = "Ms Lee is sure that the cracks will not spread."
    assert ("Lee", "is sure", "the cracks will not spread") in _claims(nlp, text)


def test_a_place_to_the_right_of_someone_is_not_who_it_seems_so_to(nlp):
    text = "The new party seemed to be taking the ground to the left of Labour and the Greens."
    assert [c[0] for c in _claims(nlp, text) if c[1] == "seemed"] == [None]


def test_who_it_seems_so_to_is_the_source(nlp):
    text = "The offer seemed generous to the union."
    assert [c[0] for c in _claims(nlp, text) if c[1] == "seemed"] == ["union"]


def test_criticism_with_no_holder_names_only_its_target(nlp):
    text = "The editor cut the chapter short, removing criticisms of the club's owners."
    assert not [c for c in _claims(nlp, text) if "criticism" in c[1]]


def test_claims_with_no_holder_still_state_something(nlp):
    text = "There were claims of fraud in the count."
    assert (None, "claims of", "fraud") in _claims(nlp, text)


def test_concerns_of_a_group_are_theirs(nlp):
    text = "The vote reflected the concerns of opposition leaders that the levy would hurt farmers."
    assert ("opposition leaders", "the concerns", "the levy would hurt farmers") in _claims(nlp, text)


def test_a_speaker_before_an_apposition_with_modifiers(nlp):
    text = ("While the board debated the fares on the new line, Maria Ortiz, deputy head of planning for the "
            "northern region, explained that trams would run every ten minutes.")
    assert ("Maria Ortiz", "explained", "trams would run every ten minutes") in _claims(nlp, text)


def test_a_speaker_the_parser_joined_to_a_list_before_it(nlp):
    text = ("While the board debated fares on the line between Leeds and Bradford, Maria Ortiz, deputy head of "
            "planning for the northern region, explained that trams would run every ten minutes.")
    assert ("Maria Ortiz", "explained", "trams would run every ten minutes") in _claims(nlp, text)


def test_the_one_proposed_by_someone_states_nothing(nlp):
    text = "Neither is any plan that does not cut emissions quickly, such as the one proposed by the commission."
    assert not [c for c in _claims(nlp, text) if c[2] == "the one"]
