"""Who speaks through a cue verb when the parser hangs the speaker on the clause before it (BBC
sport/420, tech/354): each case gives the expected (source mention, cue, content) per claim."""

import pytest

from pipeline.attribution import extract_claims
from pipeline.models import SourceKind
from tests.pipeline.claims import triples


def test_the_noun_after_but_speaks_when_the_parser_joins_it_to_the_clause_before(nlp):
    text = (
        "The Wasps flanker replaces Denis Leamy but O'Connor knows that the Munster man will be pushing hard"
        " for a recall."
    )
    assert triples(nlp, text) == [("O'Connor", "knows", "the Munster man will be pushing hard for a recall")]


def test_a_named_person_joined_to_the_content_before_speaks_for_the_verb_after_it(nlp):
    """The parser hangs 'but his lawyer, Antony Townsden' on 'leaders' and 'told' on 'claimed'."""
    text = (
        "US Customs claimed Mr Griffiths was one of DOD's leaders but his lawyer, Antony Townsden, told the BBC"
        " News website it was a laughable suggestion."
    )
    claims = triples(nlp, text)
    assert claims[0][:2] == ("US Customs", "claimed")
    assert claims[1] == ("his lawyer, Antony Townsden", "told", "it was a laughable suggestion")


def test_a_name_after_a_post_and_a_comma_is_who_holds_the_post(nlp):
    """The parser makes both 'chairman' and 'Guy Mansfield QC' subjects of 'warned'."""
    text = (
        "The new chairman of the Bar Council, Guy Mansfield QC warned there was a real risk that people on the"
        ' "margins of society" would be driven into the hands of extremists.'
    )
    assert triples(nlp, text)[0][:2] == ("Guy Mansfield QC", "warned")
    source = extract_claims(nlp(text))[0].source
    assert (source.name, source.kind) == ("Guy Mansfield QC", SourceKind.PERSON)  # tagged ORG by the model


def test_a_name_before_its_post_still_speaks(nlp):
    text = "Ban Ki-moon, the secretary general, said the talks would resume next week."
    assert triples(nlp, text)[0][:2] == ("Ban Ki-moon, the secretary general", "said")


def test_whoever_an_agency_quotes_as_saying_speaks(nlp):
    text = (
        '"Bondi supplied us with elements of positive results," Italian news agency Apcom quoted several'
        " lawmakers as saying in a statement."
    )
    assert triples(nlp, text)[0][:2] == ("several lawmakers", "quoted")


def test_what_a_bare_participle_says_is_expected_is_not_its_source(nlp):
    text = "The mock votes will take place around 5 May, widely expected to be the date of the general election."
    assert triples(nlp, text) == [(None, "widely expected", "to be the date of the general election")]


def test_an_addressed_participle_keeps_its_claim(nlp):
    text = "Asked about the plan, the minister said it would work."
    assert (None, "Asked about", "the plan") in triples(nlp, text)


def test_a_bare_passive_participle_still_passes_its_subject_to_the_clause_under_it(nlp):
    text = "Trump was similarly defensive when forced to defend not paying an architect."
    assert triples(nlp, text)[0][:2] == ("Trump", "to defend")


def test_a_day_before_a_conjoined_cue_is_when_not_who(nlp):
    """The parser hangs "on Sunday" on "blamed", which has no subject of its own: the speaker is the
    subject of the verb it is joined to, not the day."""
    text = (
        "But Kenteris has continually protested his innocence - and on Sunday blamed Greek Olympic Committee"
        " officials for failing to inform him of the test."
    )
    assert [(mention, cue) for mention, cue, _ in triples(nlp, text)] == [
        ("Kenteris", "has continually protested"), ("Kenteris", "blamed")]


def test_a_speaker_the_parser_gave_to_the_aside_after_it_speaks(nlp):
    """'admitted' hangs on 'sacked' with 'Dr Brian Gibbons' as a second subject of 'sacked'; 'said'
    gets no subject when the relative clause takes 'Philip Wride' as its own (BBC politics/124,
    tech/140)."""
    text = (
        'Dr Brian Gibbons, on his first full day in the job after Jane Hutt was sacked, admitted "big challenges"'
        ' but insisted the "essentials" were in place.'
    )
    assert triples(nlp, text) == [("Dr Brian Gibbons", "insisted", 'the "essentials" were in place')]
    text = "Philip Wride, who co-manages the Four-Kings team, said online qualifiers will be held from 16-28 November."
    assert extract_claims(nlp(text))[0].source.name == "Philip Wride"


def test_a_speaker_after_a_fronted_phrase_and_before_a_relative_clause_speaks(nlp):
    # the parser hangs "Ms Dunwoody" on "newspaper" (BBC politics/115)
    text = (
        "In an article for the Times newspaper, Ms Dunwoody, who chairs the Transport Select Committee, says:"
        ' "Slight increases to low car speeds increase hugely the risks to pedestrians."'
    )
    assert extract_claims(nlp(text))[0].source.name == "Dunwoody"


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a subject coordinated with the noun or the clause before it (BBC business/350, sport/096,
        # entertainment/207)
        ("The US is struggling with a ballooning trade deficit and analysts said one of the easiest ways to fund it"
         " was by allowing a depreciation of the dollar.", "analysts"),
        ('The 28-year-old has been training in Holland and Ferguson said: "Ruud comes back on Tuesday."', "Ferguson"),
        ("Pasquale had been the show's hottest ever favourite to win, and its hosts Anthony McPartlin and Declan"
         " Donnelly, known as Ant and Dec, said Monday's deciding vote was the closest in the programme's history.",
         "Anthony McPartlin and Declan Donnelly"),
        # a name after a list, joined to it (BBC politics/416)
        ("Others targeted include Oliver Letwin, David Davis and Theresa May, Lib Dem's elections chief Lord Rennard"
         " said.", "Lib Dem's elections chief Lord Rennard"),
    ],
)
def test_a_subject_the_parser_joined_to_what_comes_before_speaks(nlp, text, speaker):
    assert triples(nlp, text)[-1][0] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a possessive or a hyphenated word in the speaker after the cue (BBC sport/127)
        ("Harry Kewell is struggling to recover from his Achilles problem and may not recover until March,"
         " claims his agent.", "his agent"),
        # the speaker the parser made the subject of a second verb of speaking (BBC business/120)
        ('"People who are not farming will hijack the subsidy," said Joshua Osagie, a cocoa farmer from Edo state'
         " told Reuters.", "Joshua Osagie, a cocoa farmer from Edo state"),
    ],
)
def test_a_speaker_after_the_cue_speaks(nlp, text, speaker):
    assert triples(nlp, text)[0][0] == speaker


def test_the_subject_of_a_reported_plan_is_not_the_believer(nlp):
    # "Mr Howard" is the subject of "planning", a clause "believe" reports, not a second cue
    text = (
        "Labour has come up with a figure of efficiency savings so, understandably perhaps, believe Mr Howard must"
        " be planning cuts to squeeze the extra £13 billion."
    )
    assert not any(mention == "Mr Howard" and cue == "believe" for mention, cue, _ in triples(nlp, text))


@pytest.mark.parametrize(
    "text, speaker",
    [
        # "who" after a name, in a clause the parser did not make relative (BBC tech/390)
        ("The lawsuit was brought by Microsoft and New York attorney general Eliot Spitzer who alleged that Mr"
         " Richter and his accomplices sent billions of spam messages.",
         "Microsoft and New York attorney general Eliot Spitzer"),
        # a question asks: nobody claims
        ("Who would have believed that the plan would work?", None),
    ],
)
def test_who_speaks_only_after_the_noun_it_stands_for(nlp, text, speaker):
    assert triples(nlp, text)[0][0] == speaker


def test_a_speaker_after_the_cue_keeps_its_own_modifiers(nlp):
    # "born" is a participle modifying "researcher", parsed as its object (BBC tech/157)
    text = (
        '"I must admit that I was the first person to be surprised at seeing how fast they have evolved," added the'
        " Uruguayan-born researcher, who has so far created games for two political campaigns."
    )
    assert triples(nlp, text)[0][0].startswith("the Uruguayan-born researcher")


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a document after its content, parsed as the cue's object (BBC tech/081, tech/206)
        ("Internet search engine users are an odd mix of naive and sophisticated, suggests a report into search"
         " habits.", "a report into search habits"),
        ('It is not our policy to advertise through peer-to-peer networks," read a statement from the discount'
         " phone firm.", "a statement from the discount phone firm"),
    ],
)
def test_a_document_after_its_content_speaks(nlp, text, speaker):
    assert triples(nlp, text)[0][0] == speaker


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        # "by" hung on the quoted words or the adjective the passive reports (BBC entertainment/168,
        # fresh BBC politics/207, tech/370)
        ('MTV has been criticised for "incessant sleaze" by television indecency campaigners in the US.',
         "television indecency campaigners in the US", "incessant sleaze"),
        ('But this argument was dismissed as "ridiculous" by Justice David Souter.', "Justice David Souter", "ridiculous"),
    ],
)
def test_a_passive_agent_hung_on_the_reported_words_speaks(nlp, text, speaker, content):
    assert triples(nlp, text)[-1][0::2] == (speaker, content)


def test_a_by_phrase_of_a_deed_is_no_agent_of_the_passive(nlp):
    assert triples(nlp, "The firm was criticised for the attack by militants.")[-1][0] is None


def test_a_view_under_a_coordinated_passive_is_its_subjects(nlp):
    # fresh BBC sport/206: the passive's subject is the one the view is about, so the one who fears
    text = ("Anelka, 25, is in talks over a contract extension beyond 2007 with City but is believed to fear his"
            " career will go stale if he stays at the club.")
    assert triples(nlp, text)[-1][:2] == ("Anelka, 25", "to fear")


def test_one_asked_in_a_coordinated_passive_is_not_the_asker(nlp):
    assert triples(nlp, "The minister declined, but was then asked to explain the decision.")[-1][0] is None
