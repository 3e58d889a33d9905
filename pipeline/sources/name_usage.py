"""Whether a document uses a name as a person's or as a body's, beyond the model's label.

The small model labels one mention of "Vivendi" PERSON and the next ORG, "the Louvre" a person
and "Gustavo Faleiros, an editor at ..." an organisation. How the article writes the name says
which it is: "the" before it ("the Louvre"), an "it" that takes it up believing or planning
("Vivendi has said it believes"), a noun describing it in apposition or before it ("X, the museum's
president", "chief executive X", "parts supplier X"). (A relative "who" or "which" says nothing:
British English writes "Migration Watch, who ...", and "which" may take up a whole clause.)
`NameUsage(doc).kind(head, name, kind)` weighs that evidence over every mention of the name's
last word; the labels of all its mentions decide only when the grammar says nothing.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from pipeline.deps import NOMINAL_SUBJECTS, PLACE_LABELS
from pipeline.doc_index import token_columns
from pipeline.lexicons import load, word_set
from pipeline.models import SourceKind
from pipeline.sources.sectors import is_person_noun, is_plural, sector_kind
from pipeline.sources.written_names import first_name_token, styles_of_address

_BODY_KINDS = {SourceKind.ORGANIZATION, SourceKind.GOVERNMENT, SourceKind.MEDIA}
# Verbs of mind and will: their subject is someone, a person or a body ("it believes", "it plans").
_MIND_AND_WILL = {"believe", "think", "hope", "expect", "want", "plan", "intend", "aim", "consider", "feel", "know",
                  "decide", "agree", "refuse", "seek", "wish", "prefer", "fear"}
# Prepositions of place: a name as their object is a place's ("talks in X", "troops across X").
_IN_A_PLACE = {"in", "across", "throughout", "inside", "outside", "near"}


def described_kind(token: Token) -> SourceKind | None:
    """The kind a common noun describing the name `token` says ("X, an editor at ...", "chief
    executive X" -> person; "parts maker X", "X, the carmaker" -> a body of the noun's sector)."""
    for child in token.children:
        role_before = child.dep_ == "compound" and child.is_lower and child.i < token.i
        if child.pos_ != "NOUN" or not (child.dep_ == "appos" or role_before):
            continue
        lemma = child.lemma_.lower()
        if is_person_noun(lemma):
            return SourceKind.PERSON
        if lemma in load("source_kinds")["organization_heads"]:
            return SourceKind.ORGANIZATION
        if sector_kind(lemma) in _BODY_KINDS:
            return sector_kind(lemma)
    return None


def _named_body(token: Token) -> bool:
    """A name described by a body's own noun ("X, the club", "brewing firm X")."""
    heads = load("source_kinds")["organization_heads"]
    return any(c.dep_ in {"appos", "compound"} and c.is_lower and c.lemma_.lower() in heads for c in token.children)


def _describing_noun(token: Token) -> str | None:
    """'person' or 'body': what a common noun describing the name says it is."""
    kind = described_kind(token)
    return None if kind is None else "person" if kind is SourceKind.PERSON else "body"


def _taken_up_by(token: Token) -> str | None:
    """'body' when the clause the subject `token` says opens with "it" believing, hoping or
    planning ("Vivendi has said it believes"): a verb of mind or will takes a body or a person,
    and "it" is no person. Other pronouns say nothing ("Stefanko said it spreads", "X says he
    should resign" of someone else)."""
    if token.dep_ not in NOMINAL_SUBJECTS:
        return None
    for clause in (c for c in token.head.children if c.dep_ == "ccomp" and c.i > token.i):
        subject = next((c for c in clause.children if c.dep_ in NOMINAL_SUBJECTS), None)
        if subject is not None and subject.lower_ == "it" and clause.lemma_.lower() in _MIND_AND_WILL:
            return "body"
    return None


def _after_the(token: Token) -> str | None:
    """'the Louvre', 'the Fed': a proper name right after "the" (and a number) is a body's (people's
    names take no article; "the Rev Jesse Jackson" has a title between)."""
    first = first_name_token(token)
    before = token.doc[first.i - 1] if first.i > 0 else None
    while before is not None and before.like_num and before.head.i == token.i and before.i > 0:
        before = token.doc[before.i - 1]  # "the 2014 American Community Survey": a year between
    # "The Judge", "the Pope", "the Rev. Peter Wherry", and a first name and surname the model tags a person's
    titled = first.lower_ in styles_of_address() or is_person_noun(first.lemma_.lower()) or (
        token.ent_type_ == "PERSON" and first.ent_type_ == "PERSON" and first.i < token.i)
    if before is not None and before.lower_ == "the" and before.head.i == token.i and not titled:
        return "body"
    return None


def _first_name(token: Token) -> bool:
    """A capitalised proper noun before a name that may be a given name ("JK Rowling"): not a
    particle ("Amis du Louvre"), a place's, a work's or a people's word ("the Beige Book"), nor
    a body's noun or a nationality however the model tags them ("American Community Survey")."""
    from pipeline.events.places import country_of_demonym  # here: pipeline.events imports this package

    body_word = token.lower_ in load("source_kinds")["organization_heads"] or country_of_demonym(token.text)
    return (token.dep_ == "compound" and token.pos_ == "PROPN" and token.text[:1].isupper() and not body_word
            and token.ent_type_ not in PLACE_LABELS | {"NORP", "WORK_OF_ART", "EVENT", "PRODUCT"})


class NameUsage:
    """Every mention of each name's last word in one document, for the evidence of how it is used."""

    def __init__(self, doc: Doc) -> None:
        self._mentions: dict[str, list[Token]] = {}
        columns = token_columns(doc)  # a Token made only for a capitalised proper noun
        for i, word in enumerate(columns.text):
            if columns.pos[i] == "PROPN" and word[:1].isupper():
                self._mentions.setdefault(word, []).append(doc[i])

    def votes(self, last_word: str) -> tuple[Counter, Counter]:
        """(what the grammar says, what the model's labels say) over the mentions of a name's last word."""
        grammar, labels = Counter(), Counter()
        for token in self._mentions.get(last_word, ()):
            if token.dep_ == "compound":
                continue  # a word inside a longer name ("the Fischer Group") or a modifier ("the Bloomberg campaign")
            for evidence in (_describing_noun(token), _taken_up_by(token), _after_the(token)):
                if evidence:
                    grammar[evidence] += 1
            if token.ent_type_ == "PERSON":
                labels["person"] += 1
            elif token.ent_type_ == "ORG":
                labels["body"] += 1
        return grammar, labels

    def says(self, last_word: str, labels_decide: bool) -> str | None:
        """'person', 'body' or None (no evidence, or as much each way); the model's labels over
        all the mentions decide when the grammar is silent and `labels_decide`."""
        grammar, labels = self.votes(last_word)
        for counts in (grammar, labels) if labels_decide else (grammar,):
            if counts["person"] != counts["body"]:
                return "person" if counts["person"] > counts["body"] else "body"
            if counts:
                return None  # the grammar is split: the labels do not decide it
        return None

    def kind(self, head: Token, name: str, kind: SourceKind, written_as_person: bool) -> SourceKind:
        """`kind` corrected between a person and a body by how the document uses the name: a person
        becomes the body its name's own head word says (`body_kind_of_name`); a body whose name is
        written as a person's (`written_as_person`: for a person, the document gives a first name
        and surname; or the document writes a first name before it) becomes a person."""
        if head.pos_ != "PROPN" or not name.split():
            return kind
        # a body's kind already came from this mention's label or its words: only the grammar turns it
        # into a person, while the labels of the name's other mentions may show a "person" to be a body
        # (a surname the document writes with a first name somewhere is a person's, whatever its labels)
        last_word = head.text if name.endswith(head.text) else name.split()[-1]  # "King" of "McEwen-King"
        said = self.says(last_word, labels_decide=kind is SourceKind.PERSON and not written_as_person)
        # a word the document writes after a first name is a surname ("JK Rowling", "Bharrat Ramdehol",
        # whatever "with the Ramdehol"), and a role is a person's ("the Bishop", "the Conservative MP")
        surname = any(_first_name(c) for t in self._mentions.get(last_word, ()) for c in t.children)
        if kind is SourceKind.PERSON and said == "body" and not surname and not is_person_noun(last_word.casefold()):
            return body_kind_of_name(name)
        # (a body's own noun after a name is no surname: "Yukos' owner Menatep Group")
        surname_written = surname and last_word.casefold() not in load("source_kinds")["organization_heads"]
        if kind in _BODY_KINDS and said == "person" and (written_as_person or surname_written):
            return SourceKind.PERSON
        return kind


def head_word(name: str) -> str:
    """'Office of Federal Housing Enterprise Oversight' -> 'office': the last word before "of"."""
    words = name.split(" of ")[0].split()
    return words[-1].casefold() if words else ""


def is_state_office_word(word: str) -> bool:
    """'office', 'bureau', 'treasury' (lower case): a word that heads the name of a body of the state."""
    return word in word_set("source_kinds", "state_office_heads")


def body_kind_of_name(name: str) -> SourceKind:
    """The kind a body's name says by its own words: 'the Beige Book' a document, 'BBC Sport' a
    medium, 'Department of Energy' a state body, anything else an organisation."""
    lexicon = load("source_kinds")
    words = name.casefold().split()
    head = head_word(name)
    if head in lexicon["document_heads"]:
        return SourceKind.DOCUMENT
    if set(words) & set(lexicon["media_name_words"]):
        return SourceKind.MEDIA
    if is_state_office_word(head):
        return SourceKind.GOVERNMENT
    return SourceKind.ORGANIZATION


def place_or_people_kind(ent: Span, token: Token) -> SourceKind:
    """The kind of a name the model labels a place (GPE) or a people (NORP), when no word of the
    mention says more. The label alone is no government: the model tags "Carlsberg" a place and
    "Dot" a people. A noun describing the name anywhere in the document decides first ("Danish
    brewer Carlsberg"); a people's plural is a group ("Palestinians said"); a place's name stands
    for its government when it is a country, capital or region, or the document writes it as a
    place ("talks in X")."""
    from pipeline.events.places import is_seat_of_state  # here: pipeline.events imports this package

    if _named_after_place(ent, token):
        return SourceKind.ORGANIZATION
    mentions = [t for t in token.doc if t.text == token.text and t.dep_ != "compound"]
    described = Counter(k for k in map(described_kind, mentions) if k is not None)
    # a country stays one as "the world's fifth largest oil exporter": only a body's own noun ("the
    # club", "the firm") makes its name another body's
    seat_of_state = is_seat_of_state(ent.text)
    if seat_of_state and not any(_named_body(t) for t in mentions):
        return SourceKind.GOVERNMENT
    if described:
        return described.most_common(1)[0][0]
    # written as a place: "talks in X", or "X in Gangwon Province" (a place within another)
    as_place = any(t.dep_ == "pobj" and t.head.lower_ in _IN_A_PLACE or _located_in(t) for t in mentions)
    if ent.label_ == "NORP" and not _located_in(token):
        return SourceKind.GROUP if is_plural(token) else SourceKind.PERSON
    # dotted initials the model takes for a country's ("U.S.") are a state agency's as often ("the I.R.S.")
    initials = "." in token.text and token.text.replace(".", "").isupper()
    return SourceKind.GOVERNMENT if seat_of_state or as_place or initials else SourceKind.ORGANIZATION


def _named_after_place(ent: Span, token: Token) -> bool:
    """'Universities Scotland', 'Cancer Research UK': capitalised words of the name before the
    place's are no part of the place, so the whole is a body named after it (a title is not:
    "President Bush"; nor a place or people of its own: "Greater London" is one place)."""
    words = [c for c in token.children if c.dep_ == "compound" and c.i < ent.start]
    return bool(words) and all(
        w.text[:1].isupper() and w.pos_ in {"PROPN", "NOUN"} and not w.ent_type_
        and w.lower_ not in load("source_kinds")["person_titles"] for w in words
    )


def _located_in(token: Token) -> bool:
    """'Cheorwon in Gangwon Province': a name placed in a place the model tags one."""
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(o.ent_type_ in {"GPE", "LOC"} for o in p.children)
               for p in token.children)
