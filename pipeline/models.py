"""The data model shared by every stage: closed vocabularies and small frozen dataclasses.

Extractors return *span-level* records (`TextSpan` offsets into the document text, no ids);
`pipeline.process` turns them into the table rows (`*Row`) with deterministic ids.
Offsets are Python ``str`` indices into ``Document.text``, end-exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class ClaimType(StrEnum):
    DIRECT_QUOTE = "direct_quote"
    INDIRECT = "indirect"
    NARRATOR = "narrator"


class Certainty(StrEnum):
    CONFIRMED = "confirmed"
    ASSERTED = "asserted"
    REPORTED = "reported"
    CLAIMED = "claimed"
    UNVERIFIED = "unverified"
    DENIED = "denied"


class CueClass(StrEnum):
    """What kind of claim a cue makes (pipeline/lexicons/cue_classes.json documents each)."""

    SPEECH = "speech"
    WRITTEN = "written"
    BELIEF = "belief"
    INTENTION = "intention"
    EVALUATION = "evaluation"
    EVIDENTIAL = "evidential"
    ACT = "act"


class SentenceKind(StrEnum):
    """What a sentence is on the page (pipeline/page_parts.py); only body sentences hold claims."""

    BODY = "body"
    HEADLINE = "headline"
    DATELINE = "dateline"
    CAPTION = "caption"
    FURNITURE = "furniture"


class SourceKind(StrEnum):
    PERSON = "person"
    GOVERNMENT = "government"
    MILITARY = "military"
    ORGANIZATION = "organization"
    MEDIA = "media"
    SOCIAL_MEDIA = "social_media"
    DOCUMENT = "document"
    ANONYMOUS = "anonymous"  # unnamed people known by a role ("officials", "organisers")
    GROUP = "group"  # several people or bodies speaking together, or a described set ("Some fans")


class RejectReason(StrEnum):
    EMPTY = "empty"
    BINARY = "binary"
    UNDECODABLE = "undecodable"
    TOO_LARGE = "too_large"
    TOO_LONG = "too_long"
    TOO_SHORT = "too_short"
    NO_ARTICLE_TEXT = "no_article_text"
    NOT_ENGLISH = "not_english"
    DUPLICATE = "duplicate"
    UNSUPPORTED_TYPE = "unsupported_type"
    UNREADABLE = "unreadable"


class DatePrecision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


# --------------------------------------------------------------------------- ingestion


@dataclass(frozen=True)
class InputFile:
    """One input as found on disk (or one record of a container file such as .jsonl)."""

    uri: str
    size_bytes: int
    mtime: float
    raw_hash: str  # sha256 of the raw bytes: what the incremental ledger compares


@dataclass(frozen=True)
class Removal:
    """One piece of text the cleaning took out of a document, and the rule that did it."""

    rule: str  # a rule name of pipeline/ingest/cleaning_rules.json
    text: str


@dataclass(frozen=True)
class Document:
    doc_id: str
    uri: str
    text: str
    content_hash: str
    title: str | None = None
    author: str | None = None
    published_at: datetime | None = None
    site_name: str | None = None
    url: str | None = None
    language: str = "en"
    source_format: str = "text"  # html | text | jsonl | warc
    encoding: str | None = None
    removed: tuple[Removal, ...] = ()  # cleaning audit (table document_cleaning), not a column
    restored: tuple[str, ...] = ()  # paragraphs the paragraph-loss check put back


@dataclass(frozen=True)
class Rejection:
    uri: str
    reason: RejectReason
    detail: str
    duplicate_of: str | None = None  # the kept doc_id, for reason == duplicate
    detected_language: str | None = None


# --------------------------------------------------------------------------- extraction (spans)


@dataclass(frozen=True)
class TextSpan:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class QuantityMention:
    """A number stated in text: "more than 650 drones" -> 650.0, "more than", "drones"."""

    value: float
    qualifier: str | None
    unit: str | None
    span: TextSpan


@dataclass(frozen=True)
class SourceRef:
    """Who makes a claim: the mention as written and what it resolves to within the document."""

    mention: TextSpan  # as written in the claim's sentence: "she", "Kallas", "officials"
    # canonical name after in-document coreference ("Kaja Kallas"); None for a mention nothing
    # resolves (an unresolved "he", "we"): it keeps its text but names no source
    name: str | None
    kind: SourceKind
    aliases: tuple[str, ...] = ()  # other surface forms of the same source in this document


@dataclass(frozen=True)
class ExtractedClaim:
    claim_type: ClaimType
    certainty: Certainty
    content: TextSpan  # covering span: from the first fragment's start to the last's end
    content_fragments: tuple[TextSpan, ...]  # the pieces, e.g. both halves of a split quote
    cue: TextSpan | None = None
    source: SourceRef | None = None
    cue_lemma: str | None = None  # "said" -> "say"; a multi-word cue as written: "according to"
    pattern: str | None = None  # the attribution pattern that found it (pipeline/attribution/registry.py)


@dataclass(frozen=True)
class ExtractedEvent:
    event_type: str  # a key of the ontology file (pipeline/events/ontology.json)
    trigger: TextSpan
    mode: str | None = None
    actors: tuple[TextSpan, ...] = ()
    targets: tuple[TextSpan, ...] = ()
    location: TextSpan | None = None
    location_name: str | None = None
    country: str | None = None
    time: TextSpan | None = None
    event_date: date | None = None
    date_precision: DatePrecision = DatePrecision.UNKNOWN
    quantities: tuple[QuantityMention, ...] = ()
    plover_type: str | None = None  # None for STATEMENT, which PLOVER has no type for
    cameo_code: str | None = None  # of the matched dictionary pattern or ontology entry
    modality: str = "asserted"  # asserted | denied | intended | threatened | requested | hypothetical
    actor_codes: tuple[str | None, ...] = ()  # CAMEO actor codes (country + sector), per actor
    target_codes: tuple[str | None, ...] = ()
    actor_sectors: tuple[str | None, ...] = ()  # the sector of each actor's code (GOV, MIL, IGO ...)
    actor_countries: tuple[str | None, ...] = ()  # the CAMEO country code of each actor's (RUS, GBR)
    target_sectors: tuple[str | None, ...] = ()
    target_countries: tuple[str | None, ...] = ()
    governed_by: int | None = None  # char offset of the word whose complement holds the event


# --------------------------------------------------------------------------- table rows


@dataclass(frozen=True)
class SentenceRow:
    sentence_id: str
    doc_id: str
    sentence_index: int
    paragraph_index: int
    start_char: int
    end_char: int
    text: str
    kind: str  # SentenceKind


@dataclass(frozen=True)
class ClaimRow:
    claim_id: str
    doc_id: str
    sentence_id: str
    source_id: str | None
    source_mention: str | None
    source_start: int | None
    source_end: int | None
    cue: str | None
    cue_lemma: str | None
    cue_start: int | None
    cue_end: int | None
    content: str
    content_start: int
    content_end: int
    content_spans: list[list[int]]
    claim_type: str
    certainty: str
    cue_class: str | None  # CueClass; None for narrator claims, which have no cue


@dataclass(frozen=True)
class QuantityRow:
    quantity_id: str
    owner_id: str  # claim_id or event_id
    doc_id: str
    value: float
    qualifier: str | None
    unit: str | None
    text: str
    start_char: int
    end_char: int


@dataclass(frozen=True)
class SourceMentionRow:
    mention_id: str
    source_id: str
    doc_id: str
    claim_id: str
    name: str
    kind: str
    mention: str
    start_char: int
    end_char: int
    aliases: list[str]


@dataclass(frozen=True)
class EventRow:
    event_id: str
    doc_id: str
    sentence_id: str
    event_type: str
    mode: str | None
    trigger: str
    trigger_start: int
    trigger_end: int
    actors: list[str]
    targets: list[str]
    location: str | None
    location_name: str | None
    country: str | None
    time_text: str | None
    event_date: date | None
    date_precision: str
    plover_type: str | None
    cameo_code: str | None
    modality: str
    actor_codes: list[str | None]
    target_codes: list[str | None]
    actor_sectors: list[str | None]
    actor_countries: list[str | None]
    target_sectors: list[str | None]
    target_countries: list[str | None]


@dataclass(frozen=True)
class EventClaimRow:
    event_id: str
    claim_id: str
    doc_id: str


@dataclass
class DocumentResult:
    """Everything extracted from one parsed document, ready to write."""

    doc_id: str
    sentences: list[SentenceRow] = field(default_factory=list)
    claims: list[ClaimRow] = field(default_factory=list)
    claim_quantities: list[QuantityRow] = field(default_factory=list)
    source_mentions: list[SourceMentionRow] = field(default_factory=list)
    events: list[EventRow] = field(default_factory=list)
    event_quantities: list[QuantityRow] = field(default_factory=list)
    event_claims: list[EventClaimRow] = field(default_factory=list)
