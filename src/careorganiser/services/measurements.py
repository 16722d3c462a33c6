"""Measurements: test results and home readings, by kind from the catalogue or a custom kind.

A value of a built-in kind is checked against the catalogue's plausible range (an FVC of 900 % predicted is a
typing slip, not a result) and is always stored in the kind's unit, so that a trend compares like with like.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta

from msgspec import Struct
from sqlalchemy.orm import Session

from careorganiser.domain.catalogue import (
    GROUP_ORDER,
    MeasurementGroup,
    MeasurementKind,
    format_value,
    other_unit,
    unit_key,
)
from careorganiser.domain.formatting import (
    compact_number,
    decimal_point,
    fixed,
    format_date,
    in_kind_unit,
    measured_change,
)
from careorganiser.domain.readings import LARGE_CHANGE, LARGE_CHANGE_DAYS, ContextSeries, by_context
from careorganiser.domain import fields
from careorganiser.domain.enums import MeasurementContext, MeasurementSource
from careorganiser.i18n import translate
from careorganiser.services.base import NotFound, ValidationError, notify
from careorganiser.services.profiles import profile_zone
from careorganiser.services.cleaning import check_instant, clean_text, parse_number, split_unit
from careorganiser.store import models as m
from careorganiser.store import reads
from careorganiser.store.profiles import Profile
from careorganiser.store.queries import measurements as mq
from careorganiser.store.queries.measurements import Measurement

MAX_NOTE = fields.limit("measurements", "note")
MAX_UNIT = fields.limit("measurements", "unit")
MAX_LABEL = fields.limit("measurement_kinds", "label")
# A custom kind has no plausible range; this only catches a runaway paste.
CUSTOM_LIMIT = 1e9


def group_label(group: str) -> str:
    return {
        MeasurementGroup.LUNG: translate("Measurements", "Lung function"),
        MeasurementGroup.VITALS: translate("Measurements", "Vital signs and weight"),
        MeasurementGroup.BLOOD: translate("Measurements", "Blood tests"),
        MeasurementGroup.OTHER: translate("Measurements", "Other"),
        MeasurementGroup.CUSTOM: translate("Measurements", "Your own kinds"),
    }.get(group, group)


def source_label(source: str) -> str:
    return {
        MeasurementSource.HOME: translate("Measurements", "home"),
        MeasurementSource.CLINIC: translate("Measurements", "clinic"),
        MeasurementSource.LAB: translate("Measurements", "lab"),
    }.get(source, source)


def all_kinds(profile: Profile) -> dict[str, MeasurementKind]:
    return mq.kinds(profile.read())


def kinds_by_group(profile: Profile, kinds: dict[str, MeasurementKind] | None = None
                   ) -> list[tuple[str, list[MeasurementKind]]]:
    """Every kind, grouped (lung, vitals, blood, other, custom) in catalogue order (``kinds``: those already read)."""
    groups: dict[str, list[MeasurementKind]] = {}
    for kind in (all_kinds(profile) if kinds is None else kinds).values():
        groups.setdefault(kind.group if kind.group in GROUP_ORDER else MeasurementGroup.OTHER, []).append(kind)
    return [(g, groups[g]) for g in GROUP_ORDER if groups.get(g)]


def kinds_in_use(profile: Profile) -> list[MeasurementKind]:
    """Kinds that have at least one measurement, in the order of ``kinds_by_group``."""
    conn = profile.read()
    with reads.snapshot(conn):
        used = mq.kind_keys_in_use(conn)
        kinds = mq.kinds(conn)
    ordered = [k for _, group in kinds_by_group(profile, kinds) for k in group if k.key in used]
    # A kind that is neither built in nor declared (should not happen) still shows, under its key.
    ordered += [MeasurementKind(key, key, "", custom=True) for key in sorted(used - set(kinds))]
    return ordered


def list_measurements(profile: Profile, kind: str | None = None, limit: int | None = None,
                      offset: int = 0) -> list[Measurement]:
    """Measurements newest first, optionally of one kind and a page at a time."""
    return mq.measurements(profile.read(), kind=kind, newest_first=True, limit=limit, offset=offset)


def count_measurements(profile: Profile, kind: str | None = None) -> int:
    return mq.count(profile.read(), kind)


def get_measurement(profile: Profile, measurement_id: int) -> Measurement:
    found = mq.measurement(profile.read(), measurement_id)
    if found is None:
        raise NotFound(translate("Measurements", "That measurement no longer exists."))
    return found


class KindChart(Struct, frozen=True):
    """A kind's trend chart: its readings split by what the person was doing (``domain.readings.by_context``,
    as the printed pack splits them), and the reference range of its latest reading that gave one."""

    kind: str
    series: tuple[ContextSeries, ...]
    reference: tuple[float | None, float | None]


def chart(profile: Profile, kind: str) -> KindChart:
    """The chart of one kind, read from any thread through a session of its own (the window reads it in a
    worker: a kind measured daily for years has thousands of readings)."""
    with profile.session_factory() as s:
        conn = reads.connection_of(s)
        with reads.snapshot(conn):
            return KindChart(kind, tuple(by_context(mq.series(conn, kind))), mq.reference_range(conn, kind))


def latest(profile: Profile, kind: str) -> Measurement | None:
    rows = list_measurements(profile, kind, limit=1)
    return rows[0] if rows else None


# -- cleaning

_BLOOD_PRESSURE = re.compile(r"\s*(\d{2,3})\s*/\s*(\d{2,3})\s*(?:mm\s*hg)?\s*", re.IGNORECASE)

def _read(number: str) -> str:
    """A number written by :func:`format_value` or :func:`fixed` as a message shows it: with the decimal comma
    in Spanish and Polish ("1,3 mg/dL"), as the person types it there."""
    return number.replace(".", decimal_point())


def describe_range(kind: MeasurementKind) -> str:
    unit = f" {kind.unit}" if kind.unit else ""
    return translate("Measurements", "{low} to {high}{unit}").format(
        low=_read(format_value(kind, kind.min or 0)), high=_read(format_value(kind, kind.max or 0)), unit=unit)


def typed_in_other_unit(kind: MeasurementKind | None, text: str) -> tuple[str, str] | None:
    """The number and the other unit of a value typed in a unit the kind converts from ("165 lb" of weight:
    ("165", "lb")); None for a value in the kind's own unit or without one."""
    if kind is None:
        return None
    number, typed_unit = split_unit(text)
    other = other_unit(kind, typed_unit)
    return (number.strip(), other[0]) if other is not None else None


def _clean(s: Session, taken_at: object, kind_key: object, value: object, unit: object, source: object,
           note: object, range_low: object, range_high: object, now: datetime | None) -> dict[str, object]:
    kinds = mq.kinds(s)
    if not isinstance(kind_key, str) or not kind_key.strip():
        raise ValidationError("kind", translate("Measurements", "Choose what was measured."))
    kind = kinds.get(kind_key.strip())
    if kind is None:
        raise ValidationError("kind", translate("Measurements", "\u201c{kind}\u201d is not a known kind of measurement. "
                                                         "Choose one from the list or add your own kind.")
                              .format(kind=kind_key.strip()[:60]))
    when = check_instant(taken_at, "taken_at", translate("Measurements", "When"), now)
    typed_unit = ""
    pressure = _BLOOD_PRESSURE.fullmatch(value) if isinstance(value, str) else None
    if pressure and kind.key in ("systolic_mmhg", "diastolic_mmhg"):  # "132/84", as the monitor shows it
        top, bottom = kinds.get("systolic_mmhg"), kinds.get("diastolic_mmhg")
        raise ValidationError("value", translate(
            "Measurements", "Value: type one number here. A blood pressure of {top}/{bottom} is two measurements: "
                            "{top} as {systolic} and {bottom} as {diastolic}.").format(
            top=pressure.group(1), bottom=pressure.group(2), systolic=top.label if top else "systolic",
            diastolic=bottom.label if bottom else "diastolic"))
    if isinstance(value, str):  # "92%", "1.8 L", "340 m": the number with its unit
        value, typed_unit = split_unit(value)
    middle = (kind.min + kind.max) / 2 if kind.min is not None and kind.max is not None else 62
    example = _read(format_value(kind, kind.example if kind.example is not None else middle))
    if kind.unit:
        example = translate("Measurements", "{number} or {number} {unit}").format(number=example, unit=kind.unit)
    number = parse_number(value, "value", translate("Measurements", "Value"), example=example)
    assert number is not None
    unit_text = clean_text(unit, "unit", translate("Measurements", "Unit"), max_length=MAX_UNIT, multiline=False)
    other = other_unit(kind, typed_unit)
    converted = other[1] if other is not None else None
    if converted is not None:  # "1.3 mg/dL" of creatinine: stored in µmol/L, as the catalogue keeps it
        number = in_kind_unit(number, converted, kind.decimals)  # extra places kept: nothing typed is lost
        typed_unit = kind.unit
    if typed_unit:
        if not kind.custom and unit_key(typed_unit) != unit_key(kind.unit):
            raise ValidationError("value", translate("Measurements", "Value: {label} is recorded in {unit}, not "
                                                              "\u201c{given}\u201d. Type it like {example}.")
                                  .format(label=kind.label, unit=kind.unit or translate("Measurements", "plain numbers"),
                                          given=typed_unit[:20], example=example))
        unit_text = unit_text or typed_unit
    if not kind.custom:
        if unit_text and unit_key(unit_text) != unit_key(kind.unit):
            raise ValidationError("unit", translate("Measurements", "{label} is recorded in {unit}, not \u201c{given}\u201d.")
                                  .format(label=kind.label, unit=kind.unit, given=unit_text))
        unit_text = kind.unit
        if (kind.min is not None and number < kind.min) or (kind.max is not None and number > kind.max):
            unit = f" {kind.unit}" if kind.unit else ""
            message = translate(
                "Measurements",
                "{label} of {value}{unit} is not plausible: it should be from {range}. Check the number.",
            ).format(label=kind.label, value=compact_number(number, _read(format_value(None, number))), unit=unit,
                     range=describe_range(kind))
            for other, factor in kind.convert:  # a lab value written in another unit ("1.3" creatinine in mg/dL)
                if converted is None and kind.min is not None and kind.max is not None \
                        and kind.min <= number * factor <= kind.max:
                    message += " " + translate("Measurements", "If it is in {other}, type \u201c{value} {other}\u201d "
                                                               "(that is {converted}{unit}).").format(
                        other=other, value=_read(format_value(None, number, exact=True)),
                        converted=_read(fixed(number * factor, kind.decimals)), unit=unit)  # a hint, rounded
            raise ValidationError("value", message)
    else:
        unit_text = unit_text or kind.unit
        if abs(number) > CUSTOM_LIMIT:
            raise ValidationError("value", translate("Measurements", "The value is too large to be a measurement."))
    source_text = source if isinstance(source, str) else ""
    if source_text not in {s_.value for s_ in MeasurementSource}:
        raise ValidationError("source", translate("Measurements", "Choose where it was measured: home, clinic or lab."))
    low = parse_number(range_low, "range_low", translate("Measurements", "Bottom of the reference range"), required=False)
    high = parse_number(range_high, "range_high", translate("Measurements", "Top of the reference range"), required=False)
    if low is not None and high is not None and low > high:
        raise ValidationError("range_high", translate("Measurements",
                                                      "The top of the reference range is below its bottom."))
    return {
        "taken_at": when, "kind": kind.key, "value": number, "unit": unit_text, "source": source_text,
        "note": clean_text(note, "note", translate("Measurements", "Note"), max_length=MAX_NOTE),
        "range_low": low, "range_high": high,
    }


# -- changes

def _clean_context(context: object) -> str | None:
    if context is None or context == "":
        return None
    if context not in {c.value for c in MeasurementContext}:
        raise ValidationError("context", translate("Measurements", "Choose when it was taken: at rest, on exertion, during "
                                                            "sleep or on oxygen."))
    return str(context)


_UNCHANGED = object()


def large_change(profile: Profile, taken_at: datetime, kind: str, value: float | str, *,
                 now: datetime | None = None, measurement_id: int | None = None) -> str | None:
    """What to ask before saving a reading far from the person's previous one of the same kind (within
    ``LARGE_CHANGE_DAYS`` before it; ``measurement_id``: the reading being changed, not compared with itself),
    or None: "165 kg is 88 kg more than 77 kg on 1 Dec 2026. Typed in lb? Write 165 lb." A value the save
    would refuse gives None (the save says why)."""
    share = LARGE_CHANGE.get(kind) if isinstance(kind, str) else None
    if share is None:
        return None
    with profile.session_factory() as s:
        try:
            cleaned = _clean(s, taken_at, kind, value, None, MeasurementSource.HOME, "", None, None, now)
        except ValidationError:
            return None
        when = cleaned["taken_at"]
        assert isinstance(when, datetime)
        earlier = [r for r in mq.measurements(s, kind=kind, since=when - timedelta(days=LARGE_CHANGE_DAYS),
                                              until=when, newest_first=True, limit=2)
                   if r.id != measurement_id]
        k = mq.kinds(s)[kind]
        zone = profile_zone(s)
    if not earlier or earlier[0].value <= 0:
        return None
    number, before = float(cleaned["value"]), earlier[0]  # type: ignore[arg-type]
    if abs(number - before.value) <= share * before.value:
        return None
    unit = f" {k.unit}" if k.unit else ""

    def shown(v: float) -> str:
        return _read(format_value(k, v)) + unit

    words = (translate("Measurements", "{value} is {change} more than {previous} on {date}.") if number > before.value
             else translate("Measurements", "{value} is {change} less than {previous} on {date}."))
    change, places = measured_change(before.value, number, k.decimals, k.convert)  # from the figures shown
    text = words.format(value=shown(number), change=_read(fixed(abs(change), places)) + unit, previous=shown(before.value),
                        date=format_date(before.taken_at.astimezone(zone).date()))
    typed = typed_in_other_unit(k, value) if isinstance(value, str) else None
    if typed is None:
        typed_number = value.strip() if isinstance(value, str) else _read(format_value(None, number, exact=True))
        for other, factor in k.convert:
            if abs(number * factor - before.value) <= share * before.value:
                return text + " " + translate("Measurements", "Typed in {other}? Write {value} {other}.").format(
                    other=other, value=typed_number)
    return text


def add_measurement(profile: Profile, taken_at: datetime, kind: str, value: float | str, unit: str | None = None,
                    source: str = MeasurementSource.HOME, note: str = "", range_low: float | str | None = None,
                    range_high: float | str | None = None, *, now: datetime | None = None,
                    context: str | None = None) -> Measurement:
    """Record a measurement; ``unit`` defaults to the kind's. ``now`` refuses a time in the future.

    ``context`` says what the person was doing ("rest", "exertion", "sleep", "on_oxygen"), or None.
    """
    with profile.session_factory.begin() as s:
        values = _clean(s, taken_at, kind, value, unit, source, note, range_low, range_high, now)
        values["context"] = _clean_context(context)
        x = m.Measurement(**values)
        s.add(x)
        s.flush()
        row = mq.measurement(s, x.id)
        assert row is not None
    notify(profile, records={"measurements": [row.id]})
    return row


def update_measurement(profile: Profile, measurement_id: int, taken_at: datetime, kind: str, value: float | str,
                       unit: str | None = None, source: str = MeasurementSource.HOME, note: str = "",
                       range_low: float | str | None = None, range_high: float | str | None = None, *,
                       now: datetime | None = None, context: object = _UNCHANGED) -> Measurement:
    with profile.session_factory.begin() as s:
        x = s.get(m.Measurement, measurement_id)
        if x is None or x.deleted_at is not None:
            raise NotFound(translate("Measurements", "That measurement no longer exists."))
        values = _clean(s, taken_at, kind, value, unit, source, note, range_low, range_high, now)
        if context is not _UNCHANGED:
            values["context"] = _clean_context(context)
        for key, val in values.items():
            setattr(x, key, val)
        s.flush()
        row = mq.measurement(s, x.id)
        assert row is not None
    notify(profile, records={"measurements": [row.id]})
    return row


_KEY = re.compile(r"^[a-z0-9][a-z0-9_]{0,63}$")


def _slug(label: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "_", ascii_text).strip("_")[:48]


def add_custom_kind(profile: Profile, label: str, unit: str = "", key: str | None = None) -> MeasurementKind:
    """Declare a kind the catalogue lacks ("Peak flow", "L/min"). The key is made from the label unless given."""
    label_text = clean_text(label, "label", translate("Measurements", "Name"), max_length=MAX_LABEL, multiline=False,
                            required=True)
    unit_text = clean_text(unit, "unit", translate("Measurements", "Unit"), max_length=MAX_UNIT, multiline=False)
    with profile.session_factory.begin() as s:
        kinds = mq.kinds(s)
        for existing in kinds.values():
            if existing.label.casefold() == label_text.casefold():
                raise ValidationError("label", translate("Measurements", "There is already a kind called \u201c{label}\u201d.")
                                      .format(label=existing.label))
        if key is not None:
            key_text = key.strip() if isinstance(key, str) else ""
            if not _KEY.match(key_text):
                raise ValidationError("key", translate("Measurements",
                                                       "A key uses lower-case letters, digits and _ (at most 64)."))
            if key_text in kinds:
                raise ValidationError("key", translate("Measurements", "The key \u201c{key}\u201d is already used.")
                                      .format(key=key_text))
        else:
            base = _slug(label_text) or "custom"
            key_text, n = base, 1
            while key_text in kinds:
                n += 1
                key_text = f"{base}_{n}"
        s.add(m.MeasurementKindRow(key=key_text, label=label_text, unit=unit_text))
    notify(profile, "measurements", records={"measurements": []})  # a new kind (its key is not a row id); no measurement changed
    return MeasurementKind(key_text, label_text, unit_text, group=MeasurementGroup.CUSTOM, decimals=2, custom=True)
