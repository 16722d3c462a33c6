"""Read a file saved from ClinicalTrials.gov into :class:`Study` records.

Formats: API v2 JSON (one study with ``protocolSection``, or a search response ``{"studies": [...]}``),
the classic JSON (``FullStudiesResponse``, a single ``FullStudy``/``Study``), and the site's CSV download
(one study a row, any subset of its columns, multi-valued cells joined with ``|``).

Every module and field may be missing. Anything that is not a trial record is refused whole with a
:class:`TrialFileError` whose message names the file and says what is wrong: one bad study refuses the
file, so an import never half-happens.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from msgspec import Struct

from careorganiser.i18n import translate
from careorganiser.lazy_re import lazy
from careorganiser.paths import FileTooLarge, NotARegularFile, read_regular_file
from careorganiser.trials.markdown import clean_markdown
from careorganiser.trials.model import (
    STUDY_URL,
    Arm,
    Contact,
    Intervention,
    Official,
    Outcome,
    Site,
    Study,
    age_in_years,
    enum_style,
    is_valid_nct_id,
    normalise_date,
    normalise_date_type,
    normalise_phases,
    normalise_sex,
    normalise_status,
    normalise_study_type,
)

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_STUDIES",
    "ImportedStudy",
    "TrialFileError",
    "is_valid_nct_id",
    "read_trial_file",
    "read_trial_path",
    "study_from_record",
]

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_STUDIES = 10_000


class TrialFileError(ValueError):
    """A file that cannot be imported; ``str(error)`` is one sentence for the user."""

    def __init__(self, message: str, filename: str | None = None) -> None:
        super().__init__(message)
        self.filename = filename


class ImportedStudy(Struct):
    study: Study
    raw: dict[str, Any]


# ---------------------------------------------------------------------------------------------
# Entry points


def read_trial_path(path: str | Path) -> list[ImportedStudy]:
    """Read a file from disk, refusing an oversized one before reading it."""
    path = Path(path)
    name = path.name
    try:
        data = read_regular_file(path, MAX_FILE_BYTES)  # /dev/zero was read until memory ran out
    except NotARegularFile:
        raise _error(translate("Trials", "{file} is not a file (a folder, a device or a pipe), so it cannot be a saved "
                                         "trial record."), name) from None
    except FileTooLarge:
        raise _error(translate("Trials", "{file} is larger than 50 MB, so it cannot be a saved trial record."), name) from None
    except OSError as exc:
        raise TrialFileError(
            translate("Trials", "{file} could not be read: {problem}.").format(
                file=_quoted(name), problem=exc.strerror or exc.__class__.__name__),
            name) from exc
    return read_trial_file(data, name)


def read_trial_file(data: bytes, filename: str | None = None) -> list[ImportedStudy]:
    """Parse ``data`` (the bytes of one saved file) into studies, all or nothing."""
    name = Path(filename).name if filename else None
    if len(data) > MAX_FILE_BYTES:
        raise _error(translate("Trials", "{file} is larger than 50 MB, so it cannot be a saved trial record."), name)
    text = _decode(data, name)
    if not text.strip():
        raise _error(translate("Trials", "{file} is empty."), name)
    if _looks_like_json(text, filename):
        records = _records_from_json(text, name)
    else:
        records = _records_from_csv(text, name)
    return _validated(records, name)


# ---------------------------------------------------------------------------------------------
# Errors


def _quoted(name: str | None) -> str:
    return f"“{name}”" if name else translate("Trials", "The file")


def _error(message: str, name: str | None, **values: object) -> TrialFileError:
    """A TrialFileError from a message already translated, with ``{file}`` and ``values`` filled in."""
    text = message.format(file=_quoted(name), **values)
    return TrialFileError(text[:1].upper() + text[1:], name)


def _shown(value: object) -> str:
    """A short, printable rendering of a bad value for an error message."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=True, default=str)
    text = re.sub(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]", "?", text)
    return text if len(text) <= 40 else text[:37] + "..."


# ---------------------------------------------------------------------------------------------
# Bytes -> text -> records


def _decode(data: bytes, name: str | None) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _error(translate("Trials", "{file} is not a text file in UTF-8, so it is not a saved trial record."), name) from None
    if "\x00" in text:
        raise _error(translate("Trials", "{file} is a binary file, not a saved trial record."), name)
    return text


def _looks_like_json(text: str, filename: str | None) -> bool:
    suffix = Path(filename).suffix.lower() if filename else ""
    if suffix == ".json":
        return True
    if suffix in (".csv", ".tsv"):
        return False
    return text.lstrip()[:1] in ("{", "[")


class _Record(Struct):
    """One study before validation: how to map it, and the raw dict to keep."""

    kind: str  # "v2" | "classic" | "csv"
    raw: dict[str, Any]


def _reject_constant(value: str) -> float:
    raise ValueError(f"{value} is not allowed in JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("number out of range")
    return value


def _records_from_json(text: str, name: str | None) -> list[_Record]:
    try:
        document = json.loads(text, parse_constant=_reject_constant, parse_float=_finite_float)
    except json.JSONDecodeError as exc:
        raise _error(translate("Trials", "{file} is not complete, valid JSON (the problem is at line {line}, column {column})."),
                     name, line=exc.lineno, column=exc.colno) from None
    except (ValueError, RecursionError):
        raise _error(translate("Trials", "{file} is not valid JSON that this program can read."), name) from None
    records = _json_records(document)
    if records is None:
        raise _error(translate("Trials", "{file} is JSON but not a ClinicalTrials.gov record (no “protocolSection”, "
                     "“studies” or “FullStudiesResponse” in it)."), name)
    if len(records) > MAX_STUDIES:
        raise _error(translate("Trials", "{file} holds more than 10,000 studies; save a smaller search and import that."), name)
    return [_Record(kind, _sanitised(raw)) for kind, raw in records]


def _json_records(document: Any) -> list[tuple[str, Any]] | None:
    """Find the study objects in a JSON document, or None when it is of another shape."""
    if isinstance(document, list):
        if document and all(isinstance(d, dict) and "protocolSection" in d for d in document):
            return [("v2", d) for d in document]
        return None
    if not isinstance(document, dict):
        return None
    if "protocolSection" in document:
        return [("v2", document)]
    if "studies" in document:
        studies = document["studies"]
        return [("v2", s) for s in studies] if isinstance(studies, list) else None
    if "FullStudiesResponse" in document:
        response = document["FullStudiesResponse"]
        if not isinstance(response, dict):
            return None
        full = response.get("FullStudies", [])
        if not isinstance(full, list):
            return None
        return [("classic", f.get("Study") if isinstance(f, dict) else f) for f in full]
    if isinstance(document.get("FullStudy"), dict):
        return [("classic", document["FullStudy"].get("Study"))]
    if isinstance(document.get("Study"), dict) and "ProtocolSection" in document["Study"]:
        return [("classic", document["Study"])]
    if "ProtocolSection" in document:
        return [("classic", document)]
    return None


_BAD_CHARS = lazy(r"[\ud800-\udfff]")


def _sanitised(value: Any) -> Any:
    """Replace lone surrogates (valid in JSON escapes, invalid in UTF-8) so the record can be stored.

    Iterative, because a hostile file may nest deeply.
    """
    if not isinstance(value, (dict, list)):
        return _clean_scalar(value)
    root: list[Any] = [value]
    stack: list[tuple[Any, Any]] = [(root, 0)]
    while stack:
        container, key = stack.pop()
        item = container[key]
        if isinstance(item, dict):
            cleaned = {_clean_scalar(k): v for k, v in item.items()}
            container[key] = cleaned
            stack.extend((cleaned, k) for k in cleaned)
        elif isinstance(item, list):
            copied = list(item)
            container[key] = copied
            stack.extend((copied, i) for i in range(len(copied)))
        else:
            container[key] = _clean_scalar(item)
    return root[0]


def _clean_scalar(value: Any) -> Any:
    if isinstance(value, str) and _BAD_CHARS.search(value):
        return _BAD_CHARS.sub("\ufffd", value)
    return value


# ---------------------------------------------------------------------------------------------
# Validation


def _validated(records: list[_Record], name: str | None) -> list[ImportedStudy]:
    if not records:
        raise _error(translate("Trials", "{file} holds no studies."), name)
    result: list[ImportedStudy] = []
    seen: set[str] = set()
    for number, record in enumerate(records, start=1):
        if not isinstance(record.raw, dict):
            raise _error(translate("Trials", "{file} cannot be imported: study {number} is not a study record."), name, number=number)
        study = _MAPPERS[record.kind](record.raw)
        if not is_valid_nct_id(study.nct_id):
            if not study.nct_id:
                raise _error(translate("Trials", "{file} cannot be imported: study {number} has no NCT number."), name, number=number)
            raise _error(translate("Trials", "{file} cannot be imported: study {number} has the NCT number “{value}”, "
                         "which is not “NCT” followed by 8 digits."),
                         name, number=number, value=_shown(study.nct_id))
        if study.nct_id in seen:
            continue  # the same study twice in one file: keep the first
        seen.add(study.nct_id)
        result.append(ImportedStudy(study, record.raw))
    return result


# ---------------------------------------------------------------------------------------------
# Tolerant access to parsed JSON


def _obj(container: Any, key: str) -> dict[str, Any]:
    value = container.get(key) if isinstance(container, dict) else None
    return value if isinstance(value, dict) else {}


def _items(container: Any, key: str) -> list[dict[str, Any]]:
    value = container.get(key) if isinstance(container, dict) else None
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


_CONTROL = lazy(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _text(value: Any) -> str:
    """A string field as text; numbers become text, anything else is treated as missing."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        return _CONTROL.sub("", value).strip()
    return ""


def _str(container: Any, key: str) -> str:
    return _text(container.get(key)) if isinstance(container, dict) else ""


def _strs(container: Any, key: str) -> list[str]:
    value = container.get(key) if isinstance(container, dict) else None
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [t for t in (_text(v) for v in value) if t]


def _markdown(container: Any, key: str) -> str:
    return clean_markdown(_str(container, key))


def _count(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, float) and value.is_integer() and value >= 0:
        return int(value)
    if isinstance(value, str):
        digits = value.strip().replace(",", "")
        if digits.isascii() and digits.isdigit() and len(digits) <= 12:
            return int(digits)
    return None


def _yes_no(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    text = _text(value).lower()
    if text in ("yes", "true", "accepts healthy volunteers"):
        return True
    if text in ("no", "false"):
        return False
    return None


def _nct(value: Any) -> str:
    text = _text(value)
    return text.upper() if re.fullmatch(r"(?i)nct\d{8}", text) else text


# ---------------------------------------------------------------------------------------------
# API v2


def _from_v2(raw: dict[str, Any]) -> Study:
    ps = _obj(raw, "protocolSection")
    ident, status, design = _obj(ps, "identificationModule"), _obj(ps, "statusModule"), _obj(ps, "designModule")
    elig, desc = _obj(ps, "eligibilityModule"), _obj(ps, "descriptionModule")
    arms_mod, outcomes = _obj(ps, "armsInterventionsModule"), _obj(ps, "outcomesModule")
    sponsors, places = _obj(ps, "sponsorCollaboratorsModule"), _obj(ps, "contactsLocationsModule")
    conditions = _obj(ps, "conditionsModule")
    enrollment = _obj(design, "enrollmentInfo")
    study = Study(
        nct_id=_nct(ident.get("nctId")),
        brief_title=_str(ident, "briefTitle"),
        official_title=_str(ident, "officialTitle"),
        acronym=_str(ident, "acronym"),
        overall_status=normalise_status(_str(status, "overallStatus")),
        phases=normalise_phases(_strs(design, "phases")),
        study_type=normalise_study_type(_str(design, "studyType")),
        enrollment=_count(enrollment.get("count")),
        enrollment_type=normalise_date_type(_str(enrollment, "type")),
        conditions=_strs(conditions, "conditions"),
        keywords=_strs(conditions, "keywords"),
        interventions=[_v2_intervention(i) for i in _items(arms_mod, "interventions")],
        arms=[_v2_arm(a) for a in _items(arms_mod, "armGroups")],
        primary_outcomes=[_v2_outcome(o) for o in _items(outcomes, "primaryOutcomes")],
        secondary_outcomes=[_v2_outcome(o) for o in _items(outcomes, "secondaryOutcomes")],
        brief_summary=_markdown(desc, "briefSummary"),
        detailed_description=_markdown(desc, "detailedDescription"),
        eligibility_criteria=_markdown(elig, "eligibilityCriteria"),
        minimum_age=_str(elig, "minimumAge"),
        maximum_age=_str(elig, "maximumAge"),
        sex=normalise_sex(_str(elig, "sex")),
        healthy_volunteers=_yes_no(elig.get("healthyVolunteers")),
        sponsor=_str(_obj(sponsors, "leadSponsor"), "name"),
        collaborators=[t for t in (_str(c, "name") for c in _items(sponsors, "collaborators")) if t],
        sites=[_v2_site(s) for s in _items(places, "locations")],
        central_contacts=[_v2_contact(c) for c in _items(places, "centralContacts")],
        overall_officials=[_v2_official(o) for o in _items(places, "overallOfficials")],
        source_format="v2",
        allocation=_design_word(_str(_obj(design, "designInfo"), "allocation")),
        masking=_masking_word(_str(_obj(_obj(design, "designInfo"), "maskingInfo"), "masking")),
        who_masked=[_design_word(w) for w in _strs(_obj(_obj(design, "designInfo"), "maskingInfo"), "whoMasked")],
        intervention_model=_design_word(_str(_obj(design, "designInfo"), "interventionModel")),
        has_results=raw.get("hasResults") if isinstance(raw.get("hasResults"), bool) else None,
    )
    _set_dates(study, lambda name: (_str(_obj(status, name + "DateStruct"), "date"),
                                    _str(_obj(status, name + "DateStruct"), "type")),
               {"start": "start", "primaryCompletion": "primary_completion", "completion": "completion",
                "studyFirstPost": "first_posted", "lastUpdatePost": "last_update_posted"})
    return _finished(study)


def _set_dates(study: Study, getter: Callable[[str], tuple[str, str]], names: dict[str, str]) -> None:
    """Copy the date (and ACTUAL/ESTIMATED type) of each ``...DateStruct`` named in ``names``."""
    for source, target in names.items():
        value, kind = getter(source)
        date_field = target if target in ("first_posted", "last_update_posted") else f"{target}_date"
        setattr(study, date_field, normalise_date(value))
        if date_field.endswith("_date"):
            setattr(study, f"{date_field}_type", normalise_date_type(kind))


def _finished(study: Study) -> Study:
    study.min_age_years = age_in_years(study.minimum_age)
    study.max_age_years = age_in_years(study.maximum_age)
    if is_valid_nct_id(study.nct_id):
        study.url = STUDY_URL.format(nct_id=study.nct_id)
    return study


def _v2_intervention(d: dict[str, Any]) -> Intervention:
    return Intervention(type=enum_style(_str(d, "type")), name=_str(d, "name"),
                        description=_str(d, "description"), arm_group_labels=_strs(d, "armGroupLabels"))


def _v2_arm(d: dict[str, Any]) -> Arm:
    return Arm(label=_str(d, "label"), type=enum_style(_str(d, "type")), description=_str(d, "description"),
               interventions=_strs(d, "interventionNames"))


def _v2_outcome(d: dict[str, Any]) -> Outcome:
    return Outcome(measure=_str(d, "measure"), time_frame=_str(d, "timeFrame"), description=_str(d, "description"))


def _v2_contact(d: dict[str, Any]) -> Contact:
    return Contact(name=_str(d, "name"), role=enum_style(_str(d, "role")), phone=_str(d, "phone"),
                   email=_str(d, "email"), phone_ext=_str(d, "phoneExt"))


def _v2_site(d: dict[str, Any]) -> Site:
    return Site(facility=_str(d, "facility"), city=_str(d, "city"), state=_str(d, "state"), zip=_str(d, "zip"),
                country=_str(d, "country"), status=normalise_status(_str(d, "status")),
                contacts=[_v2_contact(c) for c in _items(d, "contacts")])


def _v2_official(d: dict[str, Any]) -> Official:
    return Official(name=_str(d, "name"), affiliation=_str(d, "affiliation"), role=enum_style(_str(d, "role")))


# ---------------------------------------------------------------------------------------------
# Classic JSON (PascalCase keys, "...List" wrappers, readable enumerations)


def _wrapped(module: Any, wrapper: str, key: str) -> list[dict[str, Any]]:
    return _items(_obj(module, wrapper), key)


def _wrapped_strs(module: Any, wrapper: str, key: str) -> list[str]:
    return _strs(_obj(module, wrapper), key)


def _design_word(text: str) -> str:
    """"Non-Randomized" and "NON_RANDOMIZED" alike -> "NON_RANDOMIZED"; "Single Group Assignment" -> "SINGLE_GROUP"."""
    word = re.sub(r"[^A-Z0-9]+", "_", text.strip().upper()).strip("_")
    word = re.sub(r"_ASSIGNMENT$", "", word)
    return {"N_A": "NA"}.get(word, word)


def _masking_word(text: str) -> str:
    """"None (Open Label)" -> "NONE", "Double" -> "DOUBLE"."""
    word = _design_word(text)
    return word.split("_")[0] if word else ""


def _from_classic(raw: dict[str, Any]) -> Study:
    ps = _obj(raw, "ProtocolSection")
    ident, status, design = _obj(ps, "IdentificationModule"), _obj(ps, "StatusModule"), _obj(ps, "DesignModule")
    elig, desc = _obj(ps, "EligibilityModule"), _obj(ps, "DescriptionModule")
    arms_mod, outcomes = _obj(ps, "ArmsInterventionsModule"), _obj(ps, "OutcomesModule")
    sponsors, places = _obj(ps, "SponsorCollaboratorsModule"), _obj(ps, "ContactsLocationsModule")
    conditions = _obj(ps, "ConditionsModule")
    enrollment = _obj(design, "EnrollmentInfo")
    study = Study(
        nct_id=_nct(ident.get("NCTId")),
        brief_title=_str(ident, "BriefTitle"),
        official_title=_str(ident, "OfficialTitle"),
        acronym=_str(ident, "Acronym"),
        overall_status=normalise_status(_str(status, "OverallStatus")),
        phases=normalise_phases(_wrapped_strs(design, "PhaseList", "Phase")),
        study_type=normalise_study_type(_str(design, "StudyType")),
        enrollment=_count(enrollment.get("EnrollmentCount")),
        enrollment_type=normalise_date_type(_str(enrollment, "EnrollmentType")),
        conditions=_wrapped_strs(conditions, "ConditionList", "Condition"),
        keywords=_wrapped_strs(conditions, "KeywordList", "Keyword"),
        interventions=[_classic_intervention(i) for i in _wrapped(arms_mod, "InterventionList", "Intervention")],
        arms=[_classic_arm(a) for a in _wrapped(arms_mod, "ArmGroupList", "ArmGroup")],
        primary_outcomes=[_classic_outcome(o, "Primary") for o in
                          _wrapped(outcomes, "PrimaryOutcomeList", "PrimaryOutcome")],
        secondary_outcomes=[_classic_outcome(o, "Secondary") for o in
                            _wrapped(outcomes, "SecondaryOutcomeList", "SecondaryOutcome")],
        brief_summary=_markdown(desc, "BriefSummary"),
        detailed_description=_markdown(desc, "DetailedDescription"),
        eligibility_criteria=_markdown(elig, "EligibilityCriteria"),
        minimum_age=_str(elig, "MinimumAge"),
        maximum_age=_str(elig, "MaximumAge"),
        sex=normalise_sex(_str(elig, "Gender") or _str(elig, "Sex")),
        healthy_volunteers=_yes_no(elig.get("HealthyVolunteers")),
        sponsor=_str(_obj(sponsors, "LeadSponsor"), "LeadSponsorName"),
        collaborators=[t for t in (_str(c, "CollaboratorName")
                                   for c in _wrapped(sponsors, "CollaboratorList", "Collaborator")) if t],
        sites=[_classic_site(s) for s in _wrapped(places, "LocationList", "Location")],
        central_contacts=[_classic_contact(c, "CentralContact")
                          for c in _wrapped(places, "CentralContactList", "CentralContact")],
        overall_officials=[_classic_official(o) for o in _wrapped(places, "OverallOfficialList", "OverallOfficial")],
        source_format="classic",
        allocation=_design_word(_str(_obj(design, "DesignInfo"), "DesignAllocation")),
        masking=_masking_word(_str(_obj(_obj(design, "DesignInfo"), "DesignMaskingInfo"), "DesignMasking")),
        intervention_model=_design_word(_str(_obj(design, "DesignInfo"), "DesignInterventionModel")),
        has_results=bool(raw.get("ResultsSection")) if "ResultsSection" in raw or "ProtocolSection" in raw else None,
    )
    _set_dates(study, lambda name: (_str(_obj(status, name + "DateStruct"), name + "Date"),
                                    _str(_obj(status, name + "DateStruct"), name + "DateType")),
               {"Start": "start", "PrimaryCompletion": "primary_completion", "Completion": "completion",
                "StudyFirstPost": "first_posted", "LastUpdatePost": "last_update_posted"})
    return _finished(study)


def _classic_intervention(d: dict[str, Any]) -> Intervention:
    return Intervention(
        type=enum_style(_str(d, "InterventionType")), name=_str(d, "InterventionName"),
        description=_str(d, "InterventionDescription"),
        arm_group_labels=_wrapped_strs(d, "InterventionArmGroupLabelList", "InterventionArmGroupLabel"))


def _classic_arm(d: dict[str, Any]) -> Arm:
    return Arm(label=_str(d, "ArmGroupLabel"), type=enum_style(_str(d, "ArmGroupType")),
               description=_str(d, "ArmGroupDescription"),
               interventions=_wrapped_strs(d, "ArmGroupInterventionList", "ArmGroupInterventionName"))


def _classic_outcome(d: dict[str, Any], prefix: str) -> Outcome:
    return Outcome(measure=_str(d, f"{prefix}OutcomeMeasure"), time_frame=_str(d, f"{prefix}OutcomeTimeFrame"),
                   description=_str(d, f"{prefix}OutcomeDescription"))


def _classic_contact(d: dict[str, Any], prefix: str) -> Contact:
    return Contact(name=_str(d, f"{prefix}Name"), role=enum_style(_str(d, f"{prefix}Role")),
                   phone=_str(d, f"{prefix}Phone"), email=_str(d, f"{prefix}EMail"),
                   phone_ext=_str(d, f"{prefix}PhoneExt"))


def _classic_site(d: dict[str, Any]) -> Site:
    return Site(facility=_str(d, "LocationFacility"), city=_str(d, "LocationCity"), state=_str(d, "LocationState"),
                zip=_str(d, "LocationZip"), country=_str(d, "LocationCountry"),
                status=normalise_status(_str(d, "LocationStatus")),
                contacts=[_classic_contact(c, "LocationContact")
                          for c in _wrapped(d, "LocationContactList", "LocationContact")])


def _classic_official(d: dict[str, Any]) -> Official:
    return Official(name=_str(d, "OverallOfficialName"), affiliation=_str(d, "OverallOfficialAffiliation"),
                    role=enum_style(_str(d, "OverallOfficialRole")))


# ---------------------------------------------------------------------------------------------
# CSV download

# Column names of the site's download, with the names older downloads used.
_CSV_COLUMNS = {
    "nct number": "NCT Number", "study title": "Study Title", "title": "Study Title",
    "study url": "Study URL", "url": "Study URL", "acronym": "Acronym",
    "study status": "Study Status", "status": "Study Status", "brief summary": "Brief Summary",
    "conditions": "Conditions", "interventions": "Interventions",
    "primary outcome measures": "Primary Outcome Measures",
    "secondary outcome measures": "Secondary Outcome Measures",
    "sponsor": "Sponsor", "collaborators": "Collaborators", "sponsor/collaborators": "Sponsor/Collaborators",
    "sex": "Sex", "gender": "Sex", "age": "Age", "phases": "Phases", "phase": "Phases",
    "enrollment": "Enrollment", "study type": "Study Type", "start date": "Start Date",
    "primary completion date": "Primary Completion Date", "completion date": "Completion Date",
    "first posted": "First Posted", "last update posted": "Last Update Posted", "locations": "Locations",
}


def _records_from_csv(text: str, name: str | None) -> list[_Record]:
    try:
        rows = _csv_rows(text)
        header = next(rows, None)
        if header is None or not any(_column_key(h) == "nct number" for h in header):
            raise _error(translate("Trials", "{file} has no “NCT Number” column, so it is not a ClinicalTrials.gov CSV download."), name)
        records: list[_Record] = []
        for row in rows:
            if not any(cell.strip() for cell in row):
                continue
            if len(records) >= MAX_STUDIES:
                raise _error(translate("Trials", "{file} holds more than 10,000 studies; save a smaller search and import that."), name)
            records.append(_Record("csv", _row_dict(header, row)))
    except csv.Error:
        raise _error(translate("Trials", "{file} is not a CSV file that this program can read."), name) from None
    return records


def _csv_rows(text: str) -> Iterable[list[str]]:
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    return iter(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def _column_key(name: str) -> str:
    return re.sub(r"\s+", " ", name.replace("\ufeff", "")).strip().lower()


def _row_dict(header: list[str], row: list[str]) -> dict[str, str]:
    result: dict[str, str] = {}
    for index, column in enumerate(header):
        key = column.replace("\ufeff", "").strip()
        if key not in result:
            result[key] = row[index] if index < len(row) else ""
    return result


def _csv_cell(raw: dict[str, str], column: str) -> str:
    for key, value in raw.items():
        if _CSV_COLUMNS.get(_column_key(key)) == column:
            return _text(value)
    return ""


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


def _from_csv(raw: dict[str, Any]) -> Study:
    cell = lambda column: _csv_cell(raw, column)  # noqa: E731 - a short local reader
    sponsor, collaborators = cell("Sponsor"), _split(cell("Collaborators"))
    if not sponsor and cell("Sponsor/Collaborators"):
        sponsor, *collaborators = _split(cell("Sponsor/Collaborators")) or [""]
    minimum_age, maximum_age = _csv_ages(cell("Age"))
    study = Study(
        nct_id=_nct(cell("NCT Number")),
        brief_title=cell("Study Title"),
        acronym=cell("Acronym"),
        overall_status=normalise_status(cell("Study Status")),
        phases=normalise_phases(_split(cell("Phases"))),
        study_type=normalise_study_type(cell("Study Type")),
        enrollment=_count(cell("Enrollment")),
        start_date=normalise_date(cell("Start Date")),
        primary_completion_date=normalise_date(cell("Primary Completion Date")),
        completion_date=normalise_date(cell("Completion Date")),
        first_posted=normalise_date(cell("First Posted")),
        last_update_posted=normalise_date(cell("Last Update Posted")),
        conditions=_split(cell("Conditions")),
        interventions=[_csv_intervention(p) for p in _split(cell("Interventions"))],
        primary_outcomes=[Outcome(measure=p) for p in _split(cell("Primary Outcome Measures"))],
        secondary_outcomes=[Outcome(measure=p) for p in _split(cell("Secondary Outcome Measures"))],
        brief_summary=clean_markdown(cell("Brief Summary")),
        minimum_age=minimum_age,
        maximum_age=maximum_age,
        sex=normalise_sex(cell("Sex")),
        sponsor=sponsor,
        collaborators=collaborators,
        sites=[_csv_site(p) for p in _split(cell("Locations"))],
        source_format="csv",
    )
    return _finished(study)


def _csv_intervention(text: str) -> Intervention:
    kind, sep, name = text.partition(":")
    if sep and re.fullmatch(r"[A-Za-z _-]{2,30}", kind.strip()):
        return Intervention(type=enum_style(kind), name=name.strip())
    return Intervention(name=text)


_AGE = r"(\d+(?:\.\d+)?\s+(?:Year|Month|Week|Day|Hour|Minute)s?)"


def _csv_ages(cell: str) -> tuple[str, str]:
    """'18 Years to 64 Years   (Adult)', '18 Years and older', 'up to 17 Years' -> (min, max)."""
    text = cell.strip()
    if m := re.match(rf"(?i){_AGE}\s+to\s+{_AGE}", text):
        return m.group(1), m.group(2)
    if m := re.match(rf"(?i){_AGE}\s+and\s+older", text):
        return m.group(1), ""
    if m := re.match(rf"(?i)(?:up\s+to|until)\s+{_AGE}", text):
        return "", m.group(1)
    return "", ""


_FACILITY_WORDS = lazy(
    r"(?i)\b(hospital|universit|clinic|centre|center|institut|medical|health|research|site|infirmary|"
    r"foundation|college|school|trust|laborator|practice|associates|llc|inc|ltd|gmbh)")


def _csv_site(text: str) -> Site:
    """'Facility, City, State, Zip, Country' with the empty parts left out by the site."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    site = Site()
    if not parts:
        return site
    site.country = parts.pop()
    if parts and re.search(r"\d", parts[-1]) and len(parts[-1]) <= 12:
        site.zip = parts.pop()
    if len(parts) == 1:
        site.city = parts[0]
    elif len(parts) == 2:
        if _FACILITY_WORDS.search(parts[0]):
            site.facility, site.city = parts
        else:
            site.city, site.state = parts
    elif len(parts) >= 3:
        site.facility = ", ".join(parts[:-2])
        site.city, site.state = parts[-2], parts[-1]
    return site


_MAPPERS: dict[str, Callable[[dict[str, Any]], Study]] = {
    "v2": _from_v2,
    "classic": _from_classic,
    "csv": _from_csv,
}


def study_from_record(record: dict[str, Any]) -> Study | None:
    """Map a raw record kept with a trial (v2, classic, or a row of the CSV download) to a study."""
    if not isinstance(record, dict) or not record:
        return None
    try:
        studies = read_trial_file(json.dumps(record, ensure_ascii=False).encode("utf-8"), "record.json")
    except (TrialFileError, TypeError, ValueError, RecursionError):
        studies = _from_csv_row(record)
    return studies[0].study if len(studies) == 1 else None


def _from_csv_row(record: dict[str, Any]) -> list[ImportedStudy]:
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in record.items()):
        return []
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(list(record))
    writer.writerow(list(record.values()))
    try:
        return read_trial_file(out.getvalue().encode("utf-8"), "record.csv")
    except TrialFileError:
        return []
