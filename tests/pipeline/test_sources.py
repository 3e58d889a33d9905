"""Source mentions: noun-phrase expansion, in-document coreference and kinds."""

import pytest

from pipeline.attribution import extract_claims
from pipeline.models import SourceKind, SourceRef
from pipeline.sources.mentions import expand_mention
from pipeline.sources.coreference import SourceResolver
from pipeline.attribution.context import document_context
from pipeline.sources.source_like import is_source_like
from tests.pipeline.claim_sources import mention_name_kind


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
        # a role noun before a name is not part of the name; a person noun heads a person
        ("England coach Ann Lee said the team was ready.", "England coach Ann Lee", "Ann Lee", SourceKind.PERSON),
        ("Veteran striker Tom Hale said he would stay.", "Veteran striker Tom Hale", "Tom Hale", SourceKind.PERSON),
        ("The 40-year-old singer said the tour would go on.", "The 40-year-old singer", "40-year-old singer", SourceKind.PERSON),
        ("His son said the family was grateful.", "His son", "His son", SourceKind.PERSON),
        ("Labour MP Ann Lee said the plan was unfair.", "Labour MP Ann Lee", "Ann Lee", SourceKind.PERSON),
        # a hyphenated title split by the tokenizer leaves no hyphen on the name
        ("Vice-President Tom Hale said the plan was unfair.", "Vice-President Tom Hale", "Tom Hale", SourceKind.PERSON),
    ],
)
def test_mention_name_and_kind(nlp, text, mention, name, kind):
    assert mention_name_kind(nlp, text)[0] == (mention, name, kind)


def test_pronoun_resolves_to_earlier_person(nlp):
    text = "On Saturday, the European Union’s foreign policy chief, Kaja Kallas, sought to downplay tensions. Speaking in Qatar, she emphasized the importance of transatlantic ties."
    assert mention_name_kind(nlp, text)[-1] == ("she", "Kaja Kallas", SourceKind.PERSON)


def test_last_name_joins_the_full_name_with_aliases(nlp):
    text = "President Maria Keller said taxes would fall. Keller added that spending would rise. She said the budget was balanced."
    claims = extract_claims(nlp(text))
    assert [c.source.name for c in claims] == ["Maria Keller"] * 3
    assert [c.source.mention.text for c in claims] == ["President Maria Keller", "Keller", "She"]
    assert set(claims[-1].source.aliases) == {"President Maria Keller", "Keller"}  # never a pronoun


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
    [(mention, name, kind)] = mention_name_kind(nlp, text)
    assert (mention, name, kind) == ("Trump", "Donald Trump", SourceKind.PERSON)


@pytest.mark.parametrize(
    "text, mention",
    [
        # clauses describing the source are part of the mention as written (PolNeAR's convention)
        ("Jane Roe, a historian who attended the session, said the plan failed.", "Jane Roe, a historian who attended the session"),
        ("A report released last year found that costs rose.", "A report released last year"),
        ("Mark Lee, a Boston-based lawyer, said the ruling was wrong.", "Mark Lee, a Boston-based lawyer"),
        # ... but not a speech act set off by commas, nor a coordination's "both", nor a label's topic
        ("Officials, speaking to reporters on Monday, said the talks failed.", "Officials"),
        ("Both the mayor and the governor said the plan would work.", "the mayor and the governor"),
        ("Lee on Taxes: The Rich Should Pay More.", "Lee"),
    ],
)
def test_mention_as_written(nlp, text, mention):
    assert mention_name_kind(nlp, text)[-1][0] == mention


def test_describing_clause_is_not_part_of_the_name(nlp):
    [(mention, name, _)] = mention_name_kind(nlp, "The coalition, which represents farmers, said prices fell.")
    assert (mention, name) == ("The coalition, which represents farmers", "coalition")


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
    assert is_source_like(document_context(doc), subject) is source_like


def test_an_institution_named_like_a_person_is_an_organization(nlp):
    from pipeline.attribution import extract_claims

    claims = extract_claims(nlp("Youssef Al-Najjar Hospital said that its generators had run out of fuel."))
    assert [(c.source.name, c.source.kind.value) for c in claims] == [("Youssef Al-Najjar Hospital", "organization")]


def _source_for_cue(nlp, text, cue):
    """The source mention of the claim whose cue is `cue`, or None when it has no source."""
    [claim] = [c for c in extract_claims(nlp(text)) if c.cue is not None and c.cue.text == cue]
    return claim.source.mention.text if claim.source else None


@pytest.mark.parametrize(
    "text, cue, source",
    [
        # a subjectless participle under a preposition: the governing clause's subject, even a passive one
        ("The senator began by saying that the bill would pass.", "saying", "The senator"),
        ("After saying her foot was swollen, she was taken to a hospital.", "saying", "she"),
        ("Students have no way of knowing which loans they might qualify for.", "knowing", "Students"),
        ("He left without saying that he would return.", "saying", None),  # he did not say it
        # a document or event speaks for whoever issued or held it
        ("The council issued a statement calling the test a clear violation.", "calling", "The council"),
        ("She spoke at a news conference announcing that the city would sue the company.", "announcing", "She"),
        ("A statement released on Monday said the talks had stalled.", "said", "A statement"),
        # the one made to act performs the act; someone only urged or used stays the subject's
        ("The senator forced the banker to admit that the scheme had failed.", "to admit", "the banker"),
        ("Reporters pressed the minister into admitting that the plan had failed.", "admitting", "the minister"),
        ("He used the speech to argue that taxes should fall.", "to argue", "He"),
        # of two parsed subjects, the one inside the quote is a misparse
        ("“Our reaction was anger,” the campaign's former strategist said on Monday.", "said", "the campaign's former strategist"),
        ("Jane Roe, the committee chair, said the bill was sound.", "said", "Jane Roe, the committee chair"),
        # shares of people and 's read as "has"
        ("Many of his supporters believe that the election was rigged.", "believe", "Many of his supporters"),
        ("Forty percent said the economy was getting worse.", "said", "Forty percent"),
        ("It was a busy week, with the governor — who’s called for new roads — defending the budget.", "’s called for", "who"),
        # an act after a relative clause set off by dashes is the antecedent's
        ("With the governor — who’s called for new roads — defending the budget, the session ended.", "defending", "the governor"),
        # "despite X saying": the preposition's object speaks
        ("Despite several senators now saying that the bill should change, the leaders refused.", "now saying", "several senators"),
        # a participle on an object that cannot speak is the subject's; a dash is never a subject
        ("She has come out the other side knowing that love wins.", "knowing", "She"),
        ("In the years his returns were public ― Trump boasted that he was smart.", "boasted", "Trump"),
        ("They are convinced that the market will recover.", "convinced", "They"),  # a state of mind
        # a subject the parser hung on a phrase before its verb, or left unlabelled
        ("In a meeting with the board of the newspaper Smith said that taxes would rise.", "said", "Smith"),
        ("With her new film, Jones both documents the decline of the town and argues that it can recover.", "documents", "Jones"),
        ("As the president appears set to veto the bill, Democratic nominee Jane Roe apparently disagrees with her former boss.",
         "apparently disagrees with", "Democratic nominee Jane Roe"),
        ("Some believe the focus on young voters in Ohio shows the campaign is worried.", "believe", "Some"),
        # a recording shows its speaker; a document cited in a passive speaks; a question claims nothing
        ("The campaign released a video of the governor saying that taxes would rise.", "saying", "the governor"),
        ("It was noted in the filing that the company had lost money.", "was noted", "the filing"),
        ("He released a letter from his doctor that says he is in excellent health.", "says", "He"),
        ("Who would have believed that we would win?", "would have believed", None),
        # past an aside set off by dashes, the interrupted clause acts; a recipient credited for an act did it
        ("Protesters marched past the stadium - where the Panthers played the Vikings - while chanting that the police had lied.",
         "chanting", "Protesters"),
        ("She gave credit to the activists for speaking out against injustice.", "speaking out against", "the activists"),
        ("He appeared at a hearing for his role in promoting the pills and for saying that the extract was a cure.", "saying", "He"),
        # a participle after "X said," that the parser hung on a later verb continues X's clause
        ("\"It is a disgrace,\" the senator said, adding that the country has spent decades on this, young people do not want it.",
         "adding", "the senator"),
        # a quote set off by dashes passes the source through to the clause after it
        ("The candidate dodged the issue, calling the remark a joke -- \"That shows I am honest\" -- and later insisting that she had paid every bill.",
         "later insisting", "The candidate"),
        # a subjectless "as" clause speaks for the document it cites, and for nobody else
        ("As stated in the committee's report, the budget is balanced.", "stated", "the committee's report"),
        ("The levee failed, as noted in the report.", "noted", "the report"),
        ("The dam held, as predicted.", "predicted", None),
        # a noun the subject engages in is the subject's; one met with, or cued by nobody, is no one's
        ("Democrats persisted in arguments that the panel was biased.", "arguments", "Democrats"),
        ("The senators engaged in speculation that the vote would fail.", "speculation", "The senators"),
        ("The workers returned with hopes of a raise.", "hopes of", "The workers"),
        ("The senator laughed at claims that the vote was rigged.", "claims", None),
        ("The campaign met with complaints about the ads.", "complaints about", None),
        ("The council was flooded with complaints about the noise.", "complaints about", None),
        ("The storm arrived with warnings of flooding.", "warnings of", None),
    ],
)
def test_source_of_a_cue(nlp, text, cue, source):
    assert _source_for_cue(nlp, text, cue) == source


@pytest.mark.parametrize(
    "text, verb, subject",
    [
        ("The mayor criticized the governor for saying that the budget was balanced.", "saying", "governor"),
        ("He apologized for saying that the vote was rigged.", "saying", "He"),
        ("The law requires companies to disclose their donors.", "disclose", "law"),
        ("They're increasingly convinced the department mishandled the case.", "convinced", "They"),
        ("The candidate posted a series of tweets criticizing the judge.", "criticizing", "candidate"),
        ("The council cited a report showing that crime fell.", "showing", "report"),  # citing is not issuing
        ("It was reported that the talks had stalled.", "reported", None),
        ("He has been attacking the mayor since Smith, at a rally in June, cited comments the mayor had made.", "cited", "Smith"),
        ("The mayor visited the home of the victim, and said the city would help.", "said", "mayor"),
        # a verb the parser hung on a verb inside a quote does not take the quote's subject
        ("Ms. Reyes hardly settled the matter, treating the charge first as a praise -- ''That makes me tough'' -- "
         "and, when questioned after the hearing, asserting, ''Of course, I pay my bills.''", "asserting", None),
    ],
)
def test_subject_of_controlled_and_passive_verbs(nlp, text, verb, subject):
    from pipeline.attribution.grammar.subjects import subject_of

    doc = nlp(text)
    found = subject_of(document_context(doc), next(t for t in doc if t.text == verb))
    assert (found.text if found is not None else None) == subject


@pytest.mark.parametrize(
    "text",
    [
        "The committee held the aide in contempt of Congress.",  # the noun describes the object
        "In an effort to win votes, the candidate toured the state.",  # a fronted phrase is circumstance
    ],
)
def test_noun_in_a_verb_phrase_that_no_one_engages_in_is_no_claim(nlp, text):
    assert extract_claims(nlp(text)) == []


def _first_it(nlp, text):
    return next(t for t in nlp(text) if t.lower_ == "it")


@pytest.mark.parametrize(
    "text, source_like",
    [
        # "it" standing for an institution, a newspaper or a document can speak
        ("The Daily Ledger endorsed the mayor, and protesters gathered after it backed her.", True),
        ("The agency released its annual review on Monday. It warns that the river is polluted.", True),
        ("The company sued the city. It said the law was unfair.", True),
        # a thing, an impersonal "it" and a copula's "it" stand for nobody
        ("The storm hit the coast. It destroyed dozens of homes.", False),
        ("The union met on Friday. It seems that the strike will go ahead.", False),
        ("The committee wrote to the minister. It is clear that the deal is dead.", False),
        ("Jane Roe spoke on Monday. It was a long speech.", False),
    ],
)
def test_it_is_source_like_when_it_stands_for_an_institution(nlp, text, source_like):
    it = _first_it(nlp, text)
    assert is_source_like(document_context(it.doc), it) is source_like


@pytest.mark.parametrize(
    "text, source_like",
    [
        ("No one expected the vote to pass.", True),  # indefinite persons
        ("Everyone believes the plan will work.", True),
        ("Nobody thinks the deal is fair.", True),
        ("The state media claimed the launch succeeded.", True),  # "media" has the lemma "medium"
        ("The documentary argues that the law failed.", True),  # works speak for their makers
        ("The movie suggests that the war was avoidable.", True),
        ("Anything suggests that the plan failed.", False),
        ("One thing remains certain.", False),
    ],
)
def test_indefinite_persons_media_and_works_are_source_like(nlp, text, source_like):
    subject = next(t for t in nlp(text) if t.dep_ == "nsubj")
    assert is_source_like(document_context(subject.doc), subject) is source_like


@pytest.mark.parametrize(
    "text, cue, source",
    [
        # a speaker after the cue, parsed as its object or as part of a name
        ('"We will win this state," joked the president.', "joked", "the president"),
        ('"The plan is dead," declared the senator on Monday.', "declared", "the senator"),
        ('Said Ellis: "I do not think she cares about taxes."', "Said", "Ellis"),
        ('"We will win," said Jane Roe.', "said", "Jane Roe"),
        # a title after "of" parsed as a clause whose subject is its last word (BBC entertainment)
        ("The 58-year-old US singer of Because the Night told The Observer newspaper that the festival would be "
         "her response.", "told", "The 58-year-old US singer"),
        # a name hung as an apposition on a subject that cannot speak
        ("With ten days until the vote, Jane Roe, an adviser to the campaign, called the remarks a mistake.", "called",
         "Jane Roe, an adviser to the campaign"),
    ],
)
def test_speaker_the_parser_misplaced(nlp, text, cue, source):
    assert _source_for_cue(nlp, text, cue) == source


@pytest.mark.parametrize(
    "text",
    [
        "Ask the senator about the plan.",  # an object with no content clause before its verb
        "After the hearing, the decision, a blow to the mayor, prompted protests.",
    ],
)
def test_an_object_or_apposition_without_a_claim_is_no_speaker(nlp, text):
    assert extract_claims(nlp(text)) == []


@pytest.mark.parametrize(
    "text, word, source_like",
    [
        # a capitalised word the model tags as a common noun, written as a name in running text
        ("Many Birchers distrusted the council. Birchers viewed the treaty as a trap.", "Birchers", True),
        ("The mayor met Wines on Monday. Wines believes the plan will fail.", "Wines", True),
        # capitalised only where a sentence or a headline starts: no evidence of a name
        ("Warnings spread along the coast as the rivers rose.", "Warnings", False),
        ("Storm Warnings Spread Along The Coast. Warnings went unheeded.", "Warnings", False),
    ],
)
def test_capitalised_noun_written_as_a_name_is_source_like(nlp, text, word, source_like):
    doc = nlp(text)
    token = [t for t in doc if t.text == word][-1]
    assert (token.pos_ == "PROPN" or is_source_like(document_context(doc), token)) is source_like


@pytest.mark.parametrize(
    "text, pronoun",
    [
        ("Acme Corp said sales rose. I know it will not last.", "I"),
        # a "you" that speaks (a reader addressed who only thinks is no source at all)
        ("The union said talks had failed. You said the strike will go ahead.", "You"),
    ],
)
def test_first_and_second_person_do_not_stand_for_an_earlier_institution(nlp, text, pronoun):
    ref = [s for s in mention_name_kind(nlp, text) if s[0] == pronoun]
    assert ref == [(pronoun, None, SourceKind.PERSON)]  # kept as a mention, naming no source


def test_unresolved_you_is_no_antecedent_for_he(nlp):
    text = 'Bob Smith spoke first. You might think the plan will fail. "It will work," he said.'
    assert [s[1] for s in mention_name_kind(nlp, text) if s[0] == "he"] == ["Bob Smith"]


@pytest.mark.parametrize(
    "text, name",
    [
        # the name inside the quote is not the speaker the pronoun after it stands for
        (
            'Bob Smith welcomed the decision. "The choice of Tom Hale, with his long experience, shows a careful process," he said.',
            "Bob Smith",
        ),
        # a name modifying a noun is not the speaker
        ('Minister Bob Smith said the Tom Hale proposals copied the government. "They are uncosted," he said.', "Bob Smith"),
        # a name before the quote remains the antecedent
        ('Bob Smith spoke after the vote. "It was a careful process," he said.', "Bob Smith"),
    ],
)
def test_pronoun_skips_names_inside_a_quote_or_modifying_a_noun(nlp, text, name):
    assert [s[1] for s in mention_name_kind(nlp, text) if s[0] == "he"] == [name]


# Issue 14: who said it.


def test_title_and_surname_take_the_fullest_name_in_the_document(nlp):
    text = (
        "Mr Kennedy said the election would be unpredictable. "
        "Lib Dem leader Charles Kennedy is touring the country. Kennedy said voters were tired."
    )
    assert {name for _, name, _ in mention_name_kind(nlp, text)} == {"Charles Kennedy"}


def test_first_person_inside_a_quote_is_the_quote_speaker(nlp):
    # the quote is never closed, so the quote finder drops it: "we ... know" inside its marks is a
    # claim of its own, and "we" is still the speaker of the quote it is in
    text = (
        'Rick Parry told the radio station: "Steven is above money. But we are also realistic '
        "enough to know we cannot keep a player against his will.\n\nThe club has not yet received an offer."
    )
    assert ("we", "Rick Parry") in {(m, n) for m, n, _ in mention_name_kind(nlp, text)}


def test_an_unresolved_pronoun_keeps_its_mention_but_names_no_source(nlp):
    [(mention, name, _)] = mention_name_kind(nlp, "I think the market will fall next year.")
    assert (mention, name) == ("I", None)


def test_he_is_the_subject_of_the_previous_sentence_not_a_name_in_its_object(nlp):
    text = (
        "Rick Parry, speaking on Monday, admitted that Steven Gerrard would decide his own future. "
        "He said the club was ready to explore a sponsorship deal."
    )
    assert mention_name_kind(nlp, text)[-1][:2] == ("He", "Rick Parry")


def test_a_name_inside_quote_marks_is_not_what_a_narrator_pronoun_stands_for(nlp):
    text = (
        'Rick Parry told the radio station: "Steven Gerrard is above money. "He is the future of the club." '
        "He added that talks on new investment were going on."
    )
    assert mention_name_kind(nlp, text)[-1][:2] == ("He", "Rick Parry")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Video game giant Electronic Arts (EA) is growing. EA said sales rose.", "Electronic Arts"),
        ("The Football Association opened an inquiry. The FA said no action would be taken.", "Football Association"),
        # a known alias takes the name it stands for when the document gives it (else `merge` keys it under that name)
        ("The Conservatives held a rally. The Tories said the plan would save money.", "Conservatives"),
        ("The Tories said the plan would save money.", "Tories"),
    ],
)
def test_short_names_of_bodies_take_the_full_name(nlp, text, name):
    assert mention_name_kind(nlp, text)[-1][1] == name


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("The regulator said prices would fall.", "regulator", SourceKind.GOVERNMENT),
        ("Some Liverpool fans said the move was a mistake.", "Some Liverpool fans", SourceKind.GROUP),
        ("Organisers said the event would go ahead.", "Organisers", SourceKind.ANONYMOUS),
        ("The Conservatives said taxes would fall.", "Conservatives", SourceKind.ORGANIZATION),
        (
            "On Monday, singer Gary Lightbody and drummer Jonny Quinn said the tour was hard.",
            "Gary Lightbody and Jonny Quinn", SourceKind.GROUP,
        ),
    ],
)
def test_kind_from_roles_sectors_and_shape(nlp, text, name, kind):
    assert mention_name_kind(nlp, text)[0][1:] == (name, kind)


def test_agent_sectors_come_from_the_vendored_phoenix_dictionary():
    from pipeline.sources.sectors import agent_sector

    assert (agent_sector("regulator"), agent_sector("newspaper"), agent_sector("army")) == ("government", "media", "military")
    assert agent_sector("banana") is None


def test_only_full_names_merge_across_documents():
    from pipeline.models import TextSpan
    from pipeline.sources.merge import merge_key

    def ref(name, kind):
        return SourceRef(mention=TextSpan(0, len(name), name), name=name, kind=kind)

    full = ref("Charles Kennedy", SourceKind.PERSON)
    assert merge_key(full, "d1") == merge_key(full, "d2")
    for kind in (SourceKind.ORGANIZATION, SourceKind.MEDIA):
        assert merge_key(ref("BBC", kind), "d1") == merge_key(ref("BBC", SourceKind.ORGANIZATION), "d2")
    for local in (ref("Kennedy", SourceKind.PERSON), ref("regional governor", SourceKind.GOVERNMENT),
                  ref("Officials", SourceKind.ANONYMOUS), ref("Some Liverpool fans", SourceKind.GROUP)):
        assert merge_key(local, "d1") != merge_key(local, "d2")
    assert merge_key(ref("Jordan Lee", SourceKind.PERSON), "d1") != merge_key(ref("Jordan Lee", SourceKind.ORGANIZATION), "d1")


@pytest.mark.parametrize(
    "text, name",
    [
        # a body noun: the organisation named just before
        ("Electronic Arts launched a new game on Monday. The firm said sales would double.", "Electronic Arts"),
        # a role noun tied to a name by a copula
        (
            "Gordon Brown is the longest serving chancellor of modern times. "
            "On Monday the chancellor said growth would be strong.",
            "Gordon Brown",
        ),
    ],
)
def test_definite_descriptions_stand_for_the_named_source(nlp, text, name):
    assert mention_name_kind(nlp, text)[-1][1] == name


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # an acronym the model leaves untagged is a body, spelled out where the article does
        (
            "The International Association of Athletics Federations (IAAF) met on Monday. "
            "The IAAF said the athletes had been warned.",
            "International Association of Athletics Federations", SourceKind.ORGANIZATION,
        ),
        # a title before the name ties the role: "the home secretary" is Charles Clarke
        (
            "Home Secretary Charles Clarke visited the prison. The home secretary said no inquiry was needed.",
            "Charles Clarke", SourceKind.PERSON,
        ),
    ],
)
def test_acronyms_and_titled_roles(nlp, text, name, kind):
    assert mention_name_kind(nlp, text)[-1][1:] == (name, kind)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Four African players, including goalkeeper Energy Murambadoro, said they had been paid.", "Four African players"),
        ("The International Labour Organisation (ILO said wages had fallen.", "International Labour Organisation"),
    ],
)
def test_a_name_leaves_out_examples_and_an_unclosed_bracket(nlp, text, name):
    assert mention_name_kind(nlp, text)[0][1] == name


def test_they_stands_for_the_plural_subject_before_it(nlp):
    text = "Singers including Cliff Richard are recording a charity single.\n\nThey hope the song will raise £2m."
    assert mention_name_kind(nlp, text)[-1] == ("They", "Singers including Cliff Richard", SourceKind.GROUP)


def test_a_role_word_opening_the_sentence_is_not_part_of_the_name(nlp):
    text = "Actor Bruce Willis is suing the studio. He said he was hurt during filming."
    assert {name for _, name, _ in mention_name_kind(nlp, text)} == {"Bruce Willis"}


def test_a_description_naming_itself_in_apposition_keeps_that_name(nlp):
    text = ("Authorities in Kyiv confirmed that three people were injured. The national energy operator, "
            "Ukrenergo, said the strikes were directed at power stations.")
    assert mention_name_kind(nlp, text)[-1][1] == "Ukrenergo"


@pytest.mark.parametrize(
    "text, mention",
    [
        ("In its view, the ruling was wrong.", "its"),  # a possessive the parse leaves as the head
        ("In their view, the ruling was wrong.", "their"),
        ("Mine said the plan would fail.", "Mine"),
        ("Those said the plan would fail.", "Those"),
    ],
)
def test_a_source_named_by_a_pronoun_alone_gets_no_name(nlp, text, mention):
    assert (mention, None) in [(m, name) for m, name, _ in mention_name_kind(nlp, text)]


def test_a_possessive_resolves_to_the_body_before_it(nlp):
    text = "The regulator said the fine was fair. In its view, the bank broke the rules."
    assert mention_name_kind(nlp, text)[-1] == ("its", "regulator", SourceKind.GOVERNMENT)


def test_pronoun_names_are_names_of_pronouns_only():
    from pipeline.sources.kinds import is_pronoun_name

    assert is_pronoun_name("its") and is_pronoun_name("Their own") and is_pronoun_name("who")
    assert not is_pronoun_name("its chief executive") and not is_pronoun_name("Ofcom") and not is_pronoun_name("")


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # an unnamed spokesperson speaks for the body: the body is the source, of its kind; alone, a person
        ("A Vodafone spokesman said the deal was fair.", "Vodafone", SourceKind.ORGANIZATION),
        ("A Kremlin spokesman said the talks were over.", "Kremlin", SourceKind.GOVERNMENT),
        ("A spokeswoman for the Casino Traders Association said the rules were unfair.", "Casino Traders Association",
         SourceKind.ORGANIZATION),
        # a body's name the model tags though a describing clause cuts the phrase
        ("The month-old Committee to Protect Bloggers said the arrests were wrong.", "Committee to Protect Bloggers",
         SourceKind.ORGANIZATION),
        ("The spokeswoman said the talks were over.", "spokeswoman", SourceKind.PERSON),
        # a named person in apposition to a person's noun, whatever the model's tag
        ("The chairman of the Bar Council, Guy Mansfield QC, said the plan was wrong.", "Guy Mansfield QC", SourceKind.PERSON),
        # a body noun describing a name the model tags as a person
        ("Munich Re, the world's biggest reinsurer, said losses would be large.", "Munich Re", SourceKind.ORGANIZATION),
        ("Security firm Network Box said the virus was spreading.", "Network Box", SourceKind.ORGANIZATION),
        ("Agence France Presse reported that the airline had grown.", "Agence France Presse", SourceKind.MEDIA),
        # plurals of people or bodies: joined, a group; known by a trade, anonymous however described
        ("Anglers and fishermen said the bill was unfair.", "Anglers and fishermen", SourceKind.GROUP),
        ("Some major tech firms said the law was needed.", "Some major tech firms", SourceKind.ANONYMOUS),
        ("Licensees, who run the pubs, said the ban would hurt trade.", "Licensees", SourceKind.GROUP),
        ("European champions Wasps said the result was fair.", "Wasps", SourceKind.ORGANIZATION),
        # a plural role naming a firm in apposition; a firm's name ending in a document noun
        ("Sales rose, according to market analysts Nielsen/NetRatings.", "Nielsen/NetRatings", SourceKind.ORGANIZATION),
        ("The popularity of the net has grown, say analysts Jupiter Research.", "Jupiter Research", SourceKind.ORGANIZATION),
        # a party's officer is a person, the party an organisation, even joined to another
        ("The Lib Dem leader said the plan was wrong.", "Lib Dem leader", SourceKind.PERSON),
        ("Labour and the Tories said the plan was wrong.", "Labour and the Tories", SourceKind.ORGANIZATION),
    ],
)
def test_kinds_from_the_phrase_and_the_lexicons(nlp, text, name, kind):
    assert mention_name_kind(nlp, text)[0][1:] == (name, kind)


def test_a_post_only_a_body_has_makes_its_holder_a_body(nlp):
    text = "Sandvine's chief technology officer Marc Morin was upbeat. Sandvine said the tool was ready."
    assert mention_name_kind(nlp, text)[-1][1:] == ("Sandvine", SourceKind.ORGANIZATION)


def test_whose_party_is_the_party_written_before_the_antecedent(nlp):
    text = (
        "Lib Dem leader Charles Kennedy spoke. Earlier Mr Kennedy, whose party opposes the plan, "
        "said the minister had time to think again."
    )
    assert ("whose party", "Lib Dems", SourceKind.ORGANIZATION) in mention_name_kind(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        # a named body that is a subject of the pronoun's own sentence, not the last body that spoke
        ("Ford said it has a hybrid truck on sale. Even luxury carmaker Jaguar may build one, although it insists "
         "it is still testing designs.", "Jaguar"),
        # the subject of the clause the pronoun follows, when no body has spoken yet
        ("Shares in Germany's Siemens fell while Japan's Toshiba slid after it agreed to cut prices.", "Toshiba"),
        # a body whose shares are the subject (fresh BBC business/062, business/474)
        ("Shares in Multiplex Group, which is building the new Wembley stadium, fell as much as 19% after it said it"
         " would not make any money on the project.", "Multiplex Group"),
        ("Shares in Australian budget airline Virgin Blue plunged 20% after it warned of a steep fall in full year"
         " profits.", "Virgin Blue"),
    ],
)
def test_it_stands_for_a_body_subject_of_its_own_sentence(nlp, text, name):
    assert ("it", name, SourceKind.ORGANIZATION) in mention_name_kind(nlp, text)


def test_it_continues_the_body_that_is_the_main_subject_of_the_sentence_before(nlp):
    # BBC tech news (outside the golds): "It" opens its sentence as subject, and the sentence before
    # has the BBC as its subject; the last body that spoke (Ofcom) is not whom it stands for
    text = ("Ofcom said take-up of high-definition sets was slow. The BBC has already dipped its toe into this, "
            "including some HDTV content in recent trials of its interactive media player. It is planning to offer "
            "special releases of selected flagship programmes online in the near future.")
    assert ("It", "BBC") in [(mention, name) for mention, name, _ in mention_name_kind(nlp, text)]


def test_a_committee_of_a_legislature_is_government(nlp):
    text = (
        "A committee of MPs said schools needed more teachers. The Commons education committee added that pay "
        "was too low. A Senate panel said it would investigate."
    )
    kinds = {mention: kind for mention, _, kind in mention_name_kind(nlp, text)}
    assert kinds["A committee of MPs"] is SourceKind.GOVERNMENT
    assert kinds["The Commons education committee"] is SourceKind.GOVERNMENT
    assert kinds["A Senate panel"] is SourceKind.GOVERNMENT
    charity = mention_name_kind(nlp, "The Oxfam fundraising committee said it was pleased.")
    assert charity[0][2] is SourceKind.ORGANIZATION


@pytest.mark.parametrize(
    "text, mention",
    [
        # a speaker after its quote with a numeral, parsed as the cue's object; a critic is a person
        ('"The film is far too long and the jokes fall flat," wrote one reviewer in the Guardian newspaper.', "one reviewer"),
        ('"The plot makes no sense at all," said one critic.', "one critic"),
    ],
)
def test_a_postposed_speaker_with_a_numeral_speaks(nlp, text, mention):
    assert [m for m, _, _ in mention_name_kind(nlp, text)] == [mention]


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # named bodies joined by "and" speak together: a group named by all of them
        ("But both Plaid Cymru and the Liberal Democrats said the minister needed to change policy.",
         "Plaid Cymru and the Liberal Democrats", SourceKind.GROUP),
        ("Microsoft and Google said the rules were unfair.", "Microsoft and Google", SourceKind.GROUP),
        # newspapers joined by "and" report as media
        ("The Wall Street Journal and the Financial Times said the bid had failed.",
         "Wall Street Journal and the Financial Times", SourceKind.MEDIA),
        # places joined by "and" speak together too: their governments are a group
        ("Britain and France said the deal was close.", "Britain and France", SourceKind.GROUP),
    ],
)
def test_coordinated_bodies_are_one_group(nlp, text, name, kind):
    assert [(n, k) for _, n, k in mention_name_kind(nlp, text)] == [(name, kind)]


def test_a_speaker_hung_on_a_fronted_phrase_speaks_past_its_apposition(nlp):
    # the parser hangs the name on "remarks" and leaves "said" without a subject
    text = (
        "In response to the minister's remarks, Tom Reyes, leader of the Green group on the council, said: "
        "\"This budget is a disaster for the city.\""
    )
    assert [n for _, n, _ in mention_name_kind(nlp, text)] == ["Tom Reyes"]


@pytest.mark.parametrize(
    "text, last",
    [
        # "he" after an unnamed spokesperson is that speaker (their body), not a person named further back
        ("Culture Secretary Tessa Jowell said the casinos would differ. A spokesman for the British Casino Association "
         "said the plan was unfair. He said UK firms were at a disadvantage.",
         ("He", "British Casino Association", SourceKind.ORGANIZATION)),
        ("Committee chairman Edward Leigh said the checks were weak. A Home Office spokesman said the system had been "
         "tightened. He added that a single check would replace the old one.",
         ("He", "Home Office", SourceKind.GOVERNMENT)),
        ("SNP leader Nicola Sturgeon said the remark was a gaffe. But an executive spokeswoman insisted the minister "
         "meant adults. \"It was a recognition that people will get drunk,\" she said.",
         ("she", "executive spokeswoman", SourceKind.PERSON)),
        # a definite description is someone named before: "he" stays with the named person
        ("Talk show host Jerry Springer said he would not have written it. The TV host said people could think it "
         "went too far. \"My show is about dysfunctional people,\" he said.",
         ("he", "Jerry Springer", SourceKind.PERSON)),
        # a person of the pronoun's gender named in between is what it stands for
        ("A Home Office spokesman said the rules were fair. Mr Leigh disagreed with the minister, and he said "
         "the checks were too quick.",
         ("he", "Leigh", SourceKind.PERSON)),
        # ... but not one named as an object, nor inside the quote the pronoun speaks
        ("Bass player Mike Mills was taken to hospital. A spokesman said that they would review their dates, based "
         "on doctors' advice to Mills. \"Obviously we all want Mike to get better,\" he said.",
         ("he", "spokesman", SourceKind.PERSON)),
        # a person named after the speaker's sentence, as an object too, takes the pronoun
        ("A UKIP spokesman said there were more than 40 MEPs in the group. The documentary showed some of the "
         "tensions between Mr Farage and his fellow MEPs. He denied wanting to be leader.",
         ("He", "Farage", SourceKind.PERSON)),
    ],
)
def test_a_pronoun_after_an_unnamed_speaker(nlp, text, last):
    assert mention_name_kind(nlp, text)[-1] == last


def test_one_named_member_is_no_share(nlp):
    text = "One of the family's attorneys, Justin Bamberg, said the videos show Scott calmly leaving his car."
    assert mention_name_kind(nlp, text)[0][1:] == ("Justin Bamberg", SourceKind.PERSON)


def test_an_age_description_is_the_article_subject(nlp):
    text = ("Banned sprinter Kelli White says she took steroids. White was introduced to Victor Conte through her "
            "coach Remy Korchemy. The 27-year-old believes doping is so common in sport that she felt compelled to cheat.")
    assert mention_name_kind(nlp, text)[-1][1:] == ("Kelli White", SourceKind.PERSON)


def test_an_untied_age_is_a_person_never_the_word_old(nlp):
    text = '"If I am to compete, it is only if I feel I can win," said the 30-year-old, who is retiring in 2006.'
    assert [(c.source.name, c.source.kind) for c in extract_claims(nlp(text)) if c.source] == [("30-year-old", SourceKind.PERSON)]


def test_an_acronym_of_a_state_office_is_government(nlp):
    text = ("The inquiry raised questions over the role of the Office of Federal Housing Enterprise Oversight (OFHEO), "
            "the industry's main regulator. In September, the OFHEO said the firm had tweaked its books.")
    assert mention_name_kind(nlp, text)[-1][1:] == ("Office of Federal Housing Enterprise Oversight", SourceKind.GOVERNMENT)
