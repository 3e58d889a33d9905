"""Shapes of American news pages (pipeline/sources): a 'who' clause on a description set beside
a name, a bare 'some', a body noun after 'in' a document, a plural's apostrophe inside a body's
name, a time phrase on a description, a headline written in title case, and "Surname of Body"
tagged one name."""

from pipeline.models import SourceKind
from tests.pipeline.claim_sources import mention_name, mention_name_kind


def test_who_after_a_description_beside_a_name_is_that_person_and_so_is_he(nlp):
    text = ("“The air used to be clean there,” Carlos Ribeiro, a Lisbon resident who posted about the fire, said.\n\n"
            "According to Ribeiro, the sky went dark at noon. He said that he had never seen smoke like that.")
    assert {name for _, name in mention_name(nlp, text)} == {"Carlos Ribeiro"}


def test_a_bare_some_is_some_of_a_set_named_before_never_a_body(nlp):
    body = ("The Department of Energy estimates that data centers use about 2 percent of US power. "
            "The forecast is for strong growth, with some predicting that demand will triple by 2030.")
    assert mention_name(nlp, body)[-1] == ("some", None)
    members = ("Trust members asked to get the documents well ahead of the meeting. "
               "Some questioned whether the system will meet the standard.")
    assert mention_name(nlp, members)[-1] == ("Some", "Trust members")


def test_a_body_noun_after_in_is_where_a_document_is_not_who_issued_it(nlp):
    text = ("The biggest papers in those states have endorsed Warren. After all, Biden leads in national polls. "
            "The polls suggest that this is good for Biden.")
    assert [kind for _, _, kind in mention_name_kind(nlp, text)] == [SourceKind.DOCUMENT] * 3
    assert mention_name(nlp, "Reports in the Financial Times said the deal was off.") == [
        ("Reports in the Financial Times", "Financial Times")]


def test_a_plural_s_apostrophe_inside_a_body_s_name_keeps_the_name_whole(nlp):
    text = ("The Citizens’ Independent Transportation Trust complained in July that the department had kept it in "
            "the dark. The trust in July was to discuss answers to 28 questions. The trust heard in June that the "
            "line would be late.")
    assert {name for _, name in mention_name(nlp, text)} == {"Citizens’ Independent Transportation Trust"}


def test_a_title_case_headline_gives_no_fuller_name(nlp):
    text = ("Amazon Liable for Defective Products Sold on Its Website\n\n"
            "Amazon argued that it was not liable because it did not sell the product.")
    assert mention_name(nlp, text) == [("Amazon", "Amazon")]


def test_a_surname_with_where_they_work_tagged_as_one_name_is_the_person_named_before(nlp):
    text = ("“The concern is that algorithms are consuming more energy,” says Sasha Luccioni, a postdoctoral "
            "researcher at Mila, an AI research institute in Canada.\n\n"
            "Some AI researchers aren’t waiting for the industry to wake up. Luccioni of Mila helped organize a "
            "workshop on climate change last month, and she was pleased to find that the event was standing room "
            "only. “There’s a lot of interest in this,” she says.")
    assert {name for _, name in mention_name(nlp, text)} == {"Sasha Luccioni"}
