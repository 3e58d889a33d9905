"""A country's name that stands for a team, not the state: beside a game's score, in a report of
games, or with plural agreement ("England are to meet Italy"); pipeline.events.context codes such a
name as of that country, no state actor."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from pipeline.events.ontology import load_lexicon

_SCORES_KEY = "newsclaims.score_sentences"
# a game's score: two numbers of up to three digits joined by a dash, the winner's first ("won
# 5-0", "a 53-37 win", "lost 8-3 to Cardiff"); a range counts up ("10-15 people"), a year
# range has four digits ("the 1939-45 war")
_SCORE = re.compile(r"(\d{1,3})[-–](\d{1,3})")


def sentences_with_a_score(doc: Doc) -> frozenset[int]:
    """The start tokens of the sentences that report a game's score, once per document: a
    country named there is a team ("New Zealand defeated a Wales XV 12-3", "help the US claim
    a 5-0 win"), not the state, and so is one named anywhere in a report of two games or more
    ("New Zealand headed to Wales", "Scotland defended the initial thrusts")."""
    found = doc.user_data.get(_SCORES_KEY)
    if found is None:
        tallies = load_lexicon()["tally_verbs"]
        starts = set()
        for sentence in doc.sents:
            tokens = list(sentence)
            # a score written as one token ("5-0") or as three ("5", "-", "0"), with its first number
            written = [(t, t.text) for t in tokens] + [
                (a, f"{a.text}{b.text}{c.text}") for a, b, c in zip(tokens, tokens[1:], tokens[2:]) if b.text in {"-", "–"}
            ]
            for first, text in written:
                score = _SCORE.fullmatch(text)
                # a vote or a court's split is no game ("The Senate voted 52-48", "ruled 5-4")
                tally = first.head.lemma_.lower() in tallies
                if score is not None and int(score.group(1)) >= int(score.group(2)) and not tally:
                    starts.add(sentence.start)
        found = doc.user_data[_SCORES_KEY] = sorted(starts)
    return frozenset(found)


def plays_as_a_side(name: Token) -> bool:
    """A singular place name with plural agreement is a team, not the state: "England are
    still to meet Italy", "Ireland next face France", "Ireland reasserted their authority"
    ("England were beaten"; a state is "it": "Russia has", "Iran says")."""
    singular = name.tag_ in {"NN", "NNP"} and not name.lower_.endswith("s")  # not "the Netherlands"
    if not singular or name.dep_ not in {"nsubj", "nsubjpass"} or any(c.dep_ == "conj" for c in name.children):
        return False
    verb = name.head
    finite = next((c for c in verb.children if c.dep_ in {"aux", "auxpass"}), verb)
    if finite.tag_ == "VBP" or finite.lower_ == "were":
        return True
    return any(
        c.dep_ == "poss" and c.lower_ == "their"
        for obj in verb.children
        if obj.dep_ in {"dobj", "pobj", "attr"} or obj.dep_ == "prep"
        for c in [*obj.children, *(g for p in obj.children for g in p.children)]
    )
