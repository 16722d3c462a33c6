"""Adherence for a period: taken / scheduled, per medication and overall (the medication screen and the pack).

Only scheduled doses count (as-needed doses have nothing to adhere to). A dose counts once it is decided:
taken, skipped, or missed (recorded, or past its reminder window with no answer); a dose still inside
its window at ``now`` is left out, and so is everything after ``now``.
"""

from __future__ import annotations

from datetime import datetime

from msgspec import Struct, field

from careorganiser.domain import doses as dd
from careorganiser.domain.clock import to_utc
from careorganiser.domain.doses import AdherenceResult
from careorganiser.domain.formatting import name_order
from careorganiser.services.today import (
    load_events,
    load_medication_facts,
    reminder_window,
)
from careorganiser.store import reads
from careorganiser.store.profiles import Profile

__all__ = ["AdherenceReport", "AdherenceResult", "MedicationAdherence", "adherence_for_period"]


class MedicationAdherence(Struct, frozen=True):
    medication_id: int
    medication_uid: str
    name: str
    result: AdherenceResult

    @property
    def ratio(self) -> float | None:
        return self.result.ratio


class AdherenceReport(Struct, frozen=True):
    """``overall`` sums every medication; ``medications`` lists those with at least one decided dose, by name."""

    start: datetime
    end: datetime
    overall: AdherenceResult
    medications: list[MedicationAdherence] = field(default_factory=list)

    def for_medication(self, medication_id: int) -> MedicationAdherence | None:
        return next((item for item in self.medications if item.medication_id == medication_id), None)

    @staticmethod
    def percent(result: AdherenceResult) -> str:
        """``92%``, or an empty string when nothing was scheduled."""
        ratio = result.ratio
        return "" if ratio is None else f"{round(ratio * 100)}%"


def adherence_for_period(profile: Profile, start: datetime, end: datetime, now: datetime) -> AdherenceReport:
    """Taken / scheduled over ``[start, end)`` (aware instants) as decided at ``now``."""
    start, end, now = to_utc(start), to_utc(end), to_utc(now)
    with reads.snapshot(profile.read()) as conn:
        zone = reads.profile_zone(conn)
        window = reminder_window(conn)
        facts = load_medication_facts(conn)
        events = load_events(conn, facts, start, min(end, now)) if end > start else []
    report = dd.adherence(facts.facts, events, start, end, zone, now, window)
    items = [
        MedicationAdherence(facts.row_id[fact.id], fact.id, fact.name, report.by_medication[fact.id])
        for fact in facts.facts
        if report.by_medication.get(fact.id, AdherenceResult()).scheduled > 0
    ]
    items.sort(key=lambda i: (name_order(i.name), i.medication_id))
    return AdherenceReport(start=start, end=end, overall=report.overall, medications=items)
