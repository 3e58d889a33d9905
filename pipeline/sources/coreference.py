"""Linking the source mentions of one document to their referents (a small coreference step).

`SourceResolver(doc, quotes).resolve(head)` takes the head token of a claim's source (the subject
of the cue, the object of "according to", ...), in text order, and returns its `SourceRef`.
Mentions are expanded to their noun phrase as written (`mentions`); pronouns,
relative pronouns and short names are linked to an earlier full mention (gendered pronouns to a
person of that gender); all mentions of one referent share a canonical name and its aliases.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from pipeline.sources.mentions import expand_mention
from pipeline.models import SourceKind, SourceRef, TextSpan
from pipeline.sources.kinds import antecedent_of_relative, canonical_name, person_name, source_kind, source_kinds


@dataclass
class _Cluster:
    name: str
    kind: SourceKind
    gender: str | None = None
    surface_forms: list[str] = field(default_factory=list)


def _gender(mention: Span) -> str | None:
    lexicon = source_kinds()
    lowered = {t.lower_ for t in mention}
    if lowered & set(lexicon["female_titles"]):
        return "female"
    if lowered & set(lexicon["male_titles"]):
        return "male"
    return None


class SourceResolver:
    """Links the source mentions of one document to referents, in document order."""

    def __init__(self, doc: Doc, quotes: Sequence[set[int]] = ()) -> None:
        self.doc = doc
        # Token index -> number of the quote it is in (`quotes`: the token indices of each direct
        # quote): a name inside a quote is not what a pronoun outside it refers to
        # ('"We thank Ann Lee," he said').
        self.quote_of = {i: n for n, quote in enumerate(quotes) for i in quote}
        self.clusters: list[_Cluster] = []
        self.positions: list[tuple[int, _Cluster]] = []  # (token index, cluster) of each mention
        # Every named person, source or not, as (start token, name, gender): antecedents for
        # pronouns and full forms for later last-name mentions.
        self.people = [
            (ent.start, person_name(ent[-1]), _gender(doc[max(ent.start - 1, 0) : ent.end]))
            for ent in doc.ents
            if ent.label_ == "PERSON"
        ]
        # A name modifying a noun ("the Lee plans") is not what a later "he" stands for.
        self.modifier_names = {ent.start for ent in doc.ents if ent.label_ == "PERSON" and ent[-1].dep_ == "compound"}

    def _match(self, name: str, kind: SourceKind) -> _Cluster | None:
        folded = name.casefold()
        for cluster in reversed(self.clusters):
            if cluster.name.casefold() == folded:
                return cluster
            if kind is SourceKind.PERSON and cluster.kind is SourceKind.PERSON:
                words, known = folded.split(), cluster.name.casefold().split()
                if words and len(words) < len(known) and known[-len(words) :] == words:
                    return cluster
        return None

    def _people_named(self, name: str, at: int) -> list[tuple[int, str, str | None]]:
        """(length, full name, gender) of the named persons up to token `at` whose names end in `name`."""
        words = name.casefold().split()
        return [
            (len(full.split()), full, gender)
            for start, full, gender in self.people
            if start <= at and full.casefold().split()[-len(words) :] == words
        ]

    def _full_name(self, name: str, at: int) -> tuple[str, str | None]:
        """'Lee' -> ('Ann Lee', 'female') when a named person ending in that name appears earlier."""
        matches = self._people_named(name, at)
        if not matches:
            return name, None
        _, full, gender = max(matches, key=lambda m: m[0])
        return full, gender or next((g for _, _, g in matches if g), None)

    def _register(self, name: str, kind: SourceKind, surface: str, at: int, gender=None, antecedent=True) -> _Cluster:
        if kind is SourceKind.PERSON:
            name, known_gender = self._full_name(name, at)
            gender = gender or known_gender
        cluster = self._match(name, kind)
        if cluster is None:
            cluster = _Cluster(name=name, kind=kind, gender=gender)
            self.clusters.append(cluster)
        if gender and not cluster.gender:
            cluster.gender = gender
        for form in (name, surface):
            if form not in cluster.surface_forms:
                cluster.surface_forms.append(form)
        if antecedent:
            self.positions.append((at, cluster))
        return cluster

    def _pronoun_antecedent(self, pronoun: Token) -> _Cluster | None:
        lexicon = source_kinds()
        if pronoun.lower_ in lexicon["speaker_pronouns"]:
            return None  # "I" and "you" are the quoted speaker or the reader, not the last name
        gender = lexicon["person_pronouns"].get(pronoun.lower_)
        wants_person = gender is not None
        quote = self.quote_of.get(pronoun.i)
        candidates: list[tuple[int, _Cluster]] = [
            p for p in self.positions if p[0] < pronoun.i and self.quote_of.get(p[0], quote) == quote
        ]
        for start, name, known_gender in self.people:
            in_reach = self.quote_of.get(start, quote) == quote and start not in self.modifier_names
            if start < pronoun.i and wants_person and in_reach:
                cluster = self._match(name, SourceKind.PERSON) or _Cluster(name, SourceKind.PERSON, known_gender)
                candidates.append((start, cluster))
        for _, cluster in sorted(candidates, key=lambda p: -p[0]):
            is_person = cluster.kind is SourceKind.PERSON
            if wants_person and is_person and cluster.gender in (None, gender):
                return cluster
            if not wants_person and not is_person:
                return cluster
        return None

    def resolve(self, written: Token) -> SourceRef:
        """The reference for the source whose head token is `written` (a relative pronoun stays
        the mention, as written, and is named after its antecedent)."""
        head = antecedent_of_relative(written)
        mention = expand_mention(head, describing=True) if head.i == written.i else written.doc[written.i : written.i + 1]
        if head.pos_ == "PRON":
            cluster = self._pronoun_antecedent(head)
            if cluster is not None:
                gender = source_kinds()["person_pronouns"].get(head.lower_)
                cluster = self._register(cluster.name, cluster.kind, mention.text, head.i, gender)
                return self._ref(mention, cluster)
        phrase = expand_mention(head)
        kind = source_kind(phrase, head)
        named_by_head = head.lemma_.lower() in source_kinds()["organization_heads"]  # "... Hospital"
        if kind is SourceKind.ORGANIZATION and head.pos_ == "PROPN" and not named_by_head and self._people_named(
            phrase.text, head.i
        ):
            kind = SourceKind.PERSON  # the model labels a surname ORG in one place, PERSON in another
        # A pronoun left unresolved ("you", "we") names no one another pronoun could stand for.
        cluster = self._register(
            canonical_name(phrase, head), kind, mention.text, head.i, _gender(phrase), antecedent=head.pos_ != "PRON"
        )
        return self._ref(mention, cluster)

    def _ref(self, mention: Span, cluster: _Cluster) -> SourceRef:
        # Aliases are filled in by `finalise`, once every mention of the document is known.
        return SourceRef(
            mention=TextSpan(mention.start_char, mention.end_char, mention.text),
            name=cluster.name,
            kind=cluster.kind,
        )

    def finalise(self, ref: SourceRef) -> SourceRef:
        """The same reference with the aliases its referent has anywhere in the document."""
        for cluster in self.clusters:
            if cluster.name == ref.name:
                aliases = tuple(f for f in cluster.surface_forms if f != ref.name)
                return SourceRef(mention=ref.mention, name=ref.name, kind=cluster.kind, aliases=aliases)
        return ref
