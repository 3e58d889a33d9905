"""Sets of people as sources: a quantity of people ("Many of his supporters", "a number of the
girls": pipeline/sources/kinds.py, shares.py), a set of members against people known by a role
(sectors.group_or_anonymous), several people or places together, and one set named twice in a
document ("Critics of the government" and "critics": pipeline/sources/described.py)."""

import pytest

from pipeline.models import SourceKind
from tests.pipeline.claim_sources import mention_name_kind


@pytest.mark.parametrize("text, name, kind", [
    ("It was a strong field, with a number of the girls saying they expected to win.", "girls", SourceKind.GROUP),
    ("Many of his supporters believe the election was stolen.", "Many of his supporters", SourceKind.GROUP),
    ("A handful of MPs said the vote was rigged.", "handful of MPs", SourceKind.GROUP),
    ("One of his deputies said the plan would fail.", "One of his deputies", SourceKind.PERSON),
])
def test_a_quantity_of_people_is_a_set_of_them_and_one_of_them_a_person(nlp, text, name, kind):
    assert mention_name_kind(nlp, text)[0][1:] == (name, kind)


def test_critics_after_critics_of_the_government_are_them(nlp):
    text = ("Critics of the government say it has announced more than 20 initiatives to tackle nuisance behaviour. "
            "But critics also say the minister should resign.")
    assert [name for _, name, _ in mention_name_kind(nlp, text)] == ["Critics of the government"] * 2


def test_critics_before_critics_of_the_government_are_named_by_the_description(nlp):
    text = ("The prime minister will defend his record on anti-social behaviour, which critics claim is at best patchy. "
            "Critics of the government say it has announced more than 20 initiatives to tackle nuisance behaviour.")
    assert [name for mention, name, _ in mention_name_kind(nlp, text) if "ritics" in mention] == ["Critics of the government"] * 2


def test_other_officials_are_not_the_officials_before_them(nlp):
    text = "Officials said the protests were peaceful. Other officials said the police had overreacted."
    assert [name for _, name, _ in mention_name_kind(nlp, text)] == ["Officials", "Other officials"]


def test_critics_after_two_described_sets_stay_as_written(nlp):
    text = ("Critics of the plan say it will fail. Critics in the party say the minister should resign. "
            "Critics also say the minister should go.")
    assert [name for _, name, _ in mention_name_kind(nlp, text)][-1] == "Critics"


@pytest.mark.parametrize("text, kind", [
    # people known by what they belong to or back, tied to someone or something: a set of its own
    ("Mr Smith's supporters said the vote had been fair.", SourceKind.GROUP),
    ("Shareholders of the bank said the offer was too low.", SourceKind.GROUP),
    ("Labour councillors said the budget was unfair.", SourceKind.GROUP),
    # a plural its examples name
    ("Firms such as Acme said the rules were unfair.", SourceKind.GROUP),
    # people known by a trade or role stay unnamed people, whatever says where, whose or how many
    ("Researchers from Bristol University warned that the scheme was failing.", SourceKind.ANONYMOUS),
    ("The festival's organisers confirmed that the band would still play.", SourceKind.ANONYMOUS),
    ("Some economists said growth would slow.", SourceKind.ANONYMOUS),
    ("Critics of the council say the plan will fail.", SourceKind.ANONYMOUS),
    # bare, members are unnamed people too; so are unnamed bodies named for what they do
    ("But watchdogs have warned that the bank took too much risk.", SourceKind.ANONYMOUS),
    ("Shareholders said the offer was too low.", SourceKind.ANONYMOUS),
])
def test_members_tied_to_a_set_are_a_group_and_people_known_by_a_role_anonymous(nlp, text, kind):
    assert mention_name_kind(nlp, text)[0][2] is kind


@pytest.mark.parametrize("text, name", [
    ("The family denied that the brothers had fallen out.", "family"),
    ("The couple said they would marry in June.", "couple"),
    # places together, or the authorities of several places
    ("Thailand and India said they would rather pay their debts.", "Thailand and India"),
    ("The authorities in both France and Spain said the ban was legal.", "authorities in both France and Spain"),
    ("The three firms said the chip would be ready next year.", "three firms"),
    ("The bank and the fund published the study. Both organisations said growth would slow.", "Both organisations"),
])
def test_several_people_or_places_together_are_a_group(nlp, text, name):
    assert (name, SourceKind.GROUP) in [(n, k) for _, n, k in mention_name_kind(nlp, text)]
