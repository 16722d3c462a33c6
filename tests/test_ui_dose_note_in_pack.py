"""A dose marked Taken on Today, with a note written on it in the medication's history, prints in the pack
once (round 25: a note on a dose taken at its time was printed nowhere)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from clock import Clock
from PySide6.QtCore import Qt
from test_pack_gather import text_of
from test_ui_dose_marking import LATE_MORNING, MORNING, dose, event, make_page, med_id, menu_action
from test_ui_dose_marking import london, no_dialogs  # noqa: F401  (the fixtures)

from careorganiser.pack.model import PackOptions
from careorganiser.services import packs

NOTE = "took it with food, felt dizzy after"


def test_a_note_on_a_dose_taken_on_today_prints_in_the_pack_once(qtbot: Any, london: Any, prompter: Any) -> None:
    from careorganiser.ui.context import AppContext
    from careorganiser.ui.medications.dose_history import DoseEventDialog
    from careorganiser.ui.medications.page import MedicationsPage

    today = make_page(qtbot, london, LATE_MORNING)
    menu_action(today.dose_button("take", dose(today, "Pirfenidone", MORNING)), "take-scheduled").trigger()
    later = LATE_MORNING + timedelta(days=2)
    page = MedicationsPage(AppContext(london, clock=Clock(later)))
    qtbot.addWidget(page)
    page.show()
    page.select_medication(med_id(london, "Pirfenidone"))
    page.history.table.selectRow(0)

    def fill(dialog: DoseEventDialog) -> None:
        dialog.show()
        dialog.note.setText(NOTE)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    prompter.answers["run_dialog"] = fill
    qtbot.mouseClick(page.history.edit_button, Qt.MouseButton.LeftButton)
    stored = event(london, "Pirfenidone", MORNING)
    assert (stored.status, stored.taken_at, stored.note) == ("taken", MORNING, NOTE)

    text = text_of(packs.build_pack(london, None, PackOptions(), later))
    assert text.count(NOTE) == 1
    assert "Notes on doses" in text
    assert "08:00 on 21 Nov taken" in text
