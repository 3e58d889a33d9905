"""Who speaks through a cue verb when the parser hangs the speaker on the clause before it (BBC
sport/420, tech/354): each case gives the expected (source mention, cue, content) per claim."""

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
