"""A name the model leaves untagged ("Boss Henk Addink blames ...") is still a person when the
document writes its surname after "Mr" elsewhere (`DocumentNames._untagged_titled`)."""

from pipeline.attribution import extract_claims
from pipeline.sources.described import mention_gender
from pipeline.sources.kinds import person_name
from pipeline.sources.names import DocumentNames

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
    assert names.salient_person(says.i, names.sentence_index(says.i), "male", lambda p: True) == "Joost Kerckhove"


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
