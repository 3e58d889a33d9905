"""The offline gazetteer: cities, countries, aliases, demonyms, regions."""

import pytest

from pipeline.events.places import Place, is_seat_of_state, name_keys, resolve_place


@pytest.mark.parametrize(
    "mention, expected",
    [
        ("Miami", Place("Miami", "United States")),
        ("Moscow", Place("Moscow", "Russia")),
        ("Ryazan", Place("Ryazan", "Russia")),
        ("Kiev", Place("Kyiv", "Ukraine")),
        ("eastern Poland", Place("Poland", "Poland")),
        # a direction that is part of the country's name
        ("South Korea", Place("South Korea", "South Korea")),
        ("South Africa", Place("South Africa", "South Africa")),
        ("Russian territory", Place("Russia", "Russia")),
        ("U.S.", Place("United States", "United States")),
        ("Qatar", Place("Qatar", "Qatar")),
        ("Texas", Place("Texas", "United States")),
        ("Europe", Place("Europe", None)),
        # an area the gazetteer lacks, through the place it is named after
        ("the Gaza Strip", Place("Palestinian Territory", "Palestinian Territory")),
        ("the Central District of California", Place("California", "United States")),
        ("the capital region", None),
        ("Narnia", None),
    ],
)
def test_resolve_place(mention, expected):
    assert resolve_place(mention) == expected


@pytest.mark.parametrize(
    "left, right, shared",
    [
        ("American officials", "U.S. officials", True),
        ("Russian strikes", "Russia", True),
        ("Moscow’s defense ministry", "Russian Ministry of Defence", True),
        ("Vladimir Putin", "Steve Witkoff", False),
    ],
)
def test_name_keys(left, right, shared):
    assert bool(name_keys(left) & name_keys(right)) is shared


@pytest.mark.parametrize("mention, seat", [
    ("France", True), ("Kabul", True), ("Texas", True), ("Europe", True),
    ("Liverpool", False), ("Carlsberg", False),
])
def test_seat_of_state(mention, seat):
    """A country, capital, US state or region may stand for its government; another city not."""
    assert is_seat_of_state(mention) is seat
