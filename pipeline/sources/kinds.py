"""What a source is: its kind and its canonical name.

The kind combines spaCy's entity label with lexicons, because the small model labels
organisations PERSON and vice versa. Whether a noun phrase can make a claim at all is
`source_like`; linking mentions of one referent across a document is `coreference`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline.deps import joined_by_hyphen
from pipeline.doc_index import doc_slice
from pipeline.lexicons import load, word_set as lexicon_word_set
from pipeline.sources.councils import is_civil_council
from pipeline.sources.written_names import first_name_token, names_broadcaster, styles_of_address
from pipeline.sources.mentions import expand_mention
from pipeline.sources.name_usage import is_state_office_word, place_or_people_kind
from pipeline.models import SourceKind
from pipeline.sources.phrases import (
    after_descriptor, described_plural, descriptor_kind, is_age, is_field_before_name, known_as, own_appositions, party_of,
    post_nominals, strip_edges, tidy_person,
)
from pipeline.sources.sectors import (
    agrees_in_plural, appositive_body_kind, coordinated_bodies, coordinated_people, coordinated_places, group_or_anonymous,
    is_person_noun, is_plural, is_plural_acronym, names_agents, of_joined_places, plural_kind, sector_kind, spokesperson_kind,
)

_MODIFIER_DEPS = {"compound", "amod", "nmod", "poss"}
_LETTER_RUNS = re.compile(r"[^\W\d_]+")
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "LAW"}


def source_kinds() -> dict:
    return load("source_kinds")


def word_set(*keys: str) -> frozenset[str]:
    """The words of some source_kinds lists, as one set made once: asked of every subject."""
    return lexicon_word_set("source_kinds", *keys)


def is_pronoun_name(name: str) -> bool:
    """'its', 'Their own', 'who': a name with no word but pronouns (and "own"), which is no
    source's name. A word written in capitals is an acronym, not a pronoun ("The US said", "WHO")."""
    words = _LETTER_RUNS.findall(name)
    pronoun_words = word_set("pronouns") | {"own"}
    return bool(words) and all(w.casefold() in pronoun_words and not (len(w) > 1 and w.isupper()) for w in words)


def _entity_at(token: Token) -> Span | None:
    """The named entity containing `token`, found from IOB tags (doc.ents rebuilds every call)."""
    if token.ent_type_ not in NAME_LABELS:
        return None
    doc = token.doc
    start = end = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end + 1, label=token.ent_type_)


def person_name(head: Token) -> str:
    """'U.S. Vice President JD Vance' -> 'JD Vance': the proper-noun chain without titles."""
    titles = set(source_kinds()["person_titles"])
    chain = [head]
    for token in reversed(list(head.lefts)):
        if token.i == chain[0].i - 1 and token.dep_ in {"compound", "flat"}:
            chain.insert(0, token)
            if len(chain) > 2 and chain[1].text == "-":
                break  # a surname the tokenizer split at its hyphen ("Henin-Hardenne said") ends the chain
        elif token.i == chain[0].i - 1 and token.text == "-" and len(chain) == 1 and joined_by_hyphen(head.doc, token.i - 1):
            chain.insert(0, token)
    # A lowercase common noun before the name is a role, not part of it ("coach Ann Lee"); a hyphen
    # is left of a split title ("Vice-President Ann Lee").
    person_heads = set(source_kinds()["person_heads"])

    def is_role(token: Token) -> bool:
        # a capitalised role before a first name and surname ("Actor Bruce Willis" opening a sentence,
        # "Political Correspondent James Hardy"); but "Guy" is a first name in "Guy Ritchie said"
        styled = token.lower_ in styles_of_address()  # "the Rt. Hon. Keith Mitchell"
        role_noun = token.lower_ in person_heads and (token.is_lower or _before_full_name(token))
        return styled or token.lower_ in titles or role_noun

    # a title ends what comes before it ("Miami-Dade Police Detective Alvaro Zabaleta")
    titled = [n for n, t in enumerate(chain[:-1]) if is_role(t) and not t.is_lower]
    chain = chain[titled[-1] + 1 :] if titled else chain
    # a nationality before a first name and surname ("Russian Marat Safin"), not one inside a name ("Swiss Re")
    # and a day before a name ("on Wednesday Lord Woolf said")
    while len(chain) > 1 and (is_role(chain[0]) or chain[0].is_punct or chain[0].is_lower or chain[0].ent_type_ in {"NORP", "DATE"} and len(chain) > 2):
        chain = chain[1:]
    ent = _entity_at(head)
    if ent is not None and ent.label_ == "PERSON":
        # a title inside the entity ends what comes before it ("Miami-Dade Police Detective Alvaro Zabaleta")
        last_title = max((t.i for t in ent if t.i < head.i and is_role(t) and not t.is_lower), default=-1)
        ent_tokens = [t for t in ent if t.i > last_title and not is_role(t) and t.dep_ != "case" and not (t.is_lower and t.pos_ == "NOUN")]
        while len(ent_tokens) > 1 and party_of(ent_tokens[0].text):
            ent_tokens = ent_tokens[1:]  # "Tory David Heathcoat-Amory": the party is not in the name
        if ent_tokens and len(ent_tokens) >= len(chain):
            return tidy_person(doc_slice(head.doc, ent_tokens[0].i, ent_tokens[-1].i + 1).text)
    return tidy_person(head.doc[chain[0].i : chain[-1].i + 1].text)


def _before_full_name(token: Token) -> bool:
    """A capitalised word with a first name and a surname after it (not letters after a name:
    "Guy Mansfield QC")."""
    after = token.doc[token.i + 1 : token.i + 3]
    return len(after) == 2 and all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper() for t in after)


def _phrase(token: Token) -> str:
    return " ".join(t.text for t in token.subtree)


def _lemmas(span: Span) -> set[str]:
    return {t.lemma_.lower() for t in span} | {t.lower_ for t in span}


def _is_named_person(head: Token) -> bool:
    ent = _entity_at(head)
    if head.lemma_.lower() in word_set("organization_heads"):
        return False  # "the George W. Bush Presidential Center", tagged a person
    # a surname that is a document's noun too ("Mr Law", "Jack Law") is a person's name after a title or a first name
    titled = any(c.dep_ == "compound" and c.lower_ in styles_of_address() for c in head.children)
    first_named = ent is not None and ent.label_ == "PERSON" and len(ent) > 1
    if head.lemma_.lower() in word_set("document_heads") and not (titled or first_named):
        return False
    # The small model tags capitalised-in-context common nouns PROPN ("defense ministry"); an
    # acronym ("IAAF") is a body's name, not a person's.
    acronym = (head.is_upper or is_plural_acronym(head)) and len(head.text) > 1 and ent is None
    # a plural opening its sentence is capitalised by position ("Licensees, who run pubs, said")
    opening_plural = head.tag_ == "NNPS" and head.is_sent_start and ent is None
    named = head.pos_ == "PROPN" and head.text[:1].isupper() and (ent is None or ent.label_ == "PERSON")
    return named and not acronym and not opening_plural


def _named_person_child(token: Token, deps: set[str]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"), None)


def name_token(head: Token) -> Token:
    """The token naming the source: an appositive proper noun names its common-noun head."""
    before = head.doc[head.i - 1] if head.i > 0 else None
    if head.text in post_nominals() and before is not None and before.head.i == head.i and before.ent_type_ == "PERSON":
        return before  # "Frank Field MP": the model heads the phrase with the letters after the name
    for child in head.children:
        # "Authenti-corp's CEO, Cynthia Musselman": the person named in apposition, even after a
        # title the model tags as a proper noun
        named_person = child.ent_type_ == "PERSON" and head.ent_type_ != "PERSON"
        # a post written as a name ("The Shadow Secretary of State for the Family, Theresa May"), not a
        # person's name before a description ("Charlie King, a prominent New York Democrat")
        post = (
            head.lower_ in word_set("person_titles")
            and head.ent_type_ != "PERSON"
            and child.ent_type_ not in {"ORG", "GPE", "NORP"}
        )
        if child in own_appositions(head) and child.pos_ == "PROPN" and (head.pos_ != "PROPN" or named_person or post):
            return child
        # "the work's author, US playwright Eve Ensler": a role in apposition, named in its turn
        named = _named_person_child(child, {"appos"}) if child.dep_ == "appos" and child.pos_ == "NOUN" and head.pos_ == "NOUN" else None
        if named is not None:
            return named
    if head.tag_ == "NN" and not any(c.dep_ == "det" for c in head.children):
        # "World outdoor triple jump record holder and BBC pundit Jonathan Edwards": a bare singular
        # role is no one alone, but one of the roles before the name it is joined to
        named = _named_person_child(head, {"conj"})
        if named is not None:
            return named
    partitive = head.lower_ == "one"  # "one of their lawyers, Michalis Dimitrakopoulos"
    if partitive or head.pos_ == "NOUN" and (is_person_noun(head.lemma_.lower()) or head.lemma_.lower() in word_set("speaking_for_heads")):
        # "The BBC's correspondent in Jakarta, Rachel Harvey", "A spokesman for US Customs, Dean
        # Boyd": the model hangs the person's name on the place or body the person noun is of
        for prep in (c for c in head.children if c.dep_ == "prep"):
            for named in (a for o in prep.children if o.dep_ == "pobj" for a in o.children):
                if named.dep_ == "appos" and named.ent_type_ == "PERSON" and named.pos_ == "PROPN":
                    return named
            # "Gloucester director of rugby Nigel Melville": the post's field and the name read as
            # one object ("the wife of John Smith" has no field between, and is someone else)
            for named in (o for o in prep.children if o.dep_ == "pobj" and prep.lower_ == "of"):
                if named.ent_type_ == "PERSON" and named.pos_ == "PROPN" and is_field_before_name(named):
                    return named
    return head



def _some_of_agents(head: Token) -> bool:
    """'Many of his supporters', 'a handful of MPs', 'a number of firms', 'one of his deputies': a
    quantity of a plural of people or bodies."""
    if head.lemma_.lower() not in word_set("group_quantifiers"):
        return False
    of_objects = (o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")
    return any(is_plural(o) and names_agents(o) for o in of_objects)


def _is_state_office(mention: Span, head: Token) -> bool:
    """'the US Customs Service', 'the Federal Bureau of Investigation', 'The Treasury': a proper name
    headed by a word for a body of the state, not a medium's ('the BBC World Service')."""
    state_office = is_state_office_word(head.lemma_.lower()) or is_state_office_word(head.lower_)
    return head.pos_ == "PROPN" and state_office and not _lemmas(mention) & word_set("media_name_words")


def platform_of(mention: Span, head: Token) -> Token | None:
    """The social network a mention is on: 'posts on Telegram' -> Telegram."""
    platforms = set(source_kinds()["social_media_platforms"])
    for token in mention:
        if token.lower_ in platforms and (token.head.lower_ == "on" or token.i == head.i):
            return token
    return None


def source_kind(mention: Span, head: Token) -> SourceKind:
    """Kind from lexicons first (they outrank the small model's labels), then NER."""
    lexicon = source_kinds()
    lemmas = _lemmas(mention)
    head_lemma = head.lower_[:-1] if is_plural_acronym(head) else head.lemma_.lower()  # "MPs" -> "mp"
    text = mention.text.lower()
    if platform_of(mention, head) is not None:
        return SourceKind.SOCIAL_MEDIA
    platforms = set(lexicon["social_media_platforms"])
    if head_lemma in lexicon["social_media_heads"] and lemmas & platforms:
        return SourceKind.SOCIAL_MEDIA
    has_name = any(t.pos_ == "PROPN" for t in mention)
    if head.lower_ in lexicon["person_pronouns"] or is_age(head):  # "he", "the 30-year-old"
        return SourceKind.PERSON
    bodies = coordinated_bodies(head)
    if bodies and all({t.lower_ for t in b.subtree} & set(lexicon["media_name_words"]) for b in bodies):
        return SourceKind.MEDIA  # "the Wall Street Journal and the Financial Times" report as media
    if coordinated_people(head) or bodies or coordinated_places(head) or of_joined_places(head):
        return SourceKind.GROUP  # "Thailand and India", "the authorities in both Britain and the United States"
    name_head = name_token(head)
    if head_lemma in lexicon["speaking_for_heads"] and name_head is head:
        return spokesperson_kind(head, lambda body: source_kind(expand_mention(body), body))
    if name_head is not head and is_person_noun(head_lemma) and len(person_name(name_head).split()) > 1:
        return SourceKind.PERSON  # "The chairman of the Bar Council, Guy Mansfield QC", whatever the tag
    if name_head is not head and is_plural(head) and name_head.ent_type_ in {"ORG", "GPE", ""}:
        return SourceKind.ORGANIZATION  # "market analysts Nielsen/NetRatings", "telecoms giant BT": a firm, not a set of people
    if head_lemma in lexicon["person_titles"] and not is_plural(head) and any(party_of(_phrase(c)) for c in head.children if c.dep_ in _MODIFIER_DEPS):
        return SourceKind.PERSON  # "the Lib Dem leader": a party's officer, not the government
    if head_lemma in lexicon["anonymous_heads"] and not has_name:
        return SourceKind.GROUP if described_plural(head) else SourceKind.ANONYMOUS  # "People who have ..." is a set
    named = head.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children)
    titled_document = head_lemma in lexicon["titled_document_heads"]  # "the Gershon Report"
    if head_lemma in lexicon["document_heads"] and (titled_document or not named):  # "Jupiter Research" is a firm's name
        return SourceKind.DOCUMENT
    if head_lemma in lexicon["media_heads"] or (
        name_head.pos_ == "PROPN" and name_head.lower_ in lexicon["media_name_words"]
    ) or names_broadcaster(name_head):
        return SourceKind.MEDIA
    if text.removesuffix("'s").removesuffix("'") in lexicon["party_names"] or head.lower_ in lexicon["party_names"]:
        # a party is an organisation, not a person or the government; "black Democrats", "centrist
        # Democrats" are some of its people
        some_members = is_plural(head) and any(c.dep_ == "amod" and c.is_lower for c in head.children)
        return SourceKind.GROUP if some_members else SourceKind.ORGANIZATION
    if head_lemma in lexicon["legislature_committee_heads"] and lemmas & set(lexicon["legislature_words"]):
        return SourceKind.GOVERNMENT  # "the Commons science committee", "a committee of MPs"
    described_as = descriptor_kind(mention, head) or appositive_body_kind(head)
    if described_as is not None:
        return described_as  # "the regulator Ofcom", "accountancy firm Ernst & Young"
    if name_head is head and agrees_in_plural(head):
        return SourceKind.ORGANIZATION  # "Leicester say they ...", "Nottingham Forest have confirmed"
    if text.removeprefix("the ") in lexicon["government_words"]:
        return SourceKind.GOVERNMENT  # the seat of a government named for it: "Downing Street", "the White House"
    if _is_named_person(name_head) and head_lemma not in lexicon["organization_heads"]:
        return SourceKind.PERSON
    if lemmas & set(lexicon["military_words"]):
        return SourceKind.MILITARY
    if _is_state_office(mention, head):
        return SourceKind.GOVERNMENT  # "the US Customs Service", "The Treasury", whatever the model's label
    plural_people = is_plural(head) and (head.pos_ == "NOUN" or is_plural_acronym(head)) and head_lemma not in lexicon["government_heads"]
    if head_lemma in lexicon["people_collectives"] and head.pos_ == "NOUN":
        return SourceKind.GROUP  # "the family", "the couple": several people
    if head_lemma in lexicon["person_heads"] and plural_people:
        return group_or_anonymous(head)  # "Some Liverpool fans", "organisers"
    # ("watchdogs": bodies named for what they do, a state's or a campaign's, are unnamed ones of either)
    state_noun = head_lemma in lexicon["government_heads"] and head_lemma not in lexicon["overseer_heads"]
    set_like = not state_noun and head_lemma not in lexicon["anonymous_heads"]
    several = plural_kind(head) if set_like else None
    if several is not None:
        return several  # "Anglers and fishermen", "Pro-hunt MPs", "Some major tech firms", "watchdogs"
    if _some_of_agents(head):  # "Many of his supporters", "A handful of MPs": some of a set of people
        return SourceKind.PERSON if head.lower_ == "one" else SourceKind.GROUP  # "one of his deputies" is one
    if head_lemma in lexicon["organization_heads"]:
        return SourceKind.ORGANIZATION
    if is_civil_council(mention, head):
        return SourceKind.ORGANIZATION  # "The Parents Television Council", "the Bar Council"
    if head_lemma in lexicon["government_heads"] or head_lemma in lexicon["person_titles"]:
        return SourceKind.GOVERNMENT
    if head_lemma in lexicon["person_heads"] or head.lower_ in lexicon["speaker_pronouns"]:
        return SourceKind.PERSON
    if any(w in text for w in lexicon["government_words"]):
        return SourceKind.GOVERNMENT
    if head.pos_ == "NOUN" and sector_kind(head_lemma) is not None:
        return sector_kind(head_lemma)  # "the regulator", "the broadcaster", "the carmaker"
    ent = _entity_at(name_head)
    if ent is not None and ent.label_ in {"GPE", "NORP"}:
        return place_or_people_kind(ent, name_head)
    if ent is not None and ent.label_ == "ORG":
        return SourceKind.ORGANIZATION
    if head_lemma in lexicon["anonymous_heads"]:
        return SourceKind.ANONYMOUS
    if head.lower_ in lexicon["standalone_group_quantifiers"] and head.pos_ != "NOUN":
        return SourceKind.GROUP  # "Few in Westminster", "many in his party": some of a set, not a body
    return SourceKind.PERSON if head.pos_ == "PROPN" and not head.is_upper else SourceKind.ORGANIZATION


def canonical_name(mention: Span, head: Token) -> str:
    """A person's name without titles, an appositive's name, a social network's name, or the
    phrase without its article."""
    platform = platform_of(mention, head)
    if platform is not None:
        return platform.text
    together = coordinated_people(head)
    if together:
        return " and ".join(person_name(p) for p in together)
    bodies = coordinated_bodies(head)
    if bodies:  # "both Plaid Cymru and the Liberal Democrats": the names from the first to the last
        first = min(t.i for b in bodies for t in b.subtree if t.dep_ != "preconj" and t.lower_ not in {"both", "either", "neither"})
        return strip_edges(head.doc[first : bodies[-1].i + 1])
    if described_plural(head):
        return strip_edges(expand_mention(head, describing=True))  # "People who ...": the description names them
    name_head = name_token(head)
    if name_head is not head and head.lemma_.lower() in word_set("document_heads"):
        return strip_edges(head.doc[name_head.left_edge.i : name_head.i + 1])  # "The book, Brown's Britain": its title
    if head.pos_ == "PROPN" and head.lemma_.lower() in word_set("titled_document_heads"):
        # "last year's government-commissioned Gershon Report": the title's proper nouns
        return head.doc[first_name_token(head).i : head.i + 1].text
    if _is_named_person(name_head):
        return person_name(name_head)
    ent = _entity_at(name_head)
    # "The month-old Committee to Protect Bloggers", "human rights watchdog Reporters Without Borders"
    described = ent is not None and ent.label_ == "ORG" and (ent.end > mention.end or ent.start > mention.start and all(
        t.is_lower or t.is_punct for t in mention.doc[mention.start : ent.start]))
    if ent is not None and (name_head.i != head.i or any(c.dep_ == "appos" for c in head.children) or described):
        return strip_edges(ent)
    if head.pos_ == "PROPN" and head.i + 1 < mention.end and head.doc[head.i + 1].text == ",":
        mention = head.doc[mention.start : head.i + 1]  # "Vincent Cable, for the Liberal Democrats": the name ends at the comma
    named = known_as(head) or after_descriptor(mention, head)
    return strip_edges(named if named is not None else mention)
