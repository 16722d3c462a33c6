"""What the measurements tab says about a reading, without widgets: where and how it was taken, its value
against its reference range, the range itself, a kind's label and the value it expects. Tested without a
window (tests/test_measurement_words.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from careorganiser.domain.catalogue import MeasurementGroup, MeasurementKind, format_value
from careorganiser.domain.enums import MeasurementContext, MeasurementSource
from careorganiser.services.measurements import Measurement

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
    if row.range_high is not None and row.value > row.range_high:
        text += " " + QCoreApplication.translate("MeasurementsPanel", "(above range)")
    elif row.range_low is not None and row.value < row.range_low:
        text += " " + QCoreApplication.translate("MeasurementsPanel", "(below range)")
    return text


def range_text(row: Measurement, kind: MeasurementKind | None) -> str:
    low, high = row.range_low, row.range_high
    if low is None and high is None:
        return ""
    if low is not None and high is not None:
        return f"{format_value(kind, low)}\u2013{format_value(kind, high)}"
    return f"\u2265 {format_value(kind, low)}" if low is not None else f"\u2264 {format_value(kind, high or 0)}"


def kind_label(kind: MeasurementKind) -> str:
    """"FVC (L)": a kind in the list, its unit beside it."""
    return f"{kind.label} ({kind.unit})" if kind.unit else kind.label


def value_hint(kind: MeasurementKind | None) -> str:
    """The values a kind expects ("40 to 150"), shown in the empty value box; "" for a kind without bounds."""
    if kind is None or kind.min is None or kind.max is None:
        return ""
    return QCoreApplication.translate("MeasurementsPanel", "{low} to {high}").format(
        low=format_value(kind, kind.min), high=format_value(kind, kind.max))


def value_name(unit: str) -> str:
    """The value box's accessible name, with the unit it is typed in."""
    return QCoreApplication.translate("MeasurementsPanel", "Value in {unit}").format(unit=unit) if unit else QCoreApplication.translate("MeasurementsPanel", "Value")
