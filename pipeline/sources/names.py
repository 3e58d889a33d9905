"""The names a document gives its people and bodies: what a short mention stands for.

`DocumentNames(doc)` indexes every PERSON and ORG entity once. `full_person` turns a surname or a
title and surname ("Mr Kennedy", "Kennedy") into the fullest name the document gives that person
anywhere ("Charles Kennedy"); `full_organisation` does the same for bodies: an acronym the
document spells out ("Electronic Arts (EA)", "the Football Association" for "FA"), a first word
of a longer name ("Pernod" for "Pernod Ricard"), or a known alias (`source_kinds.json`:
"Tories" for the Conservatives); `topic_chain.salient_person` ranks its people for a pronoun. How
the text writes names (proper-noun runs, acronyms, bracketed short forms, titles) is `written_names`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from pipeline.deps import NOMINAL_SUBJECTS, joined_by_hyphen
from pipeline.doc_index import char_bounds, doc_slice, doc_text, entities, sentence_spans, token_columns
from pipeline.lexicons import load
from pipeline.sources.collective_names import collective_names
from pipeline.sources.phrases import opens_as_trade
from pipeline.sources.sectors import company_names
from pipeline.sources.written_names import (
    abbreviates, acronym, example_of_things, honorifics, names_a_text, not_name_words, proper_noun_runs, role_led_person,
    inside_quote_marks, short_body_names, strip_honorific, title_case_tokens, untagged_repeats, without_trailing_post,
    written_after_titles,
)

# Tokens that attach a name to the noun phrase it names ("His creator, Richard Bowden").
_NAME_LINKS = {"appos", "compound", "flat", "conj"}

# Titles of peers, written before a surname the document may give with a first name elsewhere.
_PEERAGES = {"lord", "lady", "baroness", "baron"}


@dataclass(frozen=True)
class NamedPerson:
    start: int  # first token of the entity
    name: str  # without honorifics or role words
    gender: str | None
    sentence: int  # index of the sentence among the document's sentences
    role: int  # 0 subject of its sentence's main verb, 1 subject of another clause, 2 other, 3 possessor
    modifier: bool  # a name modifying a noun ("the Lee plans")


def np_head(token: Token) -> Token:
    """The head of the noun phrase a name token is in (through appositions and compounds)."""
    while token.dep_ in _NAME_LINKS and token.head.i != token.i:
        token = token.head
    return token


def grammatical_role(token: Token) -> int:
    head = np_head(token)
    if head.dep_ == "poss":
        return 3  # "The Lib Dems' spokesman ... He": a possessor is rarely what "he" stands for
    if head.dep_ not in NOMINAL_SUBJECTS or any(c.dep_ == "conj" for c in head.children):
        return 2  # "Leicester and Saracens are ...": one of a plural subject is not what "he" stands for
    return 0 if head.head.dep_ == "ROOT" else 1


def modifies_a_noun(token: Token) -> bool:
    """A name's last word modifying the noun after it ("the Blair government", "a Hanks film"), not
    the first part of a hyphenated surname the tokenizer split ("Mr Kilroy-Silk quit": "Kilroy"
    hangs on "Silk"), which leaves the person a subject pronouns can stand for."""
    hyphenated = token.head.i == token.i + 2 and joined_by_hyphen(token.doc, token.i)
    return token.dep_ == "compound" and not hyphenated


def _written_as_name(name: str) -> bool:
    """'Marsh & McLennan', 'Committee to Protect Bloggers': ending in a capitalised word, with no
    number in it; not "Patriot 13 percent" or "Apple iPods", which the model tagged across a name
    and what follows it."""
    words = name.split()
    return bool(words) and words[-1][:1].isupper() and not any(c.isdigit() for c in name)


class DocumentNames:
    """The PERSON and ORG entities of one document, for completing short mentions."""

    def __init__(self, doc: Doc, person_name, gender_of) -> None:
        # sentence starts, blank lines between paragraphs left out so that they count for nothing
        text = doc_text(doc)
        self._doc = doc
        # the entities' Spans, made once (a Span costs about 3 µs; the walks below read them all)
        self.entities = list(entities(doc))
        self._sentence_starts = [s for s, e in sentence_spans(doc) if text[slice(*char_bounds(doc, s, e))].strip()] or [0]
        self.people: list[NamedPerson] = []
        self.organisations: list[str] = []
        self.organisation_mentions: list[tuple[int, str]] = []  # (first token, name), in text order
        self.possessed: set[str] = set()  # names written with a possessive inside: a body's part, not its full name
        spelled: dict[str, str] = {}  # acronym -> name, from "Electronic Arts (EA)"
        lexicon = load("source_kinds")
        bodies = set(lexicon["party_names"]) | set(lexicon["known_aliases"])
        self.companies = company_names(doc) | short_body_names(doc, self.entities) | collective_names(doc)  # never people
        headline = title_case_tokens(doc)  # "Amazon Liable" there is no fuller name of Amazon
        for ent in self.entities:
            company = ent.label_ == "PERSON" and any(t.text in self.companies for t in ent) and ent[0].text not in honorifics()
            if ent.label_ == "PERSON" and names_a_text(ent):
                continue
            is_body = company or ent.text.casefold().removesuffix("'s").rstrip("'’ ") in bodies
            role_led = role_led_person(ent)
            if (ent.label_ == "PERSON" or role_led) and not is_body and not example_of_things(ent.root):  # "the Lib Dems" tagged PERSON
                name = strip_honorific(person_name(ent[-1]))
                if role_led and name.split()[0] == ent[0].text:
                    name = name.split(" ", 1)[1]  # "Star" is the role, not a first name
                self.people.append(
                    NamedPerson(ent.start, name, gender_of(doc_slice(doc, max(ent.start - 1, 0), ent.end)),
                                self.sentence_index(ent.start), grammatical_role(ent.root), modifies_a_noun(ent[-1]))
                )
            elif (ent.label_ == "ORG" or is_body) and ent.start not in headline:  # "the Lib Dems", whatever its label
                opened = next((t.i for t in ent if t.text == "("), ent.end)  # "Organisation (ILO": the name ends at the bracket
                described = opens_as_trade(ent[0])  # "Bookmaker William Hill": the noun describes the name
                words = [t.text for t in ent[int(described) : opened - ent.start] if not (t.i == ent.start and t.lower_ == "the") and t.dep_ != "case" and (not t.is_punct or t.text == "&")]
                name = " ".join(without_trailing_post(words)).strip()
                if name:
                    self.organisations.append(name)
                    self.organisation_mentions.append((ent.start, name))
                if any(t.dep_ == "case" and ent.start < t.i < opened - 1 for t in ent):
                    self.possessed.add(name)  # "Macrovision's Entertainment Technologies Group": a part of Macrovision
                bracket = doc_slice(doc, opened, opened + 3)  # "(EA)" after the name, the model's entity ending before or inside it
                if len(bracket) == 3 and bracket[0].text == "(" and bracket[2].text == ")" and abbreviates(bracket[1].text, name):
                    spelled[bracket[1].text] = name
        self.spelled = spelled
        self.companies |= set(spelled)  # "(Apacs)" after a body's name is that body, never a person
        # surnames written after "Mr", "Ms", "Dr": people, whatever label the model gave them
        self.titled = written_after_titles(doc, proper_nouns_only=True)
        for ent in self.entities:
            if ent.label_ != "PERSON" and ent[-1].text in self.titled and ent[-1].pos_ == "PROPN":
                self.people.append(
                    NamedPerson(ent.start, strip_honorific(person_name(ent[-1])), None, self.sentence_index(ent.start),
                                grammatical_role(ent.root), modifies_a_noun(ent[-1]))
                )
        runs = [(start, name) for start, name in proper_noun_runs(doc) if start not in headline]
        self.people += self._untagged_titled(doc, runs, person_name, gender_of)
        self.people += self._surname_mentions(doc, gender_of)
        # "Luccioni of Mila", tagged one name, is Sasha Luccioni where she works
        surnames = {p.name.split()[-1] for p in self.people if " of " not in p.name and len(p.name.split()) > 1}
        self.people = [replace(p, name=p.name.split(" of ")[0]) if p.name.split(" of ")[0] in surnames else p for p in self.people]
        self.people.sort(key=lambda p: p.start)
        self._add_untagged_bodies(doc, runs)
        self.quoted = inside_quote_marks(doc)
        # sentences wholly inside quote marks: a speaker's words, which do not move a pronoun's reader
        # away from the speaker named before them
        ends = self._sentence_starts[1:] + [len(doc)]
        columns = token_columns(doc)
        self.quoted_sentences = {
            n for n, (start, end) in enumerate(zip(self._sentence_starts, ends))
            if all(i in self.quoted or columns.is_punct[i] or columns.text[i].isspace() for i in range(start, end))
        }
        surnames = [p.name.split()[-1].casefold() for p in self.people]
        self.mentions = {s: surnames.count(s) for s in surnames}

    def _add_untagged_bodies(self, doc: Doc, runs: list[tuple[int, str]]) -> None:
        """Proper-noun runs (`runs`) that are no person's name: bodies the model did not tag."""
        people_tokens = {i for ent in self.entities if ent.label_ == "PERSON" for i in range(ent.start, ent.end)}
        # a run cut at a plural's apostrophe inside a tagged name is its tail, no body of its own
        # ("Independent Transportation Trust" of "the Citizens' Independent Transportation Trust")
        tails = {ent[i + 1].i for ent in self.entities for i in range(1, len(ent) - 1)
                 if ent[i].text in {"'", "’"} and ent[i - 1].text.endswith("s")}
        runs = [(start, name) for start, name in runs if start not in tails]
        self.proper_runs = [name for _, name in runs]
        surnames = {p.name.split()[-1] for p in self.people} | self.titled
        self.organisation_mentions += [
            (start, " ".join(without_trailing_post(name.split())))
            for start, name in dict.fromkeys(runs + untagged_repeats(doc, self.organisation_mentions, self.entities))
            if start not in people_tokens and name.split()[-1] not in surnames and name.split()[0].casefold() not in honorifics()
        ]
        self.organisation_mentions.sort()

    def _untagged_titled(self, doc: Doc, runs: list[tuple[int, str]], person_name, gender_of) -> list[NamedPerson]:
        """'Boss Henk Addink blames ...' untagged, and 'Mr Addink' later: a proper-noun run
        outside any entity ending in a surname the document writes after "Mr", "Ms" or "Dr" is
        that person, so that the pronouns after it can find them."""
        in_entities = {i for ent in self.entities for i in range(ent.start, ent.end)}
        found = []
        for start, name in runs:
            last = doc[start + len(name.split()) - 1]
            if last.text in self.titled and not in_entities & set(range(start, last.i + 1)):
                found.append(NamedPerson(start, strip_honorific(person_name(last)), gender_of(doc[max(start - 1, 0) : last.i + 1]),
                                         self.sentence_index(start), grammatical_role(last), modifies_a_noun(last)))
        return found

    def _surname_mentions(self, doc: Doc, gender_of) -> list[NamedPerson]:
        """'Read said' after 'radio DJ Mike Read', 'Parry revealed' after 'Parry said': a known
        person's name where the model did not tag it,
        so that salience counts every mention of the person."""
        surnames: dict[str, str] = {}
        for person in sorted(self.people, key=lambda p: len(p.name.split())):
            surnames[person.name.split()[-1]] = person.name  # the fullest name wins
        # tokens of longer entities are other names; a one-word entity may be the surname mislabelled
        tagged = {i for ent in self.entities if len(ent) > 1 or ent.label_ == "PERSON" for i in range(ent.start, ent.end)}
        # a name of another label that is the surname itself ("Kilroy-Silk" tagged ORG)
        whole = {ent.start: ent.text for ent in self.entities if ent.label_ != "PERSON"}
        columns = token_columns(doc)
        text = columns.text
        # a hyphenated surname the tokenizer split ("Kilroy", "-", "Silk") is written from its first part
        hyphenated = {i: f"{text[i]}-{text[i + 2]}" for i in range(len(doc) - 2) if text[i + 1] == "-" and joined_by_hyphen(doc, i)}
        written = (hyphenated.get(i, word) for i, word in enumerate(text))
        found = (
            (doc[i], word) for i, word in enumerate(written)
            if word in surnames and (i not in tagged or whole.get(i) == word) and columns.pos[i] in {"PROPN", "NOUN", "ADJ"}  # "Lopez issues": ADJ
        )
        return [
            NamedPerson(t.i, surnames[word], gender_of(doc[max(t.i - 1, 0) : t.i + 1]), self.sentence_index(t.i),
                        grammatical_role(t), modifies_a_noun(t))
            for t, word in found
        ]

    def add_described(self, head: Token, name: str, gender: str | None) -> None:
        """A description resolved to a named person ('said the director behind JFK' for Oliver
        Stone) is a mention of that person, for the salience of the pronouns after it."""
        self.people.append(NamedPerson(head.i, name, gender, self.sentence_index(head.i), grammatical_role(head), False))
        self.people.sort(key=lambda p: p.start)
        surname = name.split()[-1].casefold()
        self.mentions[surname] = self.mentions.get(surname, 0) + 1

    def sentence(self, index: int) -> Span:
        """The document's sentence number `index` (blank lines left out)."""
        end = self._sentence_starts[index + 1] if index + 1 < len(self._sentence_starts) else len(self._doc)
        return self._doc[self._sentence_starts[index] : end]

    def sentence_index(self, token_i: int) -> int:
        low, high = 0, len(self._sentence_starts) - 1
        while low < high:
            mid = (low + high + 1) // 2
            if self._sentence_starts[mid] <= token_i:
                low = mid
            else:
                high = mid - 1
        return low

    def full_person(self, name: str) -> tuple[str, str | None]:
        """'Mr Kennedy' -> ('Charles Kennedy', gender): the longest name in the document ending in
        the mention's words, with the first gender its mentions give."""
        words = strip_honorific(name).casefold().split()
        if not words:
            return name, None
        matches = [p for p in self.people if p.name.casefold().split()[-len(words) :] == words]
        if len(words) == 1 and all(len(p.name.split()) == 1 for p in matches):
            # a first word alone: "Steven" for Steven Gerrard, "Pernod" for Pernod Ricard
            matches += [p for p in self.people if p.name.casefold().split()[0] == words[0]]
        if len(words) == 2 and words[0] in {"sir", "dame"}:  # a knight's title and first name: "Sir Digby" for Sir Digby Jones
            matches += [p for p in self.people if p.name.casefold().split()[:2] == words and len(p.name.split()) > 2]
        if len(words) == 2 and words[0] in _PEERAGES:  # a peer's title and surname: "Lord Kinnock" for Neil Kinnock
            named = {p.name for p in self.people if len(p.name.split()) > 1 and p.name.casefold().split()[-1] == words[1]
                     and p.name.casefold().split()[0] not in _PEERAGES}
            matches += [p for p in self.people if p.name in named] if len(named) == 1 else []
        gender = next((p.gender for p in matches if p.gender), None)
        longest = max(matches, key=lambda p: (len(p.name.split()), -p.start), default=None)
        if longest is None or len(longest.name.split()) == len(words):
            # no fuller tagged name: one the model left untagged, or tagged a body ("Ireland's Alistair Cragg")
            return self._untagged_full_name(words) or (longest.name if longest else strip_honorific(name)), gender
        return longest.name, gender

    def _untagged_full_name(self, words: list[str]) -> str | None:
        """'Yiannis Papadoyiannakis' for "Papadoyiannakis" where the model tagged no person: the one
        run of two or three capitalised proper nouns ending in a surname's words, none of them a
        role, a title or a body's word ("Coach John Smith", "Pernod Ricard" stay out)."""
        roles = not_name_words()
        named = (strip_honorific(run) for run in self.proper_runs)  # "Prof David Green" is David Green
        runs = {run for run in named if 1 < len(run.split()) <= 3 and len(run.split()) > len(words)
                and run.casefold().split()[-len(words):] == words
                and all(w[:1].isupper() and w[1:].islower() and w.casefold() not in roles for w in run.split())}
        return runs.pop() if len(runs) == 1 else None

    def _ends_in_a_surname(self, run: str) -> bool:
        """Whether a proper-noun run ends in the surname of a person the document names."""
        return run.casefold().split()[-1] in {p.name.casefold().split()[-1] for p in self.people}

    def gives(self, name: str) -> bool:
        """Whether the document writes this body's name somewhere."""
        folded = name.casefold()
        return any(o.casefold() in {folded, "the " + folded} for o in self.organisations + self.proper_runs)

    def is_titled(self, name: str) -> bool:
        """Whether the document writes this name's last word after "Mr", "Ms" or "Dr"."""
        return bool(name.split()) and name.split()[-1] in self.titled

    def full_organisation(self, name: str) -> str:
        """'EA' -> 'Electronic Arts', 'Pernod' -> 'Pernod Ricard', 'Lib Dem' -> 'Lib Dems', and a
        known alias to the name it stands for when the document gives that name ('Tories' ->
        'Conservatives'); across documents `merge` joins known aliases whatever the document says."""
        aliases = load("source_kinds")["known_aliases"]
        folded = name.casefold()
        if folded in aliases and self.gives(aliases[folded]):
            return aliases[folded]
        plural = next((o for o in self.organisations if o.casefold() == folded + "s"), None)
        if plural is not None:
            return self.full_organisation(plural)  # "Lib Dem leader" beside "the Lib Dems"
        if name in self.spelled:
            return self.spelled[name]
        words = name.split()
        if not name[:1].isupper():
            return name
        # "EA", and an acronym written as a word ("Icann", "Nato") when the document spells out a name
        # of three or more initials that it is
        word_acronym = len(words) == 1 and len(name) >= 3 and name[1:].islower()
        if name.isupper() and 2 <= len(name) <= 6 or word_acronym:
            least = 3 if word_acronym else 2
            # (never a person's name: "the FT" is not "Euronext chief Jean-Francois Theodore")
            spelled = [o for o in self.organisations + self.proper_runs if len(o.split()) >= least and acronym(o.split()) == name.upper()
                       and not self._ends_in_a_surname(o)]
            if spelled or not word_acronym:
                return max(spelled, key=len, default=name)
        if len(words) > 1 and words[-1].casefold() in load("source_kinds")["organization_heads"]:
            return name  # "Oxford University" is whole: "Oxford University Library Services" is a part of it
        longer = [o for o in self.organisations if len(o.split()) > len(words) and o.split()[: len(words)] == words
                  and o not in self.possessed and _written_as_name(o)]
        return max(longer, key=len, default=name)
