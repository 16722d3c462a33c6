"""Readings of one kind kept apart by what the person was doing when they were taken.

SpO2 or heart rate at rest and on exertion are different things: one line through both zigzags between them,
and "lowest" would mix them. The printed pack and the window's chart both split a kind's readings here, and
name each part with the same words.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from msgspec import Struct

from careorganiser.i18n import translate

UNSTATED = "unstated"

# A new reading this far (a share of the last one) from the person's previous reading of the same kind within
# ``LARGE_CHANGE_DAYS`` is checked with the user before it is saved: "165" typed for a weight in pounds is
# 165 kg. Not refused: weights do change, and the user may confirm.
LARGE_CHANGE: dict[str, float] = {"weight_kg": 0.25}
LARGE_CHANGE_DAYS = 90

CONTEXT_ORDER = ("rest", "exertion", "sleep", "on_oxygen", UNSTATED)
"""The order a kind's series per context come in ("unstated": readings that do not say, of a kind whose
other readings do)."""


class ContextSeries(Struct, frozen=True):
    """The readings of one kind taken in one context, oldest first. ``context`` is "rest", "exertion",
    "sleep", "on_oxygen", "unstated" (readings that do not say, of a kind whose other readings do), or ""
    when none of the kind's readings says (the kind is then this one series)."""

    context: str
    points: tuple[tuple[datetime, float], ...]


def by_context(readings: Iterable[tuple[datetime, float, str | None]]) -> list[ContextSeries]:
    """(taken_at, value, context) of one kind, oldest first -> one series per context, in
    :data:`CONTEXT_ORDER` (contexts not in it last, by name)."""
    parts: dict[str, list[tuple[datetime, float]]] = {}
    for taken_at, value, context in readings:
        parts.setdefault(context or UNSTATED, []).append((taken_at, value))
    named = len(parts) > 1 or UNSTATED not in parts
    order = sorted(parts, key=lambda c: (CONTEXT_ORDER.index(c) if c in CONTEXT_ORDER else len(CONTEXT_ORDER), c))
    return [ContextSeries(context if named else "", tuple(parts[context])) for context in order]


def context_words(context: str) -> str:
    """What the person was doing when a reading was taken, as a label's ending: ``at rest``."""
    words = {
        "rest": translate("Pack", "at rest"), "exertion": translate("Pack", "on exertion"),
        "sleep": translate("Pack", "during sleep"), "on_oxygen": translate("Pack", "on oxygen"),
        UNSTATED: translate("Pack", "activity not stated"),
    }
    return words.get(context, context)


def context_heading(context: str) -> str:
    """The same, opening a sentence: ``At rest``."""
    words = {
        "rest": translate("Pack", "At rest"), "exertion": translate("Pack", "On exertion"),
        "sleep": translate("Pack", "During sleep"), "on_oxygen": translate("Pack", "On oxygen"),
        UNSTATED: translate("Pack", "Activity not stated"),
    }
    return words.get(context, context)


def series_label(label: str, context: str) -> str:
    """A series' name: ``SpO2, at rest``; the kind's label alone when its readings never say."""
    return translate("Pack", "{label}, {context}").format(label=label, context=context_words(context)) if context else label
