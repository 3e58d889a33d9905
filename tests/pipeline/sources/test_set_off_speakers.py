"""A speaker named right after a subjectless cue that follows its content, however the parser
labelled the name (pipeline/sources/roles.py, postposed_speaker)."""

from pipeline.attribution import extract_claims


def _claims(nlp, text):
    return [(c.cue.text, c.source.mention.text if c.source else None, c.source.name if c.source else None, c.content.text)
            for c in extract_claims(nlp(text))]


def test_a_surname_tagged_an_adverb_after_its_cue_speaks(nlp):
    # BBC sport: "admitted Kiely." with the quote parsed as an adverbial clause of the cue
    text = ('Dean Kiely made two saves for Charlton. "To take the lead and then to get penned back, it feels a '
            'little bit like a defeat," admitted Kiely.')
    assert _claims(nlp, text) == [("admitted", "Kiely", "Dean Kiely",
                                   "To take the lead and then to get penned back, it feels a little bit like a defeat")]


def test_a_name_set_off_inside_what_it_says_speaks_and_is_not_said(nlp):
    # BBC tech: the model makes "Mr Fahey" the passive subject of the clause after him
    text = ("Rob Fahey writes about games. If Steam proves effective at cutting the piracy of games to a minimum, "
            "said Mr Fahey, other game makers may be tempted to set up copycat systems.")
    cue, _, name, content = _claims(nlp, text)[-1]
    assert (cue, name) == ("said", "Rob Fahey")
    assert content == "other game makers may be tempted to set up copycat systems"


def test_a_day_after_the_cue_stays_in_the_cue(nlp):
    assert _claims(nlp, '"We won," he said Friday.') == [("said Friday", "he", None, "We won")]
