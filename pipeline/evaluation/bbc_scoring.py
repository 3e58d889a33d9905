"""Scoring one document's claim rows against the BBC development gold (tests/data/bbc_gold).

Claims are paired with gold claims on content alone (`bbc_pairing`), so that who is credited
is measured separately instead of deciding whether a claim counts. The measures are defined in tests/data/bbc_gold/README.md; `BbcReport` holds their counts
over all documents and the examples behind each error class.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from pipeline.evaluation.bbc_pairing import (
    ProductClaim, content_found, content_fragments, overlaps, pair_claims, sentence_region, span_right,
)
from pipeline.ids import normalise_name
from pipeline.sources.written_names import strip_honorific
from pipeline.models import Certainty, ClaimType

STATEMENT_CLASSES = ("speech", "written", "belief")  # what a fact-checker means by "X stated"
PRONOUNS = {
    "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its",
    "they", "them", "their", "who", "whom", "which", "that", "this", "these", "those", "one",
}
# A name cut from its phrase: an opening or closing mark without its pair, punctuation at an
# edge, or a number glued on after a comma ("Natalie Appleton,31").
_PAIRS = (("(", ")"), ("“", "”"))
_EDGE_PUNCTUATION = re.compile(r"^[^\w£$]|[^\w.)]$|,\s*\d+$")


@dataclass
class BbcReport:
    documents: int = 0
    gold_claims: int = 0
    required: int = 0
    found: int = 0  # required gold claims paired with an extracted claim
    attributed: int = 0  # extracted claims that are not narrator claims
    attributed_correct: int = 0  # ... whose content matches a gold claim (required or optional)
    statement_considered: int = 0
    statement_correct: int = 0
    paired: int = 0
    span_right: int = 0
    certainty_right: int = 0
    with_speaker: int = 0  # paired gold claims that have a speaker
    speaker_right: int = 0
    full_name_right: int = 0
    kind_right: int = 0
    speakers: int = 0  # gold speakers the product gives at least one sources row
    speakers_one_row: int = 0
    furniture_lines: int = 0
    by_class: Counter = field(default_factory=Counter)  # (gold cue_class, "gold"|"required"|"found")
    by_product_class: Counter = field(default_factory=Counter)  # (claims.cue_class, "extracted"|"correct")
    row_speakers: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # (document, source_id) -> gold speakers it holds there
    row_names: dict[str, str] = field(default_factory=dict)
    unknown_rows: set[str] = field(default_factory=set)  # rows naming no gold speaker of their document
    errors: dict[str, list[str]] = field(default_factory=dict)
    causes: Counter = field(default_factory=Counter)  # (error class, cause) -> count: text-free breakdowns
    unmatched: list[str] = field(default_factory=list)  # every claim matching no gold claim, in full
    missed: list[str] = field(default_factory=list)  # each missed required claim in its sentences

    def note(self, error_class: str, example: str) -> None:
        # one line per example: gold contents and fragments may hold line breaks
        self.errors.setdefault(error_class, []).append(" ".join(example.split()))

    @property
    def pronoun_rows(self) -> list[str]:
        return sorted({n for n in self.row_names.values() if n.casefold() in PRONOUNS})

    @property
    def merged_rows(self) -> list[str]:
        """Rows holding several gold speakers of one document (a row shared across documents
        under a full name may carry each document's spelling of it)."""
        return sorted(self.row_names[r] for (_, r), held in self.row_speakers.items() if len(held) > 1)

    @property
    def malformed_rows(self) -> list[str]:
        return sorted({n for n in self.row_names.values() if malformed_name(n)})


def malformed_name(name: str) -> bool:
    """A sources name with a bracket or quote mark unpaired, punctuation at an edge or an age glued on."""
    unpaired = any(name.count(a) != name.count(b) for a, b in _PAIRS) or name.count('"') % 2 == 1
    return unpaired or bool(_EDGE_PUNCTUATION.search(name))


def _speaker_names(gold_claim: dict[str, Any]) -> set[str]:
    return {normalise_name(n) for n in [gold_claim["source"], *gold_claim.get("aliases", [])] if n}


def names_speaker(name: str | None, canonical: str, names: set[str], kind: str | None) -> bool:
    """Whether a sources name designates the gold speaker: one of its names, the canonical name
    with a title or role around it ('DJ Mike Read'), or, for one person or body, a name of two
    or more words inside the canonical one ('Princess Marguerite')."""
    folded = normalise_name(name or "")
    if not folded:
        return False
    found, full = set(folded.split()), set(canonical.split())
    return (folded in names or full <= found
            or (kind != "group" and len(found) > 1 and found <= full))


def score_document(report: BbcReport, gold: dict[str, Any], text: str, claims: list[ProductClaim]) -> None:
    """Add one document's counts and error examples to `report`."""
    doc = gold["document"]
    report.documents += 1
    attributed = [c for c in claims if c.claim_type != ClaimType.NARRATOR]
    gold_by_id = {g["id"]: g for g in gold["claims"]}
    pairs = pair_claims(text, gold["claims"], attributed)
    _score_claims(report, doc, text, gold["claims"], attributed, pairs)
    _score_speakers(report, doc, gold_by_id, attributed, pairs)
    for line in gold.get("furniture", []):
        start = text.find(line["text"])
        report.furniture_lines += 1
        hits = [c for c in claims if start >= 0 and overlaps(c, start, start + len(line["text"]))]
        for claim in hits:
            report.note("furniture claims", f"{doc}: {line['kind']} '{line['text'][:60]}' as {claim.claim_type}")


def _score_claims(report: BbcReport, doc: str, text: str, gold_claims: list[dict],
                  attributed: list[ProductClaim], pairs: dict[str, ProductClaim]) -> None:
    for g in gold_claims:
        report.gold_claims += 1
        if g["content"] not in text:
            report.note("gold content not in the ingested text", f"{doc} {g['id']}")
        report.by_class[g["cue_class"], "gold"] += 1
        if g["required"]:
            report.required += 1
            report.by_class[g["cue_class"], "required"] += 1
        claim = pairs.get(g["id"])
        if claim is None:
            if g["required"]:
                report.note("missed required claims", f"{doc} {g['id']}: {g['content'][:70]}")
                report.missed.append(_missed_in_context(doc, text, g, attributed))
            continue
        report.found += g["required"]
        report.by_class[g["cue_class"], "found"] += g["required"]
        report.paired += 1
        if span_right(text, g, claim):
            report.span_right += 1
        else:
            report.note("content span wrong", f"{doc} {g['id']}: '{' | '.join(content_fragments(text, claim))[:90]}'")
        if claim.certainty == g["certainty"]:
            report.certainty_right += 1
        elif g["certainty"] == Certainty.DENIED:
            report.note("negation lost", f"{doc} {g['id']}: {claim.certainty} for '{g['content'][:60]}'")
        else:
            report.note("certainty differs", f"{doc} {g['id']}: {claim.certainty} for gold {g['certainty']}")
    for claim in attributed:
        report.attributed += 1
        fragments = content_fragments(text, claim)
        matched = [g for g in gold_claims if content_found(text, g, claim)]
        report.attributed_correct += bool(matched)
        if not matched:
            report.note("claims matching no gold claim", f"{doc}: '{' | '.join(fragments)[:90]}'")
            report.unmatched.append(
                f"{doc} [{claim.cue_class or '-'} {claim.claim_type}] cue '{claim.cue or ''}' "
                f"content '{' | '.join(fragments)}' in: {' '.join(claim.sentence.split())}")
        if claim.cue_class is not None:
            considered = claim.cue_class in STATEMENT_CLASSES
            report.by_product_class[claim.cue_class, "extracted"] += 1
            report.by_product_class[claim.cue_class, "correct"] += bool(matched)
        else:  # no label yet: judge by the class of the gold claim it matches
            considered = not matched or any(g["cue_class"] in STATEMENT_CLASSES for g in matched)
        report.statement_considered += considered
        report.statement_correct += considered and bool(matched)


def _missed_in_context(doc: str, text: str, gold_claim: dict[str, Any], attributed: list[ProductClaim]) -> str:
    """The missed claim's sentences and whatever the product extracted from them, to classify
    the miss (quote pairing, segmentation, cue, pattern, span)."""
    start = text.find(gold_claim["content"])
    low, high = sentence_region(text, start, start + len(gold_claim["content"])) if start >= 0 else (0, 0)
    near = [" | ".join(content_fragments(text, c)) for c in attributed if overlaps(c, low, high)]
    return (f"{doc} {gold_claim['id']} ({gold_claim['cue']}, {gold_claim['claim_type']}): {text[low:high]!r}\n"
            + "".join(f"    extracted: {fragment!r}\n" for fragment in near))


def _score_speakers(report: BbcReport, doc: str, gold_by_id: dict[str, dict],
                    attributed: list[ProductClaim], pairs: dict[str, ProductClaim]) -> None:
    rows = {c.source_id: c for c in attributed if c.source_id}
    speakers: dict[str, set[str]] = {}  # gold canonical -> every name of it in this document
    kinds: dict[str, str] = {}
    for g in gold_by_id.values():
        if g["source"]:
            speakers.setdefault(normalise_name(g["source"]), set()).update(_speaker_names(g))
            kinds[normalise_name(g["source"])] = g["source_kind"]
    held: dict[str, set[str]] = {s: set() for s in speakers}
    for gold_id, claim in pairs.items():
        g = gold_by_id[gold_id]
        if not g["source"]:
            continue
        report.with_speaker += 1
        speaker = normalise_name(g["source"])
        name = claim.source_name or ""
        if claim.source_id:
            report.row_speakers.setdefault((doc, claim.source_id), set()).add(speaker)
        if claim.source_id and names_speaker(name, speaker, speakers[speaker], g["source_kind"]):
            report.speaker_right += 1
            held[speaker].add(claim.source_id)
            report.full_name_right += normalise_name(name) == speaker
            if normalise_name(name) != speaker:
                report.note("not the full name", f"{doc}: '{name}' for {g['source']}")
                report.causes["not the full name", _name_form(name, speaker)] += 1
            if claim.source_kind == g["source_kind"]:
                report.kind_right += 1
            else:
                report.note("wrong kind", f"{doc}: '{name}' {claim.source_kind}, gold {g['source_kind']}")
                report.causes["wrong kind", f"{claim.source_kind} for {g['source_kind']}"] += 1
        else:
            report.note("wrong speaker", f"{doc} {gold_id}: '{name or '(none)'}' for {g['source']}")
            cause = _speaker_cause(claim, speaker, speakers, kinds)
            # another claim over the same words crediting the gold speaker: the pairing took a nested claim
            if any(other is not claim and names_speaker(other.source_name, speaker, speakers[speaker], g["source_kind"])
                   and any(overlaps(other, s, e) for s, e in claim.content_spans) for other in attributed):
                cause += ", the gold speaker credited by an overlapping claim"
            report.causes["wrong speaker", cause] += 1
    for source_id, claim in rows.items():
        report.row_names[source_id] = claim.source_name or ""
        named = [s for s, names in speakers.items() if names_speaker(claim.source_name, s, names, kinds[s])]
        for speaker in named:
            held[speaker].add(source_id)
        if not named:
            report.unknown_rows.add(source_id)
    for speaker, source_ids in held.items():
        if source_ids:
            report.speakers += 1
            report.speakers_one_row += len(source_ids) == 1
            if len(source_ids) > 1:
                names = sorted(report.row_names.get(s) or rows[s].source_name for s in source_ids)
                report.note("split speakers", f"{doc}: {speaker} in {names}")


def _speaker_cause(claim: ProductClaim, speaker: str, speakers: dict[str, set[str]], kinds: dict[str, str]) -> str:
    """Why a claim's speaker is wrong, in words that name no text: whether a sources row was made
    (unresolved), whom it names (another gold speaker of the document, or someone who speaks
    nowhere in it), and whether the gold speaker is named in the claim's own sentence (an error
    of the sentence's attribution) or not (an error of carrying a speaker across sentences)."""
    sentence = f" {normalise_name(claim.sentence)} "
    where = "named in the sentence" if any(f" {n} " in sentence for n in speakers[speaker]) else "named elsewhere"
    if not claim.source_id:
        cue = f"cue class {claim.cue_class}" if claim.cue else "no cue"
        return f"no sources row ({_mention_form(claim.source_name)}, {claim.claim_type}, {cue}), gold {where}"
    others = [s for s in speakers if s != speaker and names_speaker(claim.source_name, s, speakers[s], kinds[s])]
    return f"{'another gold speaker' if others else 'a non-speaker'}, gold {where}"


def _mention_form(mention: str | None) -> str:
    """What an unresolved mention is: none, a pronoun, a description or a capitalised name."""
    if not mention:
        return "no mention"
    if mention.casefold() in PRONOUNS:
        return "a pronoun"
    return "a capitalised name" if any(w[:1].isupper() for w in mention.split()[1:] or mention.split()) else "a description"


def _name_form(name: str, speaker: str) -> str:
    """How a right speaker's row name falls short of the canonical full name."""
    found, full = set(normalise_name(strip_honorific(name)).split()), set(speaker.split())
    if full < found:
        return "longer than the full name"
    if found < full:
        return "part of the full name"  # 'Mr Kennedy' for Charles Kennedy
    if found & full:
        return "overlapping the full name"
    return "another name or description"
