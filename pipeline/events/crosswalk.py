"""CAMEO codes to PLOVER event types, through the vendored PLOVER crosswalk (data/cameo_plover.json,
CC BY-SA 4.0, see vendor/ORIGINS.md).

The 2021 crosswalk starts at CAMEO 03. Two root codes it leaves out are placed here:
01 (make public statement) has no PLOVER type and stays the project's STATEMENT; 02 (appeal)
is a REQUEST in the PLOVER manual ("ask for, appeal, demand"), as is 10 (demand).
One reading differs from the 2021 table: 163 (impose embargo, boycott or sanctions) is coded
SANCTION, not COERCE, as PLOVER's SANCTION definition (limiting economic relations) and
news usage ("imposed sanctions") read it; the rest of 17x stays COERCE. Codes whose PLOVER type
depends on the act reported (175 repression, 057 signing) are read in context by
pipeline.events.code_readings.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# the PLOVER manual's material categories (cooperation and conflict done, not said); the other
# eight are verbal
MATERIAL_TYPES = frozenset({"COOPERATE", "AID", "RETREAT", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
_ROOTS_OUTSIDE_CROSSWALK = {"01": "STATEMENT", "02": "REQUEST"}
_PROJECT_READINGS = {"163": "SANCTION"}
_PATH = Path(__file__).parent / "data" / "cameo_plover.json"


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    return json.loads(_PATH.read_text(encoding="utf-8"))


def event_type_of_cameo(code: str | None) -> str | None:
    """The project's event type of a CAMEO code: its PLOVER type, or STATEMENT for 01x."""
    if not code or not code.isdigit():
        return None
    if code in _PROJECT_READINGS:
        return _PROJECT_READINGS[code]
    for length in range(len(code), 1, -1):  # '0874' -> '087' -> '08' when a code is missing
        found = _table().get(code[:length])
        if found:
            return found
    return _ROOTS_OUTSIDE_CROSSWALK.get(code[:2])


def plover_of_cameo(code: str | None) -> str | None:
    """The PLOVER type of a CAMEO code; None where PLOVER has none (01x statements)."""
    found = event_type_of_cameo(code)
    return found if found in PLOVER_TYPES else None
