"""What a source phrase names: descriptors, described plurals, tidy edges, a person's party."""

import pytest
from spacy.tokens import Span

from pipeline.models import SourceKind
from pipeline.sources.kinds import person_name
from pipeline.sources.names import DocumentNames
from pipeline.sources.phrases import party_of, tidy, tidy_person
from pipeline.sources.roles import _skip_aside
from tests.pipeline.claim_sources import mention_name_kind


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Accountancy firm Baxter & Lowe said profits would fall.", "Baxter & Lowe", SourceKind.ORGANIZATION),
        ("Chemicals giant Dorland Industries said it would cut 300 jobs.", "Dorland Industries", SourceKind.ORGANIZATION),
        ("The media regulator Telcom said complaints had doubled.", "Telcom", SourceKind.GOVERNMENT),
        ("The trade publication Screen Weekly reported that the studio was for sale.", "Screen Weekly", SourceKind.MEDIA),
        ("Germany's Brauhaus Keller said it was seeking acquisitions.", "Brauhaus Keller", SourceKind.ORGANIZATION),
    ],
)
def test_a_descriptor_before_a_name_is_not_part_of_it_and_gives_its_kind(nlp, text, name, kind):
    assert mention_name_kind(nlp, text)[0][1:] == (name, kind)


def test_a_title_before_a_persons_name_stays_a_person(nlp):
    assert mention_name_kind(nlp, "Venezuelan president Hugo Ramos said the deal was fair.")[0][1:] == ("Hugo Ramos", SourceKind.PERSON)


def test_a_bare_plural_of_people_is_named_by_its_description(nlp):
    text = "People who have broadband at home say that it has changed their lives."
    assert mention_name_kind(nlp, text)[0][1] == "People who have broadband at home"


def test_a_plural_with_a_determiner_keeps_its_own_name(nlp):
    text = "Four local players, including goalkeeper Tom Hale, said they had not been paid."
    assert mention_name_kind(nlp, text)[0][1] == "Four local players"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Tory Richard Hale-Amory said the plan was wrong.", "Richard Hale-Amory"),
        ("Songwriter Guy Marsh said the scheme would help.", "Guy Marsh"),
        # a capitalised role before a first name and surname, mid-sentence (BBC politics/224)
        ("BBC Political Correspondent James Hardy said the prospect was alarming.", "James Hardy"),
        # but a first name that is also a role word stays in the name
        ("On Monday, Guy Ritchie said the film was finished.", "Guy Ritchie"),
        ("Guy Ritchie said the film was finished.", "Guy Ritchie"),
    ],
)
def test_a_party_or_occupation_before_a_persons_name_is_left_out(nlp, text, name):
    assert mention_name_kind(nlp, text)[0][1:] == (name, SourceKind.PERSON)


def test_his_party_is_the_party_written_before_the_persons_name(nlp):
    text = (
        "Lib Dem leader Peter Hollis is touring the country. "
        "Mr Hollis is visiting rural seats, where his party is hoping to make gains from Labour."
    )
    assert ("his party", "Lib Dems", SourceKind.ORGANIZATION) in mention_name_kind(nlp, text)


def test_his_party_with_no_party_tied_to_the_person_stays_as_written(nlp):
    text = (
        "Peter Hollis is touring the country. "
        "Mr Hollis is visiting rural seats, where his party is hoping to make gains from Labour."
    )
    assert ("his party", "his party", SourceKind.ORGANIZATION) in mention_name_kind(nlp, text)


def test_a_surname_the_model_tags_a_place_is_the_person_named_before(nlp):
    text = (
        "Imelda Stanton was nominated for best actress. It is a debut nomination for Stanton, "
        "who told reporters she had not expected it."
    )
    assert ("who", "Imelda Stanton", SourceKind.PERSON) in mention_name_kind(nlp, text)


@pytest.mark.parametrize(
    "name, tidied",
    [("Natalie Appleby,31", "Natalie Appleby"), ("Mario Antic 6-4", "Mario Antic"), ('"MI6 agent', "MI6 agent")],
)
def test_names_lose_stray_quote_marks_and_a_persons_age_or_score(name, tidied):
    assert tidy_person(name) == tidied


def test_a_bodys_number_stays_and_a_closed_quote_stays():
    assert tidy("Channel 4") == "Channel 4" and tidy('The "Big" Show') == 'The "Big" Show'


@pytest.mark.parametrize("word, party", [("Tory", "tories"), ("Lib Dem", "lib dems"), ("Labour", "labour"), ("Leader", None)])
def test_party_of_a_members_word(word, party):
    assert party_of(word) == party


def test_an_election_names_no_source_but_keeps_its_mention(nlp):
    text = "Party leaders all step up campaigning ahead of the next General Election, widely expected to be held on 5 May."
    assert [(mention, name) for mention, name, _ in mention_name_kind(nlp, text)] == [("the next General Election", None)]


def test_a_body_named_like_an_event_still_speaks(nlp):
    text = "BBC Broadcast said the technology could be sold to other broadcasters."
    assert mention_name_kind(nlp, text)[0][1] == "BBC Broadcast"


def test_a_known_alias_keeps_the_documents_name_unless_the_document_gives_the_longer_one(nlp):
    only_short = "The Lib Dems have appointed a new communications chief. The party said it was ready."
    both = "The Liberal Democrats held a rally. The Lib Dems said taxes would rise."
    assert mention_name_kind(nlp, only_short)[-1][1] == "Lib Dems"
    assert mention_name_kind(nlp, both)[-1][1] == "Liberal Democrats"


def test_the_nationality_stands_for_the_person_the_document_gives_it(nlp):
    text = "Russian Marat Safin beat Mario Antic in four sets. The Russian said he was not worried by his ankle."
    assert mention_name_kind(nlp, text)[-1][1:] == ("Marat Safin", SourceKind.PERSON)


def test_an_untied_nationality_is_the_person_who_is_the_subject_before_it(nlp):
    text = (  # BBC sport/502
        "The Belgian sports minister at the centre of the Svetlana Kuznetsova doping row has refused to apologise. "
        "Kuznetsova says the stimulant may have been in a cold remedy she took. "
        "The Russian said she did nothing wrong by taking the medicine."
    )
    assert mention_name_kind(nlp, text)[-1][:2] == ("The Russian", "Svetlana Kuznetsova")


def test_an_untied_nationality_after_no_person_subject_names_no_one(nlp):
    text = "The final lasted four hours. The Russian said he was not worried by his ankle."
    assert mention_name_kind(nlp, text)[-1][:2] == ("The Russian", None)


def test_a_clause_as_subject_names_no_source(nlp):
    text = '"Taking responsibility for tough choices" is this year\'s official theme, suggesting that problems lie ahead.'
    assert [(mention, name) for mention, name, _ in mention_name_kind(nlp, text)] == [("Taking responsibility for tough choices", None)]


def test_a_plural_described_by_a_relative_clause_is_a_group(nlp):
    text = "People who have broadband at home say that it has changed their lives."
    assert mention_name_kind(nlp, text)[0][2] is SourceKind.GROUP


def test_a_name_given_as_an_example_of_things_is_no_antecedent_for_he(nlp):
    text = (
        "Paul Myers runs a music service. Networks like eDonkey, Kazaa and Grokster facilitate illegal "
        "filesharing. Advertisers pay less for ads there, he said."
    )
    assert mention_name_kind(nlp, text) == [("he", "Paul Myers", SourceKind.PERSON)]


def test_a_narrators_he_looks_past_the_sentences_of_a_long_quote(nlp):
    text = (
        "Tom Hale arrived first. Tom Hale waved to the crowd. Bob Marsh then spoke. "
        '"We built it. We tested it. We fixed it. We tested it again. We shipped it. We sold it. We are proud." '
        "The bridge would open in May, he said."
    )
    assert mention_name_kind(nlp, text)[-1][:2] == ("he", "Bob Marsh")


def test_a_name_with_shares_is_a_company_whatever_the_models_tag(nlp):
    text = (
        "Shares in Allied Domecq rose on talk of a bid by France's Pernod Ricard. Allied Domecq shares rose 4%, "
        "while Pernod shares slipped 1.2%. Pernod said it was seeking acquisitions."
    )
    assert mention_name_kind(nlp, text)[-1][1:] == ("Pernod Ricard", SourceKind.ORGANIZATION)


def test_a_persons_shareholding_does_not_make_them_a_company(nlp):
    text = "Mr Gates sold some of his shares last year. Mr Gates said he would give the money away."
    assert mention_name_kind(nlp, text)[-1][2] is SourceKind.PERSON


def test_a_bill_is_no_antecedent_for_she(nlp):
    text = (
        "The health minister, Ms Ann Hollis, welcomed the ban. It will be part of the Health Service "
        "(Miscellaneous Provisions) Bill, which will be considered before Christmas. She said the time had come for a ban."
    )
    assert mention_name_kind(nlp, text)[-1][:2] == ("She", "Ann Hollis")


def test_a_body_the_model_tags_a_person_once_stays_a_body(nlp):
    text = "Twentieth Century Fox is still to announce its choice. If Fox decided to go with Blu-ray, analysts said it would win."
    kinds = {name: kind for _, name, kind in mention_name_kind(nlp, text)}
    assert kinds["Fox"] is SourceKind.MEDIA


def test_a_media_role_before_a_persons_name_leaves_a_person(nlp):
    text = "Q magazine reviews editor Ted Kessler said the band were overrated."
    assert mention_name_kind(nlp, text)[0][1:] == ("Ted Kessler", SourceKind.PERSON)


def test_a_name_opening_a_possessed_body_is_not_that_body(nlp):
    # the model may tag "Intel's Digital Home Group" as one name: a part of Intel, not Intel's full name
    doc = nlp("Ann Lee is head of Intel's Digital Home Group. Intel said the chips would ship in May.")
    doc.ents = [Span(doc, 5, 10, label="ORG")] + [e for e in doc.ents if e.start >= 10 and e.label_ != "ORG"]
    names = DocumentNames(doc, person_name, lambda span: None)
    assert names.organisations[0] == "Intel Digital Home Group"
    assert names.full_organisation("Intel") == "Intel"


def test_a_surname_opening_a_sentence_tagged_a_noun_is_the_person_named_before(nlp):
    text = ('Hollywood star Tom Hanks was in Leicester Square for the premiere. Hanks said that the new film has an '
            '"elegant message".')
    assert mention_name_kind(nlp, text)[-1] == ("Hanks", "Tom Hanks", SourceKind.PERSON)


def test_a_surname_opening_its_sentence_tagged_a_person_and_a_noun_is_the_person(nlp):
    # "Richards" is tagged NNS by position and PERSON by the model: the kind came out an organisation
    text = ("Sports psychologist Hugh Richards says the 30-year-old must draw on her past achievements.\n\n"
            '"She must not lose faith in what has already been proven," said Richards. Richards also points out '
            "conditions in New York will be more conducive to a strong physical display from Radcliffe.")
    assert mention_name_kind(nlp, text)[-1] == ("Richards", "Hugh Richards", SourceKind.PERSON)


def test_a_knights_title_and_first_name_is_the_knight_named_in_full(nlp):
    text = "Business leader Sir Digby Jones said taxes were too high. Sir Digby added that firms were struggling."
    assert [name for _, name, _ in mention_name_kind(nlp, text)] == ["Sir Digby Jones", "Sir Digby Jones"]


def test_lowercase_words_before_a_bodys_tagged_name_describe_it(nlp):
    text = "The plan would cost $2 trillion, according to the nonpartisan Congressional Budget Office."
    assert mention_name_kind(nlp, text)[0][1] == "Congressional Budget Office"


@pytest.mark.parametrize(
    "text", ["Yes, he said, and then he left.", "Asked about it, he smiled, and said nothing."]
)
def test_an_aside_ending_at_the_sentence_root_is_skipped_without_looping(nlp, text):
    # the head walk from the aside's first word reaches the root, its own head, between the commas
    doc = nlp(text)
    last_comma = max(t.i for t in doc if t.text == "," and t.i < len(doc) - 2)
    assert _skip_aside(doc, last_comma) == last_comma
