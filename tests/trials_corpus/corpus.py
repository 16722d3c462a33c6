"""Score the pre-screen against the labelled corpus: items, checked, right, wrong, left as "ask"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from careorganiser.trials.readers import read_trial_file

from .labels import LABELS
from .records import RECORDS

ASK = "ask_trial_team"
DISCLAIMER = "disclaimer"
SAMPLES = Path(__file__).parents[1] / "fixtures" / "ctgov"


def corpus_texts() -> dict[str, str]:
    """Eligibility text by NCT id: the shared samples (as kept in tests/fixtures) and records.py."""
    texts: dict[str, str] = {}
    for path in sorted(SAMPLES.glob("*.json")):
        for imported in read_trial_file(path.read_bytes(), path.name):
            texts[imported.study.nct_id] = imported.study.eligibility_criteria
    texts.update(RECORDS)
    return texts


@dataclass
class Score:
    items: int = 0  # labelled items
    measurable: int = 0  # labelled fits / conflicts / no_data
    checked: int = 0  # the code gave fits / conflicts / no_data
    right: int = 0  # checked and equal to the label
    wrong: list[str] = field(default_factory=list)  # checked and not equal to the label
    left_as_ask: list[str] = field(default_factory=list)  # labelled measurable, the code said "ask"
    disclaimers_listed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # labelled measurable but not found among the items

    def line(self) -> str:
        return (f"items {self.items}, measurable {self.measurable}, checked {self.checked}, right {self.right}, "
                f"wrong {len(self.wrong)}, left as ask {len(self.left_as_ask)}")


def score(screen: Callable[[str], list[tuple[str, str]]]) -> Score:
    """``screen(text)`` gives (item text, status) for each item of one eligibility text."""
    texts = corpus_texts()
    result = Score()
    screened = {nct: screen(text) for nct, text in texts.items()}
    for nct, start, expected in LABELS:
        found = [status for text, status in screened[nct] if _same_start(text, start)]
        where = f"{nct}: {start!r}"
        if expected == DISCLAIMER:
            if found:
                result.disclaimers_listed.append(where)
            continue
        result.items += 1
        if expected != ASK:
            result.measurable += 1
        if not found:
            if expected != ASK:
                result.missing.append(where)
            continue
        status = found[0]
        if status == ASK:
            if expected != ASK:
                result.left_as_ask.append(f"{where} expected {expected}")
            continue
        result.checked += 1
        if status == expected:
            result.right += 1
        else:
            result.wrong.append(f"{where} gave {status}, expected {expected}")
    return result


def _same_start(text: str, start: str) -> bool:
    first = text.split("\n")[0]
    return first.startswith(start) or first.endswith(": " + start) or start.startswith(first[:40])
