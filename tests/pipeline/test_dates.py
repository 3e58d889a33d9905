"""Date resolution against the publication time, and time expressions found in sentences."""

from datetime import date, datetime

import pytest

from pipeline.events.dates import find_time_expressions, resolve_date
from pipeline.models import DatePrecision as P

SATURDAY = datetime(2025, 12, 6, 10, 30)  # a Saturday
MONDAY = datetime(2025, 12, 8, 7, 0)


@pytest.mark.parametrize(
    "expression, published_at, expected",
    [
        ("on Saturday", SATURDAY, (date(2025, 12, 6), P.DAY)),  # same day counts
        ("Friday", SATURDAY, (date(2025, 12, 5), P.DAY)),
        ("on Sunday", SATURDAY, (date(2025, 11, 30), P.DAY)),  # the Sunday before
        ("on Sunday", MONDAY, (date(2025, 12, 7), P.DAY)),  # across the week boundary
        ("Monday", MONDAY, (date(2025, 12, 8), P.DAY)),
        ("next Monday", SATURDAY, (date(2025, 12, 8), P.DAY)),
        ("overnight on Saturday", SATURDAY, (date(2025, 12, 6), P.DAY)),
        ("overnight", MONDAY, (date(2025, 12, 8), P.DAY)),
        ("yesterday", MONDAY, (date(2025, 12, 7), P.DAY)),
        ("three days ago", SATURDAY, (date(2025, 12, 3), P.DAY)),
        ("Earlier in the week", SATURDAY, (date(2025, 12, 1), P.WEEK)),
        ("earlier this week", MONDAY, (date(2025, 12, 8), P.WEEK)),
        ("last week", MONDAY, (date(2025, 12, 1), P.WEEK)),
        ("last month", SATURDAY, (date(2025, 11, 1), P.MONTH)),
        ("last month", datetime(2026, 1, 15), (date(2025, 12, 1), P.MONTH)),
        ("in March", SATURDAY, (date(2025, 3, 1), P.MONTH)),
        ("March 3", SATURDAY, (date(2025, 3, 3), P.DAY)),
        ("this year", SATURDAY, (date(2025, 1, 1), P.YEAR)),
        ("in 2022", SATURDAY, (date(2022, 1, 1), P.YEAR)),
        ("in recent weeks", SATURDAY, (None, P.UNKNOWN)),
        ("their third day", SATURDAY, (None, P.UNKNOWN)),
        # no publication time: only absolute expressions resolve
        ("on Saturday", None, (None, P.UNKNOWN)),
        ("last month", None, (None, P.UNKNOWN)),
        ("in 2022", None, (date(2022, 1, 1), P.YEAR)),
        ("December 5, 2025", None, (date(2025, 12, 5), P.DAY)),
    ],
)
def test_resolve_date(expression, published_at, expected):
    assert resolve_date(expression, published_at) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Russia carried out one of its largest aerial assaults on Ukraine in recent months, "
            "unleashing more than 650 drones and 51 missiles overnight on Saturday.",
            ["recent months", "overnight on Saturday"],
        ),
        (
            "The strikes came as American and Ukrainian officials met in Miami for continued "
            "negotiations aimed at ending the nearly four-year-old conflict.",
            [],
        ),
        ("Troops withdrew yesterday.", ["yesterday"]),
    ],
)
def test_find_time_expressions(nlp, sentence, expected):
    sentence_span = next(nlp(sentence).sents)
    assert [span.text for span in find_time_expressions(sentence_span)] == expected
