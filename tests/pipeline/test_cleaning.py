"""Boilerplate cleaning after extraction, the article gate, and the snippet check over 20 real pages."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.ingest.cleaning import normalise_layout, prose_share, remove_boilerplate
from pipeline.ingest import read_inputs
from pipeline.models import Document

HTML = Path(__file__).parent.parent / "data" / "html"
EXPECTED = json.loads((HTML / "expected.json").read_text(encoding="utf-8"))

BODY = [
    "Russia carried out one of its largest aerial assaults on Ukraine in recent months, unleashing more than 650 "
    "drones and 51 missiles overnight on Saturday.",
    "Authorities in Kyiv confirmed that at least three people were injured in the capital region.",
    "The national energy operator, Ukrenergo, said the majority of the strikes were directed at power stations.",
    "Moscow’s defense ministry claimed it had intercepted 116 Ukrainian drones over Russian territory.",
    "The regional governor said debris from drones damaged a residential building and fell on an industrial site.",
]


def cleaned(before: list[str], after: list[str]) -> list[str]:
    return remove_boilerplate([*before, *BODY, *after])[0]


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Ukraine war in maps",
        "Sign up for our morning newsletter",
        "Subscribe to get the latest news in your inbox",
        "Follow us on Twitter and Facebook",
        "Photo: Smoke rises over Kyiv after the strikes",
        "Firefighters at the damaged building (Photo: John Smith/Getty Images)",
        "© Example Media 2025",
        "Copyright 2025 Example News. All rights reserved.",
        "Advertisement",
        "This article contains affiliate links. We may earn a commission on purchases.",
        "Click here to watch the latest bulletin",
    ],
)
def test_promo_and_caption_lines_are_removed_anywhere(line):
    assert line not in cleaned([BODY[0], line], [])
    assert line not in cleaned([], [line])


@pytest.mark.parametrize(
    "line",
    [
        "Latest update May 6th, 2022 12:49 AM",
        "Published 6 December 2025, 08:15 GMT",
        "Home > World > Europe",
        "2025-12-06 08:15",
    ],
)
def test_date_and_breadcrumb_lines_at_the_top_are_removed(line):
    assert cleaned([line], []) == BODY


def test_author_bio_at_the_end_is_removed():
    bio = "Jane Doe is a senior correspondent covering Eastern Europe for the paper."
    assert cleaned([], [bio]) == BODY


def test_comment_section_ends_the_article():
    assert cleaned([], ["Comments", "Great article, thanks!", "I disagree with every word of this."]) == BODY


@pytest.mark.parametrize(
    "line",
    [
        "Editor's note: This article was updated to include the energy operator's statement.",
        "Additional reporting by Jane Doe in Kyiv.",
        "Alex Isenstadt contributed to this report.",
        "Officials said new sanctions would be announced on Monday, according to a statement.",
        "He said the newsletter he edits had been blocked in Russia since the start of the war, and that readers "
        "had found ways around the ban.",
        "Subscribers to the service said prices had risen sharply.",
        "Facebook changed its privacy policy on Monday, the company said.",
        "Trump wrote on Twitter: “We will win.”",
    ],
)
def test_article_lines_are_kept(line):
    assert line in cleaned([BODY[0], line], [])


@pytest.mark.parametrize(
    "line",
    [
        "Putin was a KGB officer before he entered politics, the writer said.",
        "Kushner is the editor of a property newsletter, according to court filings.",
        "Comments made by the minister on Friday drew criticism from opposition parties.",
        "Sponsored by the regional government, the shelter programme will be extended to March, officials said.",
    ],
)
def test_closing_article_lines_are_kept(line):
    assert cleaned([], [line])[-1] == line



def test_standfirst_under_headline_is_kept():
    standfirst = "Hundreds of drones and dozens of missiles targeted energy sites across the country"
    assert cleaned(["Russia launches massive drone attack", standfirst], [])[:2] == [
        "Russia launches massive drone attack",
        standfirst,
    ]


def test_layout_normalisation():
    assert normalise_layout("A\r\n\r\n\r\nB  \nC\n", one_paragraph_per_line=False) == "A\n\nB\nC"
    assert normalise_layout(" A \n\n  B\n", one_paragraph_per_line=True) == "A\n\nB"
    assert normalise_layout("Cafe\u0301", one_paragraph_per_line=True) == "Café"


def test_prose_share_tells_articles_from_menus():
    assert prose_share("\n".join(BODY)) == (5, 1.0)
    assert prose_share("News\nPolitics\nSport\nCouncil approves new budget\nSign up")[0] == 0


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_html_pages_keep_article_and_drop_boilerplate(name):
    (_, document), = read_inputs([HTML / name])
    assert isinstance(document, Document)
    assert [s for s in EXPECTED[name]["with"] if s not in document.text] == []
    assert [s for s in EXPECTED[name]["without"] if s in document.text] == []


@given(st.lists(st.sampled_from(["a", "B", " ", "\t", "\n", "\r", "e\u0301", "é", ".", "“"]), max_size=60).map("".join),
       st.booleans())
def test_normalised_layout_is_canonical(raw, one_paragraph_per_line):
    text = normalise_layout(raw, one_paragraph_per_line=one_paragraph_per_line)
    assert text == text.strip()
    assert "\r" not in text and "\n\n\n" not in text
    assert all(line == line.rstrip() for line in text.split("\n"))
    assert text == unicodedata.normalize("NFC", text)
    assert normalise_layout(text, one_paragraph_per_line=False) == text
