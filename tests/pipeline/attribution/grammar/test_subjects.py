"""Who speaks through a cue verb when the parser hangs the speaker on the clause before it (BBC
sport/420, tech/354): each case gives the expected (source mention, cue, content) per claim."""

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
