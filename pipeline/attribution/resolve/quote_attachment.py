"""Attaching direct quotes to the cue that introduces them.

Order of preference for a quote: a cue whose parsed content lies inside the quote (or reported
content the quote opens in and runs past); a cue of the same sentence(s) outside the quote
(nearest first; a split quote "Y1," X said, "Y2" gives both halves to one cue; a cue after the
quote only when nothing but its source stands between: '," he said', not '." Y was backed by
X'); a cue-only sentence right after ('... .” he said.', same condition) or right before ('X
said:'); a clause naming speech and ending in a colon right before it ('X made the following
comment:'); else the speaker of its passage (`quotes`): of the quote it re-opens after, or the
one named in the re-opened quote right after it ('"A. ¶ "B," she said'); else the speaker of the
claim just before it (quoted or reported), when that claim is in the same or the previous
paragraph and no other speaker comes between (continuing quotes, which newspapers leave
unattributed; cues in relative clauses describe people and do not count). Such a continuation
is a claim of its own, with no cue; one too short to stand alone continues only a speaker of its
own paragraph, as whole sentences. Before quotes are placed, a cue closing its paragraph with a
colon ('The mayor said:') takes the whole next paragraph, quoted or not, with the quotes in it;
a quoted fragment parsed as a cue's subject gives way to the cue's subject outside the quotes.
Last, a claim holding several passages of one speaker ('X said: "A. "B."') is split into one
claim per passage, as the gold annotates them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from pipeline.attribution.frames import Frame
from pipeline.attribution.lexicons import quote_marks
from pipeline.attribution.quotes import Quote
from pipeline.attribution.resolve.quote_cues import (
    MAX_COLON_GAP,
    MAX_PARAGRAPH_GAP,
    adjacent_sentence_cue,
    distance,
    introducing_clause,
    same_sentence_cue,
)
from pipeline.deps import DESCRIBING_CLAUSES, NOMINAL_SUBJECTS
from pipeline.doc_index import token_columns
from pipeline.models import Certainty, ClaimType

if TYPE_CHECKING:
    from pipeline.attribution.context import DocContext

# Names of the frames quote attachment adds (see `registry` for the patterns' names; the other one,
# `quote_cues.INTRODUCING_CLAUSE`, is a clause such as 'X made the following comment:').
CONTINUATION = "quote_continuation"  # a cue-less quote continuing the previous speaker
# A frame whose content is mostly quoted words is a direct quote, not reported speech.
_DIRECT_SHARE = 0.9
_SENTENCE_ENDS = {".", "!", "?", ":"}
_SUBORDINATE_CLAUSES = DESCRIBING_CLAUSES | {"advcl"}


def _words(doc: Doc, tokens: set[int]) -> set[int]:
    columns = token_columns(doc)  # `str.isspace` is `Token.is_space`
    return {i for i in tokens if not (columns.is_punct[i] or columns.text[i].isspace() or columns.dep[i] == "mark")}


def _classify(ctx: DocContext, frame: Frame, used: set[int]) -> Frame:
    """`frame` made direct when its content is quoted; quotes inside reported content, or running
    on from it, are used."""
    doc, quotes = ctx.doc, ctx.quotes
    content_words = _words(doc, frame.content)
    if not content_words:
        return frame
    overlapping = [n for n, q in enumerate(quotes) if q.tokens() & frame.content]
    quoted_words = _words(doc, {i for n in overlapping for i in quotes[n].tokens()})
    if overlapping and len(content_words & quoted_words) >= _DIRECT_SHARE * len(content_words):
        used.update(overlapping)
        quoted = {i for n in overlapping for i in quotes[n].tokens()}
        return replace(frame, claim_type=ClaimType.DIRECT_QUOTE, quotes=overlapping, content=quoted)
    else:
        # a quote opening inside reported content and running past it (the parser ended the
        # sentence inside the quote: 'X suggested questions, including, "A? B?"') belongs to it
        running_on = [n for n in overlapping if quotes[n].start - 1 in frame.content and not quotes[n].tokens() <= frame.content]
        # 'X said Y: "Z"': a quote right after a colon closing the content elaborates it, unless
        # the clause before the colon introduces speech of its own ('X was upset, so I answered: "Z"')
        elaborating = [
            n for n, q in enumerate(quotes)
            if n not in used and _after_colon(doc, frame.content, q) and introducing_clause(ctx, q) is None
        ]
        content = set(frame.content)
        for n in elaborating:
            content |= set(range(max(content) + 1, quotes[n].start))  # the colon and the mark
        for n in running_on + elaborating:
            content |= quotes[n].tokens()
        used.update(elaborating)
        used.update(n for n in overlapping if quotes[n].tokens() <= content)
        return replace(frame, content=content)


def _after_colon(doc: Doc, content: set[int], quote: Quote) -> bool:
    last = max(content)
    colon = last if doc[last].text == ":" else last + 1
    return colon < len(doc) and doc[colon].text == ":" and quote.start == colon + 2


def _end(frame: Frame) -> int:
    return max(frame.content | set(frame.cue)) + 1


def _described(doc: Doc, frame: Frame) -> bool:
    """A cue inside a relative clause ('X, who has long opposed Y, said'): the narrator describing
    someone, not a turn of speech, so it neither continues nor interrupts a speaker's quotes."""
    cue = doc[frame.cue[0]] if frame.cue else None
    return cue is not None and any(t.dep_ in DESCRIBING_CLAUSES for t in (cue, *cue.ancestors))


def _last_speaker(doc: Doc, frames: list[Frame], before: int) -> Frame | None:
    """The frame with a source whose claim ends last before token `before`."""
    spoken = [f for f in frames if f.source_head is not None and f.content and _end(f) <= before and not _described(doc, f)]
    return max(spoken, key=_end, default=None)


def _line_break(token: Token) -> bool:
    """A newline token (a no-break space inside a sentence is a space token too)."""
    return token.is_space and "\n" in token.text


def _whole_sentences(doc: Doc, quote: Quote) -> bool:
    """The quote opens a sentence and ends one: speech of its own, not a phrase quoted by the narrator."""
    opener = quote.start - 1
    before = doc[opener - 1] if opener > 0 else None
    after = doc[quote.end + 1] if quote.end + 1 < len(doc) else None
    opens = before is None or _line_break(before) or before.text in _SENTENCE_ENDS
    # the final stop may be glued to the last word ('I.'); an unclosed quote ends at a re-opening
    # mark or its paragraph's end
    ends = not quote.closed or after is None or _line_break(after) or after.is_sent_start
    return opens and doc[quote.end - 1].text[-1] in _SENTENCE_ENDS and ends


def _continues(doc: Doc, previous: Frame, quote: Quote, frames: list[Frame], paragraph: list[int]) -> bool:
    """Whether `quote` continues `previous`'s speech: near it and with no other speaker between.
    A quote too short to stand alone continues only a speaker of its own paragraph, as whole sentences."""
    previous_end = _end(previous)
    opener = quote.start - 1
    before = doc[opener - 1] if opener > 0 else None
    if before is not None and not (quote.continues or doc[opener].is_sent_start or _line_break(before) or before.text in _SENTENCE_ENDS):
        return False  # a quote inside a narrator's sentence is not continuing speech
    gap = paragraph[quote.start] - paragraph[previous_end - 1]
    if gap > MAX_PARAGRAPH_GAP:
        return False
    if quote.word_count(doc) < quote_marks()["min_quote_words"] and (gap or not _whole_sentences(doc, quote)):
        return False
    # another speaker between stops it; the same source head does not ('is quoted as saying')
    return not any(
        f is not previous and f.cue and f.source_head is not None and f.source_head != previous.source_head
        and previous_end < f.cue[0] < quote.start and not _described(doc, f) and not _circumstance(doc, f)
        for f in frames
    )


def _circumstance(doc: Doc, frame: Frame) -> bool:
    """A bare cue in a subordinate clause ('X said after Y failed to show up'): a circumstance of
    the speech, not another speaker."""
    cue = doc[frame.cue[0]]
    return not frame.content and any(t.dep_ in _SUBORDINATE_CLAUSES for t in (cue, *cue.ancestors))


def _introduced_paragraph(doc: Doc, frame: Frame, paragraph: list[int]) -> list[int]:
    """'X said:' closing its paragraph introduces the whole next paragraph, quoted or not."""
    cue = doc[frame.cue[-1]]
    words = [t.i for t in cue.sent if not t.is_space]
    if doc[words[-1]].text != ":" or words[-1] - frame.cue[-1] > MAX_COLON_GAP:
        return []
    following = [t.i for t in doc[cue.sent.end :] if not t.is_space]
    if not following or paragraph[following[0]] != paragraph[words[-1]] + 1:
        return []
    return [i for i in following if paragraph[i] == paragraph[following[0]]]


def _attach_paragraphs(doc: Doc, frames: list[Frame], quotes: tuple[Quote, ...], used: set[int], paragraph: list[int]) -> list[Frame]:
    """Each bare 'X said:' cue given the paragraph it introduces; its quotes are then used."""
    attached = []
    for frame in frames:
        if frame.content or frame.source_head is None or not frame.cue:
            attached.append(frame)
            continue
        content = set(_introduced_paragraph(doc, frame, paragraph))
        inside = [n for n, q in enumerate(quotes) if q.tokens() & content]
        used.update(inside)
        direct = bool(inside) and doc[min(content)].is_quote
        attached.append(replace(
            frame,
            content=content.union(*(quotes[n].tokens() for n in inside)),
            claim_type=ClaimType.DIRECT_QUOTE if direct else frame.claim_type,
            quotes=inside if direct else frame.quotes,
        ))
    return attached


def _speaker_outside_quotes(doc: Doc, frame: Frame, quoted: frozenset[int]) -> Frame:
    """A quoted fragment parsed as the cue's subject ('“... Full panic mode,” said X') gives way
    to the cue's other subject, outside the quotes."""
    if frame.source_head is None or frame.source_head.i not in quoted or quoted.issuperset(frame.cue):
        return frame
    subjects = [c for i in frame.cue for c in doc[i].children if c.dep_ in NOMINAL_SUBJECTS and c.i not in quoted]
    return replace(frame, source_head=subjects[0]) if subjects else frame


def _continuation(speaker: Frame, quote_numbers: list[int], content: set[int], certainty: Certainty = Certainty.ASSERTED) -> Frame:
    """A cue-less claim of `speaker`'s: quotes that go on with what the speaker said."""
    return Frame(
        cue=[],
        source_head=speaker.source_head,
        content=content,
        certainty=certainty,
        claim_type=ClaimType.DIRECT_QUOTE,
        quotes=quote_numbers,
        pattern=CONTINUATION,
    )


def _one_claim_per_passage(frame: Frame, quotes: tuple[Quote, ...]) -> list[Frame]:
    """A direct frame holding a quote and the quote re-opened after it ('"A. "B," she said'): one
    claim per passage between an opening and a closing or re-opening mark, the passage nearest the
    cue keeping it, the others continuing its speaker. Halves of a quote split by its cue ('"Y1,"
    X said, "Y2"') are closed, not re-opened, and stay one claim."""
    if frame.claim_type is not ClaimType.DIRECT_QUOTE or len(frame.quotes) < 2:
        return [frame]
    groups: list[list[int]] = []
    for n in sorted(frame.quotes):
        if groups and not (quotes[n].continues and n - 1 in groups[-1]):
            groups[-1].append(n)
        else:
            groups.append([n])
    if len(groups) == 1:
        return [frame]
    keeper = min(groups, key=lambda g: min(distance(frame, quotes[n]) for n in g)) if frame.cue else groups[0]
    others = [g for g in groups if g is not keeper]
    taken = {i for g in others for n in g for i in quotes[n].tokens()}
    split = [replace(frame, content=frame.content - taken, quotes=keeper)]
    # the passages share the frame's certainty ('X is quoted as saying: "A. "B."': both reported)
    return split + [_continuation(frame, g, set().union(*(quotes[n].tokens() for n in g)), frame.certainty) for g in others]


def _passage_speaker(doc: Doc, quotes: tuple[Quote, ...], n: int, frames: list[Frame]) -> Frame | None:
    """The speaker of the passage an unattributed quote belongs to: that of the quote it re-opens
    after ('"A. "B."'), else the one named after it in the quote re-opened right after it ('"A.
    ¶ "B," she said')."""
    if quotes[n].continues and (holder := next((f for f in frames if n - 1 in f.quotes), None)) is not None:
        return holder
    if n + 1 >= len(quotes) or not quotes[n + 1].continues:
        return None
    following = quotes[n + 1]
    return same_sentence_cue(doc, following, frames) or adjacent_sentence_cue(doc, following, frames)


def attach_quotes(ctx: DocContext, frames: list[Frame]) -> list[Frame]:
    """Frames with the document's quotes attached, plus a frame per continuing quote; bare cues dropped."""
    doc, quotes = ctx.doc, ctx.quotes
    used: set[int] = set()
    paragraph = ctx.paragraphs.number
    frames = [_classify(ctx, _speaker_outside_quotes(doc, frame, ctx.quoted), used) for frame in frames]
    frames = _attach_paragraphs(doc, frames, quotes, used, paragraph)
    min_words = quote_marks()["min_quote_words"]
    for n, quote in enumerate(quotes):
        speaker = next((f for f in frames if n in f.quotes), None)
        if speaker is None and n not in used:
            # Short quotes are claims only next to a cue: alone they are titles or scare quotes.
            speaker = same_sentence_cue(doc, quote, frames)
            if speaker is None and quote.word_count(doc) >= min_words:
                speaker = adjacent_sentence_cue(doc, quote, frames)
            if speaker is None and quote.word_count(doc) >= min_words:
                speaker = introducing_clause(ctx, quote)
                if speaker is not None:
                    frames.append(speaker)
            if speaker is not None:
                at = next(k for k, f in enumerate(frames) if f is speaker)
                frames[at] = replace(
                    speaker, claim_type=ClaimType.DIRECT_QUOTE, quotes=[*speaker.quotes, n], content=speaker.content | quote.tokens()
                )
            elif (previous := _passage_speaker(doc, quotes, n, frames)) is not None or (
                (previous := _last_speaker(doc, frames, quote.start)) is not None
                and _continues(doc, previous, quote, frames, paragraph)
            ):
                # quotes a report frames stay reported ('X is quoted as saying: "A." "B."')
                certainty = Certainty.REPORTED if previous.certainty is Certainty.REPORTED else Certainty.ASSERTED
                frames.append(_continuation(previous, [n], quote.tokens(), certainty))
    return [split for f in frames if f.content for split in _one_claim_per_passage(f, quotes)]
