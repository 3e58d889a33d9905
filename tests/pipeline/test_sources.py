"""Source mentions: noun-phrase expansion, in-document coreference and kinds."""

import pytest

from pipeline.attribution import extract_claims
from pipeline.models import SourceKind
from pipeline.sources import SourceResolver, expand_mention, is_source_like


def _sources(nlp, text):
    return [(c.source.mention.text, c.source.name, c.source.kind) for c in extract_claims(nlp(text)) if c.source]


@pytest.mark.parametrize(
    "text, mention, name, kind",
    [
        (
            "The national energy operator, Ukrenergo, said the majority of the strikes were directed at power stations.",
            "The national energy operator, Ukrenergo", "Ukrenergo", SourceKind.ORGANIZATION,
        ),
        ("U.S. Vice President JD Vance said the talks were difficult.", "U.S. Vice President JD Vance", "JD Vance", SourceKind.PERSON),
        ("Authorities in Kyiv confirmed that at least three people were injured.", "Authorities in Kyiv", "Authorities in Kyiv", SourceKind.GOVERNMENT),
        ("Moscow’s defense ministry claimed it had intercepted 116 drones.", "Moscow’s defense ministry", "Moscow’s defense ministry", SourceKind.MILITARY),
        ("Ukraine’s armed forces reported that the attacks targeted the west.", "Ukraine’s armed forces", "Ukraine’s armed forces", SourceKind.MILITARY),
        ("Unverified reports on Telegram suggested that a refinery had been struck.", "Unverified reports on Telegram", "Telegram", SourceKind.SOCIAL_MEDIA),
        ("The regional governor said debris damaged a building.", "The regional governor", "regional governor", SourceKind.GOVERNMENT),
        ("Officials said dozens of drones were shot down.", "Officials", "Officials", SourceKind.ANONYMOUS),
        ("A source familiar with the negotiations said a deal was close.", "A source familiar with the negotiations", "source familiar with the negotiations", SourceKind.ANONYMOUS),
        ("The strategy warned that Europe faced decline.", "The strategy", "strategy", SourceKind.DOCUMENT),
        ("Reuters reported that the talks had stalled.", "Reuters", "Reuters", SourceKind.MEDIA),
        ("The New York Times reported that the talks had stalled.", "The New York Times", "New York Times", SourceKind.MEDIA),
        ("The Kremlin said the proposal was unacceptable.", "The Kremlin", "Kremlin", SourceKind.GOVERNMENT),
        # a party label in brackets keeps its closing bracket; the name leaves it out
        ("Sen. Jane Roe (D-Ore.) said the bill would pass.", "Sen. Jane Roe (D-Ore.)", "Jane Roe", SourceKind.PERSON),
    ],
)
def test_mention_name_and_kind(nlp, text, mention, name, kind):
    assert _sources(nlp, text)[0] == (mention, name, kind)


def test_pronoun_resolves_to_earlier_person(nlp):
    text = "On Saturday, the European Union’s foreign policy chief, Kaja Kallas, sought to downplay tensions. Speaking in Qatar, she emphasized the importance of transatlantic ties."
    [(mention, name, kind)] = _sources(nlp, text)
    assert (mention, name, kind) == ("she", "Kaja Kallas", SourceKind.PERSON)


def test_last_name_joins_the_full_name_with_aliases(nlp):
    text = "President Maria Keller said taxes would fall. Keller added that spending would rise. She said the budget was balanced."
    claims = extract_claims(nlp(text))
    assert [c.source.name for c in claims] == ["Maria Keller"] * 3
    assert [c.source.mention.text for c in claims] == ["President Maria Keller", "Keller", "She"]
    assert set(claims[-1].source.aliases) >= {"President Maria Keller", "Keller", "She"}


def test_gendered_pronoun_skips_the_other_person(nlp):
    text = "Mr. Tom Brady met Ms. Ann Lee on Monday. Lee said the meeting went well. He said it was productive."
    claims = extract_claims(nlp(text))
    assert [c.source.name for c in claims] == ["Ann Lee", "Tom Brady"]


def test_relative_pronoun_source_is_named_after_its_antecedent(nlp):
    doc = nlp("European leaders, who fear a recession, met today.")
    ref = SourceResolver(doc).resolve(doc[3])
    assert (ref.mention.text, ref.name, ref.kind) == ("who", "European leaders", SourceKind.GOVERNMENT)


def test_surname_tagged_org_is_a_person_when_named_elsewhere(nlp):
    text = "Donald Trump spoke in Ohio. Trump attacked Clinton for her support of the war."
    [(mention, name, kind)] = _sources(nlp, text)
    assert (mention, name, kind) == ("Trump", "Donald Trump", SourceKind.PERSON)


def test_expand_mention_excludes_relative_clause(nlp):
    doc = nlp("Many European leaders, who fear it signals a shift, met today.")
    assert expand_mention(doc[2]).text == "Many European leaders"


@pytest.mark.parametrize(
    "text, source_like",
    [
        ("His former business partner called him a genius.", True),  # a person noun
        ("The senior economist called the plan reckless.", True),
        ("The storm denied farmers a harvest.", False),  # inanimate
    ],
)
def test_person_nouns_are_source_like(nlp, text, source_like):
    doc = nlp(text)
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert is_source_like(subject) is source_like


def test_an_institution_named_like_a_person_is_an_organization(nlp):
    from pipeline.attribution import extract_claims

    claims = extract_claims(nlp("Youssef Al-Najjar Hospital said that its generators had run out of fuel."))
    assert [(c.source.name, c.source.kind.value) for c in claims] == [("Youssef Al-Najjar Hospital", "organization")]
