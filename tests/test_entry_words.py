"""What the entry forms tell a new caregiver: the units a measurement's value box takes (from the catalogue),
what was stored when a value was typed in another unit, and the history in words, not keys. Built from an
empty profile, through the window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt

from careorganiser.domain.catalogue import builtin_kind
from careorganiser.ui.context import AppContext
from careorganiser.ui.journal.page import JournalPage
from ui_helpers import language, show  # noqa: F401  (language: the fixture)

NOW = datetime(2026, 12, 3, 11, 0, tzinfo=UTC)


def journal(qtbot: Any, profile: Any) -> JournalPage:
    page = JournalPage(AppContext(profile, clock=lambda: NOW))
    show(qtbot, page, 1100, 760)
    page.tabs.setCurrentWidget(page.measures)
    return page


def choose(page: JournalPage, key: str) -> None:
    page.measures.kind_combo.setCurrentIndex(page.measures.kind_combo.findData(key))


def save_value(qtbot: Any, page: JournalPage, key: str, typed: str) -> None:
    panel = page.measures
    choose(page, key)
    panel.value_edit.clear()
    qtbot.keyClicks(panel.value_edit, typed)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)


def test_the_value_box_says_which_other_units_it_takes(qtbot: Any, profile: Any) -> None:
    """The value box took "165 lb" of weight and "1.3 mg/dL" of creatinine, but nothing on the form said so."""
    page = journal(qtbot, profile)
    fields = page.measures.fields
    for key in ("weight_kg", "creatinine_umol_l", "six_minute_walk_m", "haemoglobin_g_l"):
        choose(page, key)
        kind = builtin_kind(key)
        assert kind is not None and kind.convert
        hint = fields.units_label.text()
        assert fields.units_label.isVisible(), key
        for other, _factor in kind.convert:  # the catalogue's units, not a list of the form's own
            assert other in hint and other in fields.value_edit.toolTip()
            assert other in fields.value_edit.accessibleDescription()
        assert kind.unit in hint
    choose(page, "weight_kg")
    assert "154\u00a0lb" in fields.units_label.text()  # an example of the usual weight, in pounds
    choose(page, "spo2_percent")  # takes only its own unit: nothing more to say
    assert not fields.units_label.isVisible() and fields.value_edit.accessibleDescription() == ""


def test_a_value_saved_from_another_unit_says_what_was_stored(qtbot: Any, profile: Any) -> None:
    """A weight typed as "165 lb" was stored as 74.8 kg without a word: the form emptied, the list said kg."""
    page = journal(qtbot, profile)
    bar = page.undo_bar
    save_value(qtbot, page, "weight_kg", "75.2")
    assert not bar.isVisible()  # typed in the kind's own unit: nothing to tell
    save_value(qtbot, page, "weight_kg", "165 lb")
    assert bar.isVisible()
    assert bar.label.text() == "Saved 74.8 kg (from 165 lb)."
    assert not bar.undo_button.isVisible()  # nothing to undo: the words only
    save_value(qtbot, page, "creatinine_umol_l", "1.3mg/dl")
    assert bar.label.text() == "Saved 115 \u00b5mol/L (from 1.3 mg/dL)."


def test_the_history_names_a_measurement_by_its_kind(qtbot: Any, profile: Any) -> None:
    """The history read "weight_kg 74.8 kg" (the kind's key)."""
    from careorganiser.services import history, measurements

    row = measurements.add_measurement(profile, NOW - timedelta(hours=1), "weight_kg", "165 lb", now=NOW)
    custom = measurements.add_custom_kind(profile, "Peak flow", "L/min")
    other = measurements.add_measurement(profile, NOW - timedelta(hours=1), custom.key, "350", now=NOW)
    assert [v.label for v in history.record_history(profile, "measurements", row.id)] == ["Weight 74.8 kg"]
    assert [v.label for v in history.record_history(profile, "measurements", other.id)] == ["Peak flow 350 L/min"]


def test_a_change_in_the_history_reads_in_words(qtbot: Any, profile: Any) -> None:
    """A change read "changed context, value" and "context: rest → exertion; value: 74.843 → 75.3" (stored keys
    and figures)."""
    from careorganiser.services import history, measurements
    from careorganiser.ui.history_dialog import open_record_history

    when = NOW - timedelta(hours=1)
    row = measurements.add_measurement(profile, when, "weight_kg", "165 lb", now=NOW, context="rest")
    measurements.update_measurement(profile, row.id, when, "weight_kg", "75.3", now=NOW, context="exertion")
    dialog = open_record_history(None, AppContext(profile, clock=lambda: NOW), "measurements", row.id)
    qtbot.addWidget(dialog)
    model = dialog.model
    change = model.data(model.index(0, 4), Qt.ItemDataRole.ToolTipRole)
    assert "what the person was doing: at rest \u2192 on exertion" in change
    assert "value: 74.8 \u2192 75.3" in change
    assert model.data(model.index(0, 4)) == "changed what the person was doing, value"  # not "context"
    assert model.data(model.index(0, 3)) == "Weight 75.3 kg"
    assert history.value_words("rides", "status", "asked") == "Asked, not confirmed"
    assert history.value_words("schedules", "kind", "every_hours") == "every few hours"
    assert history.value_words("questions", "priority", "high") == "high"
    assert history.value_words("rides", "notes", None) == "(empty)"


def test_the_appointment_time_hint_says_what_the_field_takes(qtbot: Any, profile: Any) -> None:
    """The hint under the time read "24-hour clock, for example 14:30." while the field takes "2pm" (and its
    own refusal says "for example 14:30 or 2pm")."""
    from PySide6.QtWidgets import QLabel

    from careorganiser.services import appointments
    from careorganiser.ui.appointments.forms import AppointmentDialog

    dialog = AppointmentDialog(AppContext(profile, clock=lambda: NOW))
    show(qtbot, dialog, 520, 380)
    hints = [label.text() for label in dialog.findChildren(QLabel) if "14:30" in label.text()]
    assert hints == ["For example 14:30 or 2pm."]
    qtbot.keyClicks(dialog.time_edit, "2pm")
    qtbot.keyClicks(dialog.place, "Chest clinic")
    dialog.save()
    [saved] = appointments.list_appointments(profile)
    assert dialog.ctx.local(saved.starts_at).hour == 14


def test_the_way_back_box_says_it_takes_a_time(qtbot: Any, profile: Any) -> None:
    """The box for the way back said only "leave empty if there is no ride back"; typed "after lunch" it was
    refused as "not a time of day"."""
    from careorganiser.ui.appointments.rides import RideDialog

    dialog = RideDialog(AppContext(profile, clock=lambda: NOW))
    show(qtbot, dialog, 560, 420)
    assert "12:30" in dialog.return_time.placeholderText()


def test_a_refused_value_is_written_with_the_languages_decimal_comma(qtbot: Any, profile: Any, language: str) -> None:
    """Creatinine typed "1,3" in Polish was refused as "1.3 µmol/L ... type “1.3 mg/dL”": the point of English
    in a message that asks for the number again."""
    page = journal(qtbot, profile)
    save_value(qtbot, page, "creatinine_umol_l", "1,3")
    message = page.measures.errors.message("value")
    assert "1,3 \u00b5mol/L" in message and "1,3 mg/dL" in message and "1.3" not in message
    save_value(qtbot, page, "fvc_litres", "abc")
    message = page.measures.errors.message("value")
    assert "2,5" in message and "2.5" not in message  # the example to type
    save_value(qtbot, page, "fvc_litres", "25")
    message = page.measures.errors.message("value")
    assert "0,1" in message and "0.1" not in message  # the range


def test_a_refused_nct_number_is_shown_whole(qtbot: Any, profile: Any) -> None:
    """The trial dialog kept the height it opened with: its refusal and the caution under it were cut off, the
    title box squeezed over them."""
    from careorganiser.ui.trials.dialogs import AddTrialDialog

    dialog = AddTrialDialog(profile)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.nct_edit, "zz")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    error = dialog.findChild(type(dialog.caution), "error-nct_id")
    assert error.isVisible() and dialog.caution.isVisible()
    qtbot.waitUntil(lambda: all(label.height() >= label.heightForWidth(label.width()) for label in (error, dialog.caution)))
    assert dialog.title_edit.height() >= dialog.title_edit.sizeHint().height()


def test_the_date_of_birth_box_shows_its_example_whole(qtbot: Any, profile: Any) -> None:
    """The empty date of birth read "not recorded, e.g. …": the box was cut to the width of a date, and the
    example of what to type was lost."""
    from careorganiser.ui.person.page import PersonPage

    page = show(qtbot, PersonPage(AppContext(profile, clock=lambda: NOW)), 1100, 760)
    edit = page.dob_edit.edit
    assert edit.text() == "" and "14 Mar 1951" in edit.placeholderText()
    assert edit.width() >= edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 8


def test_the_date_of_birth_label_is_not_covered_by_its_box(qtbot: Any, profile: Any) -> None:
    """At normal text size the box of the date of birth covered the end of its label ("Date of birt")."""
    from PySide6.QtWidgets import QLabel

    from careorganiser.ui.person.page import PersonPage

    page = show(qtbot, PersonPage(AppContext(profile, clock=lambda: NOW)), 1100, 760)
    edit = page.dob_edit.edit
    [label] = [w for w in page.findChildren(QLabel) if w.buddy() is edit]
    right = label.mapTo(page, label.rect().topLeft()).x() + label.fontMetrics().horizontalAdvance(label.text().replace("&", ""))
    assert right < edit.mapTo(page, edit.rect().topLeft()).x()
