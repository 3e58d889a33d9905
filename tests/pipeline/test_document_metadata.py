"""Document metadata a reader sees: titles without CMS placeholders or site suffixes, site
names that are never the headline, and text files titled by their first line."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest import read_inputs

DATA = Path(__file__).parent.parent / "data"
HTML = DATA / "html"


def test_cms_placeholder_title_falls_back_to_the_headline():
    (_, document), = read_inputs([HTML / "telegraph.co.uk.plumber.html"])
    assert document.title == "Plumber jailed after boiler killed millionaire's daughter"


def test_site_name_is_never_the_title():
    (_, document), = read_inputs([HTML / "msn.com.university.html"])
    assert document.site_name != document.title
    assert document.site_name == "theguardian.com"  # no og:site_name: the host of the page's canonical URL


@pytest.mark.parametrize(
    ("name", "title"),
    [("japantimes.co.jp.surgical.html", "Losing face: 6,000 surgical masks stolen from Kobe hospital"),
     ("wsvn.com-crash.html", "15-year-old driver killed, 14-year-old passenger critical in SW Miami-Dade crash")],
)
def test_title_loses_the_site_name_appended_to_it(name, title):
    (_, document), = read_inputs([HTML / name])
    assert document.title == title


def test_every_html_page_has_a_title_and_a_site_name_apart():
    for name in sorted(p.name for p in HTML.glob("*.html")):
        (_, document), = read_inputs([HTML / name])
        assert document.title and document.site_name and document.title != document.site_name, name


def test_text_file_title_is_its_first_line_or_first_sentence():
    (_, seed), = read_inputs([DATA / "seed_article.txt"])
    assert seed.title == seed.text.split(". ")[0] + "."
    assert seed.text.startswith(seed.title)


def test_text_file_headline_line_is_the_title(tmp_path, seed_text):
    path = tmp_path / "story.txt"
    path.write_text(f"Russia launches massive drone attack\n\n{seed_text}", encoding="utf-8")
    (_, document), = read_inputs([path])
    assert document.title == "Russia launches massive drone attack"
