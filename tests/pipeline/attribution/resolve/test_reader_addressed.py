"""'you' outside quote marks that does not speak is the reader the article addresses, not a source
(`pipeline.attribution._reader_addressed`)."""

from pipeline.attribution import extract_claims


def _sources(nlp, text: str) -> list[tuple[str | None, str | None]]:
    return [(c.source.mention.text if c.source and c.source.mention else None, c.cue_lemma) for c in extract_claims(nlp(text))]


def test_the_reader_addressed_is_no_source(nlp):
    # BBC tech, an office-equipment feature: the reader, not a claimant
    text = "Or you could use one of the new Tablet computers, which allow you to write directly on the screen."
    assert _sources(nlp, text) == []
    assert _sources(nlp, "If you knew you had a problem, you would fix it.") == []


def test_a_you_that_speaks_or_writes_is_kept(nlp):
    assert _sources(nlp, "You said in 2012 that the plan would fail.") == [("You", "say")]
    assert _sources(nlp, "As you wrote last week, the economy is weak.") == [("you", "write")]


def test_a_you_inside_a_quote_belongs_to_the_quote(nlp):
    found = extract_claims(nlp('"You know the plan will fail," he said.'))
    assert [c.source.mention.text for c in found] == ["he"]
