"""Canonical names and kinds where the model's labels mislead: an acronym that is a person's
initials (names.full_organisation), "the newspaper" standing for the medium named before it and a
body already resolved as a source whatever its label (descriptions.described_body), a surname
tagged a body that the document writes after a first name and a role (name_usage), and a
quantifier heading a set (kinds.source_kind)."""

from pipeline.models import SourceKind
from tests.pipeline.claim_sources import mention_name_kind


def test_an_acronym_is_not_a_person_s_initials_and_the_newspaper_is_the_medium(nlp):
    # BBC business/392
    text = ("Euronext chief Jean-Francois Theodore is scheduled to meet his LSE counterpart Clara Furse on Friday. "
            "According to the FT, in its latest meeting Deutsche Boerse will adopt a charm offensive to woo the London exchange. "
            "The newspaper said the German suitor will offer to manage a combined cash and equities market out of London.")
    assert [(name, kind) for _, name, kind in mention_name_kind(nlp, text)] == [("FT", SourceKind.MEDIA)] * 2


def test_a_description_stands_for_a_body_a_source_named_whatever_its_label(nlp):
    # BBC tech/254: "BT" there is tagged a place
    text = ("One person in the UK is joining the internet's fast lane every 10 seconds, according to BT. "
            "The telecoms giant said the number of people on broadband via the telephone line had now surpassed four million.")
    assert [name for _, name, _ in mention_name_kind(nlp, text)] == ["BT", "BT"]


def test_a_surname_tagged_a_body_after_a_role_and_first_name_is_that_person(nlp):
    # BBC sport/056: "Carolina Kluft" and "Kluft" are tagged ORG
    text = ("Olympic heptathlon champion Carolina Kluft was full of admiration for Britain's Kelly Sotherton. "
            'Sotherton finished third behind the Swede in Athens, and Kluft said: "I knew about her, she\'s a great girl."')
    assert ("Carolina Kluft", SourceKind.PERSON) in [(name, kind) for _, name, kind in mention_name_kind(nlp, text)]


def test_a_quantifier_with_a_place_is_a_group(nlp):
    # BBC politics/254
    text = "Few in Westminster actually believe that, simply because the evidence appears to contradict it."
    assert [(name, kind) for _, name, kind in mention_name_kind(nlp, text)] == [("Few in Westminster", SourceKind.GROUP)]


def test_a_lead_s_office_of_a_body_is_the_person_named_next_and_a_seat_goes_with_it(nlp):
    # BBC politics/105: the lead's "a Home Office minister", then her name, then "the Salford MP"
    text = ("UK Muslims should accept that people of Islamic appearance are more likely to be stopped and searched "
            "by police, a Home Office minister has said.\n\n"
            "Hazel Blears said innocent Muslims would be targeted because of the search for Islamic extremists. "
            'Her comments have been described as "irresponsible" and "outrageous" by the Islamic Human Rights Commission (IHRC).\n\n'
            '"The threat is most likely to come from those people associated with an extreme form of Islam," '
            "the Salford MP told the Commons home affairs committee.")
    named = {mention: name for mention, name, _ in mention_name_kind(nlp, text)}
    assert named["a Home Office minister"] == named["the Salford MP"] == "Hazel Blears"


def test_a_lead_s_office_is_the_person_the_headline_and_the_next_sentence_name(nlp):
    # BBC business/002: not "Robert Sinche, head of currency strategy", named later
    text = ("Dollar gains on Greenspan speech\n\n"
            "The dollar has hit its highest level against the euro in almost three months after the Federal Reserve "
            "head said the US trade deficit is set to stabilise.\n\n"
            "And Alan Greenspan highlighted the US government's willingness to curb spending and rising household "
            "savings as factors which may help to reduce it. "
            '"I think the chairman\'s taking a much more sanguine view," said Robert Sinche, head of currency strategy '
            "at Bank of America in New York.")
    named = {mention: name for mention, name, _ in mention_name_kind(nlp, text)}
    assert named["the Federal Reserve head"] == "Alan Greenspan"


def test_an_age_with_a_clause_after_it_and_a_hyphenated_surname_are_the_person_named(nlp):
    # BBC sport/465
    text = ("Justine Henin-Hardenne lost to Elena Dementieva in a comeback exhibition match in Belgium on Sunday. "
            '"I will be heading to Australia with a lot of question marks over me, I know that," she said. '
            "Henin-Hardenne was speaking after a 6-2 5-7 6-2 loss to world number six Dementieva. "
            '"Physically, it\'s obvious that I hit rock bottom," said the 22-year-old, who will make her comeback '
            "in the Sydney International from 10-16 January.")
    assert {name for _, name, _ in mention_name_kind(nlp, text)} == {"Justine Henin-Hardenne"}


def test_the_body_noun_takes_up_the_unnamed_body_it_introduced(nlp):
    # BBC tech/170
    text = ("Easy-to-play titles that do not require too much time and that are playable online or downloadable to "
            "mobile devices will see real growth in the coming year. "
            'The trend shows that gaming is not just about big-hitting, games console titles, which appeal more to '
            '"hardcore" gamers, said a panel of experts. '
            "They were speaking before the annual Consumer Electronics Show in Las Vegas which showcases the latest "
            "trends in gadgets and technologies for 2005. "
            "The panel also insisted that casual gamers were not just women, a common misconception which pervades "
            "current thinking about gamer demographics.")
    named = {mention: name for mention, name, _ in mention_name_kind(nlp, text)}
    assert named["The panel"] == "panel of experts"
