"""Translation hook for code below ``ui/``.

Modules that know nothing of Qt still produce user-visible words (error messages, schedules in plain
words, pack headings). They call ``tr("Context", "text")``; the ui installs Qt's translator with
``install(QCoreApplication.translate)`` so the same strings go through Qt Linguist catalogues.
Without the ui (the command line, tests) the text is returned as is.
"""

from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str, str], str] | None = None


def install(translate: Callable[..., str]) -> None:
    global _translate
    _translate = translate


def tr(context: str, text: str) -> str:
    if _translate is None:
        return text
    return _translate(context, text)
