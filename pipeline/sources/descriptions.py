"""Definite descriptions that stand for a named source: "the firm" for the company the article
just named, "the chancellor" for the person the article calls chancellor.

A body noun ("the firm", "the charity", "the world's second biggest insurer") stands for the
nearest organisation named before it, within a few sentences. A role noun ("the chancellor",
"the creator") or a post ("the Arsenal boss") stands for the person the document ties to it, or
the subject it continues (`post_ties`); otherwise a post stands for no one once the document has
named someone it might be (no sources row of its own). The words that make a description a post,
a role, a title won or a body are here.
A party with a possessive pronoun ("his party") is the party the document ties to that person
("Lib Dem leader Charles Kennedy ... his party" -> the Liberal Democrats); another description with
a possessive pronoun or no tie stays as written.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from pipeline.doc_index import token_columns
from pipeline.lexicons import load
from pipeline.deps import NOMINAL_SUBJECTS, PLACE_LABELS, acts, dates_only, has_the
from pipeline.sources.names import DocumentNames, grammatical_role, np_head
from pipeline.sources.phrases import party_of
from pipeline.sources.sectors import agent_sector

# How many sentences back a body noun looks for the organisation it stands for.
_BODY_WINDOW = 4
# The rank of the previous sentence's main subject among the subjects "it" may stand for: after
# any subject of its own sentence (grammatical roles 0 to 3).
_PREVIOUS_SENTENCE = 4
# Posts a person holds, as opposed to what a person is ("the man", "the victim", "the suspect"):
# a post description stands for the named person who continues as subject, or for no one.
POSTS = frozenset({
    "boss", "manager", "coach", "captain", "skipper", "chief", "executive", "ceo", "chairman", "chairwoman",
    "chair", "director", "head", "founder", "owner", "leader", "spokesman", "spokeswoman", "spokesperson",
    "minister", "secretary", "chancellor", "premier", "president", "governor", "mayor", "senator", "ambassador",
    "commissioner", "mp", "mep", "msp", "editor", "presenter", "general", "commander",
})
# Posts that name whoever heads a body, whatever its office is called: "the Warriors chief" is the
# club's chairman.
HEAD_OF_BODY_POSTS = frozenset({"boss", "chief", "head"})
# Titles won, which sports news writes for the athlete it has just named: like a post, one that is
# a subject continues the subject before it.
_TITLES_WON = frozenset({"champion", "medallist", "medalist", "winner", "finalist", "titleholder"})


def _lexicon() -> dict:
    return load("source_kinds")


def is_definite(head: Token) -> bool:
    """'the firm', 'the world's biggest insurer': singular, with 'the' or a possessive noun; also
    where the parse hangs the phrase's opening 'the' on a modifier ("the world 200m and 400m
    record holder", "the four-time world 1500m champion"); a post's letters are such a noun ("the Salford MP")."""
    letters = head.tag_ == "NNP" and head.text.isupper() and is_post(head)
    return (head.pos_ == "NOUN" and head.tag_ == "NN" or letters) and (
        has_the(head)
        or any(c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"} for c in head.children)
        or head.left_edge.lower_ == "the" and head.left_edge.dep_ == "det"
    )


def is_written_title(head: Token) -> bool:
    """'The Indonesian Economics Minister': a post written capitalised, as the model tags a title
    (a proper noun), with "the" and no name of its own; its qualifiers tie it to the person the
    document gave that title ("Economics Minister Aburizal Bakrie"), a nationality aside. (Letters
    are always capitals: "the Salford MP" is no title written so.)"""
    return (head.tag_ == "NNP" and head.ent_type_ == "" and is_post(head)
            and has_the(head) and not head.text.isupper())


def is_body_noun(lemma: str) -> bool:
    lexicon = _lexicon()
    return lemma in lexicon["organization_heads"] or agent_sector(lemma) in {"business", "media", "party"} and lemma not in lexicon["person_heads"]


def is_office(lemma: str) -> bool:
    """A post in government ("chancellor", "minister"), not any person's role ("coach")."""
    return lemma in _lexicon()["government_heads"]


def is_role_noun(lemma: str) -> bool:
    lexicon = _lexicon()
    return lemma in lexicon["person_heads"] or lemma in lexicon["person_titles"] or lemma in lexicon["government_heads"]


def is_post(head: Token) -> bool:
    return head.lemma_.lower() in POSTS


def is_title_won(head: Token) -> bool:
    return head.lemma_.lower() in _TITLES_WON


def serves_a_person(head: Token) -> bool:
    """'the rapper's spokesman', 'his manager': a post held for a person, so someone else."""
    return any(c.dep_ == "poss" and (c.ent_type_ == "PERSON" or c.lower_ in {"his", "her"}
                                     or c.lemma_.lower() in _lexicon()["person_heads"]) for c in head.children)


def names_itself(head: Token) -> bool:
    """'the Commons science and technology committee': a body noun a proper noun modifies is the
    body's own name, not a description of one named before ('the US firm' is one: a place says
    where the body is)."""
    return any(c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" and c.ent_type_ not in {"GPE", "NORP", "LOC"}
               for c in head.children)


def headed_by(name: str, lemma: str) -> bool:
    """Whether a body's name is headed by the description's noun: ending in it ('the council' and
    'the Economic Social Research Council') or, capitalised, naming it before "of" ('the ministry'
    and "Iraq's Ministry of Communications", not "One group of organisers")."""
    words, forms = name.split(), {lemma, lemma + "s"}
    if not words or words[-1].casefold() in forms:
        return bool(words)
    before_of = name.split(" of ")[0].split()
    return " of " in name and bool(before_of) and before_of[-1][:1].isupper() and before_of[-1].casefold() in forms


def _written_before(doc: Doc, start: int, name: str, lemma: str) -> bool:
    """Whether the name is written before the description's noun ('his 2 Wikid Records label',
    'the Everybody Online project'): the document calls that body by the noun."""
    last = name.split()[-1]
    end = next((t.i for t in doc[start : start + len(name.split()) + 2] if t.text == last), None)
    return end is not None and end + 1 < len(doc) and doc[end + 1].lemma_.lower() == lemma


def product_names(doc: Doc) -> set[str]:
    """Names the document writes modifying a thing someone owns ('its new RipGuard technology',
    'Sony's PlayStation console'): products, so never the firm a description stands for, wherever
    else they are written."""
    products = set()
    company_attributes = set(_lexicon()["company_attributes"])  # "his Microsoft shares" are the firm's
    columns = token_columns(doc)
    for token in (doc[i] for i, dep in enumerate(columns.dep) if dep == "compound" and columns.pos[i] == "PROPN"):
        if token.head.pos_ == "NOUN" and (
                token.head.lemma_.lower() not in company_attributes) and any(
                c.dep_ == "poss" for c in token.head.children):
            products.add(" ".join(t.text for t in doc[token.left_edge.i : token.i + 1] if t.pos_ == "PROPN"))
    return products


def described_body(head: Token, names: DocumentNames, sources: list[tuple[int, str]]) -> str | None:
    """The organisation 'the firm' stands for: the nearest one named before it whose name ends in
    the description's noun ('the committee' after 'the Commons science and technology
    committee', however many sentences back) or is written before it ('the label' after 'his 2
    Wikid Records label'), else the nearest one named not long before (one written after the noun
    first, "US magazine Mobile PC", then one in its own sentence, then one named as a subject), among
    the organisations the model tagged and the bodies already resolved as sources. A name inside
    quote marks is the speaker's, never what a narrator's description stands for, and a product's
    name is never a firm."""
    lemma = head.lemma_.lower()
    state_noun = is_office(lemma)  # a place ("New York") is the state's, never "the company" or "the club"
    sentence = names.sentence_index(head.i)
    quoted = head.i in names.quoted
    products = product_names(head.doc)
    resolved = set(sources)  # a body a source resolved to is one, whatever its label ("according to BT", tagged a place)
    before = sorted(
        (start, name) for start, name in names.organisation_mentions + sources if start < head.i
        and not (head.left_edge.i <= start <= head.i) and (quoted or start not in names.quoted)
        and name not in products and (state_noun or (start, name) in resolved or head.doc[start].ent_type_ not in PLACE_LABELS)
    )
    # only a bare description: "the charity's committee" and "the committee of the charity" say whose
    # (a phrase of time says when, not whose: "The trust in July was to ...", "The firm on Monday said")
    bare = not any(c.dep_ in {"poss", "prep", "compound"} and not dates_only(c) for c in head.children)
    # ... or one whose modifiers are words of the name ("The appeals court" and "Court of Appeals for the Sixth Circuit")
    modifiers = {c.lemma_.lower() for c in head.children if c.dep_ == "compound"}
    spelled = bool(modifiers) and not any(c.dep_ in {"poss", "prep"} for c in head.children)

    def names_description(name: str) -> bool:
        return bare or spelled and modifiers <= {w.casefold().removesuffix("s") for w in name.split()} | {w.casefold() for w in name.split()}

    headed = [name for start, name in before if names_description(name) and (headed_by(name, lemma) or _written_before(head.doc, start, name, lemma))]
    if headed:
        return names.full_organisation(headed[-1])
    near = [(start, name) for start, name in before if sentence - names.sentence_index(start) <= _BODY_WINDOW]
    # a body that acts (a subject) before one only mentioned ("Rank now aims to ... extend its Hard
    # Rock brand ... from VHS video. A spokesman for the firm said"),
    # never a person the model took for one, nor a source's description; one named in the same
    # sentence first ("students at Coventry University ... what the institution called")
    surnames = {p.name.split()[-1] for p in names.people}
    named = set(names.organisation_mentions)
    # (a body that spoke in this sentence or the one before acts, whatever label the model gave its name)
    spoke = {(start, name) for start, name in sources if sentence - names.sentence_index(start) <= 1}
    acting = [name for start, name in near if (start, name) in spoke or (start, name) in named
              and acts(np_head(head.doc[start])) and name.split()[-1] not in surnames]
    same_sentence = [name for start, name in near if names.sentence_index(start) == sentence]
    # one the document calls by the noun ("US magazine Mobile PC ... The magazine has compiled")
    called = [name for start, name in near if start > 0 and head.doc[start - 1].lemma_.lower() == lemma]
    # a medium's noun stands for a medium ("According to the FT, ... Deutsche Boerse will ... The newspaper said")
    media = [name for _, name in near if lemma in _lexicon()["media_heads"]
             and {w.casefold() for w in name.split()} & set(_lexicon()["media_name_words"])]
    chosen = media or called or same_sentence or acting or [name for _, name in near]
    return names.full_organisation(chosen[-1]) if chosen else None


def possessor_party(head: Token, names: DocumentNames, he_or_she: Callable[[Token], str | None]) -> str | None:
    """'his party' -> the party written before the name of the person 'his' stands for ('Lib Dem
    leader Charles Kennedy', 'Tory MP Ann Lee'), by its canonical name; None when untied."""
    if head.lemma_.lower() != "party":
        return None
    possessor = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in {"his", "her", "whose"}), None)
    if possessor is not None and possessor.lower_ == "whose":  # "Mr Kennedy, whose party opposes Y"
        clause = head.head
        named = clause.head if clause.dep_ == "relcl" and clause.head.pos_ == "PROPN" else None
        person = named.text if named is not None else None
    else:
        person = he_or_she(possessor) if possessor is not None else None
    if person is None:
        return None
    doc = head.doc
    surname = person.split()[-1]
    for named in (p for p in names.people if p.name.split()[-1] == surname):
        root = doc[named.start]  # the entity may open with its role words ("Lib Dem leader Charles Kennedy")
        while root.dep_ in {"compound", "flat"} and root.head.i != root.i:
            root = root.head
        before = [t for t in root.subtree if t.i < root.i and t.text not in named.name.split()]
        for n, token in enumerate(before):
            for written in (token.text, " ".join(t.text for t in before[n : n + 2])):
                form = party_of(written) if written[:1].isupper() else None
                if form is not None:  # "Tory" -> "Tories", "Lib Dem" -> "Lib Dems"
                    return names.full_organisation(written if written.casefold() == form else form.title())
    return None


def body_subject(pronoun: Token, names: DocumentNames, quote_of: dict[int, int]) -> Token | None:
    """'Porsche may join the race, although it insists ...': the named body "it" stands for when
    one is a singular subject of its own sentence before it, in its quote context (the main
    clause's first), as "he" takes a subject of its own sentence first; else, for an "it" that is
    its sentence's main subject, the named body that is the main subject of the sentence before
    ("The BBC has already dipped its toe into this ... It is planning to offer"): a subject
    pronoun continues the subject before it. The head of the body's phrase."""
    sentence = names.sentence_index(pronoun.i)
    quote = quote_of.get(pronoun.i)
    continues = pronoun.dep_ in NOMINAL_SUBJECTS and pronoun.head.dep_ == "ROOT"
    subjects = []
    for start, _ in names.organisation_mentions:
        head = np_head(pronoun.doc[start])
        if start >= pronoun.i or quote_of.get(start) != quote or head.tag_ in {"NNS", "NNPS"}:
            continue
        role = grammatical_role(pronoun.doc[start])
        if names.sentence_index(start) == sentence and (head.dep_ in NOMINAL_SUBJECTS or _owns_subject(head)):
            subjects.append((role, -start, head))
        elif continues and names.sentence_index(start) == sentence - 1 and role == 0 and head.pos_ == "PROPN":
            # (the name itself is the subject, not a noun it hangs on: "The global economy will slow, the UNECE forecasts")
            subjects.append((_PREVIOUS_SENTENCE, -start, head))
    return min(subjects, key=lambda s: s[:2])[2] if subjects else None


def _owns_subject(head: Token) -> bool:
    """'Shares in Virgin Blue plunged after it warned', "Pernod's profits rose as it said": a body
    whose shares, profits or stores are the subject is what the sentence is about."""
    owned = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "in" else head.head if head.dep_ == "poss" else None
    return owned is not None and owned.dep_ in NOMINAL_SUBJECTS and owned.lemma_.lower() in _lexicon()["company_attributes"]
