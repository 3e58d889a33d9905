"""The sources the claims of a short text are credited to, as the source-resolution tests compare them."""

from pipeline.attribution import extract_claims


def mention_name_kind(nlp, text: str) -> list[tuple]:
    """(source mention, resolved name, kind) of each claim with a source, in order."""
    return [(c.source.mention.text, c.source.name, c.source.kind) for c in extract_claims(nlp(text)) if c.source]


def mention_name(nlp, text: str) -> list[tuple]:
    """(source mention, resolved name) of each claim with a source, in order."""
    return [(mention, name) for mention, name, _ in mention_name_kind(nlp, text)]
