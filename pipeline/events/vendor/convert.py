"""Convert the event-data field's dictionaries into the compact tables pipeline.events reads.

Run from the repository root:  python -m pipeline.events.vendor.convert ../shared/events
Inputs (see vendor/ORIGINS.md for origins and licences):
- CAMEO.2.0.txt (PETRARCH2 verb-pattern dictionary, MIT) -> cameo_verbs.json:
  verb lemma (or "verb particle") -> block id; block -> default CAMEO code and patterns.
  A pattern is a list of slots, each ["obj"|"subj"|preposition, [word alternatives...]],
  a CAMEO code (":111": the subject is acted on, "faced criticism") and the verb it was
  written for (the line's comment: "# LIFT"); synonym sets
  (&NAME) are expanded into the alternatives.
- CAMEO2PLOVER-2021.txt (PLOVER crosswalk, CC BY-SA 4.0) -> cameo_plover.json.
- Phoenix.agents.txt (MIT) -> agents.json: agent noun -> sector code.
- Phoenix.{Countries,International,MilNonState}.actors.txt (MIT) -> actors.json:
  actor name (lower case, words joined by spaces) -> CAMEO actor code (country + sector).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "data"
_CODE = re.compile(r"\[([0-9:-]*)\]")
_PREPOSITIONS = {"on", "to", "with", "against", "for", "in", "at", "from", "of", "over", "into", "about"}
# actor codes whose entries are people: elites, government, legislature, opposition
_PERSON_SECTORS = {"ELI", "GOV", "LEG", "OPP", "MIL", "JUD"}
_HEADER = re.compile(r"^---\s+(\S+)\s+\[([0-9-]+)\]\s+---")


def _word(token: str) -> str:
    """'KILLED_' -> 'killed'; dictionary words mark stemming/compounds with '_'."""
    return token.strip("_").replace("_", " ").lower()


def _pattern_code(field: str) -> str | None:
    """A pattern's code; one written ':173' keeps its colon: PETRARCH codes it with the
    subject as the target ("appeared before court", "faced criticism", "received an
    invitation": someone else acted on the subject)."""
    code = _first_code(field)
    return ":" + code if code and field.startswith(":") else code


def _first_code(field: str) -> str | None:
    """'042:043' -> '042'; ':173' -> '173'; '---' -> None (the pattern codes nothing)."""
    codes = [c for c in field.split(":") if c and c != "---"]
    return codes[0] if codes and codes[0].isdigit() else None


def _synsets(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    current = None
    for line in lines:
        line = line.split("#")[0].strip()
        if line.startswith("&"):
            current = line.strip()
            sets[current] = []
        elif line.startswith("+") and current:
            sets[current].append(_word(line[1:].split()[0]))
        elif not line:
            current = None
    return sets


_MARKERS = {"$", "+", "^", "%"}  # source, target, skip and compound-actor slots: no words


def _clean(words: list[str]) -> list[str]:
    words = [w.strip("()") for w in words]
    return [w for w in words if w and w not in _MARKERS and not set(w) <= _MARKERS | {")"}]


def _alternatives(token: str, synsets: dict[str, list[str]]) -> list[str]:
    return synsets.get(token, [_word(token)]) if token.startswith("&") else [_word(token)]


def _slots(text: str, synsets: dict[str, list[str]]) -> list | None:
    """'&MILITARY * (TO BORDER) {ARMS SHIPMENT}' -> [["subj", [...]], ["to", [...]], ["obj", ...]]."""
    before, _, after = text.partition("*")
    slots: list = []
    for role, part in (("subj", before), ("obj", after)):
        for prep_group, group, word in re.findall(r"\(([^)]*)\)|\{([^}]*)\}|(\S+)", part):
            if prep_group:
                words = _clean(prep_group.replace("{", " ").replace("}", " ").split())
                if not words:
                    continue
                slot_role, words = _word(words[0]), words[1:]
            elif word.lower() in _PREPOSITIONS and role == "obj":
                slots.append([word.lower(), []])  # "- * ON &SOLUTION": the words that follow
                continue
            elif slots and slots[-1][0] in _PREPOSITIONS and not slots[-1][1] and role == "obj":
                following = _clean(group.split() if group else [word])
                slots[-1][1].extend(_alternatives(w, synsets) for w in following)
                continue
            else:
                slot_role, words = role, _clean(group.split() if group else [word])
            if any(w.startswith(("~", "=")) or w.lower() in {"not", "no"} for w in words):
                return None  # negation and transformation patterns are handled by modality
            if words or slot_role != role:
                slots.append([slot_role, [_alternatives(w, synsets) for w in words]])
    return slots


def _venue_only(slots: list) -> bool:
    return all(role in {"at", "in", "near"} and not words for role, words in slots)


def convert_verbs(path: Path) -> dict:
    lines = path.read_text(encoding="latin-1").splitlines()
    start = next(i for i, l in enumerate(lines) if l.startswith("####### VERB PATTERNS"))
    end = next(i for i, l in enumerate(lines) if l.startswith("######## TRANSFORMATIONS"))
    synsets = _synsets(lines[:start])
    verbs: dict[str, str] = {}
    blocks: dict[str, dict] = {}
    block = None
    for raw in lines[start + 1 : end]:
        line = raw.split("#")[0].rstrip()
        header = _HEADER.match(raw)
        if header:
            block = {"code": _first_code(header.group(2)), "verb_codes": {}, "patterns": []}
            blocks[header.group(1)] = block
        elif block is None or not line.strip():
            continue
        elif line.startswith("-"):
            code = _CODE.search(line)
            slots = _slots(_CODE.sub("", line[1:]), synsets)
            # the verb the pattern was written for: the comment that ends its line
            origin = _word(raw.split("#")[1].split()[0]) if "#" in raw and raw.split("#")[1].split() else None
            # a bare place preposition ("- * (AT) [036]") is a venue on a dependency parse
            if code and slots is not None and not _venue_only(slots):
                block["patterns"].append([slots, _pattern_code(code.group(1)), origin])
        elif line[0].isalpha() or line.startswith("+"):
            name = _word(line.lstrip("+").split()[0])
            name = re.sub(r"\s+", " ", name)
            own = _CODE.search(line.split("{")[0] + line.split("}")[-1])
            verbs.setdefault(name, next(k for k, v in blocks.items() if v is block))
            if own:
                block["verb_codes"][name] = _first_code(own.group(1))
    for block in blocks.values():  # most specific patterns first
        block["patterns"].sort(key=lambda p: -sum(len(words) + 1 for _, words in p[0]))
    _add_british_spellings(verbs, blocks)
    return {"verbs": dict(sorted(verbs.items())), "blocks": blocks}


def _add_british_spellings(verbs: dict[str, str], blocks: dict[str, dict]) -> None:
    """The dictionary spells most verbs the American way: "scrutinize" is also "scrutinise",
    as British news writes it (the spaCy lemma keeps the spelling). Short words are no such
    suffix ("seize", "prize")."""
    for name, block_name in list(verbs.items()):
        head, _, rest = name.partition(" ")
        if len(head) >= 6 and head.endswith(("ize", "yze")):
            british = " ".join(filter(None, [head[:-2] + "se", rest]))
            verbs.setdefault(british, block_name)
            own = blocks[block_name]["verb_codes"].get(name)
            if own:
                blocks[block_name]["verb_codes"].setdefault(british, own)


def convert_crosswalk(path: Path) -> dict[str, str]:
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d+):\s*([A-Z]+)", line)
        if match:
            table[match.group(1)] = match.group(2)
    return table


def convert_agents(path: Path) -> dict[str, str]:
    """Agent noun -> sector. '!MINIST!' style macros are expanded; a head word that is no entry
    of its own ("official") takes the most common sector of the entries it heads
    ("government official", "customs official" ...) when four or more entries end in it and
    at least half of them agree; an entry whose last word follows a preposition ("minister for
    social welfare") does not count, so "welfare" or "technology" get no sector."""
    lines = path.read_text(encoding="latin-1").splitlines()
    macros = {
        m.group(1): [w.strip() for w in m.group(2).split(",")]
        for m in (re.match(r"^(![A-Z]+!)\s*=\s*(.*)", l) for l in lines) if m
    }
    table: dict[str, str] = {}
    for line in lines:
        match = re.match(r"^([A-Z!][^\[{#=]*?)\s*(?:\{\})?\s*\[~([A-Z]{3})", line)
        if not match:
            continue
        names = [match.group(1)]
        for macro, forms in macros.items():
            names = [n.replace(macro, form) for n in names for form in (forms if macro in n else [""])]
        for name in names:
            table.setdefault(re.sub(r"\s+", " ", _word(name)), match.group(2))
    heads: dict[str, dict[str, int]] = {}
    for name, sector in table.items():
        # "minister for social welfare": the last word is no head after a preposition
        if " " in name and not {"of", "for", "and", "on"} & set(name.split()[1:]):
            counts = heads.setdefault(name.rsplit(" ", 1)[1], {})
            counts[sector] = counts.get(sector, 0) + 1
    for head, counts in heads.items():  # only a clear head: 4+ entries, half agreeing
        best = max(counts, key=counts.get)
        if sum(counts.values()) >= 4 and counts[best] >= 0.5 * sum(counts.values()):
            table.setdefault(head, best)
    return table


def convert_actors(paths: list[Path]) -> dict[str, str]:
    """Each name and its "+" synonyms -> the last code given for the entry (codes with date
    ranges come in order; the last is the current one)."""
    table: dict[str, str] = {}
    for path in paths:
        names: list[str] = []
        code = None
        for raw in path.read_text(encoding="latin-1").splitlines() + [""]:
            if raw.lstrip().startswith("#"):
                continue  # a comment line inside an entry does not end it
            line = raw.split("#")[0].rstrip()
            found = _CODE.search(line) or re.search(r"\[([A-Z]{3,})", line)
            if line and (line[0].isalnum() or line[0] == "+"):
                if not line.startswith("+") and names:
                    _store(table, names, code)
                    names, code = [], None
                # "IRISH_REPUBLICAN_ARMY_(IRA)_": the name without its bracketed acronym, which
                # as a word of its own clashes with common words and names ("LET", "MCC")
                names.append(re.sub(r"\s*\([^)]*\)", "", _word(line.lstrip("+").split("[")[0].split()[0])))
            if found:  # the last code listed is the current one ([RUSGOV 000507-080507] ... )
                code = re.sub(r"[^A-Z]", "", found.group(1)) or None
            if not line.strip() and names:
                _store(table, names, code)
                names, code = [], None
    return table


def _store(table: dict[str, str], names: list[str], code: str | None) -> None:
    """Names of two letters and more ("US", "UN"); a person's surname alone too ("Mr Blair"),
    when no other entry claimed it first: the dictionary lists office holders by full name."""
    if not code:
        return
    for name in names:
        if len(name) >= 2:
            table.setdefault(name, code)
    words = names[0].split()
    if len(words) >= 2 and code[3:6] in _PERSON_SECTORS and words[-1].isalpha():
        table.setdefault("~" + words[-1], code)  # "~": a surname, its country uncertain


def main(source: Path) -> None:
    OUT.mkdir(exist_ok=True)
    outputs = {
        "cameo_verbs.json": convert_verbs(source / "CAMEO.2.0.txt"),
        "cameo_plover.json": convert_crosswalk(source / "CAMEO2PLOVER-2021.txt"),
        "agents.json": convert_agents(source / "Phoenix.agents.txt"),
        "actors.json": convert_actors(
            [source / f"Phoenix.{n}.actors.txt" for n in ("Countries", "International", "MilNonState")]
        ),
    }
    for name, data in outputs.items():
        (OUT / name).write_text(json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n")
        print(name, len(data.get("verbs", data)))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/events"))
