"""What a description stands for: a definite body noun ("the firm"), a role or post ("the
chancellor", "the prime minister"), a person's party ("his party"), a lede's unnamed body, a
nationality ("The Russian"). `DescribedSources` is a part of `coreference.SourceResolver`, which
holds the state it reads (`doc`, `names`, `positions`, `_ties`, `_person_for`); the reading of each
kind of description is in `descriptions` and `post_ties`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline.deps import NOMINAL_SUBJECTS
from pipeline.lexicons import load
from pipeline.models import SourceKind
from pipeline.sources.antecedents import NAMED_BODIES, Cluster
from pipeline.sources.descriptions import (
    described_body, headed_by, is_body_noun, is_definite, is_post, is_role_noun, is_title_won, is_written_title,
    names_itself, possessor_party, serves_a_person,
)
from pipeline.sources.kinds import person_name, source_kind, source_kinds
from pipeline.sources.last_speaker import continued_speaker, is_epithet, last_speaker
from pipeline.sources.leads import lead_referent
from pipeline.sources.no_referent import is_bare_post
from pipeline.sources.mentions import expand_mention
from pipeline.sources.phrases import own_appositions, strip_edges
from pipeline.sources.post_ties import Ties, continued_subject, described_person, role_ties
from pipeline.sources.sectors import is_plural, sector_kind

# Words that start what follows a set's plural noun ("critics of the plan", "fans who travelled").
_POSTMODIFIER_STARTS = {"of", "in", "at", "from", "for", "on", "with", "across", "who", "which", "that"}
# Determiners of a bare plural that may name a set described before ("the critics", "these voters").
_DEFINITE = {"the", "these", "those"}
# Words saying a set is some, all or others of its kind, not which one ("many experts", "other officials").
_QUANTIFYING = {"other", "others", "another", "some", "many", "most", "all", "few", "several", "more", "both", "each", "any"}
# Kinds of unnamed people, whom a later bare plural ("critics") may name again.
SETS = {SourceKind.ANONYMOUS, SourceKind.GROUP}
_LETTER_RUNS = re.compile(r"[^\W\d_]+")
# What a bare document noun may carry besides its article: punctuation and clauses describing it
_BARE_DEPS = {"det", "punct", "acl", "relcl"}
# How many sentences after its last mention a document is still "the report": a running story or a
# live blog that comes back to "the ad" dozens of sentences on means another one.
_DOCUMENT_WINDOW = 12


def mention_gender(mention: Span) -> str | None:
    """The gender a mention's title gives ("Mrs", "Mr"), if any."""
    lexicon = source_kinds()
    lowered = {t.lower_ for t in mention}
    if lowered & set(lexicon["female_titles"]):
        return "female"
    if lowered & set(lexicon["male_titles"]):
        return "male"
    return None


def _set_noun(name: str) -> str:
    """'Critics of the government' -> 'critics', 'Some Liverpool fans' -> 'fans': the plural a set's
    name is headed by."""
    words = []
    for word in name.casefold().split():
        if word in _POSTMODIFIER_STARTS:
            break
        words.append(word)
    return words[-1] if words else ""


def _describes_a_set(name: str) -> bool:
    """'Critics of the government', 'Low-cost airlines', 'Two loggers': a set named by what it is;
    not "Other officials", "another source" or "Many experts", which say it is some or others."""
    return not any(w in _QUANTIFYING for w in name.casefold().split())


def _description(text: str) -> str:
    """'The prime minister' -> 'prime minister': a description as written, whatever its article."""
    folded = text.casefold()
    return folded.removeprefix("the ").strip()


class DescribedSources:
    """The referents of description sources, from the mentions resolved before them."""

    def _described(self, head: Token) -> tuple[str, SourceKind] | None:
        """What a definite description ("the firm", "the chancellor") or a person's party ("his
        party") stands for, if named."""
        party = possessor_party(head, self.names, self._person_for)
        if party is not None:
            return party, SourceKind.ORGANIZATION
        lead = lead_referent(head, self.names)  # "X, an anti-fraud agency has said. Retail Decisions says ..."
        if lead is not None:
            return lead
        # "our correspondent" outside quotes is the publisher's own: the correspondent it names
        narrators_own = head.i not in self.names.quoted and any(c.dep_ == "poss" and c.lower_ == "our" for c in head.children)
        if not (is_definite(head) or is_written_title(head) or narrators_own) or any(c.pos_ == "PROPN" for c in own_appositions(head)):
            return None  # not one, or one that names itself ("the national energy operator, Ukrenergo")
        lemma = head.lemma_.lower()
        named_bodies = [(at, c.name) for at, c in self.positions if c.kind in NAMED_BODIES]
        overseer = lemma in source_kinds()["overseer_heads"]  # "the watchdog": a body named before, of any kind
        if is_body_noun(lemma) or overseer or not is_post(head) and lemma in source_kinds()["government_heads"] and any(
                headed_by(name, lemma) for at, name in self.names.organisation_mentions + named_bodies if at < head.i):
            if names_itself(head):
                return None
            introduced = self._introduced_unnamed(head)
            if introduced is not None:  # "said a panel of experts" ... "according to the panel"
                phrase = expand_mention(introduced, describing=True)
                return strip_edges(phrase), source_kind(phrase, introduced)
            body = described_body(head, self.names, named_bodies)
            media = lemma in source_kinds()["media_heads"]  # "the magazine" is a medium, whatever its name
            # "the court", "the regulator": a body of the state by the agents dictionary's sector of its noun
            state = sector_kind(lemma) is SourceKind.GOVERNMENT
            kind = SourceKind.MEDIA if media else SourceKind.GOVERNMENT if state else SourceKind.ORGANIZATION
            return (body, kind) if body else None
        if is_role_noun(lemma) or is_post(head):
            person = described_person(head, self._role_ties(), later=False)
            if person is None and not is_post(head) and lemma in source_kinds()["person_heads"]:
                person = last_speaker(head, self.positions, self.names, mention_gender(expand_mention(head)))
            person = person or described_person(head, self._role_ties()) or (self._same_description(head) if is_post(head) else None)
            epithet = not is_post(head) and is_epithet(head) and head.i not in self.names.quoted
            if person is None and (is_post(head) or is_title_won(head) or epithet) and not serves_a_person(head) and not is_written_title(head):
                person = self._continued_subject(head)
            if person is None and epithet:
                person = continued_speaker(head, self.positions, self.names)
            return (person, SourceKind.PERSON) if person else None
        return None

    def _introduced_unnamed(self, head: Token) -> Token | None:
        """The unnamed body a definite body noun takes up: the nearest earlier phrase of the same noun
        with "a" and no name that is a subject ("said a panel of experts" for "the panel"), in the same quote context, a
        dozen sentences back at most (through the same noun with "the"), with no body named by that
        noun since; never one said of a named body ("Rank is a firm that ...")."""
        lemma, sentence, quoted = head.lemma_, self.names.sentence_index(head.i), head.i in self.names.quoted
        for token in reversed(self.doc[: head.i]):
            if sentence - self.names.sentence_index(token.i) > _DOCUMENT_WINDOW:
                return None
            if token.lemma_ != lemma or token.pos_ != "NOUN" or (token.i in self.names.quoted) != quoted:
                continue
            indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)
            named = any(c.pos_ == "PROPN" and c.dep_ in {"compound", "appos", "poss"} for c in token.children)
            if named or token.dep_ in {"attr", "appos"}:
                return None  # the nearest same noun with a name decides
            if not indefinite:
                continue  # "the panel" again, back to where it was introduced
            # (the model reads an inverted speaker as the object: "..., said a panel of experts")
            inverted = token.dep_ == "dobj" and token.head.i < token.i and token.head.lemma_.lower() in load("reporting_cues")["verbs"]
            if token.dep_ not in NOMINAL_SUBJECTS and not inverted:
                return None  # one said in passing ("as the leader of a Eurosceptic party") is no one who acts
            later_names = (n for at, n in self.names.organisation_mentions if token.i < at < head.i)
            return None if any(headed_by(n, lemma.lower()) for n in later_names) else token
        return None

    def _role_ties(self) -> Ties:
        if self._ties is None:  # built when a role noun first needs them
            self._ties = role_ties(self.doc, self.names, self._person_for)
        return self._ties

    def _continued_subject(self, head: Token) -> str | None:
        return continued_subject(head, self.names, self._role_ties(), self._speaking_person, lambda i: i in self.names.quoted)

    def _speaking_person(self, pronoun: Token) -> str | None:
        """The person a "he" or "she" stands for: whom it was resolved to as a source, if it was one
        (None when that is a body, as for "he" after "a spokesman for the BPI"), else by salience."""
        resolved = next((c for at, c in self.positions if at == pronoun.i), None)
        if resolved is not None:
            return resolved.name if resolved.kind is SourceKind.PERSON else None
        return self._person_for(pronoun)

    def _same_description(self, head: Token) -> str | None:
        """'The prime minister said ...' then, paragraphs on, 'the prime minister said' again: the
        person an earlier source written the same way stood for (news keeps one description for one
        person), the nearest first, rather than whoever is the subject just before."""
        written = _description(expand_mention(head).text)
        earlier = sorted(((at, c) for at, c in self.positions if at < head.i and c.kind is SourceKind.PERSON), key=lambda p: -p[0])
        return next((c.name for _, c in earlier if any(_description(f) == written for f in c.surface_forms)), None)

    def _untied_post(self, head: Token) -> bool:
        """A post nothing ties to a name ("the United boss") once named people have spoken before it
        (it may be one of them): no referent, rather than a row of its own ("The regional governor
        said", before any named person speaks, is an unnamed official; "the rapper's spokesman" is
        someone other than the people named, a speaker of their own)."""
        return (is_definite(head) and is_post(head) and not any(c.pos_ == "PROPN" for c in own_appositions(head))
                and not serves_a_person(head)
                and any(at < head.i and cluster.kind is SourceKind.PERSON for at, cluster in self.positions))

    def _earlier_same_post(self, head: Token) -> Cluster | None:
        """'The band's spokesman said ... added the spokesman': the nearest earlier unnamed source
        whose name ends in the same post; for a bare post, also one written with it ("A Yili
        spokesman said ... The spokesman did not say": the body the spokesman speaks for)."""
        post, bare = head.text.casefold(), is_bare_post(head)
        earlier = [c for at, c in sorted(self.positions, key=lambda p: -p[0]) if at < head.i]
        return next((c for c in earlier if c.name.split()[-1].casefold() == post
                     or bare and any(f.split()[-1].casefold() == post for f in c.surface_forms if f)), None)

    def _earlier_document(self, head: Token) -> Cluster | None:
        """'the report' after "The Hefce report said": the nearest earlier source, not a person,
        written with the same document noun within a few paragraphs (news names a document once, then
        calls it by its noun). Only the bare noun: 'the previous poll' or 'the BBC report' may be
        another one."""
        bare = all(c.dep_ in _BARE_DEPS for c in head.children)
        if not (bare and is_definite(head) and head.lemma_.lower() in source_kinds()["document_heads"]):
            return None
        noun, sentence = head.lower_, self.names.sentence_index(head.i)
        earlier = [c for at, c in sorted(self.positions, key=lambda p: -p[0])
                   if at < head.i and sentence - self.names.sentence_index(at) <= _DOCUMENT_WINDOW and c.kind is not SourceKind.PERSON]
        return next((c for c in earlier if c.name.casefold() != noun and any(
            noun in _LETTER_RUNS.findall(form.casefold()) for form in c.surface_forms)), None)

    def _nationality_person(self, head: Token) -> str | None:
        """The person written with this nationality before the name ("Russian Marat Safin"), the
        nearest before `head` first; else, as an epithet, the person who is the subject just before
        it ("Kuznetsova says ... The Russian said")."""
        tied = [t for t in self.doc if t.text == head.text and t.dep_ in {"compound", "amod"} and t.head.pos_ == "PROPN"]
        before = [t for t in tied if t.i < head.i]
        chosen = before[-1] if before else tied[0] if tied else None
        if chosen is not None:
            return self.names.full_person(person_name(chosen.head))[0]
        return self._continued_subject(head)

    def _earlier_set(self, head: Token) -> Cluster | None:
        """'critics', bare, after "Critics of the government" said something: the set of people the
        document described before with the same plural noun, when it described only one such set
        ("critics" after both "critics of the plan" and "critics in the party" stays as written)."""
        if not (head.pos_ == "NOUN" and is_plural(head) and all(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children)):
            return None
        word = head.lower_
        described = {c.name: c for at, c in self.positions if at < head.i and c.kind in SETS
                     and c.name.casefold() != word and _set_noun(c.name) == word and _describes_a_set(c.name)}
        return next(iter(described.values())) if len(described) == 1 else None

    def _describe_bare_set(self, name: str, kind: SourceKind, head: Token) -> None:
        """'critics' spoke first, "Critics of the government" now: when the document describes
        only one set of critics, the bare one was them, named (and kinded) by the fuller description."""
        noun = _set_noun(name)
        if noun == name.casefold() or not is_plural(head) or not _describes_a_set(name):
            return
        bare = [c for c in self.clusters if c.kind in SETS and c.name.casefold() == noun]
        described = [c for c in self.clusters if c.kind in SETS and c.name.casefold() != noun and _set_noun(c.name) == noun]
        if len(bare) == 1 and not described:
            self.renamed[bare[0].name] = name
            bare[0].surface_forms.append(bare[0].name)
            bare[0].name, bare[0].kind = name, kind
