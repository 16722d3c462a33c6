"""What the pack shows of a follow-up plan (an enrolled trial or a treatment followed in clinic): plain,
frozen records (msgspec structs), filled by ``followup_gather`` and laid out by ``render`` and ``card``."""

from __future__ import annotations

from datetime import date

from msgspec import Struct


class PackFollowupVisit(Struct, frozen=True):
    """One visit of the plan. ``values`` are the followed results that belong to it, in words ("FVC 57%");
    ``this_visit`` marks the visit the pack is for."""

    label: str
    on: date
    tests: str = ""
    values: str = ""
    this_visit: bool = False


class PackFollowupEvent(Struct, frozen=True):
    on: date
    what: str
    severity: int = 0
    told: str = ""      # "ILD nurse, 22 Jan 2027", "not yet"
    outcome: str = ""


class PackFollowup(Struct, frozen=True):
    """``changes`` are the latest change from baseline of each followed kind, in words; ``crossed`` says which
    threshold a change crossed; ``questions`` are suggested for this appointment; ``due`` are tests due or
    not yet recorded on the day the pack was made."""

    subject: str
    trial: bool
    baseline: date
    visits_text: str
    visits: tuple[PackFollowupVisit, ...] = ()
    changes: tuple[str, ...] = ()
    crossed: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    due: tuple[str, ...] = ()
    events: tuple[PackFollowupEvent, ...] = ()
    contact_name: str = ""
    contact_phone: str = ""
    out_of_hours: str = ""

    @property
    def has_contact_card(self) -> bool:
        return bool(self.contact_name or self.contact_phone or self.out_of_hours)
