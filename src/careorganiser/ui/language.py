"""The language of the app: Qt's translators for the chosen language, and the View > Language menu.

The system locale chooses by default; the menu stores a choice in the app settings ("view/language"),
used from the next start. Strings below ui/ go through the same translators (careorganiser.i18n.install).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QMenu, QWidget

from careorganiser import i18n
from careorganiser.ui.context import app_settings
from careorganiser.ui.prompter import Prompter

SETTING = "view/language"
#: Each language named in itself, as language menus do; "" follows the system.
LANGUAGE_NAMES = {"en": "English", "es": "Español", "pl": "Polski"}
#: The locale used for dates and numbers when a language is chosen over the system's.
LANGUAGE_LOCALES = {"en": "en_GB", "es": "es_ES", "pl": "pl_PL"}


def chosen_language() -> str:
    """The language picked in the menu ("" when the system's is followed)."""
    value = app_settings().value(SETTING, "")
    return value if isinstance(value, str) and value in LANGUAGE_NAMES else ""


def system_language() -> str:
    """The system's language for the user interface (LANGUAGE, else the locale of LC_ALL, LC_MESSAGES, LANG)."""
    preferred = QLocale.system().uiLanguages()
    return i18n.language_code(preferred[0] if preferred else QLocale.system().name())


def effective_language() -> str:
    """``--lang`` if given, else the language chosen in the menu, else the system's."""
    return i18n.asked_for_language() or chosen_language() or system_language()


def install_translations(app: QCoreApplication) -> str:
    """Install the translators for the chosen (else the system's) language; returns that language."""
    language = effective_language()
    return apply_language(app, language, set_locale=language != system_language())


def apply_language(app: QCoreApplication, language: str, set_locale: bool = True) -> str:
    """Replace the app's translators with ``language``'s (English plural forms underneath)."""
    for old in getattr(app, "_careorganiser_translators", []):
        app.removeTranslator(old)
    language = language if language in LANGUAGE_NAMES else i18n.SOURCE_LANGUAGE
    folder = str(i18n.translations_dir())
    installed = []
    for name in dict.fromkeys((i18n.SOURCE_LANGUAGE, language)):
        translator = QTranslator(app)
        if translator.load(f"careorganiser_{name}", folder):
            app.installTranslator(translator)
            installed.append(translator)
    if language != i18n.SOURCE_LANGUAGE:  # Qt's own words (standard buttons) in the same language
        # Imported only here: a start in English never builds the class.
        from PySide6.QtCore import QLibraryInfo

        qt = QTranslator(app)
        if qt.load(QLocale(LANGUAGE_LOCALES[language]), "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            installed.append(qt)
    app._careorganiser_translators = installed  # type: ignore[attr-defined]  # kept alive, removed on change
    if set_locale:
        QLocale.setDefault(QLocale(LANGUAGE_LOCALES[language]))
    i18n.install(QCoreApplication.translate)
    i18n.use_language(language)
    return language


def add_language_menu(parent: QWidget, menu: QMenu, prompter: Prompter) -> QMenu:
    """View > Language: the system's language or one of the catalogues; applies from the next start.

    The choices are added when the menu first opens (``aboutToShow``): not needed for the first paint."""
    submenu = menu.addMenu(QCoreApplication.translate("Language", "&Language"))
    submenu.aboutToShow.connect(lambda: _fill_language_menu(parent, submenu, prompter))
    return submenu


def _fill_language_menu(parent: QWidget, submenu: QMenu, prompter: Prompter) -> None:
    if submenu.actions():
        return  # filled at its first opening
    from PySide6.QtGui import QAction, QActionGroup

    group = QActionGroup(submenu)
    current = chosen_language()
    choices = [("", QCoreApplication.translate("Language", "System language"))] + list(LANGUAGE_NAMES.items())
    for code, label in choices:
        action = QAction(label, submenu)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        action.triggered.connect(lambda _checked=False, c=code: on_language_chosen(parent, c, prompter))
        group.addAction(action)
        submenu.addAction(action)


def on_language_chosen(parent: QWidget | None, code: str, prompter: Prompter) -> None:
    settings = app_settings()
    if code == chosen_language():
        return
    settings.setValue(SETTING, code)
    settings.sync()
    prompter.inform(parent, QCoreApplication.translate("Language", "Language"),
                    QCoreApplication.translate("Language", "Care Organiser will use the new language the next time "
                                                          "it starts."))
