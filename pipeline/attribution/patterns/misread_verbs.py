"""Cue verbs the tagger reads as plural nouns, mostly in headlines and title case: 'Sanders Vows
To Cut Taxes', 'The campaign plans to hire staff', 'Trump Charges That Y', 'Y, the doctor maintains';
and headline cue verbs whose subject the parser reads as a compound of the verb; and an inserted
"as X pointed out" clause the parser reads as the main clause, a fragment before "X said." that
it reads as a second subject, and a cue closing its sentence after a comma ("Y, predicts the report")
that it reads as a conjunct of Y with the speaker as its object.

A listed cue verb's -s form counts as the verb when it heads its clause (its own subject, or a
name compounded before it at the root) and governs what a cue verb governs: an infinitive, a
that-clause, a clausal complement, or a clause fronted before it. In a headline the verb may take
a noun object or a prepositional one instead (see `headline_verb_frame`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from pipeline.attribution.certainty import base_certainty
from pipeline.attribution.frames import Frame
from pipeline.attribution.lexicons import cues
from pipeline.deps import FINITE_TAGS, SUBJECTS, TIME_LABELS, has_subject, subtree
from pipeline.doc_index import sentence_of, sentence_start, token_columns
from pipeline.sources.source_like import is_source_like

if TYPE_CHECKING:
    from pipeline.attribution.context import DocContext

_PLURAL_TAGS = {"NNS", "NNPS"}
# Where a misread verb stands when it heads the clause; a noun in any other slot is a noun.
_CLAUSE_HEAD_DEPS = {"ROOT", "dep"}
# How the parser hangs a noun-phrase fragment before "X said." on the verb ("dep" is read as
# fronted content by `verbs._fronted`).
_FRAGMENT_DEPS = {"nsubj", "npadvmod"}

# Parts of speech a headline may leave in lower case ('Visa Program Up for Renewal', 'if Blacks Don't Rally').
_FUNCTION_POS = {"ADP", "CCONJ", "SCONJ", "DET", "PART", "PRON", "AUX"}
_MIN_HEADLINE_WORDS = 3
# What a headline's subject is made of: 'Black Lawmakers', 'One Tweet', '31 Latinos', 'Clinton-Backed PACs'.
_SUBJECT_POS = {"PROPN", "NOUN", "ADJ", "NUM", "DET"}
# Adverbs between a headline's subject and its verb: 'Governor Still Defends Y'.
_PREVERBAL_POS = {"ADV"}
# Where a headline's clause ends: 'Smith Slams Jones, Vows Y'; 'Smith Slams Jones: "Y"'.
_CLAUSE_ENDS = {",", ";", ":", "—", "–", "--"}
# Words that open a clause of the content ('Trump Questions Why Y Lied'), whose own finite verb is
# no sign of a noun reading: subordinators and wh-words.
_CLAUSE_OPENER_TAGS = {"WDT", "WP", "WRB"}


def verb_lemma(token: Token) -> str | None:
    """'Vows' -> 'vow', 'pushes' -> 'push': the listed cue verb whose -s form the token is."""
    columns, i = token_columns(token.doc), token.i  # `str.istitle` is `Token.is_title`
    if columns.pos[i] not in {"NOUN", "PROPN"} or columns.tag[i] not in _PLURAL_TAGS and not columns.text[i].istitle():
        return None
    verbs = cues()["verbs"]
    return next((stem for stem in verb_stems(columns.lower[i]) if stem in verbs), None)


def verb_stems(word: str) -> list[str]:
    """What an -s form may be the -s form of: 'vows' -> 'vow', 'pushes' -> 'push', 'denies' -> 'deny'."""
    if not word.endswith("s"):
        return []
    stems = [word.removesuffix("s"), word.removesuffix("es")]
    return stems + [word.removesuffix("ies") + "y"] if word.endswith("ies") else stems


def _subject(ctx: DocContext, token: Token) -> Token | None:
    """Its own subject ('The campaign plans'), or at the root the name compounded right before it
    ('Sanders Vows'), when that can speak."""
    subject = next((c for c in token.lefts if c.dep_ == "nsubj"), None)
    if subject is None and token.dep_ in _CLAUSE_HEAD_DEPS:
        subject = next((c for c in token.lefts if c.dep_ == "compound" and c.i == token.i - 1), None)
    return subject if subject is not None and is_source_like(ctx, subject) else None


def _complement(token: Token) -> Token | None:
    """The infinitive, that-clause or clausal complement right after it, or a clause fronted before it."""
    for child in token.rights:
        if child.pos_ not in {"VERB", "AUX"} or child.left_edge.i != token.i + 1:
            continue
        if any(g.dep_ == "aux" and g.lower_ == "to" or g.dep_ == "mark" and g.lower_ == "that" for g in child.children):
            return child
        if child.dep_ == "ccomp":
            return child
    if token.dep_ == "ROOT":
        return next((c for c in token.lefts if c.dep_ == "ccomp"), None)  # "Y, the doctor maintains."
    return None


def misread_verb_frame(ctx: DocContext, token: Token) -> Frame | None:
    """The frame of a cue verb tagged as a plural noun, or of a headline cue verb whose subject was
    read as a compound ('Mayor Vows To Y'), if it is one."""
    lemma = verb_lemma(token)
    if lemma is None and token.pos_ == "VERB" and token.lemma_.lower() in cues()["verbs"]:
        if not any(c.dep_ == "nsubj" for c in token.children):
            lemma = token.lemma_.lower()
    if lemma is None:
        return headline_verb_frame(ctx, token)
    subject, complement = _subject(ctx, token), _complement(token)
    if subject is None or complement is None:
        return headline_verb_frame(ctx, token)
    return Frame(
        cue=[token.i],
        source_head=subject,
        content=subtree(complement),
        certainty=base_certainty(token, cues()["verbs"][lemma]),
    )


def misread_as_clause(ctx: DocContext, verb: Token) -> tuple[Token, set[int]] | None:
    """'Y1, as X pointed out, Y2' parsed with the cue verb as the head of the sentence, Y1 its
    subject and Y2 its complement: the speaker (the subject after 'as') and the content (the
    sentence minus the inserted clause, which runs from 'as' to the comma after the cue)."""
    marker = next((c for c in verb.lefts if c.lower_ == "as" and c.dep_ in {"mark", "prep"}), None)
    if marker is None or marker.i == 0 or verb.doc[marker.i - 1].text != ",":
        return None
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj"]
    said_of = next((c for c in subjects if c.i < marker.i), None)
    speaker = next((c for c in subjects if c.i > marker.i), None) or _only_object(marker)
    close = next((t for t in verb.doc[verb.i + 1 : verb.right_edge.i + 1] if t.text == ","), None)
    if speaker is None or said_of is None or close is None or not is_source_like(ctx, speaker):
        return None
    return speaker, {t.i for t in verb.subtree if not marker.i - 1 <= t.i <= close.i}


def _only_object(marker: Token) -> Token | None:
    """'as one of them pointed out' parsed with the speaker as the object of 'as'."""
    children = list(marker.children)
    only = children[0] if len(children) == 1 else None
    return only if only is not None and only.dep_ == "pobj" else None


def fragment_before_cue(ctx: DocContext, verb: Token) -> tuple[Token, set[int]] | None:
    """'People like Scott, he said.', 'Big mistake, she said.': a noun-phrase fragment opening
    the sentence, a comma, then the speaker and a cue verb that ends the sentence; the parser reads
    the fragment as a second subject or an adverbial noun. The speaker and the fragment as content."""
    if verb.dep_ != "ROOT":
        return None
    doc, sentence = verb.doc, sentence_of(verb)
    start = sentence.start
    fragment = next((c for c in verb.lefts if c.left_edge.i == start), None)
    speaker = next((c for c in verb.lefts if c.dep_ == "nsubj" and fragment is not None and c.i > fragment.right_edge.i), None)
    if fragment is None or speaker is None or fragment.dep_ not in _FRAGMENT_DEPS:
        return None
    closed = doc[fragment.right_edge.i + 1].text == "," and speaker.left_edge.i == fragment.right_edge.i + 2
    ends = all(t.is_punct for t in doc[verb.i + 1 : sentence.end])
    nominal = fragment.pos_ in {"NOUN", "PROPN"} and fragment.ent_type_ not in TIME_LABELS
    if not (closed and ends and nominal and is_source_like(ctx, speaker)) or any(t.is_quote for t in doc[start : speaker.i]):
        return None
    return speaker, subtree(fragment)


def inverted_conjunct(ctx: DocContext, verb: Token) -> tuple[Token, set[int]] | None:
    """'Y, predicts the report by telecoms giant BT.' parsed with the cue as a conjunct of Y and the
    speaker as its object: a finite cue with no subject of its own, right after a comma, closing
    the sentence with a noun phrase that can speak. The speaker and Y (the clause it follows)."""
    doc, clause = verb.doc, verb.head
    if verb.dep_ != "conj" or verb.tag_ not in {"VBZ", "VBD"} or clause.pos_ not in {"VERB", "AUX"} or clause.i > verb.i:
        return None
    if doc[verb.i - 1].text != "," or any(c.dep_ in SUBJECTS for c in verb.children) or not has_subject(clause):
        return None
    if any(c.dep_ == "cc" and clause.i < c.i < verb.i for c in clause.children):
        return None  # "X rose, and predicts Y": a second clause of the same subject
    speaker = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if speaker is None or any(t.pos_ not in {"DET", "NUM", "PROPN", "NOUN", "ADJ"} for t in doc[verb.i + 1 : speaker.i]):
        return None
    closing = all(t.is_punct for t in doc[speaker.right_edge.i + 1 : verb.sent.end])
    if not closing or not is_source_like(ctx, speaker):
        return None
    return speaker, {t.i for t in clause.subtree if t.i < verb.i - 1}


def title_case(doc: Doc, start: int, end: int) -> bool:
    """A title-case sentence: its content words are all capitalised, as in a headline. The tagger
    reads such verbs as names and nouns ('Trump Questions Fairness Of Moderators'). Worked out once
    per sentence (`context.DocContext.headlines`): every candidate word asks, and a sentence may be
    very long."""
    columns = token_columns(doc)
    text, pos = columns.text, columns.pos
    # `str.isalpha`, `str.istitle`, `str.isupper` are `Token.is_alpha`, `is_title`, `is_upper`
    words = [text[i] for i in range(start, end) if text[i].isalpha() and pos[i] not in _FUNCTION_POS]
    return len(words) >= _MIN_HEADLINE_WORDS and all(word.istitle() or word.isupper() for word in words)


def _headline_lemma(ctx: DocContext, token: Token) -> str | None:
    """The listed verb a headline word is: an -s form ('Slams', 'Sums'), or a base form after a
    plural subject ('Lawmakers Rip'), read as a noun or name by the tagger."""
    lexicon = cues()
    if token.pos_ not in {"NOUN", "PROPN", "VERB"}:
        return None
    if token.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in token.children):
        return None  # a verb with its own subject is a verb frame already
    word = token.lower_
    stem = next((stem for stem in verb_stems(word) if stem in lexicon["verbs"] or stem in lexicon["particles"]), None)
    if stem is not None:
        return stem
    # the plural subject must be a noun, not a verb before its object: 'X Denies Report On Y'
    before = token.doc[token.i - 1] if token.i > 0 else None
    if word in lexicon["verbs"] and before is not None and before.lower_.endswith("s"):
        return None if any(stem in ctx.verb_lemmas for stem in verb_stems(before.lower_)) else word
    return None


def _headline_subject(ctx: DocContext, token: Token) -> Token | None:
    """The noun right before the verb (past an adverb: 'Governor Still Defends'), when a run of
    nominal words from the start of the clause leads to it."""
    doc, index = token.doc, token.i - 1
    while index >= token.sent.start and doc[index].pos_ in _PREVERBAL_POS:
        index -= 1
    if index < token.sent.start or doc[index].pos_ not in {"PROPN", "NOUN"}:
        return None
    start = index
    while start > token.sent.start and doc[start - 1].text not in _CLAUSE_ENDS and not doc[start - 1].is_quote:
        start -= 1
        if doc[start].pos_ not in _SUBJECT_POS and doc[start].text != "-":
            return None
    subject = doc[index]
    return subject if is_source_like(ctx, subject) else None


def _headline_complement(ctx: DocContext, token: Token, lemma: str) -> tuple[list[int], set[int]]:
    """(cue, content) of a headline verb taking an object or a prepositional phrase: the verb with
    its particle or preposition ('Sums Up', 'Warns Of'), and the words after it up to the end of
    its clause. Empty when the words after it read as the noun's own predicate."""
    lexicon = cues()
    doc, cue = token.doc, [token.i]
    end = next((t.i for t in doc[token.i + 1 : token.sent.end] if t.text in _CLAUSE_ENDS), token.sent.end)
    particles = lexicon["particles"].get(lemma, [])
    if lemma not in lexicon["verbs"] and (token.i + 1 >= end or doc[token.i + 1].lower_ != particles[0]):
        return cue, set()  # a phrasal cue needs its particle: 'Sums Up'
    following = doc[token.i + 1] if token.i + 1 < end else None
    if following is not None and (following.lower_ in particles or following.lower_ in lexicon["content_prepositions"]):
        cue.append(following.i)
    elif following is not None and following.pos_ == "ADP":
        return cue, set()  # 'Smith Campaign Claims Under Scrutiny': the noun's own phrase
    elif lemma in lexicon["clause_only"] or lemma in lexicon["addressee"]:
        return cue, set()  # 'Mayor Plans Rally', 'Senator Tells Voters': no noun object says anything
    elif lemma in lexicon["naming_verbs"] and not any(t.is_quote for t in doc[token.i + 1 : end]):
        return cue, set()  # 'Council Calls Meeting': a naming verb needs what it calls it
    content = range(cue[-1] + 1, end)
    if following is not None and following.i not in cue and _noun_then_verb(ctx, token, lemma, following):
        return cue, set()
    for i in content:
        if doc[i].pos_ == "SCONJ" or doc[i].tag_ in _CLAUSE_OPENER_TAGS:
            break
        # a finite verb after a cue-like noun makes that noun its subject: 'Budget Questions Remain Over Y'
        if doc[i].tag_ in FINITE_TAGS or i == cue[-1] + 1 and doc[i].tag_ == "VBN":
            return cue, set()
    return cue, set(content)


def _noun_then_verb(ctx: DocContext, cue: Token, lemma: str, following: Token) -> bool:
    """'Police Reports Show Y', 'Obama Comments Spark Outrage': a verb's base form after the cue
    makes the cue the subject noun, when the tagger says so or the cue is a noun the lexicon
    lists as a claim (the ambiguous ones) and the next word, not a name, can be a verb. A name is
    one NER finds outside the cue ('Clinton Calls Trump Y'; not 'Obama Comments Spark' read as one)."""
    if following.tag_ == "VB":
        return True
    name = following.ent_type_ and cue.ent_iob_ == "O"
    return lemma in cues()["nouns"] and not name and following.lower_ in ctx.verb_lemmas


def headline_verb_frame(ctx: DocContext, token: Token) -> Frame | None:
    """'Trump Questions Fairness Of Moderators', 'Lawmakers Rip Smith As A Fraud', 'One Tweet Sums
    Up Y', 'Governor Still Defends Y': in a headline, a listed verb read as a noun after its
    subject, with a noun or prepositional object. 'Questions Remain Over Y' keeps its noun: it has
    no subject before it, and 'Budget Questions Remain' has a finite verb after it."""
    if sentence_start(token.doc, token.i) not in ctx.headlines:
        return None
    lemma = _headline_lemma(ctx, token)
    if lemma is None:
        return None
    subject = _headline_subject(ctx, token)
    if subject is None:
        return None
    cue, content = _headline_complement(ctx, token, lemma)
    if not any(token.doc[i].is_alpha for i in content):
        return None
    certainty = base_certainty(token, cues()["verbs"].get(lemma, "asserted"))
    return Frame(cue=cue, source_head=subject, content=content, certainty=certainty)
