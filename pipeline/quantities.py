"""Numbers stated in text, with their qualifier and the unit they count.

"at least three people were injured" -> 3, "at least", "people injured". A quantity is a run of
number tokens (digits, number words, scale words: "1.5 million", "a dozen", "$5bn"), the
qualifier words right before it (lexicon), and the noun it modifies in the parse (`nummod`).
When that noun is the passive subject of an outcome verb, or carries one as a participle
("12 people killed"), the verb is appended to the unit. Money takes the currency as unit,
percentages "percent". Dates, times, ordinals, ages and numbers inside names are not quantities.
The span runs from the number (or currency symbol) to the counted noun.
"""

from __future__ import annotations

import json
from bisect import bisect_left
import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from pipeline.deps import TIME_LABELS
from pipeline.doc_index import doc_slice, token_columns
from pipeline.models import QuantityMention, TextSpan

LEXICON_PATH = Path(__file__).parent / "lexicons" / "quantities.json"
_DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?([a-z]*)$", re.IGNORECASE)
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_PHONE_JOINERS = {"-", ".", "–"}
_NOUN_POS = {"NOUN", "PROPN"}
_COUNTED_DEPS = {"nummod", "quantmod", "compound", "nmod", "amod"}


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    with LEXICON_PATH.open(encoding="utf-8") as handle:
        lexicon = json.load(handle)
    lexicon["qualifier_tokens"] = sorted(
        (q.split() for q in lexicon["qualifiers"]), key=len, reverse=True
    )
    return lexicon


_NUMBER_RUNS = "newsclaims.number_runs"


def find_quantities(doc: Doc, start_char: int, end_char: int) -> list[QuantityMention]:
    """Quantities whose number lies inside [start_char, end_char) of `doc`."""
    starts, runs = _number_runs(doc)
    found: list[QuantityMention] = []
    i = bisect_left(starts, start_char)
    while i < len(starts) and starts[i] < end_char:
        run = runs.get(i)
        if run is None:
            i += 1
            continue
        first, last, value = run
        mention = _mention(doc, first, last, value, end_char)
        if mention is not None:
            found.append(mention)
        i = last + 1
    return found


def _number_runs(doc: Doc) -> tuple[list[int], dict[int, tuple[int, int, float]]]:
    """(each token's start offset, token index -> the number run starting there), worked out
    once per document: quantities are asked for every sentence, claim fragment and event clause."""
    cached = doc.user_data.get(_NUMBER_RUNS)
    if cached is None:
        columns = token_columns(doc)
        starts = columns.start
        openers = [  # what a run can start with
            i for i, (text, lower) in enumerate(zip(columns.text, columns.lower))
            if lower == "a" or _number_value(text, lower) is not None
        ]
        runs = {i: run for i in openers if (run := _number_run(doc, i)) is not None}
        cached = doc.user_data[_NUMBER_RUNS] = (starts, runs)
    return cached


def _number_value(text: str, lower: str) -> tuple[float, str] | None:
    """The value of a single number token (its text and lowercase form) and any letter suffix
    ("5bn" -> 5, "bn")."""
    match = _DIGITS.match(text)
    if match:
        whole, fraction, suffix = match.groups()
        value = float(whole.replace(",", "") + ("." + fraction if fraction else ""))
        return value, suffix.lower()
    words = _lexicon()["number_words"]
    if lower in words and lower != "a":
        return float(words[lower]), ""
    parts = lower.split("-")  # "twenty-five" kept as one token by the tokenizer
    if len(parts) == 2 and all(p in words and p != "a" for p in parts):
        return float(words[parts[0]] + words[parts[1]]), ""
    return None


def _number_run(doc: Doc, i: int) -> tuple[int, int, float] | None:
    """(first, last, value) of the number starting at token i: "1.5 million", "a dozen"."""
    lexicon = _lexicon()
    scales, words = lexicon["scale_words"], lexicon["number_words"]
    token = doc[i]
    if token.lower_ == "a" and i + 1 < len(doc) and doc[i + 1].lower_ in {"dozen", *scales}:
        value, last = 1.0, i
    else:
        parsed = _number_value(token.text, token.lower_)
        if parsed is None:
            return None
        (value, suffix), last = parsed, i
        if suffix and suffix not in lexicon["money_suffixes"]:
            return None
        value *= lexicon["money_suffixes"].get(suffix, 1)
    total = 0.0
    while last + 1 < len(doc):
        following = doc[last + 1].lower_
        if following in scales:
            value *= scales[following]
            if scales[following] >= 1000:  # "two million three hundred": close a group
                total, value = total + value, 0.0
        elif following == "dozen":
            value *= 12
        elif following in words and following != "a" and value < 100:
            value += words[following]  # "twenty five"
        elif following == "-" and last + 2 < len(doc) and doc[last + 2].lower_ in words:
            value += words[doc[last + 2].lower_]  # "twenty-five", split at the hyphen
            last += 1
        else:
            break
        last += 1
    return i, last, total + value


def _excluded(doc: Doc, first: int, last: int) -> bool:
    lexicon = _lexicon()
    tokens = doc_slice(doc, first, last + 1)
    if any(t.ent_type_ in lexicon["excluded_entity_labels"] for t in tokens):
        return True
    if any(t.ent_type_ in lexicon["name_entity_labels"] for t in tokens):
        return True  # "G7", "Apollo 11"
    if first > 0 and doc[first - 1].lemma_.lower() in lexicon["age_cues"]:
        return True  # "aged 45"
    if last + 1 < len(doc) and doc[last + 1].lower_ in {"-year-old", "year-old"}:
        return True
    if first == last and _YEAR.match(doc[first].text):
        return True
    if _in_phone_number(doc, first, last):
        return True
    if doc[first].lower_ == "one" and first == last and _qualifier(doc, first) is None:
        return True  # "one of its largest ...", "in one tweet": a determiner, not a count
    return False


def _in_phone_number(doc: Doc, first: int, last: int) -> bool:
    """'call 212-306-6794', 'on 0845 46 47': three or more groups of digits joined by hyphens,
    dots or spaces, seven digits or more in all, are a phone number (or a date), not a count."""
    def joined(i: int) -> bool:  # tokens i and i + 1 belong to one written number
        return doc[i].whitespace_ in {"", " "} and not doc[i].is_space

    start, end = first, last
    while start > 0 and joined(start - 1) and (doc[start - 1].is_digit or doc[start - 1].text in _PHONE_JOINERS):
        start -= 1
    while end + 1 < len(doc) and joined(end) and (doc[end + 1].is_digit or doc[end + 1].text in _PHONE_JOINERS):
        end += 1
    groups = [t.text for t in doc_slice(doc, start, end + 1) if t.is_digit]
    return len(groups) >= 3 and sum(len(g) for g in groups) >= 7


def _mention(
    doc: Doc, first: int, last: int, value: float, end_char: int
) -> QuantityMention | None:
    if _excluded(doc, first, last):
        return None
    lexicon = _lexicon()
    start = first
    unit: str | None = None
    if first > 0 and doc[first - 1].text in lexicon["currency_symbols"]:
        start = first - 1
        unit = lexicon["currency_symbols"][doc[first - 1].text]
    end = last
    if last + 1 < len(doc) and doc[last + 1].lower_ in lexicon["money_suffixes"] and unit:
        value *= lexicon["money_suffixes"][doc[last + 1].lower_]  # "£15.8 m"
        end = last + 1
    noun = _counted_noun(doc, first, end)
    if noun is not None and noun.idx + len(noun) <= end_char:
        counted = _unit_of(noun, end)
        if counted is not None:
            unit = unit or counted
            end = noun.i
    span = doc_slice(doc, start, end + 1)
    return QuantityMention(
        value=value,
        qualifier=_qualifier(doc, start),
        unit=unit,
        span=TextSpan(span.start_char, span.end_char, span.text),
    )


def _counted_noun(doc: Doc, first: int, last: int) -> Token | None:
    """The noun the number counts: its syntactic head, or the next token for "%"."""
    if last + 1 < len(doc) and doc[last + 1].lower_ in _lexicon()["percent_words"]:
        return doc[last + 1]
    for token in doc_slice(doc, first, last + 1):
        head = token.head
        if token.dep_ in _COUNTED_DEPS and head.pos_ in _NOUN_POS and head.i > last:
            return head
    return None


def _unit_of(noun: Token, number_end: int) -> str | None:
    lexicon = _lexicon()
    if noun.lower_ in lexicon["percent_words"]:
        return "percent"
    if noun.lemma_.lower() in lexicon["currency_words"]:
        return lexicon["currency_words"][noun.lemma_.lower()]
    if noun.ent_type_ in TIME_LABELS:
        return None
    compounds = [
        c.lower_
        for c in noun.lefts
        if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i > number_end
    ]
    words = [*compounds, noun.lower_]
    outcome = _outcome_verb(noun)
    if outcome is not None:  # "people injured", "drones shot down"
        words += [outcome.lower_, *(c.lower_ for c in outcome.children if c.dep_ == "prt")]
    return " ".join(words)


def _outcome_verb(noun: Token) -> Token | None:
    """"people were injured" (passive subject) or "people killed" (participle) -> the verb."""
    verbs = _lexicon()["outcome_verbs"]
    head = noun.head
    if noun.dep_ == "nsubjpass" and head.lemma_.lower() in verbs:
        return head
    for child in noun.rights:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in verbs:
            return child
    return None


def _qualifier(doc: Doc, start: int) -> str | None:
    """The longest lexicon qualifier ending right before the number."""
    qualifiers = _lexicon()["qualifier_tokens"]
    before = [t.lower_ for t in doc_slice(doc, max(start - len(qualifiers[0]), 0), start)] if qualifiers else []
    for words in qualifiers:
        begin = start - len(words)
        if begin >= 0 and before[len(before) - len(words) :] == words:
            return " ".join(t.text for t in doc[begin:start]).lower()
    return None
