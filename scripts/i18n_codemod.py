"""Rewrite translation calls into the forms pyside6-lupdate reads with a literal context.

    python scripts/i18n_codemod.py            # rewrite src/careorganiser in place, print what changed
    python scripts/i18n_codemod.py --check    # change nothing; exit 1 if a file would change

Safe to run again and again (after merging branches that still use the old helpers): a file already in
the new form is left byte for byte as it is. Only the call's name and its first argument change; line
breaks, comments and everything else stay where they were.

What it rewrites:
- under ``ui/``: ``tr("text")`` (the module's ``def tr(text): return QCoreApplication.translate("Ctx", text)``)
  becomes ``QCoreApplication.translate("Ctx", "text")``;
- elsewhere: ``tr("Ctx", "text")`` imported from ``careorganiser.i18n`` becomes ``translate("Ctx", "text")``
  (and the import with it), ``i18n.tr(...)`` becomes ``i18n.translate(...)``, and a module's
  ``_t("text")`` (``def _t(text): return tr("Ctx", text)``) becomes ``translate("Ctx", "text")``.
A module helper (``def tr``/``def _t``) is removed once nothing in its module uses it. When a merged branch
adds ``tr("...")`` to a module whose helper is gone, the context comes from the table below, or else from
the context most used by the module's own translate calls.
Calls whose text is not a literal are left alone and listed (lupdate cannot read them; mark such strings
where they are written, or list them in scripts/i18n_strings.py).
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "careorganiser"

# The contexts of the helpers this script removed (path under src/careorganiser -> context), so that calls
# merged in later from other branches still find their context.
KNOWN_CONTEXTS = {
    "ui/application.py": "Application", "ui/caregivers.py": "Caregivers", "ui/help.py": "Help",
    "ui/history_dialog.py": "History", "ui/idle_lock.py": "IdleLock", "ui/main_window.py": "MainWindow",
    "ui/pack_dialog.py": "PackDialog", "ui/privacy.py": "Privacy", "ui/profile_picker.py": "ProfilePicker",
    "ui/recovery.py": "Recovery", "ui/reminders.py": "Reminders", "ui/search_bar.py": "SearchBar",
    "ui/tray.py": "Tray",
    "ui/appointments/forms.py": "AppointmentForms", "ui/appointments/outcome.py": "AppointmentOutcome",
    "ui/appointments/page.py": "AppointmentsPage", "ui/person/caregiver_box.py": "CaregiverBox",
    "ui/contacts/page.py": "ContactsPage", "ui/medications/dose_history.py": "DoseHistory",
    "ui/followup/page.py": "Followup", "ui/followup/today_section.py": "Followup", "ui/journal/page.py": "JournalPage",
    "ui/journal/notes.py": "JournalPage", "ui/journal/measurement_chart.py": "TrendChart",
    "ui/journal/measurements.py": "MeasurementsPanel", "ui/medications/dialogs.py": "MedicationDialogs",
    "ui/medications/form.py": "MedicationForm", "ui/medications/schedule.py": "ScheduleEditor",
    "ui/medications/page.py": "MedicationsPage", "ui/person/page.py": "PersonPage",
    "ui/questions/dialog.py": "QuestionDialog", "ui/questions/page.py": "QuestionsPage",
    "ui/appointments/rides.py": "Rides", "ui/journal/trends.py": "SymptomTrends", "ui/today/page.py": "TodayPage",
    "ui/trials/detail.py": "TrialsPage", "ui/trials/dialogs.py": "TrialsPage",
    "ui/trials/page.py": "TrialsPage",
    "ui/widgets/contact_chooser.py": "ContactChooser", "ui/widgets/date_field.py": "DateField",
    "ui/widgets/due_now.py": "DueNow", "ui/widgets/handover.py": "Handover", "ui/widgets/save_cancel.py": "SaveCancel",
    "ui/widgets/undo_bar.py": "UndoBar", "ui/widgets/zone_warning.py": "ZoneWarning",
    "commands/trials.py": "TrialsCommand", "domain/followup.py": "Followup", "services/appointments.py": "Appointments",
    "services/doses.py": "Doses", "services/followup.py": "Followup", "services/medications.py": "Medications",
    "services/packs.py": "Pack", "services/questions.py": "Questions", "services/reminders.py": "Reminders",
    "services/trials.py": "Trials", "store/errors.py": "Errors", "store/lock.py": "Lock", "store/outputs.py": "Outputs",
}

UI_CALL = "QCoreApplication.translate"
CORE_CALL = "translate"


class Source:
    """A module's text with edits made at ast positions (which count UTF-8 bytes within a line)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = text.splitlines(keepends=True)
        self.starts = [0]
        for line in self.lines:
            self.starts.append(self.starts[-1] + len(line))
        self.edits: list[tuple[int, int, str]] = []

    def offset(self, lineno: int, col: int) -> int:
        line = self.lines[lineno - 1]
        return self.starts[lineno - 1] + len(line.encode("utf-8")[:col].decode("utf-8"))

    def span(self, node: ast.AST) -> tuple[int, int]:
        return (self.offset(node.lineno, node.col_offset),  # type: ignore[attr-defined]
                self.offset(node.end_lineno, node.end_col_offset))  # type: ignore[attr-defined]

    def replace(self, start: int, end: int, new: str) -> None:
        self.edits.append((start, end, new))

    def result(self) -> str:
        text = self.text
        for start, end, new in sorted(self.edits, reverse=True):
            text = text[:start] + new + text[end:]
        return text


def _literal(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _helper_context(func: ast.FunctionDef) -> str | None:
    """The literal context of ``def tr(text): return X.translate("Ctx", text)`` or ``return tr("Ctx", text)``."""
    if len(func.args.args) != 1 or len(func.body) != 1 or not isinstance(func.body[0], ast.Return):
        return None
    call = func.body[0].value
    if not isinstance(call, ast.Call) or len(call.args) != 2 or not _literal(call.args[0]):
        return None
    name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", None)
    if name not in ("translate", "tr"):
        return None
    if not (isinstance(call.args[1], ast.Name) and call.args[1].id == func.args.args[0].arg):
        return None
    return call.args[0].value  # type: ignore[union-attr]


def _common_context(tree: ast.Module, call_text: str) -> str | None:
    seen: Counter[str] = Counter()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and ast.unparse(node.func) == call_text and len(node.args) >= 2 \
                and _literal(node.args[0]) and _literal(node.args[1]):
            seen[node.args[0].value] += 1  # type: ignore[union-attr]
    return seen.most_common(1)[0][0] if seen else None


def _open_paren(src: Source, func: ast.AST) -> int:
    """The offset just after the ``(`` that follows a call's function expression."""
    at = src.offset(func.end_lineno, func.end_col_offset)  # type: ignore[attr-defined]
    while src.text[at] != "(":
        at += 1
    return at + 1


def _insert_context(src: Source, call: ast.Call, context: str) -> None:
    at = _open_paren(src, call.func)
    follows_newline = src.text[at:at + 1] in ("\n", "\r")
    # Quote the context as the text is quoted: inside an f-string only that quote is allowed.
    text_start = src.offset(call.args[0].lineno, call.args[0].col_offset)
    quote = next(c for c in src.text[text_start:] if c in "'\"")
    inserted = f"{quote}{context}{quote}," + ("" if follows_newline else " ")
    src.replace(at, at, inserted)
    _realign(src, call, len(inserted) + len(UI_CALL if isinstance(call.func, ast.Name) and call.func.id == "tr"
                                              else CORE_CALL) - len(ast.unparse(call.func)), follows_newline)


def _realign_renamed(src: Source, call: ast.Call, shift: int) -> None:
    if call.args:
        at = _open_paren(src, call.func)
        _realign(src, call, shift, src.text[at:at + 1] in ("\n", "\r"))


def _realign(src: Source, call: ast.Call, shift: int, follows_newline: bool) -> None:
    """Keep continuation lines lined up under the call's first argument when they were before."""
    if follows_newline or shift <= 0:
        return
    first = call.args[0]
    line = src.lines[first.lineno - 1]
    column = len(line.encode("utf-8")[:first.col_offset].decode("utf-8"))
    for lineno in range(first.lineno + 1, (call.end_lineno or first.lineno) + 1):
        text = src.lines[lineno - 1]
        indent = len(text) - len(text.lstrip(" "))
        if indent == column and text.strip():
            start = src.starts[lineno - 1]
            src.replace(start, start, " " * shift)


def _remove_function(src: Source, func: ast.FunctionDef) -> None:
    first = func.decorator_list[0].lineno if func.decorator_list else func.lineno
    last = func.end_lineno or func.lineno
    # Take the blank lines after it too, so the module keeps its two-line gaps.
    while last < len(src.lines) and not src.lines[last].strip():
        last += 1
    src.replace(src.starts[first - 1], src.starts[last], "")


def _names_used(tree: ast.Module, name: str, skip: set[int]) -> bool:
    return any(isinstance(n, ast.Name) and n.id == name and id(n) not in skip for n in ast.walk(tree))


#: Every rewrite but the f-string one starts from a name ``tr`` or ``_t`` (a helper, an import, a call): a file
#: without either word only needs the f-string pass (most files; the full pass walks the tree many times).
OLD_NAMES = re.compile(r"\b(tr|_t)\b")

#: The opening of an f-string: its prefix (f with or without r, either case) right before the quote.
F_STRING = re.compile(r"(?<!\w)(?:[fF]|[rR][fF]|[fF][rR])['\"]")


def rewrite(path: Path, text: str, notes: list[str]) -> str:
    rel = path.relative_to(PACKAGE).as_posix()
    in_ui = rel.startswith("ui/")
    if not OLD_NAMES.search(text):
        result = _format_strings_out_of_fstrings(text)
        if result != text:
            _check_bound(rel, ast.parse(result), "QCoreApplication" if in_ui else "translate", notes)
        return result
    tree = ast.parse(text)
    src = Source(text)

    helpers = {node.name: node for node in tree.body
               if isinstance(node, ast.FunctionDef) and node.name in ("tr", "_t")}
    contexts = {name: _helper_context(func) for name, func in helpers.items()}

    # Names bound to careorganiser.i18n.tr, and the i18n module itself.
    i18n_tr_names: set[str] = set()
    i18n_modules: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "careorganiser.i18n":
            for alias in node.names:
                if alias.name == "tr":
                    i18n_tr_names.add(alias.asname or "tr")
                    imported = {a.name for a in node.names}
                    new = "translate" if alias.asname is None else f"translate as {alias.asname}"
                    if "translate" in imported and alias.asname is None:
                        _drop_alias(src, node, alias, notes, rel)
                    else:
                        _rename_alias(src, node, alias, new)
        if isinstance(node, ast.ImportFrom) and node.module == "careorganiser":
            i18n_modules.update(a.asname or a.name for a in node.names if a.name == "i18n")
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "careorganiser.i18n" and alias.asname:
                    i18n_modules.add(alias.asname)

    local_tr_is_i18n = "tr" in i18n_tr_names and "tr" not in helpers
    if in_ui:
        tr_context = contexts.get("tr") or (None if local_tr_is_i18n else
                                            KNOWN_CONTEXTS.get(rel) or _common_context(tree, UI_CALL))
    else:
        tr_context = None
    t_context = contexts.get("_t") or KNOWN_CONTEXTS.get(rel) or _common_context(tree, CORE_CALL)
    if "_t" in helpers and contexts.get("_t") is None:
        t_context = None
        notes.append(f"{rel}: def _t is not a plain one-line translate helper; left alone")

    rewritten: set[int] = set()
    helper_nodes = {id(n) for f in helpers.values() for n in ast.walk(f)}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or id(node) in helper_nodes:
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name) \
                and func.value.id in i18n_modules:
            start, end = src.span(func)
            src.replace(start, end, f"{func.value.id}.translate")
            _realign_renamed(src, node, len("translate") - len("tr"))
            continue
        if not isinstance(func, ast.Name):
            continue
        if func.id in i18n_tr_names and func.id not in helpers:
            start, end = src.span(func)
            src.replace(start, end, "translate" if func.id == "tr" else func.id)
            if func.id == "tr":
                _realign_renamed(src, node, len("translate") - len("tr"))
            rewritten.add(id(func))
            continue
        if func.id == "tr" and in_ui and "tr" not in i18n_tr_names:
            context, call_text = tr_context, UI_CALL
        elif func.id == "_t" and not in_ui and ("_t" in helpers or "_t" not in _assigned_names(tree)):
            context, call_text = t_context, CORE_CALL
        else:
            continue
        if context is None:
            notes.append(f"{rel}:{node.lineno}: no context known for {func.id}(...); left alone")
            continue
        if not node.args or not _literal(node.args[0]):
            what = "an f-string" if node.args and isinstance(node.args[0], ast.JoinedStr) else "not a literal"
            notes.append(f"{rel}:{node.lineno}: {func.id}(...) text is {what}; left alone")
            continue
        start, end = src.span(func)
        src.replace(start, end, call_text)
        _insert_context(src, node, context)
        rewritten.add(id(func))

    for name, func in helpers.items():
        if contexts[name] is not None and not _names_used(tree, name, rewritten | helper_nodes):
            _remove_function(src, func)
    result = _format_strings_out_of_fstrings(src.result())
    if result != text:
        _check_bound(rel, ast.parse(result), "QCoreApplication" if in_ui else "translate", notes)
    return result


def _is_translate(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and (getattr(node.func, "id", None) == "translate"
                                           or getattr(node.func, "attr", None) == "translate")


def _format_template(node: ast.JoinedStr, args: list[str]) -> str:
    """An f-string's text as a str.format template, its expressions appended to ``args``."""
    parts = []
    for value in node.values:
        if isinstance(value, ast.Constant):
            parts.append(str(value.value).replace("{", "{{").replace("}", "}}"))
        elif isinstance(value, ast.FormattedValue):
            args.append(ast.unparse(value.value))
            field = "{"
            if value.conversion != -1:
                field += "!" + chr(value.conversion)
            if value.format_spec is not None:
                field += ":" + _format_template(value.format_spec, args)  # type: ignore[arg-type]
            parts.append(field + "}")
    return "".join(parts)


def _format_strings_out_of_fstrings(text: str) -> str:
    """lupdate reads an f-string as one plain string, so a translate call inside one is never extracted:
    ``f"<b>{translate('C', 'Hi')}</b>"`` becomes ``'<b>{}</b>'.format(translate('C', 'Hi'))``."""
    if "translate" not in text or not F_STRING.search(text):  # no call, or no f-string to move it out of
        return text
    for _ in range(5):  # an f-string nested in one just rewritten is done on the next round
        tree = ast.parse(text)
        outer = []
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr) and any(_is_translate(n) for n in ast.walk(node)):
                outer.append(node)
        inner = {id(n) for o in outer for n in ast.walk(o) if n is not o}
        outer = [o for o in outer if id(o) not in inner]
        if not outer:
            return text
        src = Source(text)
        for node in outer:
            args: list[str] = []
            template = _format_template(node, args)
            start, end = src.span(node)
            src.replace(start, end, f"{template!r}.format({', '.join(args)})")
        text = src.result()
    return text


def _check_bound(rel: str, tree: ast.Module, name: str, notes: list[str]) -> None:
    used = any(isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load) for n in ast.walk(tree))
    bound = any(isinstance(n, (ast.Import, ast.ImportFrom)) and any((a.asname or a.name) == name for a in n.names)
                for n in ast.walk(tree))
    if used and not bound:
        notes.append(f"{rel}: calls {name} but does not import it; add the import by hand")


def _assigned_names(tree: ast.Module) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
    return names


def _alias_span(src: Source, node: ast.ImportFrom, alias: ast.alias) -> tuple[int, int]:
    if sys.version_info >= (3, 10) and getattr(alias, "lineno", None):
        return src.span(alias)
    raise RuntimeError("Python 3.10 or newer is needed")


def _rename_alias(src: Source, node: ast.ImportFrom, alias: ast.alias, new: str) -> None:
    start, end = _alias_span(src, node, alias)
    src.replace(start, end, new)


def _drop_alias(src: Source, node: ast.ImportFrom, alias: ast.alias, notes: list[str], rel: str) -> None:
    start, end = _alias_span(src, node, alias)
    text = src.text
    # Drop "tr, " or ", tr".
    after = end
    while text[after] in " ,":
        after += 1
    if text[end:after].strip().startswith(","):
        src.replace(start, after, "")
    else:
        before = start
        while text[before - 1] in " ,":
            before -= 1
        src.replace(before, end, "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if any file would change")
    parser.add_argument("paths", nargs="*", type=Path, help="files to rewrite (default: all of src/careorganiser)")
    args = parser.parse_args(argv)
    paths = [p.resolve() for p in args.paths] or sorted(PACKAGE.rglob("*.py"))
    changed, notes = [], []
    for path in paths:
        if path.name == "i18n.py" and path.parent == PACKAGE:
            continue
        text = path.read_text(encoding="utf-8")
        new = rewrite(path, text, notes)
        if new != text:
            ast.parse(new)  # never write a file Python cannot read
            changed.append(path)
            if not args.check:
                path.write_text(new, encoding="utf-8")
    for note in notes:
        print("note:", note)
    verb = "would change" if args.check else "changed"
    for path in changed:
        print(f"{verb}: {path.relative_to(ROOT)}")
    print(f"{len(changed)} file(s) {verb}")
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
