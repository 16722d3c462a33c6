"""The Prepare pack dialog: choices, the QtPdf preview, Save as PDF and Print; the card, the ride sheet, the
calendar export and the File menu entries."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pack_samples as samples
import pytest
from conftest import DEMO_NOW
from PySide6.QtGui import QKeySequence

from careorganiser.ui.context import AppContext
from careorganiser.ui.pack_dialog import PackDialog, open_pack_dialog


@pytest.fixture
def ctx(demo_profile: Any) -> Iterator[AppContext]:
    context = AppContext(demo_profile, clock=lambda: DEMO_NOW)
    yield context


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


#: A printer of low resolution: the same pages through the same route as a 300 dpi one, drawn from page
#: images a seventeenth the size (the whole-pack print test took 4.2 s of processor time here at 300 dpi,
#: at 72 dpi 0.9 s). The page range test prints two pages at full resolution.
LOW_DPI = 72


def make(qtbot: Any, ctx: AppContext, kind: str = "pack", appointment: int | str | None = None) -> PackDialog:
    """The dialog once its first preview (made in a worker) is shown."""
    dialog = PackDialog(ctx, kind, appointment)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.is_ready, timeout=60_000)
    return dialog


def wait_idle(qtbot: Any, dialog: PackDialog) -> None:
    """Until printing or saving (in a worker) is over."""
    qtbot.waitUntil(lambda: not dialog.worker.is_busy(), timeout=60_000)


def wait_for_new_preview(qtbot: Any, dialog: PackDialog, before: bytes) -> None:
    qtbot.waitUntil(lambda: dialog.pdf != before and dialog.page_count() > 0 and dialog.is_ready(), timeout=10_000)


def test_the_dialog_previews_the_next_appointments_pack(qtbot: Any, ctx: AppContext) -> None:
    dialog = make(qtbot, ctx)
    assert dialog.windowTitle() == "Prepare appointment pack"
    assert dialog.appointment.currentText().startswith("Thu 3 Dec 2026 10:30")
    assert dialog.data is not None and dialog.data.appointment is not None
    assert dialog.page_count() > 0
    assert dialog.page_count() == len(samples.pdf_reader(dialog.pdf).pages)
    assert "Dr Anil Mehta" in dialog.summary.text() and f"{dialog.page_count()} pages" in dialog.summary.text()
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert "The last FVC was 61%" in samples.flat("\n".join(samples.page_texts(dialog.pdf)))
    assert all(check.isChecked() for check in dialog.sections.values())
    for widget in (dialog.appointment, dialog.paper, dialog.view):
        assert widget.accessibleName()


def test_sections_paper_and_large_print_change_the_preview(qtbot: Any, ctx: AppContext) -> None:
    dialog = make(qtbot, ctx)
    full = dialog.page_count()
    before = dialog.pdf
    dialog.sections["measurements"].setChecked(False)
    dialog.sections["trials"].setChecked(False)
    wait_for_new_preview(qtbot, dialog, before)
    assert dialog.page_count() < full
    text = samples.flat("\n".join(samples.page_texts(dialog.pdf)))
    assert "Measurements and tests" not in text and "Questions to ask" in text
    assert dialog.options().sections == frozenset(
        {"cover", "questions", "medications", "adherence", "symptoms", "followup", "rides"})
    before = dialog.pdf
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.large_print.setChecked(True)
    wait_for_new_preview(qtbot, dialog, before)
    box = samples.pdf_reader(dialog.pdf).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert dialog.options().large_print


def test_choosing_another_appointment_or_none(qtbot: Any, ctx: AppContext) -> None:
    dialog = make(qtbot, ctx, appointment="a6")
    assert "Medication review and flu vaccine" in dialog.appointment.currentText()
    assert dialog.data is not None and dialog.data.appointment is not None
    assert dialog.data.appointment.clinician_name == "Dr Sarah O'Neill"
    before = dialog.pdf
    dialog.appointment.setCurrentIndex(dialog.appointment.count() - 1)  # no appointment: a health summary
    wait_for_new_preview(qtbot, dialog, before)
    assert dialog.data.appointment is None
    assert "Health summary" in samples.page_texts(dialog.pdf)[0]
    past = [dialog.appointment.itemText(i) for i in range(dialog.appointment.count())]
    assert any(text.endswith("(past)") for text in past)


def test_save_writes_the_previewed_pdf(qtbot: Any, ctx: AppContext, out_dir: Path, prompter: Any) -> None:
    dialog = make(qtbot, ctx)
    seen: list[str] = []

    def answer(title: str, suggested: str) -> str:
        seen.append(suggested)
        return str(out_dir / "pack for the clinic")

    prompter.answers["save_file"] = answer
    dialog.save_button.click()
    wait_idle(qtbot, dialog)
    target = out_dir / "pack for the clinic.pdf"
    assert target.read_bytes() == dialog.pdf
    assert seen and seen[0].endswith("Appointment pack 2026-12-03 - Margaret Hale.pdf")
    assert dialog.saved_path == target
    assert "Saved to" in dialog.summary.text()
    assert sorted(p.name for p in out_dir.iterdir()) == ["pack for the clinic.pdf"]


def test_save_cancelled_or_failing_writes_nothing(qtbot: Any, ctx: AppContext, out_dir: Path, prompter: Any) -> None:
    dialog = make(qtbot, ctx)
    prompter.answers["save_file"] = None
    dialog.save_button.click()
    warnings: list[str] = []
    prompter.answers["save_file"] = str(out_dir / "missing" / "x.pdf")
    prompter.answers["warn"] = lambda title, text: warnings.append(text)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(warnings), timeout=60_000)
    assert warnings and "does not exist" in warnings[0]
    assert list(out_dir.iterdir()) == []


def test_print_goes_through_the_answerable_print_dialog(qtbot: Any, ctx: AppContext, out_dir: Path, prompter: Any) -> None:
    from PySide6.QtPrintSupport import QPrinter

    dialog = make(qtbot, ctx, appointment="a5")
    chosen: list[QPrinter] = []
    target = out_dir / "printed.pdf"

    def choose(printer: QPrinter) -> bool:
        chosen.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setResolution(LOW_DPI)
        return True

    prompter.answers["print"] = choose
    dialog.print_button.click()
    wait_idle(qtbot, dialog)
    assert len(chosen) == 1
    assert chosen[0].pageLayout().pageSize().id().name == "A4"
    printed = samples.pdf_reader(target.read_bytes())
    assert len(printed.pages) == dialog.page_count()
    assert f"Sent {dialog.page_count()} pages" in dialog.summary.text()


def test_print_cancelled_prints_nothing(qtbot: Any, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, prompter: Any) -> None:
    from careorganiser.ui import pack_dialog

    dialog = make(qtbot, ctx)
    calls: list[object] = []
    monkeypatch.setattr(pack_dialog, "print_document", lambda *args: calls.append(args) or 0)
    prompter.answers["print"] = False
    dialog.print_button.click()
    assert calls == [] and not dialog.worker.is_busy()


def test_print_a_page_range(qtbot: Any, ctx: AppContext, out_dir: Path, prompter: Any) -> None:
    from PySide6.QtPrintSupport import QPrinter

    dialog = make(qtbot, ctx)
    target = out_dir / "pages.pdf"

    def choose(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setFromTo(2, 3)  # at the printer's own resolution (pages go at PRINT_DPI): two pages of it
        return True

    prompter.answers["print"] = choose
    dialog.print_button.click()
    wait_idle(qtbot, dialog)
    assert len(samples.pdf_reader(target.read_bytes()).pages) == 2


def test_medication_card_and_ride_sheet_use_the_same_dialog(qtbot: Any, ctx: AppContext, out_dir: Path, prompter: Any) -> None:
    card = make(qtbot, ctx, "card")
    assert card.windowTitle() == "Medication card"
    assert card.page_count() == 1 and card.appointment.isHidden() and card.sections_box.isHidden()
    assert "Penicillin" in samples.page_texts(card.pdf)[0]
    prompter.answers["save_file"] = lambda title, suggested: str(out_dir / Path(suggested).name)
    card.save_button.click()
    wait_idle(qtbot, card)
    assert (out_dir / "Medication card - Margaret Hale.pdf").exists()

    rides = make(qtbot, ctx, "rides", appointment="a5")
    assert rides.page_count() == 1
    assert "Ride sheet for Margaret Hale" in samples.flat(samples.page_texts(rides.pdf)[0])
    before = rides.pdf
    rides.appointment.setCurrentIndex(rides.appointment.count() - 1)  # every ride from today on
    wait_for_new_preview(qtbot, rides, before)
    assert rides.page_count() == 2
    assert "2 ride legs" not in rides.summary.text() and "ride legs" in rides.summary.text()


def test_a_change_in_the_profile_refreshes_the_preview(qtbot: Any, ctx: AppContext) -> None:
    from careorganiser.services import questions

    dialog = make(qtbot, ctx, appointment="a5")
    with ctx.profile.session_factory() as s:
        from sqlalchemy import select

        from careorganiser.store import models as m

        a5 = s.scalars(select(m.Appointment.id).where(m.Appointment.uid == "a5")).one()
    before = dialog.pdf
    questions.create_question(ctx.profile, text="Can she fly to Lisbon in May?", priority="high", appointment_id=a5)
    wait_for_new_preview(qtbot, dialog, before)
    assert "Can she fly to Lisbon in May?" in samples.flat("\n".join(samples.page_texts(dialog.pdf)))


def test_open_pack_dialog_does_not_block(qtbot: Any, ctx: AppContext) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = open_pack_dialog(parent, ctx, appointment_id="a6")
    assert dialog.isVisible() and dialog.parent() is parent
    assert dialog.appointment.currentText() == "Loading\u2026" and not dialog.appointment.isEnabled()
    assert not dialog.print_button.isEnabled() and dialog.progress.isVisible()  # read in a worker meanwhile
    qtbot.waitUntil(dialog.is_ready, timeout=60_000)
    assert "Medication review" in dialog.appointment.currentText() and dialog.appointment.isEnabled()
    assert dialog.print_button.isEnabled() and not dialog.progress.isVisible()
    dialog.close()


def test_file_menu_entries_open_the_dialogs(qtbot: Any, ctx: AppContext, out_dir: Path,
                                           monkeypatch: pytest.MonkeyPatch, prompter: Any) -> None:
    from careorganiser.ui import main_window
    from careorganiser.ui.main_window import Area, MainWindow

    # Only the menus matter here: one light page, so the test does not depend on how the other pages load.
    monkeypatch.setattr(main_window, "areas", lambda: [Area("person", "Person", main_window._person)])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    actions = window.pack_actions
    assert set(actions) == {"pack", "card", "rides", "calendar"}
    assert actions["pack"].shortcut() == QKeySequence("Ctrl+P")
    texts = [a.text() for a in window.file_menu.actions()]
    assert texts[:4] == ["Prepare appointment &pack\u2026", "&Medication card\u2026", "&Ride sheet\u2026",
                         "Export &calendar (.ics)\u2026"]
    actions["pack"].trigger()
    opened = window.findChildren(PackDialog)
    assert len(opened) == 1 and opened[0].kind == "pack"
    qtbot.waitUntil(lambda: opened[0].page_count() > 0, timeout=60_000)
    opened[0].close()
    actions["card"].trigger()
    assert any(d.kind == "card" for d in window.findChildren(PackDialog))

    informed: list[str] = []
    prompter.answers["save_file"] = str(out_dir / "calendar")
    prompter.answers["inform"] = lambda title, text: informed.append(text)
    actions["calendar"].trigger()
    written = out_dir / "calendar.ics"
    assert written.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert informed and str(written) in informed[0]
    for dialog in window.findChildren(PackDialog):
        dialog.close()


def test_print_to_a_file_never_writes_over_the_profile(qtbot: Any, ctx: AppContext, prompter: Any) -> None:
    """Before, Print... > "Print to File (PDF)" with the output file set to the open profile (Qt asked "already
    exists, overwrite?" and Yes was pressed) wrote the pack over the profile: "Sent 2 pages to the printer",
    and the records were gone."""
    from PySide6.QtPrintSupport import QPrinter

    dialog = make(qtbot, ctx)
    profile_file = ctx.profile.info.path
    before = profile_file.read_bytes()
    for target in (profile_file, profile_file.parent / "new.pdf"):

        def choose(printer: QPrinter, target: Path = target) -> bool:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(target))
            printer.setResolution(LOW_DPI)
            return True

        warned: list[str] = []
        prompter.answers.update({"print": choose, "warn": lambda title, text: warned.append(text)})
        dialog.print_button.click()
        wait_idle(qtbot, dialog)
        assert warned == [f"Nothing was printed: Will not write {target}: it is inside Care Organiser's own data "
                          "folder (profiles and backups). Choose a file somewhere else."]
        assert not target.with_name("new.pdf").exists() and "Sent" not in dialog.summary.text()
    assert profile_file.read_bytes()[:16] == before[:16] == b"SQLite format 3\x00"
