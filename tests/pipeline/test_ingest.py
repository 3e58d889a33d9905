"""Ingestion: each input kind becomes a Document, each kind of bad input a Rejection with its reason."""

from __future__ import annotations

import codecs
import gzip
import hashlib
import io
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from pipeline import ids
from pipeline.ingest import read_inputs
from pipeline.ingest.formats import parse_date
from pipeline.models import Document, RejectReason, Rejection

DATA = Path(__file__).parent.parent / "data"
BAD = DATA / "bad"
HTML = DATA / "html"

# Sentences from the seed article, laid out BBC style: headline, blank line, paragraphs.
HEADLINE = "Russia launches large aerial assault on Ukraine"
PARAGRAPHS = [
    "Russia carried out one of its largest aerial assaults on Ukraine in recent months, unleashing more than "
    "650 drones and 51 missiles overnight on Saturday.",
    "Authorities in Kyiv confirmed that at least three people were injured in the capital region. The national "
    "energy operator, Ukrenergo, said the majority of the strikes were directed at power stations.",
    "Moscow’s defense ministry claimed it had intercepted 116 Ukrainian drones over Russian territory during the "
    "same period.",
]
ARTICLE = HEADLINE + "\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


def only(paths: list[Path], **kwargs) -> Document | Rejection | None:
    results = list(read_inputs(paths, **kwargs))
    assert len(results) == 1
    return results[0][1]


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# --------------------------------------------------------------------------- input kinds


def test_text_file_keeps_whole_text_and_title(tmp_path):
    document = only([write(tmp_path / "a.txt", ARTICLE.encode())])
    assert isinstance(document, Document)
    assert document.text == ARTICLE.strip()
    assert document.title == HEADLINE
    assert document.source_format == "text"
    assert document.doc_id == ids.doc_id(document.text)
    assert document.content_hash == ids.content_hash(document.text)


@pytest.mark.parametrize(
    "raw, encoding",
    [
        (ARTICLE.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8-sig"),
        (ARTICLE.encode("utf-16"), "utf-16"),
    ],
    ids=["crlf", "utf8-bom", "utf16-bom"],
)
def test_encodings_and_line_ends_give_the_same_text(tmp_path, raw, encoding):
    document = only([write(tmp_path / "a.txt", raw)])
    assert document.text == ARTICLE.strip()
    assert document.encoding == encoding


def test_layout_is_normalised(tmp_path):
    messy = "  " + HEADLINE + "   \n\n\n\n" + "\n \n".join(p + "  " for p in PARAGRAPHS) + "\n\n"
    document = only([write(tmp_path / "a.txt", messy.encode())])
    assert document.text == ARTICLE.strip()


def test_lines_without_blank_lines_become_paragraphs(tmp_path):
    document = only([write(tmp_path / "a.txt", "\n".join(PARAGRAPHS).encode())])
    assert document.text == "\n\n".join(PARAGRAPHS)


def test_latin1_text_is_decoded_not_mangled():
    document = only([BAD / "latin1_bbc_sport_199.txt"])
    assert isinstance(document, Document)
    assert "£15.8m" in document.text
    assert "\ufffd" not in document.text and "Â£" not in document.text
    assert document.encoding == "cp1252"


def test_html_page_gets_text_and_metadata():
    document = only([HTML / "politico.com.retirement.html"])
    assert document.source_format == "html"
    assert document.title == "Mark Meadows accused of timing retirement to help elect wife’s friend"
    assert document.author == "Ally Mutnick"
    assert document.site_name == "POLITICO"
    assert document.url.startswith("https://www.politico.com/news/2019/12/30/")
    assert document.published_at == datetime(2019, 12, 30, 5, 3, tzinfo=timezone(timedelta(hours=-5)))
    assert "\n\n" in document.text and "\n\n\n" not in document.text


def test_placeholder_byline_is_no_author():
    assert only([HTML / "japantimes.co.jp.surgical.html"]).author is None


def test_page_without_zoned_timestamp_gets_naive_day():
    document = only([HTML / "nature.com.telescope.html"])
    assert document.published_at == datetime(2019, 9, 24)


def test_gzipped_html(tmp_path):
    page = HTML / "politico.com.retirement.html"
    zipped = only([write(tmp_path / "a.html.gz", gzip.compress(page.read_bytes()))])
    plain = only([page])
    assert (zipped.text, zipped.title, zipped.published_at) == (plain.text, plain.title, plain.published_at)


def test_gzipped_text(tmp_path):
    assert only([write(tmp_path / "a.txt.gz", gzip.compress(ARTICLE.encode()))]).text == ARTICLE.strip()


def test_html_saved_as_text_is_sniffed(tmp_path):
    path = write(tmp_path / "page.txt", (HTML / "politico.com.retirement.html").read_bytes())
    assert only([path]).source_format == "html"


@pytest.mark.parametrize(
    "name, raw, source_format",
    [
        ("article.html", ARTICLE.encode(), "text"),
        ("fragment.html", ("<p>" + "</p>\n<p>".join(PARAGRAPHS) + "</p>").encode(), "html"),
    ],
)
def test_markup_is_sniffed_in_html_files(tmp_path, name, raw, source_format):
    document = only([write(tmp_path / name, raw)])
    assert document.source_format == source_format
    assert PARAGRAPHS[1] in document.text


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2025-12-06T08:00:00+02:00", datetime(2025, 12, 6, 8, tzinfo=timezone(timedelta(hours=2)))),
        ("2025-12-06T08:00:00Z", datetime(2025, 12, 6, 8, tzinfo=timezone.utc)),
        ("2025-12-06T08:00:00", datetime(2025, 12, 6)),
        ("2025-12-06", datetime(2025, 12, 6)),
        ("6 December 2025 08:15 GMT", datetime(2025, 12, 6, 8, 15, tzinfo=timezone.utc)),
        ("Dec 6, 2025", datetime(2025, 12, 6)),
        ("yesterday", None),
        ("December 2025", None),
        ("", None),
    ],
)
def test_dates(value, expected):
    assert parse_date(value) == expected
    if expected is not None:
        assert (parse_date(value).tzinfo is None) == (expected.tzinfo is None)


def test_jsonl_records(tmp_path):
    page = (HTML / "politico.com.retirement.html").read_text(encoding="utf-8")
    lines = [
        json.dumps({"text": ARTICLE, "title": "Given title", "url": "https://example.org/a",
                    "published_at": "2025-12-06T08:00:00+02:00", "author": "A. Writer", "site_name": "Example"}),
        "",
        json.dumps({"html": page}),
        "{not json",
        json.dumps({"title": "no body"}),
    ]
    path = write(tmp_path / "batch.jsonl.gz", gzip.compress("\n".join(lines).encode()))
    results = list(read_inputs([path]))
    assert [Path(source.uri).name for source, _ in results] == [f"batch.jsonl.gz#L{n}" for n in (1, 3, 4, 5)]
    first, page_doc, broken, bodiless = (outcome for _, outcome in results)
    assert first.title == "Given title" and first.author == "A. Writer" and first.source_format == "jsonl"
    assert first.published_at == datetime(2025, 12, 6, 8, tzinfo=timezone(timedelta(hours=2)))
    assert page_doc.author == "Ally Mutnick"
    assert broken.reason == RejectReason.UNDECODABLE
    assert bodiless.reason == RejectReason.EMPTY
    assert results[0][0].raw_hash == hashlib.sha256(lines[0].encode() + b"\n").hexdigest()


def test_warc_html_responses(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, content_type, body in [
            ("https://example.org/meadows", "text/html; charset=utf-8", HTML / "politico.com.retirement.html"),
            ("https://example.org/logo.png", "image/png", BAD / "binary_png.html"),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body.read_bytes()), http_headers=headers)
            writer.write_record(record)
    results = list(read_inputs([path]))
    assert len(results) == 1  # the image is a page resource, not an input
    source, document = results[0]
    assert "#urn:uuid:" in source.uri
    assert document.source_format == "warc" and document.url == "https://example.org/meadows"


# --------------------------------------------------------------------------- rejections


@pytest.mark.parametrize(
    "name, reason",
    [
        ("empty.html", RejectReason.EMPTY),
        ("binary_png.html", RejectReason.BINARY),
        ("no_article.html", RejectReason.NO_ARTICLE_TEXT),
        ("non_english_de.html", RejectReason.NOT_ENGLISH),
        ("truncated_head.html", RejectReason.NO_ARTICLE_TEXT),
    ],
)
def test_bad_files_are_rejected_with_reason(name, reason):
    rejection = only([BAD / name])
    assert isinstance(rejection, Rejection)
    assert rejection.reason == reason
    assert rejection.detail


def test_non_english_records_detected_language():
    assert only([BAD / "non_english_de.html"]).detected_language == "de"


@pytest.mark.parametrize(
    "name, raw, reason",
    [
        ("blank.txt", b" \n\t\n  ", RejectReason.EMPTY),
        ("short.txt", b"The regional governor said debris from drones damaged a building.", RejectReason.TOO_SHORT),
        ("nul.txt", b"text\x00with\x00nul\x00bytes" * 10, RejectReason.BINARY),
        ("bad-bom.txt", codecs.BOM_UTF8 + b"caf\xe9 " * 50, RejectReason.UNDECODABLE),
        ("broken.txt.gz", b"\x1f\x8b\x08\x00broken", RejectReason.UNDECODABLE),
        ("notes.md", ARTICLE.encode(), RejectReason.UNSUPPORTED_TYPE),
        ("blank-lines.jsonl", b"\n\n", RejectReason.EMPTY),
        ("image.jsonl", (BAD / "binary_png.html").read_bytes(), RejectReason.BINARY),
        ("page.jsonl", (BAD / "truncated_head.html").read_bytes(), RejectReason.UNDECODABLE),
        ("not-a-crawl.warc", ARTICLE.encode(), RejectReason.EMPTY),
        ("truncated.jsonl.gz", gzip.compress(json.dumps({"text": ARTICLE}).encode())[:30], RejectReason.UNDECODABLE),
    ],
)
def test_small_bad_inputs(tmp_path, name, raw, reason):
    folder = tmp_path / "inbox"
    folder.mkdir()
    write(folder / name, raw)
    assert only([folder]).reason == reason


def test_size_limit_checked_before_parsing(tmp_path):
    path = write(tmp_path / "a.txt", ARTICLE.encode())
    assert only([path], max_bytes=100).reason == RejectReason.TOO_LARGE
    gz = write(tmp_path / "b.txt.gz", gzip.compress(ARTICLE.encode() * 10))
    assert gz.stat().st_size < 600
    assert only([gz], max_bytes=600).reason == RejectReason.TOO_LARGE


def test_unreadable_file(tmp_path):
    path = tmp_path / "a.txt"
    path.symlink_to(tmp_path / "missing-target.txt")
    folder_result = list(read_inputs([tmp_path]))
    assert [outcome.reason for _, outcome in folder_result] == [RejectReason.UNREADABLE]
