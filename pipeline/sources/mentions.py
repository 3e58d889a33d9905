"""The span of a source mention as written: its noun phrase with titles, appositions and, when
asked, the clauses describing it; never a clause reporting what it says, a label's topic, a
dateline before it or a fronted date the parser hung on it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.deps import DESCRIBING_CLAUSES, MEASURE_LABELS, TIME_LABELS, joined_by_hyphen, subtree
from pipeline.doc_index import doc_slice
from pipeline.lexicons import load
from pipeline.sources.written_names import honorifics

# Clauses hanging off a source noun are not part of its name ("officials, who spoke ...").
_CLAUSE_DEPS = {"advcl", "parataxis", "ccomp"}
# Children that give a reporting verb its content: "officials saying that Y", "leaders opposing Y".
_CONTENT_DEPS = {"ccomp", "xcomp", "dobj"}
_PHRASE_BREAKS = {":", ";"}
_EDGE_DEPS = {"punct", "case", "cc", "prep", "mark"}
# "Both Mr. King and Mr. Schultz say": a coordination's leading "both" is not part of the source.
_LEADING_DEPS = _EDGE_DEPS | {"preconj"}
_DASHES = {"-", "--", "—", "–", "―"}
# "Jones both documents Y and Z": a "both" floated after the noun belongs to the coordination of verbs.
_FLOATING_QUANTIFIERS = {"both"}


def expand_mention(head: Token, describing: bool = False) -> Span:
    """The noun phrase headed by `head`: modifiers, titles and appositions; with `describing`, also
    the clauses that describe it ("Jane Roe, who runs the clinic,", "a poll released Friday"), but
    never a clause reporting what it says ("officials saying that ...")."""
    phrase = subtree(head)
    # an apposition hung across the verb ("A majority expect Y, 44 percent to 34") is not crossed
    excluded = set(range(head.left_edge.i, head.right_edge.i + 1)) - phrase
    for token in head.subtree:
        if token.i != head.i and _cuts_mention(token, head, describing):
            excluded.update(t.i for t in token.subtree)
        if token.text in _PHRASE_BREAKS or token.i < head.i and _is_spaced_dash(token):
            excluded.add(token.i)  # "BRUSSELS - European leaders": a dateline or an aside before the name
    start = end = head.i
    while start - 1 >= head.left_edge.i and start - 1 not in excluded:
        start -= 1
    while end + 1 <= head.right_edge.i and end + 1 not in excluded:
        end += 1
    doc = head.doc
    while start < head.i and (doc[start].is_punct or doc[start].dep_ in _LEADING_DEPS or _is_fronted_cue(doc[start])):
        start += 1
    while end > head.i and (
        doc[end].is_punct or doc[end].dep_ in _EDGE_DEPS or doc[end].is_space or doc[end].lower_ in _FLOATING_QUANTIFIERS
    ):
        if doc[end].text == ")" and _opens_bracket(doc[start:end]):
            break  # "Sen. Jane Roe (D-Ore.)": the party label keeps its closing bracket
        end -= 1
    return doc_slice(doc, start, end + 1)


def _cuts_mention(token: Token, head: Token, describing: bool) -> bool:
    """Whether the phrase `token` heads ends the mention of `head`: a clause, a time adverb on the
    noun ("officials Monday", not "a poll released Monday" nor "the 27-year-old"), or a describing clause when only the
    noun phrase is wanted."""
    # ("27-year-old": a modifier joined to the next word by a hyphen is part of that word)
    if token.dep_ in _CLAUSE_DEPS or token.dep_ == "npadvmod" and token.head.i == head.i and not joined_by_hyphen(token.doc, token.i):
        return True
    if token.dep_ == "prep" and token.head.i == head.i and _is_label_topic(token):
        return True
    if token.dep_ == "compound" and token.head.i == head.i and _fronted_date(token):
        return True
    if token.dep_ == "appos" and token.head.i == head.i and token.ent_type_ in MEASURE_LABELS:
        return True  # "According to statistics 50% of all muggings ...": an amount is the claim's (an age, "Cowell, 54", is the speaker's)
    # a clause describing the noun ("a historian who attended", "a report released last year") is
    # part of the mention as written, not of the name
    return token.dep_ in DESCRIBING_CLAUSES and (not describing or _reports(token))


def _fronted_date(token: Token) -> bool:
    """'Earlier this year economists calculated', 'On Thursday Mr X is due to': a date with a
    determiner or modifier of its own, or one right before a title, that the parser hung on the
    noun after it opens the sentence; it is no part of the name ("the 2004 report" keeps its year)."""
    if token.ent_type_ not in TIME_LABELS:
        return False
    before_title = token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in honorifics()
    return before_title or any(c.dep_ in {"det", "amod", "advmod"} for c in token.children)


def _reports(verb: Token) -> bool:
    """'officials saying that Y', 'leaders opposing the bill': a reporting verb with its content;
    'Trump, speaking to veterans, said': a speech act set off by commas is an event of the story."""
    cues = load("reporting_cues")
    if verb.lemma_.lower() not in cues["verbs"]:
        return any(c.dep_ == "ccomp" for c in verb.children)
    set_off = verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text == ","
    return set_off or any(
        c.dep_ in _CONTENT_DEPS or c.dep_ == "prep" and c.lower_ in cues["content_prepositions"] for c in verb.children
    )


def _is_label_topic(prep: Token) -> bool:
    """'Obama on Climate Change: Y': the topic of a label after its speaker's name."""
    after = prep.right_edge.i + 1
    before_speaker = load("reporting_cues")["label_prepositions"].get(prep.lower_) == "speaker_before"
    return before_speaker and after < len(prep.doc) and prep.doc[after].text == ":"


def _is_fronted_cue(token: Token) -> bool:
    """'Said Ellis: Y': a sentence-opening verb the parser made part of the name after it."""
    return token.dep_ == "compound" and token.pos_ == "VERB" and token.i == token.sent.start


def _is_spaced_dash(token: Token) -> bool:
    """A dash set off by spaces ("WASHINGTON -- X"), not a hyphen inside a word ("Washington-based")."""
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return token.text in _DASHES and (previous is None or bool(previous.whitespace_))


def _opens_bracket(span: Span) -> bool:
    """Whether `span` has an opening bracket that it does not close."""
    depth = 0
    for token in span:
        depth += (token.text == "(") - (token.text == ")")
    return depth > 0
