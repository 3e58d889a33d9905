"""A lead's speaker described, then named. News leads say who spoke by description ("X, an
anti-fraud agency has said.", "The new health minister for Wales says X.", "X, a committee of MPs
has said.") and name the speaker in the sentences just after ("Anti-fraud consultancy Retail
Decisions says ...", "Dr Brian Gibbons, on his first full day in the job, admitted ...", "..., the
Commons science and technology committee added", "Creditors of South Korea's top credit card firm
have said ..." then "LG Card's creditors have given ...").

A description in the headline or the lead that nothing before it can stand for is the first named
subject of a compatible kind in the next two sentences, outside quotes: a definite post with
words describing it ("The new health minister for Wales") the first named person; a named body's
post ("the BBC's political editor has learned") the first person named for the first time as the
subject of a reporting verb ("Andrew Marr says"), by bare name or the same post; a person noun
set apart by an adjective or a clause ("A senior barrister who has resigned", also a named person's
relation: "Chancellor Gordon Brown's closest ally") the first person named after it, when that
person is their sentence's subject; a body noun
("agency", "committee") the first named body whose mention shares a word with the description
(its noun or a modifier: "anti-fraud"), else the first named one of the description's kind that
speaks (the subject of a reporting verb: "a charity has warned", then "Christian Aid condemned the
move, saying"), a bare name the model tagged a person's included; a plural described by whose
they are ("Creditors of ... firm") the subject with the same noun and a named possessor ("LG Card's
creditors"); a count of studies or bodies ("say two reports") that many named bodies speaking
after it, by name or through a study of theirs ("said Jupiter", "A separate study by Gartner has
also said"), together a group. Anything else stays as written.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from pipeline.deps import NOMINAL_SUBJECTS, has_the
from pipeline.lexicons import load
from pipeline.models import SourceKind
from pipeline.sources.descriptions import is_body_noun, is_post, serves_a_person
from pipeline.sources.documents import issuer_of
from pipeline.sources.kinds import canonical_name, source_kind
from pipeline.sources.mentions import expand_mention
from pipeline.sources.name_usage import is_state_office_word
from pipeline.sources.names import DocumentNames, grammatical_role, np_head

# Sentences (blank lines left out) that open an article: a headline and its lead.
_OPENING = 2
# How many sentences after the description its name may come.
_WINDOW = 2
_BODIES = {SourceKind.ORGANIZATION, SourceKind.GOVERNMENT, SourceKind.MEDIA, SourceKind.MILITARY}
# Words a description and a name can share: "an energy market watchdog" and "The International
# Energy Agency" share "energy", a word of the name.
_CONTENT = {"NOUN", "ADJ", "PROPN"}
# The counts a lead gives of the bodies it then names ("say two reports").
_SMALL_COUNTS = {"two": 2, "three": 3, "2": 2, "3": 3}
# What picks one person out of a role: "a senior barrister", "a lawyer who has resigned".
_SINGLING_OUT = {"amod", "relcl", "acl"}


def lead_referent(head: Token, names: DocumentNames) -> tuple[str, SourceKind] | None:
    """The name and kind of the speaker a lead's description stands for, named just after it."""
    sentence = names.sentence_index(head.i)
    # (a lowercase word the model tags a proper noun is a common one: "the lord chancellor")
    common = head.pos_ == "NOUN" or head.tag_ == "NNP" and head.is_lower
    if sentence >= _OPENING or not common or head.i in names.quoted:
        return None
    if head.tag_ == "NNS":
        return _described_set(head, names, sentence) or _counted_speakers(head, names, sentence)
    if head.tag_ not in {"NN", "NNP"}:
        return None
    if is_post(head) and _body_possessor(head) and head.lemma_.lower() not in load("source_kinds")["speaking_for_heads"]:
        return _owned_post_holder(head, names, sentence)
    # a person's relation ("Gordon Brown's closest ally") is someone else, named after it
    related = _person_relation(head)
    if not related and not any(c.dep_ == "det" and c.lower_ in {"a", "an", "the"} for c in head.children):
        return None
    # "a Home Office minister has said", "the Federal Reserve head said", then "Hazel Blears said": a
    # body's office held by someone the lead names next (unlike "a BBC spokesman", who speaks for the
    # body and is seldom named)
    body_office = is_post(head) and head.lemma_.lower() not in load("source_kinds")["speaking_for_heads"] and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ != "PERSON" for c in head.children)
    if not body_office and any(c.dep_ in {"compound", "appos", "poss", "nmod"} and c.pos_ == "PROPN" and not c.is_lower
                               and not (related and c.dep_ == "poss") for c in head.children):
        return None  # "a BBC spokesman", "the regulator Ofcom": named already

    def ahead(start: int) -> bool:
        return start > head.i and names.sentence_index(start) <= sentence + _WINDOW and start not in names.quoted

    if is_post(head) and not serves_a_person(head):
        # a described holder ("The new health minister for Wales"); "a spokesman" is someone new and a
        # bare "the owner" may be anyone the article names later (`no_referent`)
        described = any(c.dep_ not in {"det", "punct"} for c in head.children)
        if not described or not (has_the(head) or body_office):
            return None
        # never someone the description names ("the minister at the centre of the X doping row")
        own = {names.full_person(p.name)[0] for p in names.people if head.left_edge.i <= p.start <= head.right_edge.i}
        named = [names.full_person(p.name)[0] for p in names.people if ahead(p.start) and grammatical_role(head.doc[p.start]) < 2
                 and names.full_person(p.name)[0] not in own]
        before = {names.full_person(p.name)[0] for p in names.people if p.start < head.i and p.start not in names.quoted}
        if not named or before - {named[0]}:
            return None  # someone else named before may be the one meant (the headline's "Greenspan" is Alan Greenspan)
        return named[0], SourceKind.PERSON
    lemma = head.lemma_.lower()
    if lemma in load("source_kinds")["person_heads"] and not is_post(head):
        return _described_person(head, names, ahead)
    if not (is_body_noun(lemma) or lemma in load("source_kinds")["government_heads"]):
        return None
    if any(start < head.i and _has_proper_noun(head.doc[start : start + len(name.split()) + 1]) for start, name in names.organisation_mentions):
        return None  # a body named before may be the one meant (not a plural the model tagged ORG: "Millions 'to lose jobs'")
    described = expand_mention(head)
    words, described_kind = _content_lemmas(described), source_kind(described, head)
    speaking = None  # the first named body that speaks, if no name shares a word with the description
    for token in head.doc[head.i + 1 :]:
        if names.sentence_index(token.i) > sentence + _WINDOW:
            break
        if token.dep_ not in NOMINAL_SUBJECTS or token.i in names.quoted:
            continue
        mention = expand_mention(token)
        if not _has_proper_noun(mention):
            continue
        kind = source_kind(mention, token)
        if kind in _BODIES and words & _content_lemmas(mention):
            return canonical_name(mention, token), kind
        # a state office named by another noun is another body ("a watchdog ... The Treasury said")
        other_body = token.lemma_.lower() != lemma and is_state_office_word(token.lemma_.lower())
        if speaking is None and _speaks(token) and not other_body and (kind is described_kind or _untitled_name(token, mention, names)):
            # "a charity has warned ... Christian Aid condemned the move, saying": the model may tag
            # the body's name a person's, the description says it is a body
            speaking = canonical_name(mention, token), described_kind
    return speaking


def _person_relation(head: Token) -> bool:
    """'Chancellor Gordon Brown's closest ally': a person noun, not a post, whose possessor is a
    person the model tagged; the person it describes is not the possessor."""
    return head.lemma_.lower() in load("source_kinds")["person_heads"] and not is_post(head) and bool(_person_possessors(head))


def _person_possessors(head: Token) -> list[Token]:
    """The possessors of `head` the model tags as people ("Gordon Brown's")."""
    return [c for c in head.children if c.dep_ == "poss" and c.ent_type_ == "PERSON"]


def _body_possessor(head: Token) -> bool:
    """'the BBC's political editor': a post whose possessor is a named body, not a person."""
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ != "PERSON" for c in head.children)


def _owned_post_holder(head: Token, names: DocumentNames, sentence: int) -> tuple[str, SourceKind] | None:
    """'X, the BBC's political editor has learned.' then 'Andrew Marr says ...': a body's post in a
    lead is held by the person the next sentences name for the first time as the subject of a
    reporting verb, by their bare name or by the same post ("Analyst Jane Doe said" is someone else)."""
    earlier = {p.name.split()[-1] for p in names.people if p.start < head.i}
    for person in names.people:
        at = head.doc[person.start]
        if person.start <= head.i or person.start in names.quoted or person.role >= 2:
            continue
        if names.sentence_index(person.start) > sentence + _WINDOW:
            return None
        mention = expand_mention(np_head(at))
        roles = {t.lemma_.lower() for t in mention if t.pos_ in {"NOUN", "PROPN"} and t.ent_type_ != "PERSON"}
        if person.name.split()[-1] not in earlier and _speaks(np_head(at)) and roles <= {head.lemma_.lower()}:
            return names.full_person(person.name)[0], SourceKind.PERSON
    return None


def _has_proper_noun(tokens: Span) -> bool:
    return any(t.pos_ == "PROPN" for t in tokens)


def _speaks(subject: Token) -> bool:
    """The subject of a reporting verb ("condemned the move, saying"), not of an act ("is to end")."""
    return subject.head.lemma_.lower() in load("reporting_cues")["verbs"]


def _untitled_name(token: Token, mention: Span, names: DocumentNames) -> bool:
    """A bare name the model may have tagged a person's: no role or title around it, and never written
    after "Mr" or "Ms" in the document."""
    return mention.start == token.left_edge.i and all(t.pos_ == "PROPN" or t.pos_ == "ADJ" and t.text[:1].isupper() for t in mention) and not names.is_titled(token.text)


def _described_person(head: Token, names: DocumentNames, ahead: Callable[[int], bool]) -> tuple[str, SourceKind] | None:
    """"A senior barrister who has resigned in protest ... says", then "Ian MacDonald QC quit ...": a
    person described by what sets them apart is the person the lead names next, when that person is
    the subject of their sentence. A bare "a lawyer" describes no one in particular."""
    if not any(c.dep_ in _SINGLING_OUT for c in head.children):
        return None
    # whose relation the person is ("Gordon Brown's closest ally") is not the one meant
    possessors = {names.full_person(c.text)[0] for c in _person_possessors(head)}
    if any(p.start < head.i and p.start not in names.quoted and names.full_person(p.name)[0] not in possessors for p in names.people):
        return None  # someone named before may be the one meant
    following = [p for p in names.people if ahead(p.start)]
    if not following or following[0].role >= 2:
        return None  # the first person named after is not what the sentence is about
    return names.full_person(following[0].name)[0], SourceKind.PERSON


def _described_set(head: Token, names: DocumentNames, sentence: int) -> tuple[str, SourceKind] | None:
    """"Creditors of South Korea's top credit card firm have said ...", then "LG Card's creditors have
    given ...": people described by whose they are, named by their possessor as the subject of one of
    the next sentences with the same noun."""
    whose = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if not whose or whose[0].pos_ != "NOUN" or any(c.dep_ in {"poss", "compound"} for c in head.children):
        return None
    for token in head.doc[head.i + 1 :]:
        if names.sentence_index(token.i) > sentence + _WINDOW:
            return None
        named_possessor = any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in token.children)
        if token.dep_ in NOMINAL_SUBJECTS and token.i not in names.quoted and token.lemma_ == head.lemma_ and named_possessor:
            mention = expand_mention(token)
            return canonical_name(mention, token), source_kind(mention, token)
    return None


def _counted_speakers(head: Token, names: DocumentNames, sentence: int) -> tuple[str, SourceKind] | None:
    """'..., say two reports.', then "said Jupiter" and "A separate study by Gartner has also said":
    a count of studies or bodies is that many named bodies speaking in the next sentences, by
    name or through a study of theirs, together a group ("Jupiter and Gartner")."""
    lexicon = load("source_kinds")
    count = next((c for c in head.children if c.dep_ == "nummod"), None)
    studies = head.lemma_.lower() in lexicon["document_heads"]
    if count is None or not (studies or is_body_noun(head.lemma_.lower())) or count.lower_ not in _SMALL_COUNTS:
        return None
    named: list[str] = []
    for token in head.doc[head.i + 1 :]:
        if names.sentence_index(token.i) > sentence + _WINDOW:
            break
        if token.dep_ not in NOMINAL_SUBJECTS or token.i in names.quoted or not _speaks(token):
            continue
        body = issuer_of(token, names.companies) if studies else None
        body = body or token
        mention = expand_mention(body)
        # (a bare name the model tagged a person's or a place's is a body all the same: the count says so)
        if _has_proper_noun(mention) and (source_kind(mention, body) in _BODIES or _untitled_name(body, mention, names)):
            name = canonical_name(mention, body)
            named += [name] if name not in named else []
        if len(named) == _SMALL_COUNTS[count.lower_]:
            return " and ".join(named), SourceKind.GROUP
    return None


def _content_lemmas(mention: Span) -> set[str]:
    """'anti-fraud agency' -> {anti, fraud, agency}: the words describing or naming a body."""
    return {t.lemma_.lower() for t in mention if t.pos_ in _CONTENT and not t.is_stop}

