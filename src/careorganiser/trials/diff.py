"""What changed in a trial between two imports, in the terms that matter to a caregiver.

Status, phases, dates, enrollment, eligibility text, age limits, sex, sites (added, removed, status
changed; matched by facility and city), contacts, titles and the date of the last update. ``before`` and
``after`` are display-ready text (``None`` when there was nothing).
"""

from __future__ import annotations

from collections.abc import Callable

from msgspec import Struct
from msgspec.structs import asdict

from careorganiser.i18n import translate
from careorganiser.trials.model import (
    Contact,
    DateType,
    Site,
    Study,
    phase_label,
    status_label,
)


class StudyChange(Struct, frozen=True):
    field: str  # the Study field, or "sites" / "contacts"
    label: str  # plain words for people
    before: str | None
    after: str | None

    def to_dict(self) -> dict[str, str | None]:
        return asdict(self)


def diff_studies(old: Study, new: Study) -> list[StudyChange]:
    """The changes from ``old`` to ``new``; empty when nothing a caregiver cares about changed."""
    changes: list[StudyChange] = []
    for name, label, render in _simple_fields():
        before, after = render(old), render(new)
        if before != after:
            changes.append(StudyChange(name, label, before or None, after or None))
    changes.extend(_site_changes(old.sites, new.sites))
    changes.extend(_contact_changes(old, new))
    return changes


def _simple_fields() -> list[tuple[str, str, Callable[[Study], str]]]:
    return [
        ("overall_status", translate("Trials", "Status"), lambda s: status_label(s.overall_status) if s.overall_status
         else ""),
        ("phases", translate("Trials", "Phase"), lambda s: phase_label(s.phases)),
        ("brief_title", translate("Trials", "Title"), lambda s: s.brief_title),
        ("official_title", translate("Trials", "Official title"), lambda s: s.official_title),
        ("start_date", translate("Trials", "Start date"), lambda s: _dated(s.start_date, s.start_date_type)),
        ("primary_completion_date", translate("Trials", "Primary completion date"),
         lambda s: _dated(s.primary_completion_date, s.primary_completion_date_type)),
        ("completion_date", translate("Trials", "Completion date"),
         lambda s: _dated(s.completion_date, s.completion_date_type)),
        ("enrollment", translate("Trials", "Enrollment"), _enrollment),
        ("eligibility_criteria", translate("Trials", "Eligibility criteria"), lambda s: s.eligibility_criteria),
        ("minimum_age", translate("Trials", "Minimum age"), lambda s: s.minimum_age),
        ("maximum_age", translate("Trials", "Maximum age"), lambda s: s.maximum_age),
        ("sex", translate("Trials", "Sex"), lambda s: _sex(s.sex)),
        ("last_update_posted", translate("Trials", "Last update posted"), lambda s: s.last_update_posted),
    ]


def _dated(value: str, kind: str) -> str:
    if value and kind == DateType.ESTIMATED:
        return translate("Trials", "{date} (estimated)").format(date=value)
    return value


def _enrollment(study: Study) -> str:
    if study.enrollment is None:
        return ""
    if study.enrollment_type == DateType.ESTIMATED:
        return translate("Trials", "{count} (estimated)").format(count=study.enrollment)
    return str(study.enrollment)


def _sex(value: str) -> str:
    labels = {"ALL": translate("Trials", "All"), "FEMALE": translate("Trials", "Female"), "MALE": translate("Trials", "Male")}
    return labels.get(value, value)


# ---------------------------------------------------------------------------------------------
# Sites


def _site_key(site: Site) -> tuple[str, ...]:
    key = (site.facility.casefold().strip(), site.city.casefold().strip())
    if not site.facility:  # sites named only by place: the state and country tell them apart
        key += (site.state.casefold().strip(), site.country.casefold().strip())
    return key


def _paired_sites(old: list[Site], new: list[Site]) -> tuple[list[tuple[Site, Site]], list[Site], list[Site]]:
    """(pairs present in both, removed, added); repeated keys pair up in order."""
    waiting: dict[tuple[str, ...], list[Site]] = {}
    for site in old:
        waiting.setdefault(_site_key(site), []).append(site)
    pairs: list[tuple[Site, Site]] = []
    added: list[Site] = []
    for site in new:
        queue = waiting.get(_site_key(site))
        if queue:
            pairs.append((queue.pop(0), site))
        else:
            added.append(site)
    removed = [site for queue in waiting.values() for site in queue]
    return pairs, removed, added


def _site_changes(old: list[Site], new: list[Site]) -> list[StudyChange]:
    pairs, removed, added = _paired_sites(old, new)
    changes = [StudyChange("sites", translate("Trials", "Site added"), None, s.place()) for s in added]
    changes += [StudyChange("sites", translate("Trials", "Site removed"), s.place(), None) for s in removed]
    for before, after in pairs:
        if before.status != after.status:
            label = translate("Trials", "Site status changed: {place}").format(place=after.place())
            changes.append(StudyChange("sites", label, _site_status(before.status), _site_status(after.status)))
    return changes


def _site_status(status: str) -> str | None:
    return status_label(status) if status else None


# ---------------------------------------------------------------------------------------------
# Contacts: the central contacts and each site's contacts, matched by where they are and name


def _contacts(study: Study) -> dict[tuple[str, str], tuple[str, Contact]]:
    found: dict[tuple[str, str], tuple[str, Contact]] = {}
    central = translate("Trials", "central contact")
    for contact in study.central_contacts:
        found.setdefault(("", contact.name.casefold()), (central, contact))
    for site in study.sites:
        for contact in site.contacts:
            found.setdefault(("|".join(_site_key(site)), contact.name.casefold()), (site.place(), contact))
    return found


def _describe_contact(where: str, contact: Contact) -> str:
    details = ", ".join(p for p in (contact.name, contact.phone, contact.email) if p)
    return f"{details} ({where})" if where else details


def _contact_changes(old: Study, new: Study) -> list[StudyChange]:
    before, after = _contacts(old), _contacts(new)
    changes: list[StudyChange] = []
    for key, (where, contact) in after.items():
        if key not in before:
            changes.append(StudyChange("contacts", translate("Trials", "Contact added"), None,
                                       _describe_contact(where, contact)))
        else:
            old_where, old_contact = before[key]
            old_text, new_text = _describe_contact(old_where, old_contact), _describe_contact(where, contact)
            if (old_contact.phone, old_contact.email, old_contact.phone_ext) != (
                    contact.phone, contact.email, contact.phone_ext):
                changes.append(StudyChange("contacts", translate("Trials", "Contact details changed"), old_text, new_text))
    for key, (where, contact) in before.items():
        if key not in after:
            changes.append(StudyChange("contacts", translate("Trials", "Contact removed"),
                                       _describe_contact(where, contact), None))
    return changes
