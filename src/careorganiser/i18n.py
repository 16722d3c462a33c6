"""Translation for code below ``ui/`` (no Qt here).

Modules that know nothing of Qt still produce user-visible words (error messages, schedules in plain words,
pack headings, command-line messages). They call ``translate("Context", "text")`` with literal arguments, which
``pyside6-lupdate`` reads like ``QCoreApplication.translate``; plurals as in Qt:
``translate("Records", "%n medication(s)", None, n)``.

In the desktop app the ui routes these calls through Qt's translator (``install(QCoreApplication.translate)``),
so everything comes from the same ``.qm`` catalogues. Without the ui (the command line, the pack written by a
command, tests) the words come from ``resources/translations/careorganiser_<lang>.json``, written by
``make translations`` from the same ``.ts`` files, loaded lazily for the language chosen with ``set_language``
(``--lang``), else from LC_ALL / LC_MESSAGES / LANG. English plural forms come from the ``en`` catalogue.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

#: Languages with a catalogue. English is the source language (its catalogue holds only plural forms).
LANGUAGES = ("en", "es", "pl")
SOURCE_LANGUAGE = "en"

_translate: Callable[..., str] | None = None
_language: str | None = None
_asked_for: str | None = None  # the language named on the command line, if one was


def install(translate: Callable[..., str]) -> None:
    """Send every translation through ``translate`` (the ui passes ``QCoreApplication.translate``)."""
    global _translate
    _translate = translate


def set_language(language: str | None) -> str:
    """Choose the language for text made without Qt: a code or locale name ("pl", "es_ES.UTF-8"); None for
    the environment's. Returns the language used ("en" when there is no catalogue for the one asked for)."""
    global _language, _asked_for
    _language = language_code(language) if language else language_from_environment()
    _asked_for = _language if language else None
    return _language


def use_language(language: str) -> None:
    """Use ``language`` for text made without Qt (the ui keeps this in step with its translators)."""
    global _language
    _language = language_code(language)


def asked_for_language() -> str | None:
    """The language named with ``--lang`` (it wins over the app's setting and the system's), else None."""
    return _asked_for


def forget_catalogues() -> None:
    """Read the catalogues again on next use (after they were rebuilt, or a test pointed elsewhere)."""
    _catalogue.cache_clear()


def language() -> str:
    if _language is None:
        return set_language(None)
    return _language


def language_code(name: str | None) -> str:
    """The catalogue language for a locale name: "pl_PL.UTF-8" -> "pl"; unknown or "C" -> "en"."""
    if not name:
        return SOURCE_LANGUAGE
    code = name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def language_from_environment() -> str:
    """The language the environment asks for, as gettext reads it (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return language_code(value.split(":")[0])
    return SOURCE_LANGUAGE


def plural_index(language: str, n: int) -> int:
    """Which plural form of ``language`` goes with ``n`` (the order Qt Linguist uses for the language)."""
    n = abs(n)
    if language == "pl":  # one, few, many: 1; 2-4, 22-24...; 0, 5-21, 25...
        if n == 1:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0 if n == 1 else 1  # en, es: one, other


def translations_dir() -> Path:
    """Where the built catalogues are: resources/translations, or CAREORGANISER_TRANSLATIONS if set."""
    override = os.environ.get("CAREORGANISER_TRANSLATIONS")
    if override:
        return Path(override)
    from careorganiser.resources import resource_path

    return resource_path("translations")


@cache
def _catalogue(language: str) -> dict[str, dict[str, Any]]:
    import json  # not before the first window: the ui translates through Qt's catalogues

    try:
        path = translations_dir() / f"careorganiser_{language}.json"
        with open(path, encoding="utf-8") as file:
            data = json.load(file)
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def lookup(language: str, context: str, text: str, n: int = -1) -> str | None:
    """The catalogue's translation of ``text`` in ``context`` (plural form chosen for ``n``), or None."""
    found = _catalogue(language).get(context, {}).get(text)
    if isinstance(found, list):
        if not found:
            return None
        found = found[min(plural_index(language, n if n >= 0 else 1), len(found) - 1)]
    return found if isinstance(found, str) and found else None


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the chosen language; ``%n`` in it becomes ``n`` (for plurals pass ``n``)."""
    if _translate is not None:
        if disambiguation is None and n == -1:
            return _translate(context, text)
        return _translate(context, text, disambiguation, n)
    chosen = language()
    found = lookup(chosen, context, text, n)
    if found is None and n >= 0 and chosen != SOURCE_LANGUAGE:
        found = lookup(SOURCE_LANGUAGE, context, text, n)
    result = text if found is None else found
    if n < 0:
        return result
    return result.replace("%Ln", format_integer(n, chosen)).replace("%n", str(n))


def format_integer(n: int, language: str | None = None) -> str:
    """``n`` with the digit grouping of ``language``: 12,345 (en), 12.345 (es), 12 345 (pl)."""
    grouped = f"{n:,}"
    separator = {"es": ".", "pl": "\u00a0"}.get(language or _language or SOURCE_LANGUAGE, ",")
    if language in ("es", "pl") and abs(n) < 10_000:  # both leave four-digit numbers ungrouped
        return str(n)
    return grouped.replace(",", separator)

