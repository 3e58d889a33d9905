"""A cue inverted in the middle of its sentence, before the clause it reports ('Y0, said X, Y'):
the speaker is the noun phrase after the cue, and the content is the clause after the speaker's
comma (and after the speaker's appositive). Sentences from BBC tech/077 and hand-written ones;
each case gives the expected (source mention, cue, content fragments joined by " | ")."""

import pytest

from pipeline.attribution.context import document_context
from pipeline.attribution.patterns.inverted_cues import cue_before_clause

from tests.pipeline.claims import triples


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Not least, said Paul King, principal security consultant at Cisco, because the defences against such"
            " attacks are so common.",
            ("Paul King, principal security consultant at Cisco", "said",
             "because the defences against such attacks are so common"),
        ),
        (
            "As the tactics used by malicious programs change, said Mr King, so many firms were changing the way"
            " they defend themselves.",
            ("Mr King", "said", "so many firms were changing the way they defend themselves"),
        ),
        ("But, said Mr Brown, the economy was still growing.", ("Mr Brown", "said", "the economy was still growing")),
    ],
)
def test_the_clause_after_an_inverted_cue_is_its_content(nlp, text, expected):
    assert triples(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # the part after the speaker has no subject: the cue is inserted in one clause
        "The economy, said Mr Brown, was growing.",
        # quotations around the cue are the quote machinery's
        '"If you think of criminals they do not do clever," said Mr King, "they just do what works."',
    ],
)
def test_a_cue_inside_one_clause_or_between_quotes_is_not_inverted(nlp, text):
    doc = nlp(text)
    ctx = document_context(doc)
    said = next(t for t in doc if t.lower_ == "said")
    assert cue_before_clause(ctx, said, [said.i]) is None


def test_a_report_before_the_cue_keeps_its_content(nlp):
    """BBC tech/026: the clause before the cue is what was said; the narration goes on after 'but'."""
    text = (
        "The amount of spam in circulation was still growing, said Mr Stanley, but he did not think that the"
        " appearance of this trick would mean e-mail meltdown."
    )
    doc = nlp(text)
    said = next(t for t in doc if t.lower_ == "said")
    assert cue_before_clause(document_context(doc), said, [said.i]) is None
    assert ("Mr Stanley", "said", "The amount of spam in circulation was still growing") in triples(nlp, text)


def test_a_cue_between_a_subject_and_its_predicate_reports_the_clause_around_it(nlp):
    """BBC tech/389: the parser makes 'The problem' the cue's subject; the speaker is the name after
    the cue, and what was said is the subject with its predicate."""
    text = (
        "The problem they face, said Shailendra Jain, head of MMS firm Adamind, is educating people in how to"
        " send the multimedia messages."
    )
    assert triples(nlp, text) == [(
        "Shailendra Jain, head of MMS firm Adamind", "said",
        "The problem they face | is educating people in how to send the multimedia messages",
    )]


def test_a_speaking_subject_before_a_cue_after_a_comma_keeps_the_cue(nlp):
    assert triples(nlp, "Prices rose sharply, said the bank, and demand fell.") == [
        ("the bank", "said", "Prices rose sharply")
    ]
