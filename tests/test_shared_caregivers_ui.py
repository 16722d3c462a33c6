"""Two caregivers take turns in the window: each sees the other's work in the handover, with names and times;
a wrong edit is reverted from the history."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale, Qt

from careorganiser.domain.schedules import Schedule
from careorganiser.services import medications as meds
from careorganiser.ui.context import AppContext
from careorganiser.ui.history_dialog import HistoryDialog
from careorganiser.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, profile):
    meds.create_medication(profile, meds.MedicationInput(name="Pirfenidone", dose="1 capsule", stock=90,
                                                         start_date=date(2026, 11, 1)),
                           [Schedule(kind="times", times=("08:00", "20:00"))])
    now = datetime.now(UTC).replace(hour=9, minute=0, second=0, microsecond=0)
    ctx = AppContext(profile, clock=lambda: now)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    return win


def add_caregiver_through_chooser(qtbot, win, name: str) -> None:
    chooser = win.caregiver_chooser
    win.ctx.prompter.answers["ask_text"] = name
    chooser.choose_by_name("Add a caregiver\u2026")
    assert chooser.combo.currentText() == name


def test_two_caregivers_take_turns_and_see_each_others_work(qtbot, window, tmp_path, prompter) -> None:
    win = window
    today = win.page("today")
    assert not today.handover_panel.isVisible()  # nobody chosen yet
    # Anna starts her shift: she adds herself from the status bar and gives the morning dose on Today.
    add_caregiver_through_chooser(qtbot, win, "Anna Hale")
    taken = next(b for d in today.doses() if (b := today.dose_button("take", d)) is not None)
    qtbot.mouseClick(taken, Qt.MouseButton.LeftButton)
    # Tom takes over in the evening.
    add_caregiver_through_chooser(qtbot, win, "Tom Hale")
    qtbot.waitUntil(lambda: any(t.startswith("Anna Hale: Pirfenidone (08:00): taken")
                                for t in today.handover_panel.texts()))
    assert today.handover_panel.isVisible()
    shown = today.handover_panel.list_label.text()
    assert "Anna Hale" in shown and "Pirfenidone (08:00): taken" in shown
    item = next(i for i in today.handover_panel.items if i.who == "Anna Hale")
    local = item.when.astimezone(win.ctx.zone)
    stamp = QLocale().toString(local.replace(tzinfo=None), QLocale.FormatType.ShortFormat)
    clock = QLocale().toString(local.time().replace(tzinfo=None), QLocale.FormatType.ShortFormat)
    assert f"<b>{stamp}</b> \u2014 Anna Hale" in shown or f"<b>{clock}</b> \u2014 Anna Hale" in shown  # when, and who
    # Tom skips the evening dose; Anna comes back and sees it, with Tom's name.
    skip = next(b for d in today.doses() if (b := today.dose_button("skip", d)) is not None)
    qtbot.mouseClick(skip, Qt.MouseButton.LeftButton)
    win.caregiver_chooser.choose_by_name("Anna Hale")
    qtbot.waitUntil(lambda: any("Tom Hale: Pirfenidone (20:00): skipped" == t
                                for t in today.handover_panel.texts()))
    assert all(not t.startswith("Anna Hale") for t in today.handover_panel.texts())  # not her own work
    # She saves the handover sheet, then marks it seen.
    target = tmp_path / "handover.pdf"
    suggested = []
    prompter.answers["save_file"] = lambda title, s: suggested.append(s) or str(target)
    prompter.answers["inform"] = None
    qtbot.mouseClick(today.handover_panel.print_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF") and "Hale" not in suggested[0]
    qtbot.mouseClick(today.handover_panel.seen_button, Qt.MouseButton.LeftButton)
    assert today.handover_panel.texts() == []
    assert "Nothing new" in today.handover_panel.summary.text()


def test_history_reverts_a_wrong_edit(qtbot, window, qtmodeltester, prompter) -> None:
    win = window
    add_caregiver_through_chooser(qtbot, win, "Tom Hale")
    med = meds.list_medications(win.ctx.profile)[0]
    meds.update_medication(win.ctx.profile, med.id, meds.MedicationInput(
        name="Pirfenidone", dose="9 capsules", stock=90, start_date=date(2026, 11, 1)))  # a slip of the finger
    qtbot.keyClick(win, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = win.history_dialog
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    first = dialog.model.row_at(0)
    assert first.who == "Tom Hale" and first.label == "Pirfenidone" and "dose" in first.summary
    assert "1 capsule \u2192 9 capsules" in dialog.detail.text()
    prompter.answers["confirm"] = True
    qtbot.mouseClick(dialog.revert_button, Qt.MouseButton.LeftButton)
    assert meds.get_medication(win.ctx.profile, med.id).dose == "1 capsule"
    assert dialog.model.row_at(0).who == "Tom Hale" and "9 capsules \u2192 1 capsule" in dialog.detail.text()
    win.show_area("medications")
    qtbot.keyClick(win, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    record = win.history_dialog
    qtbot.addWidget(record)
    assert isinstance(record, HistoryDialog) and record.table == "medications" and record.record_key == str(med.id)
    qtmodeltester.check(record.model)
    assert [v.action for v in record.model.rows()] == ["update", "update", "insert"]
    assert "Pirfenidone" in record.heading.text()


def test_the_start_chooser_asks_who_is_here_and_remembers_it(qtbot, profile, prompter) -> None:
    from careorganiser.services import caregivers as svc
    from careorganiser.ui import caregivers

    anna = svc.add_caregiver(profile, "Anna Hale")
    ctx = AppContext(profile)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    asked = []
    prompter.answers["choose"] = lambda title, text, keys: asked.append(title) or str(anna.id)
    caregivers.ask_at_start(win, ctx)
    assert asked and profile.who["caregiver_id"] == anna.id
    assert win.caregiver_chooser.combo.currentText() == "Anna Hale"
    # The next start on this computer account remembers her and does not ask.
    profile.who["caregiver_id"] = None
    again = MainWindow(AppContext(profile))
    qtbot.addWidget(again)
    assert profile.who["caregiver_id"] == anna.id and again.caregiver_chooser.combo.currentText() == "Anna Hale"
    asked.clear()
    caregivers.ask_at_start(again, again.ctx)
    assert asked == []
