"""Every registered pattern run alone on one sentence of its own, and a case for every pattern:
a new pattern needs an example here (its other tests sit in the module named after its family)."""

import pytest

from pipeline.attribution import extract_claims
from pipeline.attribution.registry import PATTERNS

# pattern name -> (text, [(source mention, cue, content fragments joined by " | ")])
CASES = {
    "experiencer": ("The new ruling worries environmental groups across the state.",
                    [("environmental groups across the state", "worries", "The new ruling")]),
    "verb": ("The mayor said the bridge would reopen next week.",
             [("The mayor", "said", "the bridge would reopen next week")]),
    "that_clause": ("The judge ruled that the contract was void.", [("The judge", "ruled", "the contract was void")]),
    "according_to": ("According to the police, the road was closed all night.",
                     [("the police", "According to", "the road was closed all night.")]),
    "in_source": ("In his view, the tax cuts would pay for themselves.",
                  [("his", "In", "the tax cuts would pay for themselves.")]),
    "clause_noun": ("The governor's claim that crime had fallen drew criticism.", [("The governor", "claim", "crime had fallen")]),
    "reception": ("The senator faced criticism for missing the vote.", [(None, "criticism for", "missing the vote")]),
    "topic_noun": ("The union expressed its disdain for the new contract.",
                   [("The union", "expressed its disdain for", "the new contract")]),
    "stance_adjective": ("The minister is confident that the deal will pass.",
                         [("The minister", "is confident", "the deal will pass")]),
    "extraposed_adjective": ("It is clear that the budget will not balance this year.",
                             [(None, "It is clear", "the budget will not balance this year")]),
    "stance_preposition": ("Most residents are against the new highway.", [("Most residents", "are against", "the new highway")]),
    "role_noun": ("Smith is a staunch opponent of the new highway.", [("Smith", "is a staunch opponent of", "the new highway")]),
    "adverb": ("The company reportedly cut 500 jobs last year.",
               [(None, "reportedly", "The company | cut 500 jobs last year.")]),
    "colon": ("SMITH: We will rebuild the bridge before the winter comes.\nJONES: Thank you.\n"
              "SMITH: It will cost less than the old one did.",
              [("SMITH", ":", "We will rebuild the bridge before the winter comes."),
               ("SMITH", ":", "It will cost less than the old one did.")]),
    "dash": ("“Every vote counts in this election.” ― Jane Doe", [("Jane Doe", "―", "Every vote counts in this election.")]),
    "raising": ("The deal seems unlikely to the analysts.", [("the analysts", "seems", "The deal | unlikely")]),
    "message": ("The mayor raised questions about the new stadium deal.",
                [("The mayor", "raised questions about", "the new stadium deal")]),
}


def test_every_registered_pattern_has_a_case():
    assert [p.name for p in PATTERNS] == list(CASES)


@pytest.mark.parametrize("pattern", PATTERNS, ids=[p.name for p in PATTERNS])
def test_pattern_alone(nlp, pattern):
    text, expected = CASES[pattern.name]
    claims = extract_claims(nlp(text), patterns=[pattern])
    assert [
        (c.source.mention.text if c.source else None, c.cue.text if c.cue else None, " | ".join(f.text for f in c.content_fragments))
        for c in claims
    ] == expected
    assert {c.pattern for c in claims} == {pattern.name}
