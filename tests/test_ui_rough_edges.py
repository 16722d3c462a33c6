"""Rough edges: the new-profile dialog's messages, the padlock, where file dialogs open, the caregiver on the
ride sheet, and Help's guide and "Where is my data"."""

from __future__ import annotations

import stat
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pack_samples as samples
import pytest
from conftest import DEMO_NOW
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from text_fit import clipped_text

from careorganiser import paths
from careorganiser.pack.model import PackOptions
from careorganiser.services import packs
from careorganiser.services import person as person_svc
from careorganiser.services.base import ValidationError
from careorganiser.store import profiles
from careorganiser.ui import dialogs
from careorganiser.ui.application import apply_text_scale
from careorganiser.ui.context import AppContext
from careorganiser.ui.main_window import MainWindow
from careorganiser.ui.profile_picker import NewProfileDialog, ProfilePicker
from quick_kdf import quick_key_derivation  # noqa: F401  (autouse)

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def normal_text_size(qapp: QApplication):
    yield
    apply_text_scale(qapp, 100)


# -- the new-profile dialog

def test_a_long_error_shows_whole_and_an_old_one_goes_before_the_next_try(qtbot: Any, data_dir: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    profiles.create_profile("Margaret Hale").close()
    dialog = NewProfileDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.error_label.isVisible()
    dialog.name_edit.setText("Margaret Hale")
    dialog.on_ok_clicked()
    QApplication.processEvents()
    assert dialog.error_label.isVisible() and "Margaret Hale" in dialog.error_label.text()
    assert clipped_text(dialog) == []  # the reproduction: the message was cut off at the bottom

    # The next try: while the profile is being created, the old problem is gone and the dialog says so.
    seen: list[tuple[bool, str]] = []
    real_create = profiles.create_profile

    def create(name: str, passphrase: str | None = None):  # noqa: ANN202
        seen.append((dialog.error_label.isVisible(), dialog.status_label.text()))
        return real_create(name, passphrase)

    monkeypatch.setattr(profiles, "create_profile", create)
    dialog.name_edit.setText("Walter Hale")
    dialog.on_ok_clicked()
    assert seen == [(False, "Creating the profile\u2026")]
    assert dialog.result() == dialog.DialogCode.Accepted
    dialog.profile.close()


@pytest.mark.parametrize("scale", [100, 200])
def test_every_message_of_the_new_profile_dialog_fits(qtbot: Any, qapp: QApplication, data_dir: Path,
                                                      scale: int) -> None:
    apply_text_scale(qapp, scale)
    dialog = NewProfileDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.protect_check.setChecked(True)
    for passphrase, again in (("ab", "ab"), ("horse battery", "horse batteyr")):
        dialog.pass_edit.setText(passphrase)
        dialog.again_edit.setText(again)
        dialog.on_ok_clicked()
        QApplication.processEvents()
        assert dialog.error_label.text() and clipped_text(dialog) == [], dialog.error_label.text()
    dialog.show_error("x" * 10 + " a much longer message about what went wrong, " * 6)
    QApplication.processEvents()
    assert clipped_text(dialog) == []


# -- the padlock

def test_a_protected_profile_is_marked_with_a_drawn_padlock(qtbot: Any, data_dir: Path) -> None:
    profiles.create_profile("Mum", "secret words").close()
    profiles.create_profile("Dad").close()
    picker = ProfilePicker()
    qtbot.addWidget(picker)
    items = {picker.list.item(i).text(): picker.list.item(i) for i in range(picker.list.count())}
    assert set(items) == {"Mum", "Dad"}, "no padlock character in the text (a font may lack it)"
    assert not items["Mum"].icon().isNull() and not items["Mum"].icon().pixmap(16, 16).isNull()
    assert items["Dad"].icon().isNull()
    assert "protected" in items["Mum"].data(Qt.ItemDataRole.AccessibleTextRole)


# -- file dialogs

def test_file_dialogs_start_in_documents_then_where_the_last_one_of_their_kind_went(
        data_dir: Path, tmp_path: Path, prompter: Any) -> None:
    documents = Path.home() / "Documents"
    documents.mkdir()
    assert Path(dialogs.start_folder("trials")) == documents
    assert Path(dialogs.start_folder("trials")) != Path.cwd()
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    prompter.answers["open_files"] = [str(downloads / "NCT01.json")]
    prompter.open_files(None, "Import", "*.json", kind="trials")
    assert Path(dialogs.start_folder("trials")) == downloads
    assert Path(dialogs.start_folder("calendar")) != downloads, "each kind keeps its own folder"
    assert stat.S_IMODE(paths.settings_file().stat().st_mode) == 0o600

    (tmp_path / "out").mkdir()
    asked: list[str] = []
    prompter.answers["save_file"] = lambda _title, suggested: asked.append(suggested) or str(
        tmp_path / "out" / "Calendar.ics")
    prompter.save_file(None, "Export calendar", "Calendar.ics", "*.ics", kind="calendar")
    assert Path(asked[0]) == documents / "Calendar.ics"
    assert Path(dialogs.start_folder("calendar")) == tmp_path / "out"


def test_a_protected_profile_leaves_nothing_in_qts_file_dialog_history(data_dir: Path) -> None:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.setValue("FileDialog/lastVisited", "file:///home/someone/Public")
    settings.sync()
    with dialogs._QtFileDialogMemory(private=True) as memory:
        assert memory.options() == dialogs.QFileDialog.Option.DontUseNativeDialog
        inside = QSettings(QSettings.Scope.UserScope, "QtProject")
        inside.setValue("FileDialog/lastVisited", "file:///home/someone/Secret-health-folder")
        inside.setValue("FileDialog/history", ["file:///home/someone/Secret-health-folder"])
        inside.sync()
    after = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert after.value("FileDialog/lastVisited") == "file:///home/someone/Public"
    assert after.value("FileDialog/history") is None
    with dialogs._QtFileDialogMemory(private=False) as memory:
        assert memory.options() == dialogs.QFileDialog.Option(0)


# -- the caregiver on the ride sheet

def test_the_ride_sheet_names_the_caregiver_not_the_driver(qtbot: Any, demo_profile: object) -> None:
    """The reproduction: the ride sheet's "who to call" gave the driver the driver's own number as the
    caregiver's. The caregiver is now entered on the Person page."""
    ctx = AppContext(demo_profile, clock=lambda: DEMO_NOW)  # type: ignore[arg-type]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.show_area("person")
    box = page.caregiver
    qtbot.keyClicks(box.name_edit, "Ruth Hale")
    box.on_save_clicked()
    assert "phone number" in box.errors.message("caregiver_phone")
    assert person_svc.get_caregiver(demo_profile) is None, "nothing half-saved"
    qtbot.keyClicks(box.phone_edit, "07700 900999")
    box.on_save_clicked()
    assert person_svc.get_caregiver(demo_profile) == person_svc.CaregiverRow("Ruth Hale", "07700 900999")

    pdf = packs.build_ride_sheet(demo_profile, None, PackOptions(), DEMO_NOW)  # type: ignore[arg-type]
    for page_text in samples.page_texts(pdf):
        text = samples.flat(page_text)
        call = text[text.index("If something goes wrong"):]
        assert "Ruth Hale caregiver 07700 900999" in call
        assert "David Hale Son, caregiver" not in call
    ctx.close()


def test_caregiver_from_an_empty_profile(profile: object) -> None:
    assert person_svc.get_caregiver(profile) is None  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as error:
        person_svc.set_caregiver(profile, "", "07700 900999")  # type: ignore[arg-type]
    assert error.value.field == "caregiver_name"
    with pytest.raises(ValidationError):
        person_svc.set_caregiver(profile, "Ruth", "ring me")  # type: ignore[arg-type]
    assert person_svc.set_caregiver(profile, " Ruth ", "07700 900999") == person_svc.CaregiverRow(  # type: ignore[arg-type]
        "Ruth", "07700 900999")
    assert person_svc.set_caregiver(profile, "", "") is None  # type: ignore[arg-type]
    assert person_svc.get_caregiver(profile) is None  # type: ignore[arg-type]


# -- Help

@pytest.mark.parametrize("scale", [100, 200])
def test_help_has_a_guide_and_says_where_the_data_is(qtbot: Any, qapp: QApplication, profile: object,
                                                     scale: int) -> None:
    apply_text_scale(qapp, scale)
    ctx = AppContext(profile, clock=lambda: NOW)  # type: ignore[arg-type]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.help_menu.actions() if a.text()]
    assert titles[:2] == ["&Getting started", "&Where is my data"] and titles[-1] == "&About Care Organiser"
    window.help_actions[0].trigger()
    guide = window.help_dialog
    qtbot.addWidget(guide)
    text = guide.text.toPlainText()
    for topic in ("Profiles", "reminders", "Prepare pack", "Backups", "shared computer", "passphrase"):
        assert topic in text, topic
    screen = qapp.primaryScreen().availableGeometry()
    assert guide.width() <= screen.width() and guide.height() <= screen.height()
    assert clipped_text(guide) == []
    window.help_actions[1].trigger()
    where = window.help_dialog
    qtbot.addWidget(where)
    text = where.text.toPlainText()
    assert str(profile.info.path) in text  # type: ignore[attr-defined]
    assert str(paths.backups_dir()) in text and "not protected" in text
    assert where.open_button is not None
    assert clipped_text(where) == []
    ctx.close()


def test_the_caregiver_survives_export_and_import(profile: object) -> None:
    import json

    import jsonschema

    from careorganiser.services import profiles as profile_svc
    from careorganiser.store import interchange

    schema = json.loads((Path(interchange.__file__).with_name("interchange.schema.json")).read_text("utf-8"))
    person_svc.set_caregiver(profile, "Ruth Hale", "07700 900999")  # type: ignore[arg-type]
    with profile.session_factory() as s:  # type: ignore[attr-defined]
        doc = interchange.export_document(s)
    assert doc["caregiver"] == {"name": "Ruth Hale", "phone": "07700 900999"}
    jsonschema.validate(doc, schema)
    copy = profiles.create_profile("Copy")
    profile_svc.import_into(copy, doc)
    assert person_svc.get_caregiver(copy) == person_svc.CaregiverRow("Ruth Hale", "07700 900999")
    copy.close()
    # An older export has no caregiver; a wrong one is refused naming the field.
    doc.pop("caregiver")
    older = profiles.create_profile("Older")
    profile_svc.import_into(older, doc)
    assert person_svc.get_caregiver(older) is None
    older.close()
    wrong = profiles.create_profile("Wrong")
    with pytest.raises(Exception, match="caregiver"):
        profile_svc.import_into(wrong, {**doc, "caregiver": "Ruth"})
    wrong.close()
