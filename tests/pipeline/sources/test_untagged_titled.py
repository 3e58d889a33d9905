"""A name the model leaves untagged ("Boss Henk Addink blames ...") is still a person when the
document writes its surname after "Mr" elsewhere (`DocumentNames._untagged_titled`), and a
hyphenated surname the tokenizer splits and the model tags as a body is still a mention of the
person (`DocumentNames._surname_mentions`, `names.modifies_a_noun`)."""

from pipeline.attribution import extract_claims
from pipeline.sources.described import mention_gender
from pipeline.sources.kinds import person_name
from pipeline.sources.names import DocumentNames
from pipeline.sources.topic_chain import salient_person
from tests.pipeline.claim_sources import mention_name

TEXT = (
    "Much of that trade passes through the world's second port, Antwerp, home to pump maker Vandeveld Marine. "
    "Boss Joost Kerckhove blames the low growth rate in Europe for the lack of orders. "
    '"In Asia growth is something like 8%, and here it is more or less 1%," he says. '
    "Mr Kerckhove blames the strong currency."
)


def _untagged(nlp, surname):
    doc = nlp(TEXT)
    doc.ents = [e for e in doc.ents if surname not in e.text]  # as the model leaves it in some articles
    return doc


def test_an_untagged_name_with_a_titled_surname_is_a_person(nlp):
    doc = _untagged(nlp, "Kerckhove")
    names = DocumentNames(doc, person_name, mention_gender)
    assert "Joost Kerckhove" in [p.name for p in names.people]
    says = next(t for t in doc if t.text == "he")
    assert salient_person(names, says.i, names.sentence_index(says.i), "male", lambda p: True) == "Joost Kerckhove"


def test_an_untagged_name_no_one_writes_with_a_title_stays_no_person(nlp):
    doc = _untagged(nlp, "Vandeveld")
    assert "Vandeveld Marine" not in [p.name for p in DocumentNames(doc, person_name, mention_gender).people]


def test_an_untagged_name_beside_a_title_speaks_and_the_pronoun_after_it_is_theirs(nlp):
    """BBC politics/001: 'May' is no PERSON to the model; the name set beside the capitalised title
    names the speaker, and 'She' in the next paragraph is her, not the minister named before."""
    text = (
        "Ms Hewitt said ministers would consult on other proposals. The Shadow Secretary of State for the Family,"
        ' Theresa May, said: "These plans were announced by Gordon Brown in December."\n\n'
        "She said the Conservatives would announce their proposals closer to the General Election."
    )
    assert [c.source.name for c in extract_claims(nlp(text))] == ["Hewitt", "Theresa May", "Theresa May"]


def test_an_untagged_name_that_speaks_is_whom_a_later_she_stands_for(nlp):
    # the model leaves "Attallah Shabazz" untagged once "Malcolm X." ends the sentence before it
    text = ("He starred in seven Lee films including Jungle Fever, Do The Right Thing and Malcolm X. Attallah Shabazz, "
            "the daughter of activist Malcolm X, recalled the famous eulogy delivered by Davis at her father's funeral. "
            '"Harlem has come to bid farewell to one of its finest hopes," she said.')
    doc = nlp(text)
    doc.ents = [e for e in doc.ents if "Shabazz" not in e.text]
    assert [c.source.name for c in extract_claims(doc) if c.source] == ["Attallah Shabazz"] * 2


def test_a_surname_alone_is_the_full_name_the_model_left_untagged(nlp):
    text = ("Yiannis Papadoyiannakis, who was head of the Greek Olympic team at the Athens Games last year, also "
            'testified at the tribunal. "I believe the tribunal will reach a decision," said Papadoyiannakis.')
    doc = nlp(text)
    doc.ents = [e for e in doc.ents if "Papadoyiannakis" not in e.text]  # as the model leaves it in the article
    assert [c.source.name for c in extract_claims(doc) if c.source] == ["Yiannis Papadoyiannakis"]


def test_a_title_or_a_second_name_joined_by_and_is_no_part_of_the_full_name(nlp):
    doc = nlp("Prof David Green spoke first. China and Russia objected. Green said so. Russia said no.")
    doc.ents = []
    names = DocumentNames(doc, person_name, mention_gender)
    assert names.full_person("Green")[0] == "David Green"
    assert names.full_person("Russia")[0] == "Russia"


def test_a_hyphenated_surname_the_model_tags_a_body_is_still_the_subject_he_stands_for(nlp):
    # the tokenizer splits "Kilroy-Silk" and the model tags the second mention ORG
    text = (
        "Ex-BBC chat show host Robert Kilroy-Silk said he wanted to \"change the face of British politics\" as he "
        "launched his new party. UKIP's chairman Petrina Holdsworth has said the group will just be a parody of "
        "the party the men have left.\n\n"
        "Mr Kilroy-Silk quit UKIP last week after months of tension as he vied unsuccessfully for the leadership "
        "of that party. He said he was ashamed to be a member of a UKIP whose leadership had \"gone AWOL\"."
    )
    assert mention_name(nlp, text)[-1] == ("He", "Robert Kilroy-Silk")
