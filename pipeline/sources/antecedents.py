"""What a pronoun source stands for: the subject the parse binds it to ("Russia intensified its
campaign", "the ministry claimed it had"), else "he"/"she" by salience, gender and quote context, or the
unnamed person who just spoke; "they" as the nearest plural subject; "it" as a body. And who
an age description is ("The 27-year-old"): the person mentioned most so far.

`PronounAntecedents` is a part of `coreference.SourceResolver`, which holds the state it reads:
`names` (the document's `DocumentNames`), `quote_of`, `positions`, `unnamed` and `_match`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Container
from dataclasses import dataclass, field

from spacy.tokens import Token

from pipeline.deps import has_the
from pipeline.models import SourceKind
from pipeline.sources.descriptions import body_subject, is_role_noun
from pipeline.sources.kinds import NAME_LABELS, canonical_name, person_name, source_kind, source_kinds, word_set
from pipeline.sources.mentions import expand_mention
from pipeline.sources.phrases import is_age
from pipeline.sources.sectors import agent_sector, names_agents
from pipeline.sources.source_like import SOURCE_NOUN_LISTS, antecedent_of_relative
from pipeline.sources.topic_chain import salient_person

FIRST_PERSON = {"i", "me", "we", "us", "my", "our"}
_PLURAL = {"they", "them"}
# Kinds whose names are completed from the document's organisations ("EA" -> "Electronic Arts").
NAMED_BODIES = {SourceKind.ORGANIZATION, SourceKind.MEDIA, SourceKind.GOVERNMENT}
# How many sentences back "he" or "she" still reaches an unnamed person who spoke.
_UNNAMED_WINDOW = 3


@dataclass
class Cluster:
    name: str
    kind: SourceKind
    gender: str | None = None
    surface_forms: list[str] = field(default_factory=list)


class PronounAntecedents:
    """The antecedent of a pronoun source, from the mentions resolved before it."""

    def _person_for(self, pronoun: Token, content: Container[int] = ()) -> str | None:
        """The named person "he" or "she" stands for, by salience, gender and quote context; never
        one named in the `content` the pronoun is the source of (a speaker does not call themselves
        "Mr Blair": "Mr Blair has failed to tackle these problems, he claimed")."""
        gender = source_kinds()["person_pronouns"].get(pronoun.lower_)
        quote = self.quote_of.get(pronoun.i)
        # (a name before a colon in the content introduces the quote: "Sen. X scolded him: '...,' she said")
        colons = [i for i in content if pronoun.doc[i].text == ":"]

        def reachable(person) -> bool:
            cluster = self._match(person.name, SourceKind.PERSON)
            known = person.gender or (cluster.gender if cluster else None)
            in_content = person.start in content and not any(i > person.start for i in colons)
            return self._in_context(person, quote) and known in (None, gender) and not in_content

        return salient_person(self.names, pronoun.i, self.names.sentence_index(pronoun.i), gender, reachable)

    def _in_context(self, person, quote: int | None) -> bool:
        """Whether a named person is in the quote context `quote` (None: the narrator's): a name
        inside quote marks is the speaker's, not the narrator's."""
        if quote is None and person.start in self.names.quoted:
            return False
        return self.quote_of.get(person.start, quote) == quote

    def _aged_person(self, head: Token) -> str | None:
        """'The 27-year-old believes Y', 'the 28-year-old 800 metres runner said': news names a
        person, then calls them by age; the description stands for the article's subject."""
        aged = is_age(head) or any(c.dep_ == "amod" and is_age(c) for c in head.children)
        definite = has_the(head)
        # (named in the phrase itself, not in a clause after it: "the 22-year-old, who will make her comeback
        # in the Sydney International" is still the person named before)
        clauses = {t.i for c in head.children if c.dep_ in {"relcl", "acl"} for t in c.subtree}
        if not (aged and definite) or any(t.pos_ == "PROPN" and t.i not in clauses for t in head.subtree):
            return None
        quote = self.quote_of.get(head.i)
        named = [p for p in self.names.people if p.start < head.i and not p.modifier and self._in_context(p, quote)]
        # the article's subject: the person mentioned most so far, the latest of equals
        counts = Counter(p.name.split()[-1].casefold() for p in named)
        best = max(named, key=lambda p: (counts[p.name.split()[-1].casefold()], p.start), default=None)
        return best.name if best else None

    def _plural_subject(self, pronoun: Token) -> Cluster | None:
        """'Singers including X are recording a single. They hope ...': "they" as the nearest plural
        subject or passive agent of its sentence before it, else of the sentence before, outside
        quotes; there, one that has spoken goes first ("the Conservatives insisted they would hold
        ministers to account. They said": not "ministers")."""
        sentence = self.names.sentence_index(pronoun.i)
        own, before = [], []
        for token in reversed(self.doc[: pronoun.i]):
            if self.names.sentence_index(token.i) < sentence - 1:
                break
            plural = token.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in token.children)
            # a passive clause's agent ("is expected to be opposed by X"), not a participle's ("states led by X")
            agent = token.dep_ == "pobj" and token.head.dep_ == "agent" and any(c.dep_ == "auxpass" for c in token.head.head.children)
            # never a noun whose own phrase holds the pronoun ("the very people they refuse to define")
            around = token.left_edge.i <= pronoun.i <= token.right_edge.i
            if (token.dep_ in {"nsubj", "nsubjpass"} or agent) and token.pos_ in {"NOUN", "PROPN"} and plural and not around \
                    and token.i not in self.quote_of and _can_speak(token):
                (own if self.names.sentence_index(token.i) == sentence else before).append(token)
        spoke = {at for at, _ in self.positions}
        token = next(iter(own), None) or next((t for t in before if t.i in spoke), None) or next(iter(before), None)
        if token is None:
            return None
        phrase = expand_mention(token)
        kind = source_kind(phrase, token)
        if kind is SourceKind.PERSON:
            kind = SourceKind.GROUP  # several people
        return self._match(canonical_name(phrase, token), kind) or Cluster(canonical_name(phrase, token), kind)

    def _unnamed_speaker(self, pronoun: Token, gender: str) -> Cluster | None:
        """'A spokesman for the British Casino Association said ... He said': the nearest unnamed
        person who spoke before the pronoun, outside quotes, within a few sentences, when no
        person of that gender is named between them."""
        if pronoun.i in self.quote_of:
            return None
        sentence = self.names.sentence_index(pronoun.i)
        earlier = [u for u in self.unnamed if u[0] < pronoun.i and u[0] not in self.quote_of and u[2] in (None, gender)]
        if not earlier:
            return None
        at, cluster, _ = max(earlier, key=lambda u: u[0])
        if sentence - self.names.sentence_index(at) > _UNNAMED_WINDOW:
            return None
        # a person named in between in the narrator's words takes "he", but not an object in the
        # unnamed speaker's own sentence ("The spokesman said ... based on doctors' advice to Mills")
        own_sentence = self.names.sentence_index(at)
        named_between = any(
            at < p.start < pronoun.i and p.gender in (None, gender) and p.start not in self.quote_of
            and (p.role < 2 or self.names.sentence_index(p.start) != own_sentence)
            for p in self.names.people
        )
        return None if named_between else cluster

    def _pronoun_antecedent(self, pronoun: Token, content: Container[int] = ()) -> Cluster | None:
        """What a pronoun source stands for (`content`: the tokens of the claim it is the source of)."""
        lexicon = source_kinds()
        if pronoun.lower_ in lexicon["speaker_pronouns"] or pronoun.lower_ in FIRST_PERSON:
            return None  # "I", "we" and "you" are the quoted speaker or the reader, not the last name
        gender = lexicon["person_pronouns"].get(pronoun.lower_)
        quote = self.quote_of.get(pronoun.i)
        # bound by the parse, outside quotes: "At his press conference, Mr Livingstone said"
        bound = bound_subject(pronoun) if quote is None else None
        if gender is not None and bound is not None:
            named = bound.ent_type_ == "PERSON"  # else a post: "the Republican nominee"
            name = self.names.full_person(person_name(bound))[0] if named else canonical_name(expand_mention(bound), bound)
            return self._match(name, SourceKind.PERSON) or Cluster(name, SourceKind.PERSON, gender)
        if gender is not None:
            unnamed = self._unnamed_speaker(pronoun, gender)
            if unnamed is not None:
                return unnamed
            name = self._person_for(pronoun, content)
            if name is not None:
                return self._match(name, SourceKind.PERSON) or Cluster(name, SourceKind.PERSON, gender)
            return None
        if bound is not None:  # "Russia intensified its campaign", "the ministry claimed it had"
            phrase = expand_mention(bound)
            name, kind = canonical_name(phrase, bound), source_kind(phrase, bound)
            return self._match(name, kind) or Cluster(name, kind)
        if pronoun.lower_ in _PLURAL:
            group = self._plural_subject(pronoun)
            if group is not None:
                return group
        subject = body_subject(pronoun, self.names, self.quote_of) if pronoun.lower_ in {"it", "its"} else None
        if subject is not None:
            phrase = expand_mention(subject)
            kind = source_kind(phrase, subject)
            if kind in NAMED_BODIES:  # named as a source would be ("The White House", not the entity's "White")
                full = self.names.full_organisation(canonical_name(phrase, subject))
                return self._match(full, kind) or Cluster(full, kind)
        candidates = [p for p in self.positions if p[0] < pronoun.i and self.quote_of.get(p[0], quote) == quote]
        # "Trust members asked ... Some questioned": a bare "some" is some of a set named before,
        # never a body ("The Department of Energy estimates ..., with some predicting")
        quantifier = pronoun.lower_ in lexicon["standalone_group_quantifiers"] and not any(c.dep_ == "prep" for c in pronoun.children)
        for _, cluster in sorted(candidates, key=lambda p: -p[0]):
            if quantifier and cluster.kind is not SourceKind.PERSON:
                return cluster if cluster.kind in {SourceKind.GROUP, SourceKind.ANONYMOUS} else None
            # "it" is one body, never people ("Sports fans who drive ... It wants them")
            people = cluster.kind in {SourceKind.GROUP, SourceKind.ANONYMOUS} and pronoun.lower_ in {"it", "its"}
            if cluster.kind is not SourceKind.PERSON and not people:
                return cluster
        return None


def _can_speak(token: Token) -> bool:
    """A name, a noun for people, bodies or documents, or a number of them ("thousands of
    protesters"): what "they" may stand for, not a plural of things ("projected increases")."""
    lemma = token.lemma_.lower()
    if token.pos_ == "PROPN" or token.ent_type_ in NAME_LABELS or names_agents(token) or {lemma, token.lower_} & word_set(*SOURCE_NOUN_LISTS):
        return True
    counted = (o for p in token.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj")
    return lemma in source_kinds()["group_quantifiers"] and any(_can_speak(o) for o in counted)


def bound_subject(pronoun: Token) -> Token | None:
    """The subject a pronoun is bound to by the parse: a possessive's own clause subject, other
    than the noun it possesses ("Russia intensified its campaign", "the nominee, who began his
    speech"; in "their fighters attacked", none); a reported clause's subject, the reporter
    ("the ministry claimed it had intercepted"). A name or an agent, never a thing ("Youngsters'
    use of text messages"); a person for "he", "his", "she", "her" and never for "it" or "they"
    ('"it's going to fail," Mr Marcus said'); no plural for "it"."""
    if pronoun.dep_ == "poss":
        verb = next((a for a in pronoun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    else:
        reported = pronoun.dep_ in {"nsubj", "nsubjpass"} and pronoun.head.dep_ == "ccomp"
        verb = pronoun.head.head if reported else None
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}] if verb is not None else []
    wants_person = pronoun.lower_ in source_kinds()["person_pronouns"]
    for subject in (antecedent_of_relative(c) for c in subjects if c.i != pronoun.head.i):
        lemma = subject.lemma_.lower()
        person = subject.ent_type_ == "PERSON" or (subject.pos_ == "NOUN" and is_role_noun(lemma))
        named = subject.pos_ == "PROPN" or subject.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
        if (named or person or agent_sector(lemma) is not None) and person == wants_person:
            if not (pronoun.lower_ in {"it", "its"} and subject.tag_ == "NNS"):
                return subject
    return None
