"""Cue verbs in subordinate positions whose content is not a complement of their own.

A relative word the cue's object was moved out as ("what she called a rant") is the content, with
what the verb says of it (a relative word alone, "which the bank detailed", tells a reader nothing); with no relative word, the noun the
relative clause or a passive participle with an agent hangs on ("the rate he proposed", "the
levels desired by the alliance"); a passive participle with an agent adjoined to a clause speaks
of that clause's subject. A noun's clause opened by the complementiser "that" is its content even
when parsed as a relative clause; a participle on the object of a phrase speaks for the verb's
subject; content that starts inside a dashed aside ends with it.

Hand-written sentences; each case gives the expected (source mention, cue, content fragments joined
by " | ") per claim, in text order.
"""

import pytest

from tests.pipeline.claims import claim_parts, triples


@pytest.mark.parametrize(
    "text, expected",
    [
        # the relative word is the content, with what the verb says of it; a bare "which" says nothing
        ("Fees were a large part of the strategy, which the bank detailed in its filings.", []),
        (
            "The host praised the debate, which the network pointed to as an example of its fairness.",
            [("The host", "praised", "the debate"), ("the network", "pointed to", "which | as an example of its fairness")],
        ),
        (
            "She was fired after what she called a misunderstanding.",
            [("she", "called", "what | a misunderstanding")],
        ),
        # an appositive describes what was called; the cue inside it is a claim of its own
        (
            "She was fired after what she called a misunderstanding, a series of emails that included one saying that the mayor should resign.",
            [("she", "called", "what | a misunderstanding"), (None, "saying", "the mayor should resign")],
        ),
        (
            "The report drew a line between legal acts and what most voters would consider proper conduct.",
            [("most voters", "would consider", "what | proper conduct")],
        ),
        # no relative word: the noun the clause describes
        (
            "The new rate is far lower than the top rate the senator has proposed for families.",
            [("the senator", "has proposed for", "the top rate | families")],
        ),
        (
            "Spending in most member states falls below the levels demanded by the alliance.",
            [("the alliance", "demanded", "the levels")],
        ),
        # a passive participle with an agent, adjoined to a clause: said of the clause's subject
        (
            "The new schools remain popular in both parties, promoted by the governor and the mayor.",
            [("the governor and the mayor", "promoted", "The new schools")],
        ),
    ],
)
def test_moved_object_is_the_content(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "What did the senator say?",  # a question reports nothing
        "The museum opened in the city where the president spoke.",  # a relative adverb fills the gap
        "He forgot the things he knows.",  # a clause-only verb says nothing of a noun
        "She chaired the meeting he called.",  # a naming verb without a name
        "The bridge, built by the army, collapsed.",  # a participle that is not a cue
    ],
)
def test_no_claim_without_a_moved_object(nlp, text):
    assert triples(nlp, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a noun's "that" clause the parser labels relative: the complementiser makes it content
        # (cue and content only: whether "media" holds the noun is nominal.py's business)
        (
            "Despite media pronouncements that the governor was the winner of the debate, turnout fell.",
            [("pronouncements", "the governor was the winner of the debate")],
        ),
        # a relative "that" is the clause's object: no claim of the noun
        ("Turnout fell despite the claims that the council made.", []),
    ],
)
def test_noun_clause_opened_by_that(nlp, text, expected):
    assert [(cue, " | ".join(pieces)) for _, cue, pieces in claim_parts(nlp, text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle on the object of a phrase hung on the verb speaks for the verb's subject
        (
            "The firms hid their profits, in many cases reporting different numbers to different agencies.",
            [("The firms", "reporting", "different numbers to different agencies")],
        ),
        (
            "He spoke at a rally in Ohio saying the plant would close.",
            [("He", "saying", "the plant would close")],
        ),
        # a source-like noun is the participle's own subject
        (
            "The rally ended with officials saying the plant would close.",
            [("officials", "saying", "the plant would close")],
        ),
    ],
)
def test_participle_on_a_phrase_object(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a cue and its content inside a dashed aside: the content ends at the closing dash
        (
            "The mayor listed 40 donors -- most of whom had previously announced their support -- who praised her record.",
            [("most of whom", "had previously announced", "their support")],
        ),
        # an inserted cue inside the aside speaks of what surrounds it
        ("The plan -- the mayor said -- will fail.", [("the mayor", "said", "The plan | will fail.")]),
    ],
)
def test_content_ends_with_its_aside(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb of emotion: its object feels it about its subject
        ("The new rule worries environmentalists.", [("environmentalists", "worries", "The new rule")]),
        ("The network has regularly angered prime ministers.", [("prime ministers", "has regularly angered", "The network")]),
        # a relative word stands for its noun
        (
            "The vote was delayed again, which is something that concerns the mayor.",
            [("the mayor", "concerns", "that")],
        ),
        # an expletive subject: the extraposed clause
        ("It troubles me that the plan failed.", [("me", "troubles", "the plan failed")]),
        # the object names no one who could feel anything
        ("The report concerns the budget.", []),
        ("The plan pleased no one.", []),
    ],
)
def test_experiencer_object_is_the_source(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a passive gerund is the object of a stance verb, as an active one is
        (
            "The talks failed even though the unions resented being held to the old rules.",
            [("the unions", "resented", "being held to the old rules")],
        ),
        ("The senator defended raising taxes.", [("The senator", "defended", "raising taxes")]),
    ],
)
def test_gerund_object(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a cue particle the parser gives an object of its own is a preposition: its object is the content
        ("Leaders could call on their help during disasters.", [("Leaders", "could call on", "their help")]),
    ],
)
def test_particle_with_an_object(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the one asked, told or reminded is the listener, not the speaker of what is asked
        (
            "Asked whether the factory would close, Ann Lee said the talks were going well.",
            [(None, "Asked", "whether the factory would close"), ("Ann Lee", "said", "the talks were going well")],
        ),
        (
            "Reminded that the coach had called him a cheat, Tom Ward said he would not respond.",
            [(None, "Reminded", "the coach had called him a cheat"), ("Tom Ward", "said", "he would not respond")],
        ),
        ("Ann Lee was told that the factory would close in May.", [(None, "was told", "the factory would close in May")]),
        # with an agent, the agent asks
        (
            "Asked by reporters whether the factory would close, Ann Lee said the talks were going well.",
            [("reporters", "Asked", "whether the factory would close"), ("Ann Lee", "said", "the talks were going well")],
        ),
    ],
)
def test_an_addressed_participle_credits_no_listener(nlp, text, expected):
    assert triples(nlp, text) == expected
