"""What the attribution tests compare: each extracted claim as (source mention, cue, content) text."""

from pipeline.attribution import extract_claims


def triples(nlp, text):
    """(source mention, cue, content fragments joined by " | ") per claim, in text order."""
    return [(source, cue, " | ".join(pieces)) for source, cue, pieces in claim_parts(nlp, text)]


def claim_parts(nlp, text):
    """(source mention, cue, [content fragments]) per claim, in text order."""
    return [
        (c.source.mention.text if c.source else None, c.cue.text if c.cue else None, [f.text for f in c.content_fragments])
        for c in extract_claims(nlp(text))
    ]
