"""Which medication the page keeps chosen when its lists change, without widgets: the lists are given as
lists of ids (taking now, then stopped)."""

from __future__ import annotations

from collections.abc import Sequence


def place_of(chosen: int | None, lists: Sequence[Sequence[int]]) -> tuple[int, int] | None:
    """Which list holds ``chosen`` and at which row, or None."""
    for number, ids in enumerate(lists):
        if chosen in ids:
            return number, list(ids).index(chosen)
    return None


def chosen_after(chosen: int | None, before: tuple[int, int] | None,
                 lists: Sequence[Sequence[int]]) -> tuple[int | None, bool]:
    """The medication chosen once the lists read ``lists`` (it was at ``before``), and whether it stayed in
    the same list (then the list is not scrolled). One that is gone gives its place to the one now at its row
    in that list (the last one when it was last), or else to the first medication taken now."""
    if not any(chosen in ids for ids in lists):
        after = lists[before[0]] if before is not None else []
        first = lists[0][0] if lists[0] else None
        chosen = after[min(before[1], len(after) - 1)] if after and before is not None else first
    stayed = before is not None and chosen in lists[before[0]]
    return chosen, stayed
