"""The measurement catalogue: known kinds with labels and units (resources/measurements.json)."""

from __future__ import annotations

import json
from enum import StrEnum
from functools import cache

from msgspec import Struct
from msgspec.structs import replace

from careorganiser.domain.formatting import measured
from careorganiser.i18n import translate


class MeasurementGroup(StrEnum):
    """The groups kinds are offered and printed in, in this order (resources/measurements.json names them)."""

    LUNG = "lung"
    VITALS = "vitals"
    BLOOD = "blood"
    OTHER = "other"
    CUSTOM = "custom"


GROUP_ORDER: tuple[MeasurementGroup, ...] = tuple(MeasurementGroup)


class MeasurementKind(Struct, frozen=True):
    key: str
    label: str
    unit: str
    group: str = MeasurementGroup.CUSTOM
    min: float | None = None
    max: float | None = None
    decimals: int = 1
    custom: bool = False
    #: Other units people type this in, each with its factor to ``unit`` ("mg/dL" of creatinine: 88.42).
    convert: tuple[tuple[str, float], ...] = ()
    #: A usual value, shown in "Type it like ..." (the middle of min and max was SpO2 75 %, creatinine 1507.5).
    example: float | None = None


@cache
def _catalogue_kinds() -> dict[str, MeasurementKind]:
    from careorganiser.resources import resource_path

    data = json.loads(resource_path("measurements.json").read_text(encoding="utf-8"))
    return {
        k["key"]: MeasurementKind(
            key=k["key"], label=k["label"], unit=k["unit"], group=k.get("group", "other"),
            min=k.get("min"), max=k.get("max"), decimals=int(k.get("decimals", 1)),
            convert=tuple((unit, float(factor)) for unit, factor in k.get("convert", {}).items()),
            example=k.get("example"),
        )
        for k in data["kinds"]
    }


def builtin_kinds() -> dict[str, MeasurementKind]:
    """The catalogue's kinds, labels in the user's language (context "Measurements"; listed for translators
    by scripts/i18n_strings.py)."""
    return {key: replace(kind, label=translate("Measurements", kind.label)) for key, kind in _catalogue_kinds().items()}


def builtin_kind(key: str | None) -> MeasurementKind | None:
    """``builtin_kinds().get(key)`` without making every kind (the pack's pre-screen asks for one at a time)."""
    kind = _catalogue_kinds().get(key) if key is not None else None
    return replace(kind, label=translate("Measurements", kind.label)) if kind is not None else None


def unit_key(unit: str) -> str:
    """A unit as compared: "µmol/L", "umol/l" and "μmol / L" are one unit."""
    return unit.casefold().replace("\u00b5", "u").replace("\u03bc", "u").replace(" ", "")


def unit_not_converted(kind_key: str, unit: str | None) -> bool:
    """A reading of a catalogue kind stored in a unit other than the catalogue's. Typing has always kept the
    catalogue's unit; an import before imports converted units stored the number as written in the file with
    its unit (creatinine "3.5 mg/dL" kept as 3.5). Its number is true in its own unit, so it is shown with its
    unit and a flag, left out of what reads numbers in the catalogue's unit (the pre-screen, the charts, the
    follow-up), and never changed behind the person's back."""
    kind = _catalogue_kinds().get(kind_key)
    return kind is not None and bool(unit) and unit_key(unit or "") != unit_key(kind.unit)


def other_unit(kind: MeasurementKind, typed_unit: str) -> tuple[str, float] | None:
    """The other unit ``typed_unit`` is, as the catalogue spells it, with its factor to the kind's unit ("lb"
    of weight: ("lb", 0.4536)); None for the kind's own unit, no unit, or a unit the kind does not take."""
    if not typed_unit:
        return None
    return next(((other, factor) for other, factor in kind.convert if unit_key(other) == unit_key(typed_unit)), None)


def kind_limits(key: str) -> tuple[float | None, float | None]:
    """The lowest and highest value a measurement of catalogue kind ``key`` can have (None: no limit, or no
    such kind). Needs no translation, so it skips :func:`builtin_kinds`."""
    kind = _catalogue_kinds().get(key)
    return (kind.min, kind.max) if kind is not None else (None, None)


def format_value(kind: MeasurementKind | None, value: float, *, exact: bool = False) -> str:
    """A measured ``value`` as shown (:func:`~careorganiser.domain.formatting.measured`): the kind's decimals,
    or the places it was recorded with when more (62.5 % stays "62.5"), a value typed in another unit to the
    precision typed (165 lb: "74.8"), no trailing zeros. ``exact`` writes the value as stored, unrounded (a
    form that edits it)."""
    if not exact:
        return measured(value, kind.decimals if kind else 2, kind.convert if kind else ())
    text = repr(float(value))
    if "e" in text or "E" in text:
        text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def shown_by(key: str | None) -> tuple[int, tuple[tuple[str, float], ...]]:
    """The ``decimals`` and ``convert`` that :func:`~careorganiser.domain.formatting.measured` shows a value of
    catalogue kind ``key`` by; (0, ()) for a custom or unknown kind (as recorded)."""
    kind = _catalogue_kinds().get(key) if key is not None else None
    return (kind.decimals, kind.convert) if kind is not None else (0, ())


def names_its_unit(label: str, unit: str) -> bool:
    """True when ``label`` already says its ``unit`` ("FEV1/FVC ratio", "DLCO % predicted"), so the unit is
    not put beside it again; also for no unit."""
    if not unit:
        return True
    words = label
    for mark in "()/,;:":
        words = words.replace(mark, " ")
    return unit in words.split()


def label_with_unit(label: str, unit: str) -> str:
    """"FVC (L)": a kind's label with its unit beside it, unless the label names it already."""
    return label if names_its_unit(label, unit) else f"{label} ({unit})"
