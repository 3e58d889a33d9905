"""A body's short name, its mentions the model left untagged, and where people work
(pipeline/sources/names.py, written_names.untagged_repeats, sectors.company_names), a trade noun
opening the sentence before a name (phrases.opens_as_trade)
and a description repeated for one person (pipeline/sources/described.py)."""

import pytest

from pipeline.models import SourceKind
from tests.pipeline.claim_sources import mention_name_kind


def test_the_first_word_of_a_body_s_name_is_that_body_and_he_stays_the_person(nlp):
    text = ("Two executives from American International Group (AIG) and one from Marsh & McLennan were the latest. "
            "The highest ranking executive pleading guilty on Tuesday was former Marsh senior vice president Joshua Bewlay. "
            "He admitted one felony count of scheming to defraud. "
            "A Marsh spokeswoman said Mr Bewlay was no longer with the company. "
            "Last month Marsh agreed to pay $850m to settle a lawsuit filed by Mr Spitzer.")
    assert [(name, kind) for _, name, kind in mention_name_kind(nlp, text)] == [
        ("Joshua Bewlay", SourceKind.PERSON),
        ("Marsh & McLennan", SourceKind.ORGANIZATION),
        ("Marsh & McLennan", SourceKind.ORGANIZATION),
    ]


def test_a_person_s_surname_that_starts_a_body_s_name_stays_a_person(nlp):
    text = ("Bob Morgan, a former adviser to the bank Morgan Stanley, said the deal was a mistake. "
            "Morgan said he would not comment further.")
    assert [(name, kind) for _, name, kind in mention_name_kind(nlp, text)] == [("Bob Morgan", SourceKind.PERSON)] * 2


def test_a_name_someone_works_at_as_an_analyst_is_a_firm(nlp):
    text = ("People do not want to trade multimedia services with size and battery life, said Jupiter. "
            '"Mobile music services should be new and different," said Thomas Husson, mobile analyst at Jupiter research.')
    assert mention_name_kind(nlp, text)[0][1:] == ("Jupiter", SourceKind.ORGANIZATION)


def test_a_post_written_again_is_the_person_it_stood_for_before(nlp):
    text = ("George W Bush will display a more consensual approach to world politics, Tony Blair has said. "
            "The prime minister said Mr Bush had learned military force was not the only way to fight terrorism. "
            "Mr Bush was sworn in at a ceremony in Washington DC on Thursday.\n\n"
            "Echoing the new US Secretary of State Condoleezza Rice, the prime minister said there has been "
            "a clear evolution of US policy.")
    assert {name for _, name, _ in mention_name_kind(nlp, text)} == {"Tony Blair"}


def test_the_firm_is_the_body_the_article_is_about_not_a_format_it_names(nlp):
    text = ("Rank now aims to concentrate on its gaming, bars and hotels business. It also owns Deluxe Media, "
            "which makes and distributes DVDs and videos. However, that business is seen as less successful. "
            "Experts suggest its success in moving to DVDs from VHS video could make it an attractive target. "
            "A spokesman for the firm said any results were likely to be set out on Friday.")
    assert mention_name_kind(nlp, text)[-1][1:] == ("Rank", SourceKind.ORGANIZATION)


def test_an_acronym_written_as_a_word_is_the_name_it_spells(nlp):
    text = "The North Atlantic Treaty Organisation, Nato, met on Monday. Nato said forces would need more money."
    assert mention_name_kind(nlp, text)[-1][1:] == ("North Atlantic Treaty Organisation", SourceKind.ORGANIZATION)


def test_a_role_word_or_a_possessor_opening_a_body_s_name_is_no_body(nlp):
    from pipeline.sources.described import mention_gender
    from pipeline.sources.kinds import person_name
    from pipeline.sources.names import DocumentNames

    doc = nlp("Applegate's Charity show closes. Star Christina Applegate had to pull out with a broken foot.")
    assert not {"Star", "Applegate"} & DocumentNames(doc, person_name, mention_gender).companies


def test_the_watchdog_is_the_campaign_group_named_before_it(nlp):
    text = ("The Parents Television Council (PTC), which monitors violence and sex on TV, said the channel offered "
            "the cheapest form of programming. The PTC monitored the channel's output for 171 hours. "
            "The watchdog decided to look at the programmes after the Super Bowl.")
    assert mention_name_kind(nlp, text)[-1][1:] == ("Parents Television Council", SourceKind.ORGANIZATION)


def test_a_person_named_after_the_place_of_their_post_is_that_person(nlp):
    text = ("The BBC's correspondent in Jakarta, Rachel Harvey, told World Business Report that there was likely "
            "to be a strong public reaction to any price rise.")
    assert mention_name_kind(nlp, text)[0][1:] == ("Rachel Harvey", SourceKind.PERSON)


def test_a_named_journalist_is_a_person(nlp):
    text = "The Latvian journalist Dainis Ivans said he feared a new pact."
    assert [(name, kind) for _, name, kind in mention_name_kind(nlp, text)] == [("Dainis Ivans", SourceKind.PERSON)]


def test_the_magazine_is_the_one_the_article_calls_a_magazine(nlp):
    text = ("The Apple Powerbook 100 has been chosen as the greatest gadget of all time, by US magazine Mobile PC. "
            "The 1991 laptop was chosen because it was one of the first portable computers. "
            "The magazine specified that gadgets also needed to be a self-contained apparatus.")
    assert mention_name_kind(nlp, text)[-1][1:] == ("Mobile PC", SourceKind.MEDIA)


def test_a_role_word_the_model_took_into_a_body_s_name_leaves_a_person(nlp):
    # "Star Christina Applegate" is tagged ORG: the surname alone later is still her full name
    text = ("Star Christina Applegate had to pull out of performances with a broken foot. Applegate, who starred in "
            "TV comedy Married With Children, had been hoping to make her Broadway debut in the show.")
    assert mention_name_kind(nlp, text)[-1][1:] == ("Christina Applegate", SourceKind.PERSON)


def test_an_acronym_spells_a_name_with_for_inside(nlp):
    # the model's entity stops at "and"; the run of proper nouns goes on through "for" and "and"
    text = ("The names are being considered by the Internet Corporation for Assigned Names and Numbers, Icann. "
            "Icann said its early decision on the two domains was a response to the information.")
    assert mention_name_kind(nlp, text)[-1][1:] == ("Internet Corporation for Assigned Names and Numbers", SourceKind.ORGANIZATION)


def test_a_body_the_model_tags_only_later_is_what_the_firm_stands_for_before(nlp):
    # "Parmalat" is untagged in its first mentions; the description before the tagged one is it
    text = (
        "Parmalat has sued 45 banks as it tries to reclaim money paid to banks before the dairy company went bust.\n\n"
        "The firm collapsed with debts of about 14bn euros and new boss Enrico Bondi has already taken legal action. "
        "Parmalat has not identified which banks it has gone after this time. "
        "The firm also said it is preparing further law suits.\n\n"
        "According to the Reuters news agency, 35 of the companies sued on Thursday are Italian. "
        "The unidentified Parmalat source also told Reuters that the company was planning more action."
    )
    assert ("The firm", "Parmalat", SourceKind.ORGANIZATION) in mention_name_kind(nlp, text)


def test_a_posts_field_and_the_holders_full_name_read_as_one_object_give_the_person(nlp):
    text = 'Gloucester director of rugby Nigel Melville said: "Phil has broken his radius."'
    assert mention_name_kind(nlp, text)[0][1:] == ("Nigel Melville", SourceKind.PERSON)


def test_a_body_after_a_posts_of_is_not_its_holder(nlp):
    text = "The owners of embattled Russian oil giant Yukos have said they will appeal."
    assert mention_name_kind(nlp, text)[0][1] != "Yukos"


def test_a_name_after_a_describing_clause_is_no_apposition_of_the_speaker(nlp):
    text = ('Mr Neeson said that the idea was to get a bunch of Irish Americans in one room.\n\n'
            'The Oscar-nominated actor, whose films include Schindler\'s List, Michael Collins and Star Wars: The '
            'Phantom Menace, said: "The Lyric is too important to the cultural life of Northern Ireland."')
    assert mention_name_kind(nlp, text)[-1][1:] == ("Neeson", SourceKind.PERSON)


def test_a_body_named_whole_is_not_a_longer_body_it_begins(nlp):
    text = ("Reg Carr, director of Oxford University Library Services, said the project would help scholars. "
            "A spokeswoman for Oxford University said the books would include novels.")
    assert mention_name_kind(nlp, text)[-1][1:] == ("Oxford University", SourceKind.ORGANIZATION)


def test_a_maker_noun_before_a_name_makes_it_a_firm_and_the_firm_that_just_spoke_is_the_firm(nlp):
    text = ("Swiss drugmaker Novartis has announced 5.65bn euros of purchases to make its Sandoz unit the biggest "
            "generic drug producer. Novartis, which last month forecast record sales for 2005, said it had bought all "
            "of Hexal. The deal will see Novartis' Sandoz business overtake Israel's Teva Pharmaceuticals as the "
            "biggest maker of generics. Novartis said that it would merge a number of departments. "
            "\"The outlook for Sandoz is strong,\" the firm said in a statement.")
    assert {(name, kind) for _, name, kind in mention_name_kind(nlp, text)} == {("Novartis", SourceKind.ORGANIZATION)}


def test_a_phrase_known_by_a_name_is_named_by_it(nlp):
    text = ("One group of now mostly senior citizen organizers, known as The Reckoning Crew, initially endorsed "
            "Senator Kamala Harris. After she suspended her campaign, the group said it would back Biden.")
    assert {name for _, name, _ in mention_name_kind(nlp, text)} == {"Reckoning Crew"}


@pytest.mark.parametrize("text, names", [
    # a trade noun opening the sentence describes the name: neither the source's name nor the firm's
    ("Bookmaker Ladbrokes said it would stop taking bets.", ["Ladbrokes"]),
    ("Carmaker Nissan said sales rose.", ["Nissan"]),
    # the model tags this one a person; "the firm" after it is the bookmaker
    ("Bookmaker William Hill has stopped taking bets on the race.\n\nThe firm said on Friday that inside "
     "information could have played a part.", ["William Hill"]),
    # a body's word that starts names stays in the name
    ("Union Pacific said profits rose. The firm said its trains were full.", ["Union Pacific", "Union Pacific"]),
])
def test_a_trade_noun_opening_the_sentence_describes_the_name(nlp, text, names):
    assert [name for _, name, _ in mention_name_kind(nlp, text)] == names
