"""The cross-document key of a source: full names merge, known aliases merge under their name."""

from pipeline.models import SourceKind, SourceRef, TextSpan
from pipeline.sources.merge import merge_key


def _ref(name, kind):
    return SourceRef(mention=TextSpan(0, len(name), name), name=name, kind=kind)


def test_a_known_alias_is_keyed_under_the_name_it_stands_for():
    assert merge_key(_ref("Lib Dems", SourceKind.ORGANIZATION), "d1") == merge_key(
        _ref("Liberal Democrats", SourceKind.ORGANIZATION), "d2"
    )


def test_a_person_is_never_keyed_under_a_bodys_alias():
    assert merge_key(_ref("Tories", SourceKind.PERSON), "d1") != merge_key(_ref("Conservatives", SourceKind.PERSON), "d2")


def test_a_surname_stays_in_its_document():
    assert merge_key(_ref("Kennedy", SourceKind.PERSON), "d1") != merge_key(_ref("Kennedy", SourceKind.PERSON), "d2")
