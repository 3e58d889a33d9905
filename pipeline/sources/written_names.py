"""How a document writes names, read off the text and its tags: titles that are not part of a
name ("Mr", "Dr."), runs of capitalised proper nouns the model did not tag as entities ("Football
Association", "2 Wikid Records"), acronyms and the short forms written in brackets after a name
("Electronic Arts (EA)", "the Association of Payment Clearing Services (Apacs)"), and names that
are no speaker's: a law or a report tagged a person, an example of things ("networks like Kazaa");
and the parts of a name around its core: particles inside a surname ("Ursula von der Leyen") and
the styled forms of address before it ("Dr the Rt. Hon. Keith Mitchell"), `name_structure.json`;
and a broadcaster's initials inside a name ("BBC Sport"); the words written after a title
("Mr Addink"), the first word of a body's longer name used as its short name ("Marsh"), and the
tokens inside quote marks as written, whatever the quote finder made of them.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline.deps import TIME_LABELS
from pipeline.doc_index import doc_slice, sentence_bounds, sentence_spans, token_columns
from pipeline.lexicons import load, word_set

# Words left out of an acronym's letters ("Disasters Emergency Committee" -> DEC).
_FUNCTION_WORDS = {"of", "the", "and", "for", "&", "in", "on"}
# Words inside a body's name between its capitalised words ("Internet Corporation for Assigned
# Names and Numbers").
_RUN_LINKS = {"of", "for", "and", "&"}
# The words a title-case headline leaves in lower case.
_TITLE_CASE_LOWER = {"a", "an", "the", "and", "or", "but", "nor", "for", "of", "on", "in", "to", "at", "by", "as", "vs"}


@lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    """Titles that are not part of a name ("Mr", "Dr."): 'Sir' and 'Lord' are."""
    lexicon = load("source_kinds")
    return frozenset(lexicon["honorifics"])


@lru_cache(maxsize=1)
def styles_of_address() -> frozenset[str]:
    """Honorifics and the words of a styled address ("Rt. Hon.", "His Excellency") that are
    never a name's: the function words of a chain ("the", "his") are left out, being names'
    words too ("the right of X")."""
    chain = load("name_structure")["honorific_chain"]
    return honorifics() | frozenset(w for w in chain if w not in {"the", "his", "her", "most", "very", "right"})


def territorial_name(head: Token) -> str | None:
    """'Princess Marguerite of Romania': a given name after a royal or noble style with "of" and the
    place it is of, which is part of the name; None for any other name."""
    style = head.doc[head.i - 1] if head.i > 0 else None
    if style is None or style.head.i != head.i or style.lower_ not in load("name_structure")["royal_styles"]:
        return None
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        place = next((o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN" and o.ent_type_ in {"GPE", "LOC"}), None)
        if place is not None:
            return doc_slice(head.doc, style.i, place.right_edge.i + 1).text
    return None


def strip_honorific(name: str) -> str:
    """'Mr Kennedy' -> 'Kennedy', 'the Rt. Hon. Keith Mitchell' -> 'Keith Mitchell'."""
    words = name.split()
    chain = set(load("name_structure")["honorific_chain"])
    styled = 0  # how many leading words are a styled address, ending in a style
    for n, word in enumerate(words[:-1], start=1):
        if word.casefold() not in chain | honorifics():
            break
        if word.casefold() in styles_of_address():
            styled = n
    return " ".join(words[styled:])


def ends_in_style(tokens: Span) -> bool:
    """'Grenada's Prime Minister, Dr the Rt. Hon.': a phrase closed by a styled address, which
    the name it styles follows."""
    words = [t.lower_ for t in tokens if not t.is_punct]
    return bool(words) and (words[-1] in styles_of_address() or words[-1] + "." in styles_of_address())


def _is_particle(token: Token) -> bool:
    return token.is_lower and token.lower_ in load("name_structure")["particles"]


def join_particle_names(doc: Doc) -> None:
    """'Ursula von der' PERSON and 'Leyen' GPE -> 'Ursula von der Leyen' PERSON: a person's name
    the entity tagger cut at a particle of the surname runs on to the capitalised proper nouns
    after the particles. Run before anything reads the document's entities."""
    ents = list(doc.ents)
    starting = {ent.start: ent for ent in ents}
    joined = []
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        end = ent.end
        while end < len(doc) and (_is_particle(doc[end]) or doc[end].text == "-" and _is_particle(doc[end - 1])):
            end += 1
        if end == ent.end and not _is_particle(ent[-1]) or end >= len(doc):
            continue
        if doc[end].pos_ != "PROPN" or not doc[end].text[:1].isupper():
            continue
        if end in starting:
            end = starting[end].end
        else:
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                end += 1
        joined.append(Span(doc, ent.start, end, label="PERSON"))
    if joined:
        doc.ents = filter_spans(joined + ents)


def proper_noun_runs(doc: Doc) -> list[tuple[int, str]]:
    """(first token, text) of runs of capitalised proper nouns, with "of", "for" or "and" inside
    ("Football Association", "Disasters Emergency Committee", "Internet Corporation for Assigned
    Names and Numbers"), which the model does not always tag: what an acronym spells, or a body a
    description may stand for."""
    columns = token_columns(doc)
    text, lower, pos, ent_type = columns.text, columns.lower, columns.pos, columns.ent_type
    starts = set(sentence_bounds(doc))
    runs, run = [], []
    for i in range(len(doc)):  # a run still open at the end is not counted
        # (a day before a person's name is no part of it: "On Monday Tony Blair insisted", "on Wednesday Lord Woolf")
        day = ent_type[i] in TIME_LABELS and i + 1 < len(doc) and pos[i + 1] == "PROPN" and ent_type[i + 1] in {"PERSON", ""}
        capitalised_name = pos[i] == "PROPN" and text[i][:1].isupper() and not day
        if capitalised_name and i not in starts or run and lower[i] in _RUN_LINKS:
            run.append(i)
            continue
        if capitalised_name and not run:  # a run may open a sentence
            run = [i]
            continue
        while run and lower[run[-1]] in _RUN_LINKS:
            run.pop()
        if len(run) > 1:
            runs.append(_with_leading_number([doc[j] for j in run]))
        run = []
    return runs


def title_case_tokens(doc: Doc) -> set[int]:
    """The tokens of sentences written in title case, every word capitalised but the short
    function words, four capitalised words or more ("Amazon Liable for Defective Products Rules
    Appeals Court"): a headline's capitals, which do not say where a name starts or ends."""
    found, text = set(), token_columns(doc).text
    for start, end in sentence_spans(doc):
        words = [word for word in text[start:end] if word.isalpha()]  # `str.isalpha` is `Token.is_alpha`
        capitalised = [w for w in words if w[0].isupper()]
        if len(capitalised) >= 4 and all(w[0].isupper() or w in _TITLE_CASE_LOWER for w in words):
            found.update(range(start, end))
    return found


def untagged_repeats(doc: Doc, tagged: list[tuple[int, str]], ents: list[Span]) -> list[tuple[int, str]]:
    """(first token, name) of each mention, outside every entity, of a name the model tagged as a
    body (`tagged`: first token and name of each tagged mention): the model may tag a body on its
    fourth mention only ("Parmalat has sued ... The firm"), and a reader takes each mention of the
    name for the same body, whatever the tagger made of the word there. Only a name tagged as a
    proper noun somewhere: "Millions" tagged in a headline is a common noun (`ents`: the
    document's entities)."""
    columns = token_columns(doc)
    text, pos = columns.text, columns.pos
    in_entities = {i for ent in ents for i in range(ent.start, ent.end)}
    by_first: dict[str, list[list[str]]] = {}
    for start, name in tagged:
        words = name.split()
        first = next((i for i in range(start, min(start + len(words) + 1, len(doc))) if text[i] == words[0]), None)
        if first is not None and pos[first] == "PROPN" and words not in by_first.get(words[0], []):
            by_first.setdefault(words[0], []).append(words)
    return [
        (i, " ".join(words)) for i, word in enumerate(text) for words in by_first.get(word, ())
        if list(text[i : i + len(words)]) == words and not in_entities.intersection(range(i, i + len(words)))
    ]


def _with_leading_number(run: list[Token]) -> tuple[int, str]:
    """(first token, text) of a run, with a number written as its first word ("2 Wikid Records"):
    a short number (not a year: "the 2005 Brit Awards") modifying what the run modifies or names."""
    before = run[0].doc[run[0].i - 1] if run[0].i else None
    if before is not None and before.text.isdigit() and len(before.text) < 4 and before.head.i in {t.i for t in run} | {run[-1].head.i}:
        run = [before, *run]
    return run[0].i, " ".join(t.text for t in run)


def names_a_text(ent: Span) -> bool:
    """'the Health Service (Miscellaneous Provisions) Bill' tagged a person: a name ending in a
    document noun after "the" or a bracket is a law or a report, never someone 'she' stands for."""
    before = ent.doc[ent.start - 1] if ent.start else None
    after_article = before is not None and (before.lower_ == "the" or before.text == ")")
    return ent[-1].lemma_.lower() in load("source_kinds")["document_heads"] and (len(ent) > 1 or after_article)


def example_of_things(token: Token) -> bool:
    """'Networks like eDonkey, Kazaa and Grokster': a name given as an example of a plural noun for
    things, which the model may tag a person, is one of those things."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in {"like", "as", "including"}:
        return False
    kind = prep.head
    lexicon = load("source_kinds")
    people = set(lexicon["person_heads"]) | set(lexicon["anonymous_heads"])
    return kind.pos_ == "NOUN" and kind.tag_ == "NNS" and kind.lemma_.lower() not in people


def acronym(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.casefold() not in _FUNCTION_WORDS and w[:1].isupper()).upper()


def abbreviates(short: str, name: str) -> bool:
    """Whether a word in brackets after a name is its short form: an acronym ("EA") or a word
    holding the name's initials in order ("Apacs" for the Association of Payment Clearing Services)."""
    if short.isupper():
        return True
    initials, letters = acronym(name.split()).casefold(), iter(short.casefold())
    return len(initials) > 1 and short[:1].casefold() == initials[0] and all(c in letters for c in initials)


def not_name_words() -> frozenset[str]:
    """Roles, titles and body words, which are no part of a person's name."""
    return word_set("source_kinds", "person_titles", "person_heads", "organization_heads", "government_heads",
                    "anonymous_heads", "media_name_words")


def role_led_person(ent: Span) -> bool:
    """'Star Christina Applegate' tagged ORG: a person noun opening a run of two or more
    capitalised proper nouns, none of them a body's word, is a role before a person's name."""
    if ent.label_ != "ORG" or len(ent) < 3:
        return False
    bodies = word_set("source_kinds", "organization_heads", "government_heads", "media_name_words")
    return ent[0].lower_ in word_set("source_kinds", "person_heads") and all(
        t.pos_ == "PROPN" and t.text[:1].isupper() and t.text[1:2].islower() and t.lower_ not in bodies for t in ent)


def first_name_token(name_token: Token) -> Token:
    """The first word of the proper name `name_token` ends ("Telekom" of "Telekom Austria"): the
    proper nouns before it that hang on it."""
    doc, start = name_token.doc, name_token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == name_token.i:
        start -= 1
    return doc[start]


def names_broadcaster(name_head: Token) -> bool:
    """'BBC Sport', 'ABC13', 'CNN International': a proper name with a medium's initials among its
    own words (not "BBC correspondent Nick Robinson", where the initials are outside the name)."""
    if name_head.pos_ != "PROPN":
        return False
    media = word_set("source_kinds", "media_name_words")
    initials = (t.text.rstrip("0123456789") for t in name_head.doc[first_name_token(name_head).i : name_head.i + 1])
    return any(len(w) > 1 and w.isupper() and w.casefold() in media for w in initials)


def without_trailing_post(words: list[str]) -> list[str]:
    """'LVMH CEO' -> 'LVMH': a post the model took into a body's name ("the LVMH CEO in 2014
    launched ..."), but not one a name ends in after "of the" ('Office of the President')."""
    titles = word_set("source_kinds", "person_titles")
    while len(words) > 1 and words[-1].casefold() in titles and words[-2].casefold() not in _FUNCTION_WORDS:
        words = words[:-1]
    return words


def inside_quote_marks(doc: Doc) -> set[int]:
    """Tokens between an opening quote mark and its closing one or the end of the paragraph: a
    quote re-opened in the next paragraph without closing ('"A. "B."') is still a quote, whatever
    the quote finder made of it."""
    columns = token_columns(doc)
    text, space_after, is_quote = columns.text, columns.space_after, columns.is_quote
    inside, quoted = False, set()
    for i, word in enumerate(text):
        if "\n" in word and word.isspace():  # `Token.is_space`
            inside = False
        elif is_quote[i] and word not in {"'", "‘", "’"}:
            # a mark after a space opens (or re-opens) a quote; one glued to a word closes it
            inside = i == 0 or bool(space_after[i - 1]) or text[i - 1].isspace()
        elif inside:
            quoted.add(i)
    return quoted


def written_after_titles(doc: Doc, proper_nouns_only: bool = False) -> set[str]:
    """The words written right after "Mr", "Ms", "Dr" (`honorifics`): surnames, whatever label the
    model gave them; with `proper_nouns_only`, those the model tags as proper nouns there."""
    columns, titles = token_columns(doc), honorifics()
    return {
        columns.text[i] for i in range(1, len(doc))
        if columns.lower[i - 1] in titles and (not proper_nouns_only or columns.pos[i] == "PROPN")
    }


def short_body_names(doc: Doc, ents: list[Span]) -> set[str]:
    """'Marsh' where the document names "Marsh & McLennan": the first word of a body's longer name,
    which news uses as the body's short name ("A Marsh spokeswoman", "Marsh agreed to pay", the
    model tagging it PERSON in one place), unless the document writes it in a person's name or after
    "Mr" ("Morgan" beside "Bob Morgan"), or it is a possessor or a role word (`ents`: the
    document's entities)."""
    people = {t.text for ent in ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent}
    titled = written_after_titles(doc)
    roles = set(load("source_kinds")["person_heads"]) | set(load("source_kinds")["person_titles"])
    # not a possessor ("Applegate's Charity") nor a role word the model took into a name ("Star Christina Applegate")
    first = {ent[0].text for ent in ents if ent.label_ == "ORG" and len(ent) > 1 and ent[0].pos_ == "PROPN"
             and ent[0].text[:1].isupper() and ent[0].lower_ not in roles and not any(t.dep_ == "case" for t in ent)}
    return first - people - titled
