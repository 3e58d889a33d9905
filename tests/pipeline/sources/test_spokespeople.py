"""An unnamed spokesperson the document names elsewhere (pipeline/sources/spokespeople.py)."""

from pipeline.models import SourceKind
from tests.pipeline.claim_sources import mention_name_kind


def test_an_unnamed_spokesperson_is_the_one_the_document_names_for_that_body(nlp):
    text = ("But a spokeswoman for MTV said it was unfair to single out MTV. Later, MTV spokeswoman Jeannie Kedas "
            "said the network follows the same standards.")
    assert mention_name_kind(nlp, text)[0] == ("a spokeswoman for MTV", "Jeannie Kedas", SourceKind.PERSON)


def test_with_several_or_no_named_spokespeople_the_body_speaks(nlp):
    text = ("A Vodafone spokesman said prices would fall. Vodafone spokesman John Smith said so. "
            "Vodafone spokesman Tim Jones said more.")
    assert mention_name_kind(nlp, text)[0][1:] == ("Vodafone", SourceKind.ORGANIZATION)
    text = "A Vodafone spokesman said prices would fall. O2 spokesman John Smith said they would not."
    assert mention_name_kind(nlp, text)[0][1:] == ("Vodafone", SourceKind.ORGANIZATION)


def test_a_spokesperson_named_after_the_body_they_speak_for_is_that_person(nlp):
    # the model hangs "Dean Boyd" on the body's name, not on "spokesman"
    text = ("A spokesman for US Immigration, Customs and Enforcement, Dean Boyd, said DOD did not appear to be "
            "motivated by money. But Mr Boyd pointed out that the software fell into the hands of criminals.")
    assert [(name, kind) for _, name, kind in mention_name_kind(nlp, text)] == [("Dean Boyd", SourceKind.PERSON)] * 2


def test_a_definite_spokesperson_of_a_named_body_speaks_for_it(nlp):
    # BBC business: the body speaks, as for "an M&S spokesman", not the person named before
    text = ("Stuart Rose, head of M&S, said its prices were too high. \"We have brought in new clothing,\" "
            "said the M&S spokesman.")
    assert mention_name_kind(nlp, text)[1][:2] == ("the M&S spokesman", "M&S")
