"""Translation: every string reaches pyside6-lupdate with its context, catalogues built from the translators'
glossaries reach the window, the pack and the command line, and plurals follow each language's rules."""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from careorganiser import i18n

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
PACKAGE = ROOT / "src" / "careorganiser"


def script(name: str):
    """One of the scripts/ tools as a module (they are programs, not part of the package)."""
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> ET.Element:
    ts = tmp_path_factory.mktemp("lupdate") / "careorganiser_en.ts"
    script("i18n_strings").run_lupdate(ts)
    return ET.parse(ts).getroot()


def _messages(root: ET.Element) -> list[tuple[str, str, str | None]]:
    return [(c.findtext("name") or "", m.findtext("source") or "", m.findtext("comment"))
            for c in root.iter("context") for m in c.iter("message")]


def test_lupdate_extracts_every_string_with_a_context(extracted: ET.Element) -> None:
    messages = _messages(extracted)
    contexts = {context for context, _source, _comment in messages}
    empty = [source for context, source, _comment in messages if not context]
    # The old helpers' mistake: tr("Context", "text") read as the text "Context" with "text" as its comment.
    # (Some contexts are also real words, "Rides" or "Medications": those carry no comment.)
    named_as_text = [(context, source, comment) for context, source, comment in messages
                     if source in contexts and comment is not None]
    print(f"pyside6-lupdate: {len(messages)} strings extracted, {len(messages) - len(empty)} with a context, "
          f"{len(empty)} in the empty context, {len(named_as_text)} with a context name as text, "
          f"{len(contexts)} contexts")
    assert len(messages) > 2000  # the whole app, not a few files
    assert empty == []
    assert named_as_text == []


def test_no_string_of_ours_is_in_a_qt_class_context(extracted: ET.Element) -> None:
    """``QWidget.tr("...")`` put the passphrase prompt in the "QWidget" context (and ``QMessageBox.tr`` the
    buttons in "QMessageBox"): our strings use our own contexts, through QCoreApplication.translate."""
    in_qt = sorted((context, source) for context, source, _comment in _messages(extracted)
                   if re.fullmatch(r"Q[A-Z]\w+", context))
    assert in_qt == []


def _literal_calls() -> set[tuple[str, str]]:
    """(context, text) of every translate call with literal arguments in the source, read by Python itself."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and len(node.args) >= 2 and (
                    getattr(node.func, "id", None) == "translate" or getattr(node.func, "attr", None) == "translate") \
                    and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2]):
                found.add((node.args[0].value, node.args[1].value))
    return found


def test_lupdate_finds_every_literal_translate_call(extracted: ET.Element) -> None:
    """lupdate silently drops a call whose count is an expression (``len(rows)``): pass a plain name."""
    seen = {(context, source) for context, source, _comment in _messages(extracted)}
    missing = sorted(_literal_calls() - seen)
    assert missing == []


def test_old_helpers_are_gone_and_the_codemod_has_nothing_left() -> None:
    codemod = script("i18n_codemod")
    assert codemod.main(["--check"]) == 0
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if not codemod.OLD_NAMES.search(text):  # without the word "tr" or "_t" no function has that name
            continue
        tree = ast.parse(text)
        helpers = [n.name for n in tree.body if isinstance(n, ast.FunctionDef) and n.name in ("tr", "_t")]
        assert helpers == [], path


OLD_UI = '''from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("SamplePage", text)


def build(count):
    title = tr("Sample title")
    hint = f"<b>{tr('Shown in an f-string')}</b>"
    long = tr("A long text written over "
              "two lines")
    return title, hint, long
'''

OLD_CORE = '''from careorganiser.i18n import tr


def _t(text: str) -> str:
    return tr("Samples", text)


def words(message):
    return _t("plain words"), tr("Other", "kept context"), tr("Other", message)
'''


def test_the_codemod_rewrites_old_calls_and_changes_nothing_the_second_time() -> None:
    codemod = script("i18n_codemod")
    notes: list[str] = []
    ui_path = codemod.PACKAGE / "ui" / "pages" / "sample.py"
    new_ui = codemod.rewrite(ui_path, OLD_UI, notes)
    assert "def tr" not in new_ui
    assert 'title = QCoreApplication.translate("SamplePage", "Sample title")' in new_ui
    # lupdate reads an f-string as one plain string: the call comes out of it.
    assert "hint = '<b>{}</b>'.format(QCoreApplication.translate('SamplePage', 'Shown in an f-string'))" in new_ui
    first = '    long = QCoreApplication.translate("SamplePage", "A long text written over "'
    assert first + "\n" + " " * first.index('"A long') + '"two lines")' in new_ui  # still lined up
    core_path = codemod.PACKAGE / "services" / "sample.py"
    new_core = codemod.rewrite(core_path, OLD_CORE, notes)
    assert "from careorganiser.i18n import translate\n" in new_core and "def _t" not in new_core
    assert ('return translate("Samples", "plain words"), translate("Other", "kept context"), '
            'translate("Other", message)') in new_core
    assert codemod.rewrite(ui_path, new_ui, notes) == new_ui
    assert codemod.rewrite(core_path, new_core, notes) == new_core
    # A call merged in later from a branch that still used the removed helper finds its context again.
    merged = new_ui.replace('    return title', '    extra = tr("Merged later")\n    return title')
    assert 'extra = QCoreApplication.translate("SamplePage", "Merged later")' in codemod.rewrite(ui_path, merged, notes)


@pytest.mark.parametrize("n, form", [(0, 2), (1, 0), (2, 1), (4, 1), (5, 2), (12, 2), (14, 2), (21, 2), (22, 1),
                                     (25, 2), (104, 1), (112, 2)])
def test_polish_plural_forms(n: int, form: int) -> None:
    assert i18n.plural_index("pl", n) == form


def test_spanish_and_english_plural_forms() -> None:
    assert [i18n.plural_index("es", n) for n in (0, 1, 2, 5)] == [1, 0, 1, 1]
    assert [i18n.plural_index("en", n) for n in (0, 1, 2)] == [1, 0, 1]


def test_counts_in_words_stay_english_in_english() -> None:
    from careorganiser.domain.formatting import count_of

    assert [count_of(n, "person") for n in (1, 3)] == ["1 person", "3 people"]
    assert count_of(1, "dose_events") == "1 dose recorded"
    assert count_of(2, "followup_events") == "2 side effects or events"
    assert count_of(4, "something_new") == "4 something new"


def test_language_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LANGUAGE")
    monkeypatch.setenv("LC_ALL", "pl_PL.UTF-8")
    assert i18n.language_from_environment() == "pl"
    monkeypatch.setenv("LC_ALL", "es_MX.UTF-8")
    assert i18n.language_from_environment() == "es"
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")  # no catalogue: English
    assert i18n.language_from_environment() == "en"
    monkeypatch.setenv("LC_ALL", "C")
    assert i18n.language_from_environment() == "en"


# ------------------------------------------------------------------ a fake glossary, built like `make translations`

FAKE_PL = {
    "Health summary": "PODSUMOWANIE-ZDROWIA",
    "Allergies": "ALERGIE",
    **{month: month.upper() + "-PL" for month in ("January", "February", "March", "April", "May", "June", "July",
                                                  "August", "September", "October", "November", "December")},
    "created profile \u201c{name}\u201d": "utworzono profil \u201e{name}\u201d",
    "wrote the appointment pack ({pack}) to {path}": "zapisano pakiet ({pack}) do {path}",
    "%n person(s)": ["%n osoba", "%n osoby", "%n os\u00f3b"],
    "%n medication(s)": ["%n lek", "%n leki", "%n lek\u00f3w"],
    "Contacts": "KONTAKTY",
    "Weight": "WAGA",
    "What are the possible risks and side effects, and what happens if I have one?": "JAKIE-RYZYKO?",
}


@pytest.fixture(scope="module")
def fake_catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    build = script("i18n_build")
    folder = tmp_path_factory.mktemp("catalogues")
    build.build("pl", folder / "careorganiser_pl.ts", glossary=FAKE_PL, output=folder)
    build.build("en", folder / "careorganiser_en.ts", keep_only_plurals=True, output=folder)
    return folder


@pytest.fixture
def polish(fake_catalogues: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("CAREORGANISER_TRANSLATIONS", str(fake_catalogues))
    monkeypatch.setattr(i18n, "_translate", None)  # code without Qt reads the catalogue (a Qt test may have run)
    i18n.forget_catalogues()
    yield fake_catalogues
    i18n.forget_catalogues()
    i18n.set_language(None)


def test_the_built_catalogue_holds_the_glossary(fake_catalogues: Path) -> None:
    catalogue = json.loads((fake_catalogues / "careorganiser_pl.json").read_text(encoding="utf-8"))
    assert catalogue["Pack"]["Health summary"] == "PODSUMOWANIE-ZDROWIA"
    assert catalogue["Records"]["%n medication(s)"] == ["%n lek", "%n leki", "%n lek\u00f3w"]
    ts = (fake_catalogues / "careorganiser_pl.ts").read_text(encoding="utf-8")
    assert '<message numerus="yes">' in ts and 'language="pl"' in ts
    assert (fake_catalogues / "careorganiser_pl.qm").stat().st_size > 0


def test_plurals_from_the_catalogue_without_qt(polish: Path) -> None:
    i18n.set_language("pl")
    words = [i18n.translate("Records", "%n medication(s)", None, n) for n in (1, 2, 5, 22, 25)]
    assert words == ["1 lek", "2 leki", "5 lek\u00f3w", "22 leki", "25 lek\u00f3w"]
    # English plural forms stand in for a plural the language has not translated yet.
    assert i18n.translate("Records", "%n appointment(s)", None, 3) == "3 appointments"
    from careorganiser.domain.formatting import format_date

    assert format_date(date(2026, 12, 3), full_month=True) == "3 DECEMBER-PL 2026"
    from careorganiser.domain.formatting import format_number

    assert format_number(61.5) == "61,5"  # the decimal comma; the number readers take it back
    # Words of the data files: the measurement catalogue and the question templates.
    from careorganiser.domain.catalogue import builtin_kinds
    from careorganiser.trials.templates import trial_questions

    assert builtin_kinds()["weight_kg"].label == "WAGA"
    assert [q.text for q in trial_questions(None, ["risks"])] == ["JAKIE-RYZYKO?"]
    i18n.set_language("en")
    assert i18n.translate("Records", "%n medication(s)", None, 1) == "1 medication"
    assert format_date(date(2026, 12, 3), full_month=True) == "3 December 2026"


def test_a_translation_shows_in_a_cli_message_and_in_the_pack(polish: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    from pypdf import PdfReader

    from careorganiser import cli

    assert cli.main(["--lang", "pl", "profile", "create", "Nowy"]) == 0
    assert "utworzono profil \u201eNowy\u201d" in capsys.readouterr().out
    target = tmp_path / "pakiet.pdf"
    assert cli.main(["pack", "--profile", "Nowy", "-o", str(target), "--lang", "pl"]) == 0
    assert "zapisano pakiet (" in capsys.readouterr().out
    text = "\n".join(page.extract_text() or "" for page in PdfReader(target).pages)
    assert "PODSUMOWANIE-ZDROWIA" in text and "ALERGIE" in text
    assert datetime.now().strftime("%B").upper() + "-PL" in text  # "Prepared on 3 DECEMBER-PL 2026"
    i18n.set_language("en")
    assert cli.main(["profile", "create", "Second"]) == 0
    assert "created profile \u201cSecond\u201d" in capsys.readouterr().out


def test_a_translation_and_a_qt_plural_show_in_a_page(polish: Path, qtbot, profile) -> None:
    from PySide6.QtWidgets import QApplication

    from careorganiser.services import contacts
    from careorganiser.ui.contacts.page import ContactsPage
    from careorganiser.ui.context import AppContext
    from careorganiser.ui.language import apply_language

    for name in ("Dr Ana Ruiz", "Ewa Nowak"):
        contacts.create_contact(profile, name, role="GP")
    app = QApplication.instance()
    apply_language(app, "pl", set_locale=False)
    try:
        page = ContactsPage(AppContext(profile, clock=lambda: datetime(2026, 11, 21, 10, 0, tzinfo=UTC)))
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
        assert page.count_label.text() == "2 osoby"
        assert i18n.translate("Pack", "Allergies") == "ALERGIE"  # code below ui goes through Qt's catalogue
    finally:
        apply_language(app, "en", set_locale=False)
    assert QApplication.translate("ContactsPage", "%n person(s)", None, 2) == "2 people"


def test_the_language_menu_stores_a_choice_used_from_the_next_start(polish: Path, qtbot, prompter) -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    from careorganiser.ui.context import app_settings
    from careorganiser.ui.language import (
        add_language_menu,
        chosen_language,
        effective_language,
        install_translations,
    )

    window = QMainWindow()
    qtbot.addWidget(window)
    submenu = add_language_menu(window, window.menuBar().addMenu("View"), prompter)
    assert submenu.actions() == []  # filled when it first opens, not before the first paint
    submenu.aboutToShow.emit()
    submenu.aboutToShow.emit()  # a second opening adds nothing more
    actions = {a.text(): a for a in submenu.actions()}
    assert list(actions) == ["System language", "English", "Espa\u00f1ol", "Polski"]
    assert actions["System language"].isChecked() and effective_language() == "en"  # the tests' system
    told: list[str] = []
    prompter.answers["inform"] = lambda _title, text: told.append(text)
    try:
        actions["Polski"].trigger()
    finally:
        prompter.answers.pop("inform")
    assert told == ["Care Organiser will use the new language the next time it starts."]
    assert app_settings().value("view/language") == "pl" and chosen_language() == "pl"
    from PySide6.QtCore import QLocale

    app, before = QApplication.instance(), QLocale()
    try:
        assert install_translations(app) == "pl"  # what the next start does
        assert QLocale().language() == QLocale.Language.Polish  # dates and numbers follow the choice
        assert QApplication.translate("Records", "%n medication(s)", None, 5) == "5 lek\u00f3w"
        assert i18n.translate("Pack", "Health summary") == "PODSUMOWANIE-ZDROWIA"
        i18n.set_language("es")  # --lang wins over the setting
        assert effective_language() == "es"
    finally:
        from careorganiser.ui.language import apply_language

        QLocale.setDefault(before)
        apply_language(app, "en", set_locale=False)
