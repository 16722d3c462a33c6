"""Build the translation catalogues (``make translations``).

    python scripts/i18n_build.py

For each language (es, pl):
1. ``pyside6-lupdate`` over src/ into translations/careorganiser_<lang>.ts (translations already in the file
   are kept; strings gone from the code are dropped);
2. the words of the data files (scripts/i18n_strings.py) are added, and every source with ``%n`` is made a
   plural (lupdate's Python reader takes ``translate(ctx, text, None, n)`` for a plain message);
3. translations/<lang>.json, the translators' glossary (English source -> translation; a list of plural
   forms for ``%n`` sources; a key "Context::source" gives one context its own translation), fills the
   file (the glossary wins over the .ts);
4. ``pyside6-lrelease`` writes resources/translations/careorganiser_<lang>.qm for Qt, and the finished
   translations go to resources/translations/careorganiser_<lang>.json for code without Qt (careorganiser.i18n).
English is the source language: its catalogue holds only the plural forms (translations/en.json), made from a
scratch .ts that is not kept.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import i18n_strings  # noqa: E402  (the script beside this one)

ROOT = i18n_strings.ROOT
TRANSLATIONS = ROOT / "translations"
OUTPUT = ROOT / "resources" / "translations"
LANGUAGES = ("es", "pl")
PLURAL_FORMS = {"en": 2, "es": 2, "pl": 3}
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n")


def lrelease_program() -> str:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    if beside.exists():
        return str(beside)
    found = shutil.which("pyside6-lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease was not found: install PySide6 in this Python's environment")
    return found


def load_glossary(language: str) -> dict[str, str | list[str]]:
    path = TRANSLATIONS / f"{language}.json"
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise SystemExit(f"{path}: must be a JSON object mapping English text to its translation")
    return data


def glossary_problems(language: str, glossary: dict[str, str | list[str]]) -> list[str]:
    """Entries a catalogue cannot use: wrong shape, wrong number of plural forms, placeholders lost."""
    problems = []
    for key, value in glossary.items():
        source = key.split("::", 1)[-1]
        forms = value if isinstance(value, list) else [value]
        if i18n_strings.is_plural(source) and (not isinstance(value, list) or len(value) != PLURAL_FORMS[language]):
            problems.append(f"{language}.json: {source!r} is a plural: give a list of {PLURAL_FORMS[language]} forms")
            continue
        if not i18n_strings.is_plural(source) and not isinstance(value, str):
            problems.append(f"{language}.json: {source!r} needs one text, not {type(value).__name__}")
            continue
        wanted = set(PLACEHOLDER.findall(source)) - {"%n"}
        for form in forms:
            if not isinstance(form, str):
                problems.append(f"{language}.json: {source!r} has a form that is not text")
            elif wanted - set(PLACEHOLDER.findall(form)):
                problems.append(f"{language}.json: {source!r} -> {form!r} lacks {sorted(wanted - set(PLACEHOLDER.findall(form)))}")
    return problems


def _message(context: ET.Element, source: str) -> ET.Element:
    message = ET.SubElement(context, "message")
    ET.SubElement(message, "source").text = source
    ET.SubElement(message, "translation", {"type": "unfinished"})
    return message


def add_data_strings(root: ET.Element) -> None:
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    present = {(name, m.findtext("source")) for name, c in contexts.items() for m in c.iter("message")}
    for entry in i18n_strings.data_strings():
        context, source = str(entry["context"]), str(entry["source"])
        if (context, source) in present:
            continue
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        _message(contexts[context], source)
        present.add((context, source))


def fill(root: ET.Element, language: str, glossary: dict[str, str | list[str]]) -> tuple[int, int]:
    """Make %n sources plurals and put the glossary's translations in. Returns (messages, translated)."""
    total = done = 0
    count = PLURAL_FORMS[language]
    for context, message in ((c, m) for c in root.iter("context") for m in c.iter("message")):
        total += 1
        source = message.findtext("source") or ""
        # "Context::text" wins over "text".
        wanted = glossary.get(f"{context.findtext('name') or ''}::{source}", glossary.get(source))
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation", {"type": "unfinished"})
        if i18n_strings.is_plural(source):
            message.set("numerus", "yes")
            forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            forms = (forms + [""] * count)[:count]
            if isinstance(wanted, list) and len(wanted) == count:
                forms = [str(form) for form in wanted]
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
            filled = all(forms)
            from_glossary = isinstance(wanted, list) and len(wanted) == count
        else:
            message.attrib.pop("numerus", None)
            from_glossary = isinstance(wanted, str) and bool(wanted)
            if from_glossary:
                translation.text = str(wanted)
            filled = bool(translation.text)
        if from_glossary and filled:
            translation.attrib.pop("type", None)
        if filled and translation.get("type") not in ("unfinished", "vanished", "obsolete"):
            done += 1
    return total, done


def finished(root: ET.Element) -> dict[str, dict[str, str | list[str]]]:
    """The finished translations of a .ts: {context: {source: text or [plural forms]}}."""
    result: dict[str, dict[str, str | list[str]]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            source = message.findtext("source") or ""
            forms = [f.text or "" for f in translation.findall("numerusform")]
            value: str | list[str] = forms if message.get("numerus") == "yes" else (translation.text or "")
            if value and (not isinstance(value, list) or all(value)):
                result.setdefault(name, {})[source] = value
    return result


def write_ts(root: ET.Element, path: Path) -> None:
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def build(language: str, ts_path: Path, keep_only_plurals: bool = False, *,
          glossary: dict[str, str | list[str]] | None = None, output: Path = OUTPUT) -> tuple[int, int]:
    """Extract into ``ts_path``, fill it from the glossary (translations/<language>.json unless given) and
    write the .qm and .json catalogues into ``output``. Returns (messages, translated)."""
    i18n_strings.run_lupdate(ts_path, "-no-obsolete", "-locations", "relative", "-target-language", language)
    root = ET.parse(ts_path).getroot()
    add_data_strings(root)
    if keep_only_plurals:
        for context in list(root.iter("context")):
            for message in list(context.iter("message")):
                if not i18n_strings.is_plural(message.findtext("source") or ""):
                    context.remove(message)
    if glossary is None:
        glossary = load_glossary(language)
    for problem in glossary_problems(language, glossary):
        print("warning:", problem, file=sys.stderr)
    total, done = fill(root, language, glossary)
    write_ts(root, ts_path)
    output.mkdir(parents=True, exist_ok=True)
    subprocess.run([lrelease_program(), "-silent", "-nounfinished", str(ts_path),
                    "-qm", str(output / f"careorganiser_{language}.qm")], check=True)
    catalogue = finished(root)
    (output / f"careorganiser_{language}.json").write_text(
        json.dumps(catalogue, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    return total, done


def main() -> int:
    TRANSLATIONS.mkdir(exist_ok=True)
    for language in LANGUAGES:
        total, done = build(language, TRANSLATIONS / f"careorganiser_{language}.ts")
        print(f"{language}: {done} of {total} strings translated")
    with tempfile.TemporaryDirectory() as folder:
        total, done = build("en", Path(folder) / "careorganiser_en.ts", keep_only_plurals=True)
        print(f"en: {done} of {total} plural strings have their English forms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
