"""A lead's speaker described, then named in the next sentences (pipeline/sources/leads.py)."""

from pipeline.models import SourceKind
from tests.pipeline.claim_sources import mention_name_kind


def test_a_leads_body_is_the_body_named_next_with_a_shared_word(nlp):
    text = ("Card fraud has moved online, an anti-fraud agency has said.\n\n"
            "Anti-fraud consultancy Retail Checks says web fraud has risen since January.")
    assert [name for _, name, _ in mention_name_kind(nlp, text)] == ["Retail Checks", "Retail Checks"]


def test_a_leads_post_is_the_person_named_next(nlp):
    text = ("The new health minister for Wales says there are lessons to learn from England.\n\n"
            "Dr Brian Gibbs, on his first full day in the job, admitted there were big challenges.")
    assert mention_name_kind(nlp, text)[0] == ("The new health minister for Wales", "Brian Gibbs", SourceKind.PERSON)


def test_a_leads_body_sharing_no_word_with_the_next_body_stays_as_written(nlp):
    text = "Prices will rise this year, a watchdog has said.\n\nThe Treasury said inflation would stay low."
    assert mention_name_kind(nlp, text)[0][1] == "watchdog"


def test_a_description_after_names_is_no_lead(nlp):
    text = ("Tom Reyes spoke in London on Monday. The new health minister says waiting lists will fall. "
            "Dr Brian Gibbs said the plan was sound.")
    assert mention_name_kind(nlp, text)[0][1] != "Brian Gibbs"


def test_an_indefinite_body_is_the_named_body_after_it_that_repeats_its_words(nlp):
    text = ("New safeguards on card payments have led fraudsters to focus on internet payments, an anti-fraud agency "
            "has said.\n\nAnti-fraud consultancy Retail Decisions says card-not-present fraud has risen.")
    assert [s[1] for s in mention_name_kind(nlp, text)] == ["Retail Decisions", "Retail Decisions"]
    text = ("A national body should be set up, a committee of MPs has said.\n\nThere was an absolute crisis in "
            "recruitment, the Commons science and technology committee added.")
    assert [s[1] for s in mention_name_kind(nlp, text)] == ["Commons science and technology committee"] * 2


def test_an_indefinite_person_is_not_the_next_person_of_that_role(nlp):
    text = ("\"The bill will take a decade,\" a spokesman said. Lib Dem home affairs spokesman Mark Oaten said the "
            "scheme was flawed.")
    assert mention_name_kind(nlp, text)[0][1] == "spokesman"


def test_a_leads_body_may_share_a_word_with_the_next_bodys_name(nlp):
    text = ("Sales of the dye fell sharply after a food safety watchdog said it could cause cancer.\n\n"
            "The European Food Safety Authority warned that the dye had been found in 400 products.")
    assert mention_name_kind(nlp, text)[0][1] == "European Food Safety Authority"


def test_a_leads_person_set_apart_is_the_person_named_next_as_a_subject(nlp):
    text = ("A senior barrister who has resigned in protest over the new laws says the system is unfair.\n\n"
            "Tom Fairlie QC quit when the government ignored a court ruling.")
    assert mention_name_kind(nlp, text)[0][1:] == ("Tom Fairlie", SourceKind.PERSON)


def test_a_leads_bare_role_or_a_person_named_as_an_object_stays_as_written(nlp):
    text = "A lawyer says the system is unfair.\n\nTom Fairlie QC quit when the government ignored a ruling."
    assert mention_name_kind(nlp, text)[0][1] == "lawyer"
    text = ("A senior barrister who has resigned says the system is unfair.\n\n"
            "The government criticised Tom Fairlie for the move.")
    assert mention_name_kind(nlp, text)[0][1] != "Tom Fairlie"


def test_a_leads_body_sharing_no_word_is_the_next_named_body_that_speaks(nlp):
    # the headline's plural is no body named before; the body that acts first ("is to end") is not the
    # one that warned; "Christian Aid", tagged a person, is the charity
    text = ("Millions 'to lose textile jobs'\n\n"
            "Millions of textile workers will lose their jobs under new trade rules, a charity has warned.\n\n"
            "The World Trade Organisation (WTO) is to end its Multi-Fibre Agreement on 31 December. "
            "Christian Aid condemned the move, saying it would see almost a million jobs axed.")
    assert [(name, kind) for _, name, kind in mention_name_kind(nlp, text)][:2] == [("Christian Aid", SourceKind.ORGANIZATION)] * 2


def test_a_leads_described_set_is_the_same_noun_named_by_its_possessor_next(nlp):
    text = ("Creditors of South Korea's top credit card firm have said they will put the company into liquidation.\n\n"
            "LG Card's creditors have given LG group until Wednesday to sign up to a rescue package.")
    assert mention_name_kind(nlp, text)[0] == ("Creditors of South Korea's top credit card firm", "LG Card's creditors", SourceKind.GROUP)


def test_a_leads_relation_of_a_named_person_is_the_person_named_next(nlp):
    # whose ally it is does not name the ally: the next sentence's subject does
    text = ("Chancellor Gordon Brown's closest ally has denied suggestions there will be a Budget giveaway.\n\n"
            "Ed Balls, ex-chief economic adviser to the Treasury, said there would be no spending spree.")
    assert [name for _, name, _ in mention_name_kind(nlp, text)] == ["Ed Balls", "Ed Balls"]


def test_a_leads_post_of_a_named_body_is_the_person_named_next_who_speaks(nlp):
    text = ("Tony Blair is likely to name 5 May as election day, the BBC's political editor has learned.\n\n"
            "Andrew Marr says Mr Blair will ask the Queen to dissolve Parliament.")
    assert mention_name_kind(nlp, text)[0] == ("the BBC's political editor", "Andrew Marr", SourceKind.PERSON)


def test_a_leads_post_of_a_named_body_is_not_someone_named_with_another_role(nlp):
    text = ("Barclays will close 40 branches, Barclays' chief executive has said.\n\n"
            "Analyst Jane Hollis said the move had been expected.")
    assert mention_name_kind(nlp, text)[0][1] == "Barclays' chief executive"


def test_a_leads_acting_post_ties_its_later_mentions_to_the_person_named_next(nlp):
    text = ("Bid to cut court witness stress\n\n"
            "New targets to reduce the stress to witnesses have been announced by the lord chancellor.\n\n"
            "Lord Falconer wants all crown courts to keep witnesses separate from defendants. More video links will "
            "also be made available.\n\n"
            "The plan comes as the lord chancellor also considers allowing cameras into courts.")
    assert {name for _, name, _ in mention_name_kind(nlp, text)} == {"Lord Falconer"}


def test_a_leads_count_of_studies_is_that_many_named_bodies_speaking_after_it(nlp):
    text = ("Handsets are not yet ready to replace music players, say two reports.\n\n"
            "People do not want to trade battery life for music, said IDC. A separate study by Forrester Research has "
            "also said that TV on phones is unlikely before 2008.")
    assert mention_name_kind(nlp, text)[0][1:] == ("IDC and Forrester Research", SourceKind.GROUP)
