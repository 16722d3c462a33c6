"""Every modal question the window puts to the person goes through a Prompter.

The application makes one :class:`Prompter` (real Qt dialogs) and hands it to the ``AppContext`` and to the
windows made before a profile is open (profile picker, recovery, start-up); widgets ask
``self.ctx.prompter.confirm(...)``. Tests hand a :class:`ScriptedPrompter` instead: it answers from a script,
records every question asked, and fails loudly on a question the test did not expect.

This module loads no Qt itself (the dialogs are in ``ui.dialogs``, loaded on the first real question), so a
test that never opens a window keeps Qt unloaded.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from msgspec import Struct


class Question(Struct, frozen=True):
    """One question put to the person: its kind (``"confirm"``, ``"warn"``...) and what it showed."""

    kind: str
    args: tuple[Any, ...]

    @property
    def title(self) -> str:
        return str(self.args[0]) if self.args and isinstance(self.args[0], str) else ""

    @property
    def text(self) -> str:
        """The question's text (the label of ``ask_text``, the suggested path of ``save_file``)."""
        return str(self.args[1]) if len(self.args) > 1 and isinstance(self.args[1], str) else ""


class UnexpectedQuestion(AssertionError):
    """A ScriptedPrompter was asked a question its test gave no answer for."""


class Prompter:
    """Asks the person with the real Qt dialogs. Each method is one kind of question; ``parent`` is the window
    the dialog belongs to."""

    def _ask(self, kind: str, args: tuple[Any, ...], show: Callable[[], Any]) -> Any:
        """Where every question goes: the real prompter shows the dialog (``show``) and returns its answer."""
        from careorganiser.ui.app_icon import set_window_icon

        set_window_icon()  # a question before the main window has painted has the app's icon too
        return show()

    def confirm(self, parent: Any, title: str, text: str, ok_text: str | None = None) -> bool:
        from careorganiser.ui import dialogs

        return bool(self._ask("confirm", (title, text),
                              lambda: dialogs.show_confirm(parent, title, text, ok_text)))

    def choose(self, parent: Any, title: str, text: str, choices: list[tuple[str, str]],
               cancel_text: str | None = None) -> str | None:
        """Ask to pick one of ``choices`` (key, button text); the key of the one pressed, None for cancel."""
        from careorganiser.ui import dialogs

        return self._ask("choose", (title, text, [key for key, _label in choices]),
                         lambda: dialogs.show_choose(parent, title, text, choices, cancel_text))

    def inform(self, parent: Any, title: str, text: str) -> None:
        from careorganiser.ui import dialogs

        self._ask("inform", (title, text), lambda: dialogs.show_inform(parent, title, text))

    def warn(self, parent: Any, title: str, text: str) -> None:
        from careorganiser.ui import dialogs

        self._ask("warn", (title, text), lambda: dialogs.show_warn(parent, title, text))

    def ask_text(self, parent: Any, title: str, label: str, text: str = "", password: bool = False) -> str | None:
        from careorganiser.ui import dialogs

        return self._ask("ask_text", (title, label),
                         lambda: dialogs.show_ask_text(parent, title, label, text, password))

    def ask_passphrase(self, parent: Any, profile_name: str, error: str = "") -> str | None:
        from careorganiser.ui import dialogs

        return self._ask("ask_passphrase", (profile_name, error),
                         lambda: dialogs.show_ask_passphrase(parent, profile_name, error))

    def open_file(self, parent: Any, title: str, filters: str, kind: str = "", private: bool = False) -> str | None:
        from careorganiser.ui import dialogs

        path = self._ask("open_file", (title,), lambda: dialogs.show_open_file(parent, title, filters, kind, private))
        dialogs.remember_folder(kind, path or "")
        return path or None

    def open_files(self, parent: Any, title: str, filters: str, kind: str = "", private: bool = False) -> list[str]:
        from careorganiser.ui import dialogs

        paths = list(self._ask("open_files", (title,),
                               lambda: dialogs.show_open_files(parent, title, filters, kind, private)) or [])
        if paths:
            dialogs.remember_folder(kind, paths[0])
        return paths

    def save_file(self, parent: Any, title: str, suggested: str, filters: str, suffix: str = "",
                  private: bool = False, kind: str = "") -> str | None:
        """Ask where to save; ``suggested`` is a file name (put in the start folder of ``kind``) or a full path,
        and the file name gets ``suffix`` if it lacks it.

        Refuses the app's own files (profiles, backups) at once, and asks before replacing any existing file
        (also one that exists only once the suffix is added). None when the person cancels. ``private`` (a
        protected profile): Qt's own dialog, not the desktop's (which adds the file to the desktop's
        recently-used list), and Qt's remembered folders and history are put back as they were.
        """
        from PySide6.QtCore import QCoreApplication

        from careorganiser.store import outputs
        from careorganiser.ui import dialogs

        if not Path(suggested).is_absolute():
            suggested = str(Path(dialogs.start_folder(kind)) / suggested)
        path = self._ask("save_file", (title, suggested),
                         lambda: dialogs.show_save_file(parent, title, suggested, filters, private))
        if not path:
            return None
        target = Path(path)
        if suffix and target.suffix.lower() != suffix.lower():
            target = target.with_name(target.name + suffix)
        if outputs.is_app_file(target):
            self.warn(parent, title, QCoreApplication.translate(
                "Dialogs", "{path} is one of Care Organiser's own files (profiles and backups). "
                "Choose a file somewhere else.").format(path=target))
            return None
        if target.exists() and not self.confirm(parent, title, QCoreApplication.translate(
                "Dialogs", "{name} already exists. Replace it?").format(name=target.name),
                QCoreApplication.translate("Dialogs", "Replace")):
            return None
        dialogs.remember_folder(kind, str(target))
        return str(target)

    def kept_forms(self) -> list[Any]:
        """Forms the idle lock closed unsaved, with what was typed (``form_draft.FormDraft``, in memory only);
        the same form opened again is filled in from its draft."""
        return self.__dict__.setdefault("_kept_forms", [])

    def run_dialog(self, dialog: Any) -> int:
        """Run a QDialog modally; its result code. A script gets the dialog to fill and accept. A form the
        idle lock closed with text typed in it opens again with that text."""
        from careorganiser.ui import form_draft

        form_draft.opened(dialog, self.kept_forms())
        value = self._ask("run_dialog", (dialog,), lambda: int(dialog.exec()))
        return int(value) if value is not None else int(dialog.result())

    def choose_printer(self, parent: Any, printer: Any) -> bool:
        """Ask for the printer and its settings; True to print. A script gets the printer (and may set it up,
        e.g. to print into a PDF file)."""
        from careorganiser.ui import dialogs

        return bool(self._ask("print", (printer,), lambda: dialogs.show_print_dialog(parent, printer)))


class ScriptedPrompter(Prompter):
    """Answers questions from a script instead of showing dialogs (tests).

    ``answers`` maps a kind (``"confirm"``, ``"choose"``, ``"inform"``, ``"warn"``, ``"ask_text"``,
    ``"ask_passphrase"``, ``"open_file"``, ``"open_files"``, ``"save_file"``, ``"run_dialog"``, ``"print"``) to
    the answer: a value, or a callable given what the question showed (the same arguments a :class:`Question`
    records). Every question is recorded in ``asked``; one with no answer raises :class:`UnexpectedQuestion`
    (and stays in ``unexpected``, so a test can fail even where the window caught the error).
    """

    KINDS = frozenset({"confirm", "choose", "inform", "warn", "ask_text", "ask_passphrase", "open_file",
                       "open_files", "save_file", "run_dialog", "print"})

    def __init__(self, **answers: Any) -> None:
        self.answers: dict[str, Any] = {}
        self.asked: list[Question] = []
        self.unexpected: list[Question] = []
        for kind, value in answers.items():
            self.answer(kind, value)

    def answer(self, kind: str, value: Any) -> None:
        """Answer every later question of this kind with ``value`` (or what the callable returns)."""
        if kind not in self.KINDS:
            raise ValueError(f"no such question kind: {kind!r} (one of {sorted(self.KINDS)})")
        self.answers[kind] = value

    def questions(self, kind: str | None = None) -> list[Question]:
        """The questions asked so far (of one kind)."""
        return [q for q in self.asked if kind is None or q.kind == kind]

    def _ask(self, kind: str, args: tuple[Any, ...], show: Callable[[], Any]) -> Any:
        question = Question(kind, args)
        self.asked.append(question)
        if kind not in self.answers:
            self.unexpected.append(question)
            raise UnexpectedQuestion(f"the test gave no answer for this {kind} question: {args!r}")
        value = self.answers[kind]
        return value(*args) if callable(value) else value


_standing: Prompter | None = None
"""What :func:`default_prompter` returns when set (the test suite sets its ScriptedPrompter here)."""


def default_prompter() -> Prompter:
    """The prompter for a context or window made without one (the application always hands its own)."""
    return _standing if _standing is not None else Prompter()


__all__ = ["Prompter", "Question", "ScriptedPrompter", "UnexpectedQuestion", "default_prompter"]
