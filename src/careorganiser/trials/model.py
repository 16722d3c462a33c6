"""The saved-trial record (DESIGN.md, "Saved trials"): plain records (msgspec structs), JSON-ready.

Values follow the ClinicalTrials.gov API v2 style whatever format a record came from:
enumerations in upper case (``RECRUITING``, ``PHASE1``, ``ALL``), dates as the registry gives them
(``YYYY-MM`` or ``YYYY-MM-DD``). The ``normalise_*`` helpers map the classic, readable values
("Recruiting", "Phase 1/Phase 2", "N/A") to that style.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import Any

from msgspec import Struct, field, to_builtins

from careorganiser.i18n import translate
from careorganiser.lazy_re import lazy

NCT_ID_PATTERN = lazy(r"NCT\d{8}")
STUDY_URL = "https://clinicaltrials.gov/study/{nct_id}"

SOURCE_FORMATS = ("v2", "classic", "csv")


def is_valid_nct_id(value: object) -> bool:
    """True for ``NCT`` followed by exactly 8 digits (the registry's own form): ``NCT_ID_PATTERN.fullmatch``
    told with str methods (the pack asks it of every saved trial; ``isdecimal`` is the pattern's ``\\d``)."""
    return isinstance(value, str) and len(value) == 11 and value.startswith("NCT") and value[3:].isdecimal()


# ---------------------------------------------------------------------------------------------
# Parts of a study


class Intervention(Struct):
    type: str = ""
    name: str = ""
    description: str = ""
    arm_group_labels: list[str] = field(default_factory=list)


class Arm(Struct):
    label: str = ""
    type: str = ""
    description: str = ""
    interventions: list[str] = field(default_factory=list)


class Outcome(Struct):
    measure: str = ""
    time_frame: str = ""
    description: str = ""


class Contact(Struct):
    name: str = ""
    role: str = ""
    phone: str = ""
    email: str = ""
    phone_ext: str = ""


class Site(Struct):
    facility: str = ""
    city: str = ""
    state: str = ""
    zip: str = ""
    country: str = ""
    status: str = ""
    contacts: list[Contact] = field(default_factory=list)

    def place(self) -> str:
        """"Facility, City, Country" without the empty parts."""
        return ", ".join(p for p in (self.facility, self.city, self.state, self.country) if p)


class Official(Struct):
    name: str = ""
    affiliation: str = ""
    role: str = ""


# ---------------------------------------------------------------------------------------------
# The study


class Study(Struct):
    nct_id: str
    brief_title: str = ""
    official_title: str = ""
    acronym: str = ""
    overall_status: str = ""
    phases: list[str] = field(default_factory=list)
    study_type: str = ""
    enrollment: int | None = None
    enrollment_type: str = ""
    start_date: str = ""
    start_date_type: str = ""
    primary_completion_date: str = ""
    primary_completion_date_type: str = ""
    completion_date: str = ""
    completion_date_type: str = ""
    first_posted: str = ""
    last_update_posted: str = ""
    conditions: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    interventions: list[Intervention] = field(default_factory=list)
    arms: list[Arm] = field(default_factory=list)
    primary_outcomes: list[Outcome] = field(default_factory=list)
    secondary_outcomes: list[Outcome] = field(default_factory=list)
    brief_summary: str = ""
    detailed_description: str = ""
    eligibility_criteria: str = ""
    minimum_age: str = ""
    maximum_age: str = ""
    min_age_years: float | None = None
    max_age_years: float | None = None
    sex: str = ""
    healthy_volunteers: bool | None = None
    sponsor: str = ""
    collaborators: list[str] = field(default_factory=list)
    sites: list[Site] = field(default_factory=list)
    central_contacts: list[Contact] = field(default_factory=list)
    overall_officials: list[Official] = field(default_factory=list)
    url: str = ""
    source_format: str = "v2"
    # Design (interventional studies): "RANDOMIZED" | "NON_RANDOMIZED" | "NA" | ""; masking "NONE" | "SINGLE" |
    # "DOUBLE" | "TRIPLE" | "QUADRUPLE" | ""; model "SINGLE_GROUP" | "PARALLEL" | "CROSSOVER" | ...
    allocation: str = ""
    masking: str = ""
    who_masked: list[str] = field(default_factory=list)
    intervention_model: str = ""
    has_results: bool | None = None

    @property
    def title(self) -> str:
        return self.brief_title or self.official_title or self.nct_id

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; ``Study.from_dict(s.to_dict()) == s``."""
        return to_builtins(self)  # nested parts as dicts too, as dataclasses.asdict made them

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Study:
        """Rebuild a study from :meth:`to_dict` output; missing keys take defaults, unknown keys are ignored."""
        known = set(cls.__struct_fields__)
        values = {k: v for k, v in data.items() if k in known}
        values["interventions"] = [_part(Intervention, d) for d in data.get("interventions") or []]
        values["arms"] = [_part(Arm, d) for d in data.get("arms") or []]
        values["primary_outcomes"] = [_part(Outcome, d) for d in data.get("primary_outcomes") or []]
        values["secondary_outcomes"] = [_part(Outcome, d) for d in data.get("secondary_outcomes") or []]
        values["central_contacts"] = [_part(Contact, d) for d in data.get("central_contacts") or []]
        values["overall_officials"] = [_part(Official, d) for d in data.get("overall_officials") or []]
        values["sites"] = [_site(d) for d in data.get("sites") or []]
        for name in ("phases", "conditions", "keywords", "collaborators", "who_masked"):
            values[name] = list(data.get(name) or [])
        return cls(**values)

    def phase_label(self) -> str:
        return phase_label(self.phases)

    def status_label(self) -> str:
        return status_label(self.overall_status)


def _part(cls: type, data: dict[str, Any]) -> Any:
    known = set(cls.__struct_fields__)
    values = {k: (list(v) if isinstance(v, list) else v) for k, v in data.items() if k in known}
    return cls(**values)


def _site(data: dict[str, Any]) -> Site:
    site: Site = _part(Site, {k: v for k, v in data.items() if k != "contacts"})
    site.contacts = [_part(Contact, c) for c in data.get("contacts") or []]
    return site


# ---------------------------------------------------------------------------------------------
# The registry's closed sets of words (API v2 style, as stored). A record may carry a word the registry added
# later: the code compares with these members and keeps any other word as it came.


class RegistryStatus(StrEnum):
    """A study's (or a site's) recruitment status."""

    RECRUITING = "RECRUITING"
    NOT_YET_RECRUITING = "NOT_YET_RECRUITING"
    ENROLLING_BY_INVITATION = "ENROLLING_BY_INVITATION"
    ACTIVE_NOT_RECRUITING = "ACTIVE_NOT_RECRUITING"
    COMPLETED = "COMPLETED"
    SUSPENDED = "SUSPENDED"
    TERMINATED = "TERMINATED"
    WITHDRAWN = "WITHDRAWN"
    UNKNOWN = "UNKNOWN"
    AVAILABLE = "AVAILABLE"
    NO_LONGER_AVAILABLE = "NO_LONGER_AVAILABLE"
    TEMPORARILY_NOT_AVAILABLE = "TEMPORARILY_NOT_AVAILABLE"
    APPROVED_FOR_MARKETING = "APPROVED_FOR_MARKETING"
    WITHHELD = "WITHHELD"


class Phase(StrEnum):
    """A trial's phase, in the registry's order."""

    EARLY_PHASE1 = "EARLY_PHASE1"
    PHASE1 = "PHASE1"
    PHASE2 = "PHASE2"
    PHASE3 = "PHASE3"
    PHASE4 = "PHASE4"
    NA = "NA"  # not applicable: devices, behaviour, observational studies


class StudyType(StrEnum):
    INTERVENTIONAL = "INTERVENTIONAL"
    OBSERVATIONAL = "OBSERVATIONAL"
    EXPANDED_ACCESS = "EXPANDED_ACCESS"


class DateType(StrEnum):
    """Whether a date (or the enrollment) is what happened or what is expected."""

    ACTUAL = "ACTUAL"
    ESTIMATED = "ESTIMATED"


# ---------------------------------------------------------------------------------------------
# Enumerations: classic readable values -> API v2 style

_STATUS_ALIASES = {
    "UNKNOWN_STATUS": RegistryStatus.UNKNOWN,
    "ACTIVE": RegistryStatus.ACTIVE_NOT_RECRUITING,
    "NO_LONGER_RECRUITING": RegistryStatus.ACTIVE_NOT_RECRUITING,
    "TEMPORARILY_UNAVAILABLE": RegistryStatus.TEMPORARILY_NOT_AVAILABLE,
}


def enum_style(value: object) -> str:
    """'Active, not recruiting' -> 'ACTIVE_NOT_RECRUITING'; non-strings -> ''."""
    if not isinstance(value, str):
        return ""
    return re.sub(r"[^A-Z0-9]+", "_", value.upper()).strip("_")


def normalise_status(value: object) -> str:
    style = enum_style(value)
    return str(_STATUS_ALIASES.get(style, style))


_PHASE_WORDS = {"1": Phase.PHASE1, "2": Phase.PHASE2, "3": Phase.PHASE3, "4": Phase.PHASE4,
                "I": Phase.PHASE1, "II": Phase.PHASE2, "III": Phase.PHASE3, "IV": Phase.PHASE4}
_PHASE_ORDER = tuple(Phase)


def normalise_phases(values: object) -> list[str]:
    """``["Phase 1", "Phase 2"]``, ``"Phase 1/Phase 2"``, ``"PHASE1|PHASE2"``, ``"N/A"`` -> v2 list."""
    parts: list[str] = []
    for value in values if isinstance(values, list) else [values]:
        if isinstance(value, str):
            parts.extend(_phase_parts(value))
    found = {p for p in parts if p}
    return [str(p) for p in _PHASE_ORDER if p in found]


def _phase_parts(text: str) -> list[str]:
    text = re.sub(r"\bN\s*/\s*A\b", "NA", text, flags=re.IGNORECASE)
    text = re.sub(r"not\s+applicable", "NA", text, flags=re.IGNORECASE)
    return [_one_phase(p) for p in re.split(r"[/|,;&]|\band\b", text)]


def _one_phase(part: str) -> str:
    compact = re.sub(r"[^A-Z0-9]", "", part.upper())
    if compact in ("NA", "NOTAPPLICABLE"):
        return Phase.NA
    early = compact.startswith("EARLY")
    compact = compact.removeprefix("EARLY").removeprefix("PHASE")
    phase = _PHASE_WORDS.get(compact, "")
    if early and phase == Phase.PHASE1:
        return Phase.EARLY_PHASE1
    return phase


_ENROLLMENT_TYPES = {"ACTUAL": DateType.ACTUAL, "ESTIMATED": DateType.ESTIMATED, "ESTIMATE": DateType.ESTIMATED,
                     "ANTICIPATED": DateType.ESTIMATED}


def normalise_date_type(value: object) -> str:
    return str(_ENROLLMENT_TYPES.get(enum_style(value), ""))


def normalise_sex(value: object) -> str:
    style = enum_style(value)
    if style in ("ALL", "BOTH"):
        return "ALL"
    return style if style in ("FEMALE", "MALE") else ""


def normalise_study_type(value: object) -> str:
    style = enum_style(value)
    for known in StudyType:
        if style.startswith(known):
            return str(known)
    return style


_MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), start=1)}


def normalise_date(value: object) -> str:
    """Registry dates as ``YYYY-MM`` or ``YYYY-MM-DD``; classic "July 2001" and "December 22, 2017" too.

    Anything else is kept as given (stripped), so no information is lost.
    """
    if not isinstance(value, str):
        return ""
    text = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", text):
        return text
    m = re.fullmatch(r"([A-Za-z]+)\s+(?:(\d{1,2}),?\s+)?(\d{4})", text)
    if m and m.group(1).lower() in _MONTHS:
        month = _MONTHS[m.group(1).lower()]
        if m.group(2):
            day = int(m.group(2))
            try:
                return date(int(m.group(3)), month, day).isoformat()
            except ValueError:
                return text
        return f"{int(m.group(3)):04d}-{month:02d}"
    return text


_AGE_UNITS_IN_YEARS = {"year": 1.0, "month": 1 / 12, "week": 7 / 365.25, "day": 1 / 365.25,
                       "hour": 1 / (365.25 * 24), "minute": 1 / (365.25 * 24 * 60)}


def age_in_years(value: object) -> float | None:
    """'18 Years' -> 18.0, '6 Months' -> 0.5, 'N/A' or '' -> None."""
    if not isinstance(value, str):
        return None
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([A-Za-z]+?)s?\s*", value)
    if not m:
        return None
    unit = _AGE_UNITS_IN_YEARS.get(m.group(2).lower())
    if unit is None:
        return None
    return round(float(m.group(1)) * unit, 6)


# ---------------------------------------------------------------------------------------------
# Plain words for people


def phase_label(phases: list[str]) -> str:
    """``["PHASE1","PHASE2"]`` -> "Phase 1/2", ``["NA"]`` -> "Not applicable", ``[]`` -> ""."""
    if not phases:
        return ""
    if phases == [Phase.NA]:
        return translate("Trials", "Not applicable")
    if phases == [Phase.EARLY_PHASE1]:
        return translate("Trials", "Early phase 1")
    numbers = [p.removeprefix("PHASE") for p in phases if len(p) == 6 and p.startswith("PHASE") and p[5].isdecimal()]
    early = Phase.EARLY_PHASE1 in phases
    if numbers and not early:
        return translate("Trials", "Phase {numbers}").format(numbers="/".join(numbers))
    labels = [translate("Trials", "Early phase 1")] if early else []
    labels += [translate("Trials", "Phase {numbers}").format(numbers=n) for n in numbers]
    return ", ".join(labels) if labels else ", ".join(phases)


def status_label(status: str) -> str:
    """``RECRUITING`` -> "Recruiting"; unknown values as plain words."""
    labels = {
        RegistryStatus.RECRUITING: translate("Trials", "Recruiting"),
        RegistryStatus.NOT_YET_RECRUITING: translate("Trials", "Not yet recruiting"),
        RegistryStatus.ENROLLING_BY_INVITATION: translate("Trials", "Enrolling by invitation"),
        RegistryStatus.ACTIVE_NOT_RECRUITING: translate("Trials", "Active, not recruiting"),
        RegistryStatus.COMPLETED: translate("Trials", "Completed"),
        RegistryStatus.SUSPENDED: translate("Trials", "Suspended"),
        RegistryStatus.TERMINATED: translate("Trials", "Terminated"),
        RegistryStatus.WITHDRAWN: translate("Trials", "Withdrawn"),
        RegistryStatus.UNKNOWN: translate("Trials", "Unknown status"),
        RegistryStatus.AVAILABLE: translate("Trials", "Available"),
        RegistryStatus.NO_LONGER_AVAILABLE: translate("Trials", "No longer available"),
        RegistryStatus.TEMPORARILY_NOT_AVAILABLE: translate("Trials", "Temporarily not available"),
        RegistryStatus.APPROVED_FOR_MARKETING: translate("Trials", "Approved for marketing"),
        RegistryStatus.WITHHELD: translate("Trials", "Withheld"),
    }
    if status in labels:
        return labels[status]
    return status.replace("_", " ").capitalize()
