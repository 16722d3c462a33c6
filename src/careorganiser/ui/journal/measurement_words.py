"""What the measurements tab says about a reading, without widgets: where and how it was taken, its value
against its reference range, the range itself, a kind's label and the value it expects. Tested without a
window (tests/test_measurement_words.py)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from careorganiser.domain.catalogue import MeasurementGroup, MeasurementKind, label_with_unit
from careorganiser.domain.enums import MeasurementContext, MeasurementSource
from careorganiser.services.measurements import Measurement
from careorganiser.ui.locale_text import format_datetime, format_value

# Where a kind is usually measured, offered first when the kind is chosen.
USUAL_SOURCE = {MeasurementGroup.LUNG: MeasurementSource.CLINIC, MeasurementGroup.BLOOD: MeasurementSource.LAB}


def usual_source(kind: MeasurementKind) -> MeasurementSource:
    return USUAL_SOURCE.get(kind.group, MeasurementSource.HOME)


def source_words() -> list[tuple[str, str]]:
    return [(MeasurementSource.HOME, QCoreApplication.translate("MeasurementsPanel", "at home")), (MeasurementSource.CLINIC, QCoreApplication.translate("MeasurementsPanel", "at the clinic")), (MeasurementSource.LAB, QCoreApplication.translate("MeasurementsPanel", "by the lab"))]


def context_words() -> list[tuple[str, str]]:
    """What the person was doing; SpO2 and heart rate mean different things at rest and walking."""
    return [("", QCoreApplication.translate("MeasurementsPanel", "not stated")), (MeasurementContext.REST, QCoreApplication.translate("MeasurementsPanel", "at rest")), (MeasurementContext.EXERTION, QCoreApplication.translate("MeasurementsPanel", "on exertion (walking, exercise)")),
            (MeasurementContext.SLEEP, QCoreApplication.translate("MeasurementsPanel", "during sleep")), (MeasurementContext.ON_OXYGEN, QCoreApplication.translate("MeasurementsPanel", "on oxygen"))]


def value_text(row: Measurement, kind: MeasurementKind | None) -> str:
    text = format_value(kind, row.value)
    text = f"{text} {row.unit}" if row.unit else text
    if row.unit_not_converted:  # an import before units were converted: true in its own unit, used nowhere
        return text + " " + QCoreApplication.translate("MeasurementsPanel", "(unit not converted)")
    if row.range_high is not None and row.value > row.range_high:
        text += " " + QCoreApplication.translate("MeasurementsPanel", "(above range)")
    elif row.range_low is not None and row.value < row.range_low:
        text += " " + QCoreApplication.translate("MeasurementsPanel", "(below range)")
    return text


def value_tooltip(row: Measurement, kind: MeasurementKind | None) -> str:
    """What "(unit not converted)" means, over the value ("" for any other reading)."""
    if not row.unit_not_converted:
        return ""
    return QCoreApplication.translate(
        "MeasurementsPanel", "Imported in {unit} before imports converted units: it is not used in the chart or the "
                             "pre-screen. Enter it again in {kind_unit}.").format(unit=row.unit,
                                                                               kind_unit=kind.unit if kind else "")


def range_text(row: Measurement, kind: MeasurementKind | None) -> str:
    low, high = row.range_low, row.range_high
    if low is None and high is None:
        return ""
    if low is not None and high is not None:
        return f"{format_value(kind, low)}\u2013{format_value(kind, high)}"
    return f"\u2265 {format_value(kind, low)}" if low is not None else f"\u2264 {format_value(kind, high or 0)}"


def kind_label(kind: MeasurementKind) -> str:
    """"FVC (L)": a kind in the list, its unit beside it ("FEV1/FVC ratio" names its unit already)."""
    return label_with_unit(kind.label, kind.unit)


def value_hint(kind: MeasurementKind | None) -> str:
    """The values a kind expects ("40 to 150"), shown in the empty value box; "" for a kind without bounds."""
    if kind is None or kind.min is None or kind.max is None:
        return ""
    return QCoreApplication.translate("MeasurementsPanel", "{low} to {high}").format(
        low=format_value(kind, kind.min), high=format_value(kind, kind.max))


def value_name(unit: str) -> str:
    """The value box's accessible name, with the unit it is typed in."""
    return QCoreApplication.translate("MeasurementsPanel", "Value in {unit}").format(unit=unit) if unit else QCoreApplication.translate("MeasurementsPanel", "Value")


def where_text(row: Measurement) -> str:
    """Where a reading was taken, in words (an unknown word as it is)."""
    return dict(source_words()).get(row.source, row.source)


def taken_text(row: Measurement) -> str:
    """What the person was doing when it was taken ("" when not stated)."""
    return dict(context_words()).get(row.context or "", "") if row.context else ""


def measurement_what(row: Measurement, kind: MeasurementKind | None, zone: ZoneInfo) -> str:
    """"ALT 56 U/L (above range) of Fri 20 Nov 2026 09:40": a reading named in a question or an undo line."""
    return QCoreApplication.translate("MeasurementsPanel", "{label} {value} of {when}").format(
        label=row.label, value=value_text(row, kind), when=format_datetime(row.taken_at, zone))


def chart_kind(listed: str, selected: str | None, in_use: list[str]) -> str:
    """The kind charted: the one the list is filtered on, else the selected reading's, else the first kind
    with readings ("" for none)."""
    if listed:
        return listed
    if selected:
        return selected
    return in_use[0] if in_use else ""


def units_hint(kind: MeasurementKind | None) -> str:
    """The other units the value box takes for ``kind``, from the catalogue ("" for a kind that takes only its
    own): shown under the box and read with it."""
    if kind is None or not kind.convert:
        return ""
    others = QCoreApplication.translate("MeasurementsPanel", " or ").join(unit for unit, _factor in kind.convert)
    return QCoreApplication.translate(
        "MeasurementsPanel", "Type it in {unit}, or in {others} with the unit after the number "
                             "(\u201c{example}\u201d): it is saved in {unit}.").format(
        unit=kind.unit, others=others,  # the example's number and unit kept on one line
        example=f"{format_value(None, _typed_example(kind))}\u00a0{kind.convert[0][0]}")


def _typed_example(kind: MeasurementKind) -> float:
    """The kind's usual value in its first other unit, to a round figure (70 kg: 154 lb; 80 µmol/L: 0.9 mg/dL)."""
    factor = kind.convert[0][1]
    usual = kind.example if kind.example is not None else ((kind.min or 0) + (kind.max or 0)) / 2
    value = usual / factor
    places = 0 if value >= 10 else 1 if value >= 1 else 2
    return round(value, places)


def saved_words(row: Measurement, kind: MeasurementKind | None, typed: tuple[str, str]) -> str:
    """"Saved 74.8 kg (from 165 lb).": a value typed in another unit, as it was stored."""
    number, other = typed
    return QCoreApplication.translate("MeasurementsPanel", "Saved {value} (from {typed}).").format(
        value=f"{format_value(kind, row.value)} {row.unit}".strip(), typed=f"{number} {other}")
