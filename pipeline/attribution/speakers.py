"""Attaching direct quotes to the cue that introduces them.

Order of preference for a quote: a cue whose parsed content lies inside the quote; a cue of the
same sentence(s) outside the quote (nearest first; a split quote "Y1," X said, "Y2" gives both
halves to one cue); a cue-only sentence right after ('... .” he said.') or right before ('X said:');
else the speaker of the claim just before it (quoted or reported), when that claim is in the same
or the previous paragraph and no other speaker comes between (continuing quotes, which
newspapers leave unattributed). Such a continuation is a claim of its own, with no cue.
Before quotes are placed, a cue closing its paragraph with a colon ('The mayor said:') takes the
whole next paragraph, quoted or not, with the quotes in it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.attribution.frames import Frame
from pipeline.attribution.lexicons import quote_marks
from pipeline.attribution.quotes import Quote
from pipeline.models import Certainty, ClaimType

# A frame whose content is mostly quoted words is a direct quote, not reported speech.
_DIRECT_SHARE = 0.9
_MAX_PARAGRAPH_GAP = 1
_SENTENCE_ENDS = {".", "!", "?", ":"}
# "X said on Monday:" -- the colon ends the cue clause, a few words after the cue at most
_MAX_COLON_GAP = 6


def _words(doc: Doc, tokens: set[int]) -> set[int]:
    return {i for i in tokens if not (doc[i].is_punct or doc[i].is_space or doc[i].dep_ == "mark")}


def _paragraph_index(doc: Doc) -> list[int]:
    index, current = [], 0
    for token in doc:
        if token.i > 0 and "\n" in doc[token.i - 1].text_with_ws and not token.is_space:
            current += 1
        index.append(current)
    return index


def _classify(doc: Doc, frame: Frame, quotes: list[Quote], used: set[int]) -> None:
    """Mark `frame` direct when its content is quoted; quotes inside reported content are used."""
    content_words = _words(doc, frame.content)
    if not content_words:
        return
    overlapping = [n for n, q in enumerate(quotes) if q.tokens() & frame.content]
    quoted_words = _words(doc, {i for n in overlapping for i in quotes[n].tokens()})
    if overlapping and len(content_words & quoted_words) >= _DIRECT_SHARE * len(content_words):
        frame.claim_type = ClaimType.DIRECT_QUOTE
        frame.quotes = overlapping
        frame.content = {i for n in overlapping for i in quotes[n].tokens()}
        used.update(overlapping)
    else:
        used.update(n for n in overlapping if quotes[n].tokens() <= frame.content)


def _distance(frame: Frame, quote: Quote) -> int:
    cue = frame.cue[0]
    return quote.start - cue if cue < quote.start else cue - quote.end


def _same_sentence_cue(doc: Doc, quote: Quote, frames: list[Frame]) -> Frame | None:
    sentences = {doc[i].sent.start for i in (quote.start - 1, quote.end) if 0 <= i < len(doc)}
    candidates = [
        f
        for f in frames
        if f.cue and f.source_head is not None and doc[f.cue[0]].sent.start in sentences
        and (not f.content or f.claim_type is ClaimType.DIRECT_QUOTE)
    ]
    return min(candidates, key=lambda f: _distance(f, quote), default=None)


def _adjacent_sentence_cue(doc: Doc, quote: Quote, frames: list[Frame]) -> Frame | None:
    last = doc[min(quote.end, len(doc) - 1)].sent
    first = doc[quote.start].sent
    for frame in frames:
        if frame.content or frame.source_head is None or not frame.cue:
            continue
        cue = doc[frame.cue[0]]
        if last.end < len(doc) and cue.sent.start == last.end:
            return frame  # '“...”' then 'he said.' parsed as its own sentence
        if first.start > 0 and cue.sent.end == first.start and doc[cue.sent.end - 1].text == ":":
            return frame  # 'X said:' then the quote
    return None


def _end(frame: Frame) -> int:
    return max(frame.content | set(frame.cue)) + 1


def _last_speaker(frames: list[Frame], before: int) -> Frame | None:
    """The frame with a source whose claim ends last before token `before`."""
    spoken = [f for f in frames if f.source_head is not None and f.content and _end(f) <= before]
    return max(spoken, key=_end, default=None)


def _continues(doc: Doc, previous: Frame, quote: Quote, frames: list[Frame], paragraph: list[int]) -> bool:
    """Whether `quote` continues `previous`'s speech: near it and with no other speaker between."""
    previous_end = _end(previous)
    opener = quote.start - 1
    before = doc[opener - 1] if opener > 0 else None
    if before is not None and not (doc[opener].is_sent_start or before.is_space or before.text in _SENTENCE_ENDS):
        return False  # a quote inside a narrator's sentence is not continuing speech
    if paragraph[quote.start] - paragraph[previous_end - 1] > _MAX_PARAGRAPH_GAP:
        return False
    return not any(
        f is not previous and f.cue and f.source_head is not None and previous_end < f.cue[0] < quote.start
        for f in frames
    )


def _introduced_paragraph(doc: Doc, frame: Frame, paragraph: list[int]) -> list[int]:
    """'X said:' closing its paragraph introduces the whole next paragraph, quoted or not."""
    cue = doc[frame.cue[-1]]
    words = [t.i for t in cue.sent if not t.is_space]
    if doc[words[-1]].text != ":" or words[-1] - frame.cue[-1] > _MAX_COLON_GAP:
        return []
    following = [t.i for t in doc[cue.sent.end :] if not t.is_space]
    if not following or paragraph[following[0]] != paragraph[words[-1]] + 1:
        return []
    return [i for i in following if paragraph[i] == paragraph[following[0]]]


def _attach_paragraphs(doc: Doc, frames: list[Frame], quotes: list[Quote], used: set[int], paragraph: list[int]) -> None:
    """Give each bare 'X said:' cue the paragraph it introduces; its quotes are then used."""
    for frame in frames:
        if frame.content or frame.source_head is None or not frame.cue:
            continue
        content = set(_introduced_paragraph(doc, frame, paragraph))
        inside = [n for n, q in enumerate(quotes) if q.tokens() & content]
        frame.content = content
        used.update(inside)
        if inside and doc[min(content)].is_quote:
            frame.claim_type = ClaimType.DIRECT_QUOTE


def attach_quotes(doc: Doc, frames: list[Frame], quotes: list[Quote]) -> list[Frame]:
    """Frames with their quotes attached, plus a frame per continuing quote; bare cues dropped."""
    used: set[int] = set()
    for frame in frames:
        _classify(doc, frame, quotes, used)
    paragraph = _paragraph_index(doc)
    _attach_paragraphs(doc, frames, quotes, used, paragraph)
    min_words = quote_marks()["min_quote_words"]
    for n, quote in enumerate(quotes):
        speaker = next((f for f in frames if n in f.quotes), None)
        if speaker is None and n not in used:
            # Short quotes are claims only next to a cue: alone they are titles or scare quotes.
            speaker = _same_sentence_cue(doc, quote, frames)
            if speaker is None and quote.word_count(doc) >= min_words:
                speaker = _adjacent_sentence_cue(doc, quote, frames)
            if speaker is not None:
                speaker.claim_type = ClaimType.DIRECT_QUOTE
                speaker.quotes.append(n)
                speaker.content |= quote.tokens()
            elif (
                (previous := _last_speaker(frames, quote.start)) is not None
                and quote.word_count(doc) >= min_words
                and _continues(doc, previous, quote, frames, paragraph)
            ):
                speaker = Frame(
                    cue=[],
                    source_head=previous.source_head,
                    content=quote.tokens(),
                    certainty=Certainty.ASSERTED,
                    claim_type=ClaimType.DIRECT_QUOTE,
                    quotes=[n],
                )
                frames.append(speaker)
    return [f for f in frames if f.content]
