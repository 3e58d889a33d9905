"""Linking the source mentions of one document to their referents (a small coreference step).

`SourceResolver(doc, quotes).resolve(head)` takes the head token of a claim's source (the subject
of the cue, the object of "according to", ...), in text order, and returns its `SourceRef`.
Mentions are expanded to their noun phrase as written (`mentions`); pronouns,
relative pronouns and short names are linked to an earlier full mention (pronouns through
`antecedents`); all mentions of one referent share a canonical name and its aliases.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from pipeline.lexicons import load
from pipeline.sources.antecedents import FIRST_PERSON, NAMED_BODIES, Cluster, PronounAntecedents
from pipeline.sources.mentions import expand_mention
from pipeline.models import SourceKind, SourceRef, TextSpan
from pipeline.sources.kinds import canonical_name, is_pronoun_name, name_token, person_name, source_kind, source_kinds, word_set
from pipeline.sources.source_like import antecedent_of_relative, named_by_apposition
from pipeline.sources.described import SETS, DescribedSources, mention_gender
from pipeline.sources.post_ties import Ties
from pipeline.sources.documents import issuer_of, study_issuer
from pipeline.sources.no_referent import is_bare_post, names_no_source
from pipeline.sources.phrases import is_nationality, is_occasion
from pipeline.sources.roles import held_post
from pipeline.sources.sectors import spoken_for
from pipeline.sources.spokespeople import named_spokesperson
from pipeline.sources.names import DocumentNames, strip_honorific
from pipeline.sources.name_usage import NameUsage, head_word, is_state_office_word
from pipeline.sources.written_names import not_name_words, territorial_name
from pipeline.sources.shares import is_share, share_population

# What separates the words of a name: spaces or a hyphen.
_NAME_SEPARATORS = re.compile(r"[\s\-‐]+")
# Bodies a spokesperson speaks for: the body is the source.
_SPEAKING_BODIES = NAMED_BODIES | {SourceKind.MILITARY}


def _text_span(mention: Span) -> TextSpan:
    return TextSpan(mention.start_char, mention.end_char, mention.text)


def _name_key(name: str) -> str:
    """A name as compared with the names of referents: 'T-Mobile' as written and 'T Mobile' as the
    document's organisation names join its tokens are one name."""
    return " ".join(_NAME_SEPARATORS.split(name.casefold()))


def is_speaker_pronoun(token: Token) -> bool:
    """First and second person: inside a quote, the quote's speaker (or its audience)."""
    return token.pos_ == "PRON" and (token.lower_ in FIRST_PERSON or token.lower_ in source_kinds()["speaker_pronouns"])


def _eponymous_body(name: str) -> bool:
    """'the Bloomberg campaign', 'the Post committee': a body named after someone or something,
    whose own head noun (an organisation's, not a medium's) says what it is."""
    lexicon = source_kinds()
    head = head_word(name)
    return head in lexicon["organization_heads"] and head not in lexicon["media_heads"]


def _written_as_person_name(name: str) -> bool:
    """'Attallah Shabazz': two or more capitalised words, none a role, a title or a body's word
    ("Shadow Secretary", "Dade Police"), and not several people ("King and Schultz")."""
    words = [w for w in name.split() if w not in load("name_structure")["particles"]]  # "Laurence des Cars"
    return len(words) > 1 and all(w[:1].isupper() and w.casefold() not in not_name_words() for w in words)


class SourceResolver(PronounAntecedents, DescribedSources):
    """Links the source mentions of one document to referents, in document order."""

    def __init__(self, doc: Doc, quotes: Sequence[set[int]] = ()) -> None:
        self.doc = doc
        # Token index -> number of the quote it is in (`quotes`: the token indices of each direct
        # quote): a name inside a quote is not what a pronoun outside it refers to
        # ('"We thank Ann Lee," he said').
        self.quote_of = {i: n for n, quote in enumerate(quotes) for i in quote}
        self.clusters: list[Cluster] = []
        self.positions: list[tuple[int, Cluster]] = []  # (token index, cluster) of each mention
        # Every named person and body, source or not: antecedents for pronouns and full forms for
        # later short mentions.
        self.names = DocumentNames(doc, person_name, mention_gender)
        self.usage = NameUsage(doc)
        self._ties: Ties | None = None  # role ties, built when first needed
        # (token index, cluster, gender) of each source written as an unnamed person ("A spokesman
        # for X", "an analyst"): what a later "he" or "she" may stand for before any name
        self.unnamed: list[tuple[int, Cluster, str | None]] = []
        # a set's first name -> its fuller one ("critics" -> "Critics of the government"), a royal's name -> the one
        # with their place ("Princess Marguerite" -> "Princess Marguerite of Romania")
        self.renamed: dict[str, str] = {}

    def _match(self, name: str, kind: SourceKind) -> Cluster | None:
        folded = _name_key(name)
        for cluster in reversed(self.clusters):
            if _name_key(cluster.name) == folded:
                return cluster
            if kind is SourceKind.PERSON and cluster.kind is SourceKind.PERSON:
                words, known = folded.split(), cluster.name.casefold().split()
                if words and len(words) < len(known) and known[-len(words) :] == words:
                    return cluster
        return None

    def _people_named(self, name: str) -> bool:
        words = strip_honorific(name).casefold().split()
        return any(p.name.casefold().split()[-len(words) :] == words for p in self.names.people)

    def _register(self, name: str, kind: SourceKind, surface: str, at: int, gender=None, antecedent=True) -> Cluster:
        if kind is SourceKind.PERSON:
            name, known_gender = self.names.full_person(name)
            gender = gender or known_gender
        elif kind in NAMED_BODIES:
            short, name = name, self.names.full_organisation(name)
            state_office = not name.isupper() and is_state_office_word(head_word(name))
            # (a common noun for a state body stays one: "The court in Washington", the Court of Appeals)
            state_body = state_office or head_word(short) in word_set("government_heads")
            if kind is SourceKind.GOVERNMENT and name != short and name in self.names.organisations and not state_body:
                kind = SourceKind.ORGANIZATION  # "Texas, which makes chips" is Texas Instruments; "US Customs" stays a state body
            if set(name.casefold().split()) & set(source_kinds()["media_name_words"]) and not _eponymous_body(name):
                kind = SourceKind.MEDIA  # "WSJ" is the Wall Street Journal
            elif kind is SourceKind.ORGANIZATION and short.isupper() and state_office:
                kind = SourceKind.GOVERNMENT  # "OFHEO" is the Office of Federal Housing Enterprise Oversight
        cluster = self._match(name, kind)
        if cluster is None:
            cluster = Cluster(name=name, kind=kind, gender=gender)
            self.clusters.append(cluster)
        if gender and not cluster.gender:
            cluster.gender = gender
        for form in (name, surface):
            if form not in cluster.surface_forms:
                cluster.surface_forms.append(form)
        if antecedent:
            self.positions.append((at, cluster))
        return cluster

    def resolve(self, written: Token, quote_speaker: SourceRef | None = None, content: Container[int] = ()) -> SourceRef:
        """The reference for the source whose head token is `written` (a relative pronoun stays
        the mention, as written, and is named after its antecedent). A first or second person
        pronoun inside a quote is the quote's speaker (`quote_speaker`); a pronoun nothing
        resolves keeps its mention and gets no name, and whatever path a name takes, a name of
        pronouns alone names no one. No one named in the claim's `content` is what its pronoun
        source stands for."""
        ref = self._resolve(written, quote_speaker, content)
        unnamed = ref.name is not None and (
            is_pronoun_name(ref.name) or (names_no_source(written, ref.name) and not self._spoke_unnamed(written, ref.name))
        )
        return replace(ref, name=None) if unnamed else ref

    def _spoke_unnamed(self, written: Token, name: str) -> bool:
        """Whether an unnamed person of this name spoke before `written` ("a spokesman pointed out
        ... The spokesman said"): a bare post continuing them is their row, not no one."""
        return any(at < written.i and cluster.name == name for at, cluster, _ in self.unnamed)

    def _resolve(self, written: Token, quote_speaker: SourceRef | None, content: Container[int] = ()) -> SourceRef:
        head = antecedent_of_relative(written)
        if head.i != written.i:
            head = named_by_apposition(head)
        mention = expand_mention(head, describing=True) if head.i == written.i else written.doc[written.i : written.i + 1]
        if head.pos_ == "PRON":
            if quote_speaker is not None and quote_speaker.name and is_speaker_pronoun(head):
                return SourceRef(mention=_text_span(mention), name=quote_speaker.name, kind=quote_speaker.kind)
            cluster = self._pronoun_antecedent(head, content)
            if cluster is not None:
                gender = source_kinds()["person_pronouns"].get(head.lower_)
                cluster = self._register(cluster.name, cluster.kind, mention.text, head.i, gender)
                return self._ref(mention, cluster)
            if is_pronoun_name(head.text):  # unresolved, a pronoun leaves the claim without a source row
                return SourceRef(mention=_text_span(mention), name=None, kind=source_kind(mention, head))
        if is_occasion(head) or head.pos_ in {"VERB", "AUX"}:  # a clause ("Taking responsibility ...") is no one
            return SourceRef(mention=_text_span(mention), name=None, kind=source_kind(mention, head))
        if is_nationality(head):  # "The Russian": the person the document calls Russian or who is the subject before, else no one named
            person = self._nationality_person(head)
            if person is None:
                return SourceRef(mention=_text_span(mention), name=None, kind=SourceKind.PERSON)
            return self._ref(mention, self._register(person, SourceKind.PERSON, mention.text, head.i))
        aged = self._aged_person(head)
        if aged is not None:  # "The 27-year-old": the person named before
            cluster = self._register(aged, SourceKind.PERSON, mention.text, head.i)
            self.names.add_described(head, cluster.name, cluster.gender)
            return self._ref(mention, cluster)
        if is_share(head):  # "16% said": the people a survey asked ("1,000 people interviewed"), or no one
            population = share_population(head)
            group = self._register(population, SourceKind.GROUP, mention.text, head.i) if population else None
            return self._ref(mention, group) if group else SourceRef(mention=_text_span(mention), name=None, kind=SourceKind.GROUP)
        described = self._described(head)
        if described is not None:
            cluster = self._register(described[0], described[1], mention.text, head.i)
            if described[1] is SourceKind.PERSON:
                self.names.add_described(head, cluster.name, cluster.gender)
            if described[1] is SourceKind.ORGANIZATION and cluster.kind is SourceKind.PERSON:
                cluster.kind = SourceKind.ORGANIZATION  # "the insurer" says what the model took for a person is a body
            return self._ref(mention, cluster)
        body = self._body_spoken_for(head)
        untied = self._untied_post(head)
        same_post = self._earlier_same_post(head) if untied or is_bare_post(head) else None
        if same_post is not None:
            return self._ref(mention, self._register(same_post.name, same_post.kind, mention.text, head.i))
        # "the M&S spokesman" speaks for the body it names, as "an M&S spokesman" does
        if untied and (body is None or not (body.pos_ == "PROPN" or body.ent_type_ == "ORG")):
            return SourceRef(mention=_text_span(mention), name=None, kind=SourceKind.PERSON)
        # "A spokesman for the British Casino Association", "for the firm": the body speaks, when
        # named, a name the model tags though it reads it as a noun too ("A spokesman for Reporters
        # Without Borders"); "a band spokesman" stays one
        if body is not None and (body.pos_ == "PROPN" or body.ent_type_ == "ORG" or self._described(body) is not None):
            person = named_spokesperson(head, body)
            if person is not None:  # "a spokeswoman for MTV", later "MTV spokeswoman Jeannie Kedas"
                return self._ref(mention, self._register(person, SourceKind.PERSON, mention.text, head.i))
            ref = self._as(body, mention, head.i)
            if ref.name is not None:
                self.unnamed.append((head.i, self._match(ref.name, ref.kind) or Cluster(ref.name, ref.kind), mention_gender(mention)))
            return ref
        # "Reports in the Wall Street Journal", "the report by BT" and later "the study": the author speaks
        head = issuer_of(head, self.names.companies) or study_issuer(head, self.names.companies) or head
        phrase = expand_mention(head)
        kind = source_kind(phrase, head)
        named_by_head = head.lemma_.lower() in source_kinds()["organization_heads"]  # "... Hospital"
        name = canonical_name(phrase, head)
        surname_of_someone = kind is SourceKind.GOVERNMENT and self.names.full_person(name)[0] != strip_honorific(name)
        # the model labels a surname ORG or GPE in one place, PERSON in another (but a name it tags PERSON
        # here that the lexicons call a body stays one: "Security firm Network Box")
        # (and a medium's name that is the surname of a person the document names in full: "Bloomberg
        # said" after "Michael R. Bloomberg"; not "Fox" alone tagged a person after "Twentieth Century Fox")
        misread_medium = kind is SourceKind.MEDIA and self.names.full_person(name)[0] != strip_honorific(name)
        # ("Hanks said" opening a sentence, tagged a plural noun, and "admitted Kiely" after its cue, tagged an
        # adverb, are the surname of a person named in full all the same, whatever the entity label)
        misread_surname = (head.is_sent_start or head.pos_ == "ADV") and self.names.full_person(head.text)[0] != head.text
        relabelled = (kind is SourceKind.ORGANIZATION and (head.ent_type_ != "PERSON" or misread_surname) or misread_medium) and self._people_named(name)
        # (and a word the document's names read as a known person's surname, whatever its tag: "Arrese said",
        # tagged a plural noun of a people, after "Spain coach Jordi Arrese")
        surname_mention = any(p.start == head.i for p in self.names.people) and len(self.names.full_person(name)[0].split()) > 1
        if (head.pos_ == "PROPN" or misread_surname or surname_mention) and not named_by_head and (
                relabelled or surname_of_someone or surname_mention and kind is not SourceKind.GROUP):
            kind = SourceKind.PERSON
        # "the Louvre", "Vivendi has said it", "X, an editor at ...": how the document uses the name
        # outranks one mention's label (the relabelling above reads labels alone)
        fuller = self.names.full_person(name)[0] if kind is SourceKind.PERSON else name
        used_as = self.usage.kind(head, name, kind, _written_as_person_name(fuller))
        if kind is SourceKind.PERSON and used_as is not kind and fuller.split()[: len(name.split())] == name.split():
            name = fuller  # "Vivendi Universal", tagged a person where "Vivendi" is a body
        if used_as is SourceKind.PERSON and kind is not SourceKind.PERSON:
            name = self.names.full_person(name)[0]  # "Kluft said", tagged a body, after "champion Carolina Kluft"
        kind = used_as
        if kind is SourceKind.PERSON and head.text in self.names.companies and not self.names.is_titled(head.text):
            kind = SourceKind.ORGANIZATION  # "Pernod said" where the document has "Pernod shares"
        # (two people named together, "Chancellor Gerhard Schroeder and ... Silvio Berlusconi", stay a group)
        if kind not in {SourceKind.PERSON, SourceKind.GROUP} and head.pos_ == "PROPN" and self.names.is_titled(head.text):
            kind = SourceKind.PERSON  # "Vincent Cable" tagged ORG or GPE, written "Mr Cable" somewhere
        if held_post(head) is not None and kind is not SourceKind.GROUP:
            kind = SourceKind.PERSON  # "Ramdehol's sister, Inderdai Deyal said", whatever the tag
        earlier = self._earlier_set(head) if kind in SETS else None
        if earlier is not None:  # "Critics of the government say ...", later "critics say": the same people
            name, kind = earlier.name, earlier.kind
        elif kind in SETS:
            self._describe_bare_set(name, kind, head)  # "critics claim ...", later "Critics of the government say"
        document = self._earlier_document(head) if kind is SourceKind.DOCUMENT else None
        if document is not None:  # "The Hefce report said ...", later "the report": the same document
            name, kind = document.name, document.kind
        if is_pronoun_name(name):  # "In its view": no cluster, so no later "it" stands for "its"
            return SourceRef(mention=_text_span(mention), name=None, kind=kind)
        # an unresolved indefinite pronoun ("everyone") names no one a later pronoun could stand for
        cluster = self._register(name, kind, mention.text, head.i, mention_gender(phrase), antecedent=head.pos_ != "PRON")
        territorial = territorial_name(name_token(head)) if kind is SourceKind.PERSON else None
        if territorial is not None and territorial != cluster.name:
            # "Princess Marguerite of Romania": every mention of her carries the fullest name, while the
            # cluster keeps the name a later "Marguerite" or "the princess" finds
            self.renamed[cluster.name] = territorial
        words = cluster.name.split()
        set_beside = len(words) > 1 and words[-1] != head.text and all(w[:1].isupper() for w in words)
        untagged_name = not head.ent_type_ and _written_as_person_name(cluster.name)
        if kind is SourceKind.PERSON and (set_beside or untagged_name) and not self._people_named(cluster.name):
            # a full name the model did not tag ("Attallah Shabazz, the daughter of ...") or set beside
            # the speaker's title ("The Shadow Secretary ..., Theresa May, said") is still whom a
            # later "she" may be
            self.names.add_described(head, cluster.name, cluster.gender)
        # a new unnamed person ("an analyst", "Mr Blair's spokeswoman"); "the TV host" is someone named before
        if kind in {SourceKind.PERSON, SourceKind.ANONYMOUS} and head.tag_ == "NN" and not any(
                c.dep_ == "appos" or c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            self.unnamed.append((head.i, cluster, mention_gender(phrase)))
        return self._ref(mention, cluster)

    def _as(self, other: Token, mention: Span, at: int) -> SourceRef:
        """`mention` (at token `at`) as a mention of the source `other` heads."""
        ref = self._resolve(other, None)
        if ref.name is None:
            return replace(ref, mention=_text_span(mention))
        return self._ref(mention, self._register(ref.name, ref.kind, mention.text, at))

    @staticmethod
    def _body_spoken_for(head: Token) -> Token | None:
        """The named or described body an unnamed spokesperson speaks for ("a Vodafone spokesman",
        "A spokesman for the firm"); None for one with a name of their own, or for a person."""
        named = any(c.dep_ == "appos" for c in head.children) or name_token(head) is not head
        if head.lemma_.lower() not in source_kinds()["speaking_for_heads"] or named:
            return None
        body = spoken_for(head)
        if body is None or body.ent_type_ == "PERSON":
            return None
        return body if source_kind(expand_mention(body), body) in _SPEAKING_BODIES else None

    def _ref(self, mention: Span, cluster: Cluster) -> SourceRef:
        # Aliases are filled in by `finalise`, once every mention of the document is known.
        return SourceRef(
            mention=_text_span(mention),
            name=cluster.name,
            kind=cluster.kind,
        )

    def finalise(self, ref: SourceRef) -> SourceRef:
        """The same reference with the aliases its referent has anywhere in the document."""
        name = self.renamed.get(ref.name, ref.name) if ref.name is not None else None
        for cluster in self.clusters:
            if name is not None and cluster.name in {name, ref.name}:
                aliases = tuple(f for f in cluster.surface_forms if f != name and not is_pronoun_name(f))  # never "he"
                return SourceRef(mention=ref.mention, name=name, kind=cluster.kind, aliases=aliases)
        return ref
