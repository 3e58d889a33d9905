"""How the article uses a name decides between a person and a body where the model's label is
wrong (pipeline/sources/name_usage.py, the media initials of kinds.py, the company attributes of
sectors.py)."""

import pytest

from pipeline.models import SourceKind
from tests.pipeline.claim_sources import mention_name_kind


@pytest.mark.parametrize("text, name, kind", [
    # "the" before a proper name: a body's name, not a person's
    ("The sale was halted when the Louvre declared the painting should be classified as a national treasure.",
     "Louvre", SourceKind.ORGANIZATION),
    # a person noun in apposition or before the name: a person, whatever the label
    ("Gustavo Faleiros, an editor at the environmental news group InfoAmazonia, said in an email that the air "
     "quality was poor.", "Gustavo Faleiros", SourceKind.PERSON),
    ("Laurence des Cars, the museum's president and director, said the museum was fully mobilised.",
     "Laurence des Cars", SourceKind.PERSON),
    ('"The whole experience is free," commented Broadreach chief executive Magnus McEwen-King.',
     "Magnus McEwen-King", SourceKind.PERSON),
    # a broadcaster's initials inside the name
    ("BBC Sport understands Morgan is still ready to invest in the club.", "BBC Sport", SourceKind.MEDIA),
    # what only a company has: "Telekom Austria's fixed line division"
    ("It's growing fast, said Rudolf Fischer, head of Telekom Austria's fixed line division. Telekom Austria is "
     "now considering setting up other projects.", "Telekom Austria", SourceKind.ORGANIZATION),
])
def test_the_article_s_use_of_a_name_gives_its_kind(nlp, text, name, kind):
    assert (name, kind) in [(n, k) for _, n, k in mention_name_kind(nlp, text)]


def test_a_body_s_role_noun_after_its_name_is_the_body(nlp):
    text = ("The sale was halted when the Louvre declared the painting a national treasure. The museum said it "
            "would raise the money.")
    assert [n for _, n, _ in mention_name_kind(nlp, text)] == ["Louvre", "Louvre"]
