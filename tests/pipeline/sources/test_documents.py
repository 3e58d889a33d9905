"""Who speaks through a document: its author, for every mention of the study."""

from pipeline.attribution import extract_claims
from pipeline.models import SourceKind


def _sources(nlp, text):
    return [(c.source.mention.text, c.source.name, c.source.kind) for c in extract_claims(nlp(text)) if c.source]


def test_a_study_speaks_for_its_author_in_every_mention(nlp):
    text = (
        "By 2025, 40% of the UK's population will still be without internet access at home, says a study.\n\n"
        "The report by telecoms giant BT found that 23 million Britons will miss out. "
        "The idea that the divide will vanish is wishful thinking, the report concludes. "
        "The study calls on the government to act."
    )
    sources = _sources(nlp, text)
    assert [s[0] for s in sources] == ["a study", "The report by telecoms giant BT", "the report", "The study"]
    assert {s[1:] for s in sources} == {("BT", SourceKind.ORGANIZATION)}


def test_a_named_possessor_wrote_the_document(nlp):
    text = "Card fraud rose 6% to 116m pounds. Internet fraud totalled 43m pounds, Retail Decisions' figures show."
    assert _sources(nlp, text)[-1][1:] == ("Retail Decisions", SourceKind.ORGANIZATION)


def test_a_date_owns_no_document_and_a_bare_study_without_an_author_stays_one(nlp):
    assert _sources(nlp, "Wednesday's statement said the hearing would be held in May.")[0][1] == "Wednesday's statement"
    assert _sources(nlp, "Prices will rise next year, a report says. The report warns that rents will follow.")[-1][1:] == (
        "report", SourceKind.DOCUMENT)
