"""Time expressions in a sentence and their calendar date, relative to the publication time.

Rules (precision in brackets), with P the publication date:
- weekday ("on Saturday", "Saturday night", "last Saturday"): the most recent such weekday on
  or before P, so "Saturday" in a paper published on a Saturday is P itself; "next/coming
  Saturday" is the first one after P. [day]
- "overnight", "today", "tonight", "this morning": P; "yesterday", "last night": P - 1 day;
  "tomorrow": P + 1. "overnight" is the night that ends on the publication day. [day]
- "this week", "earlier in the week", "later this week": the Monday of P's ISO week;
  "last/previous week": the Monday before; "next week": the Monday after. [week]
- "this/last/next month": the first of that month [month]; "this/last/next year": 1 January [year].
- "N days/weeks/months/years ago": P minus N units, at that unit's precision.
- month names and dates ("March 3", "in March", "March 2024", "2022") are parsed by dateparser
  with RELATIVE_BASE = P, preferring the past: "March 3" is the most recent 3 March on or before P.
Without a publication time only absolute expressions (an explicit year) resolve; every other
expression gets event_date None, precision unknown. Vague ones ("in recent weeks") never resolve.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from dateparser.date import DateDataParser
from spacy.tokens import Span, Token

from pipeline.deps import TIME_LABELS
from pipeline.doc_index import entities_in
from pipeline.events.doc_words import doc_words
from pipeline.models import DatePrecision

LEXICON_PATH = Path(__file__).parent / "dates.json"
_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")
_AGO = re.compile(r"\b(\w+) (day|week|month|year)s? ago\b")
_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
_PERIOD_PRECISION = {
    "day": DatePrecision.DAY,
    "week": DatePrecision.WEEK,
    "month": DatePrecision.MONTH,
    "year": DatePrecision.YEAR,
}
PRECISION_RANK = {
    DatePrecision.DAY: 4,
    DatePrecision.WEEK: 3,
    DatePrecision.MONTH: 2,
    DatePrecision.YEAR: 1,
    DatePrecision.UNKNOWN: 0,
}
Resolved = tuple[date | None, DatePrecision]
UNRESOLVED: Resolved = (None, DatePrecision.UNKNOWN)


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    with LEXICON_PATH.open(encoding="utf-8") as handle:
        return json.load(handle)


def find_time_expressions(sentence: Span) -> list[Span]:
    """DATE/TIME entities and lexicon time words; neighbours joined ("overnight on Saturday")."""
    doc = sentence.doc
    lexicon = _lexicon()
    pieces = [
        ent
        for ent in entities_in(sentence)
        if ent.label_ in TIME_LABELS
        and not any(t.lower_ in lexicon["not_dates"] or t.lower_.endswith("-old") for t in ent)
        # a lone small number is an age the NER took for a date: "Scott, 43,"
        and not (len(ent) == 1 and ent[0].is_digit and not _YEAR.match(ent.text))
    ]
    phrases = _time_phrases()
    forms = doc_words(doc).forms
    covered = {t.i for piece in pieces for t in piece}
    for i in range(sentence.start, sentence.end):
        for words in phrases.get(forms[i], ()):
            end = i + len(words)
            if end <= sentence.end and forms[i:end] == words:
                if not covered.intersection(range(i, end)):
                    pieces.append(doc[i:end])
                    covered.update(range(i, end))
                break
    pieces.sort(key=lambda span: span.start)
    merged: list[Span] = []
    for piece in pieces:
        if merged and _adjacent(merged[-1], piece):
            merged[-1] = doc[merged[-1].start : piece.end]
        else:
            merged.append(piece)
    return merged


@lru_cache(maxsize=1)
def _time_phrases() -> dict[str, list[list[str]]]:
    """The lexicon's time words as word lists by first word, longest first ("last night"
    before "last")."""
    by_first: dict[str, list[list[str]]] = {}
    for words in sorted((p.split() for p in _lexicon()["time_words"]), key=len, reverse=True):
        by_first.setdefault(words[0], []).append(words)
    return by_first


def _adjacent(left: Span, right: Span) -> bool:
    """Next to each other, or separated by one preposition ("overnight on Saturday")."""
    gap = right.start - left.end
    return gap == 0 or (gap == 1 and left.doc[left.end].pos_ == "ADP")


@lru_cache(maxsize=4096)  # pure, and dateparser is slow: articles repeat their expressions
def resolve_date(expression: str, published_at: datetime | None) -> Resolved:
    """(date, precision) of a time expression; see the module docstring for the rules."""
    text = _normalise(expression)
    if not text:
        return UNRESOLVED
    base = published_at.date() if published_at else None
    explicit = _explicit(text, published_at)
    if explicit is not None or base is None:
        return explicit or UNRESOLVED
    for resolver in (_weekday, _day_offset, _ago, _period):
        resolved = resolver(text, base)
        if resolved is not None:
            return resolved
    return UNRESOLVED


def _normalise(expression: str) -> str:
    words = expression.lower().replace("’", "'").split()
    leading = set(_lexicon()["leading_words"])
    while words and words[0] in leading:
        words = words[1:]
    return " ".join(words).strip(" ,.")


def _explicit(text: str, published_at: datetime | None) -> Resolved | None:
    """Month names, numeric dates and years, through dateparser."""
    words = set(re.findall(r"[a-z]+", text))
    has_year = bool(_YEAR.search(text))
    if not (has_year or words.intersection(_MONTHS) or _NUMERIC_DATE.search(text)):
        return None
    if published_at is None and not has_year:
        return None
    base = published_at.replace(tzinfo=None) if published_at is not None else None
    data = _parser(base).get_date_data(text)
    if data.date_obj is None:
        return None
    found = data.date_obj.date()
    precision = _PERIOD_PRECISION.get(data.period or "", DatePrecision.DAY)
    if precision is DatePrecision.MONTH:
        found = found.replace(day=1)
    elif precision is DatePrecision.YEAR:
        found = found.replace(month=1, day=1)
    return found, precision


@lru_cache(maxsize=64)
def _parser(relative_base: datetime | None) -> DateDataParser:
    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first"}
    if relative_base is not None:
        settings["RELATIVE_BASE"] = relative_base
    return DateDataParser(languages=["en"], settings=settings)


def _weekday(text: str, base: date) -> Resolved | None:
    lexicon = _lexicon()
    words = text.split()
    for index, name in enumerate(lexicon["weekdays"]):
        if name not in words and name + "s" not in words:
            continue
        future = any(re.search(rf"\b{cue} {name}", text) for cue in lexicon["future_weekday_cues"])
        if future:
            return base + timedelta(days=(index - base.weekday() - 1) % 7 + 1), DatePrecision.DAY
        return base - timedelta(days=(base.weekday() - index) % 7), DatePrecision.DAY
    return None


def _day_offset(text: str, base: date) -> Resolved | None:
    offsets = _lexicon()["day_offsets"]
    for phrase in sorted(offsets, key=len, reverse=True):
        if re.search(rf"\b{phrase}\b", text):
            return base + timedelta(days=offsets[phrase]), DatePrecision.DAY
    return None


def _ago(text: str, base: date) -> Resolved | None:
    match = _AGO.search(text)
    if match is None:
        return None
    count_word, unit = match.groups()
    count = int(count_word) if count_word.isdigit() else _lexicon()["number_words"].get(count_word)
    if count is None:
        return None
    if unit == "day":
        return base - timedelta(days=count), DatePrecision.DAY
    if unit == "week":
        return _week_start(base) - timedelta(weeks=count), DatePrecision.WEEK
    return _shift_period(base, unit, -count)


def _period(text: str, base: date) -> Resolved | None:
    relations = _lexicon()["period_relations"]
    for relation in sorted(relations, key=len, reverse=True):
        match = re.search(rf"\b{relation} (week|month|year)\b", text)
        if match is None:
            continue
        unit, offset = match.group(1), relations[relation]
        if unit == "week":
            return _week_start(base) + timedelta(weeks=offset), DatePrecision.WEEK
        return _shift_period(base, unit, offset)
    return None


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _shift_period(base: date, unit: str, offset: int) -> Resolved:
    if unit == "year":
        return date(base.year + offset, 1, 1), DatePrecision.YEAR
    months = base.year * 12 + base.month - 1 + offset
    return date(months // 12, months % 12 + 1, 1), DatePrecision.MONTH


# Only used to rank time expressions by specificity when the publication time is unknown.
_RANKING_BASE = datetime(2000, 1, 5)


def closest_time(trigger: Token, times: list[Span], published_at: datetime | None) -> Span | None:
    """The most specific time expression of the sentence; the nearest one on ties."""
    if not times:
        return None
    base = published_at or _RANKING_BASE

    def rank(span: Span) -> tuple[int, int]:
        _, precision = resolve_date(span.text, base)
        return PRECISION_RANK[precision], -abs(span.start - trigger.i)

    return max(times, key=rank)
