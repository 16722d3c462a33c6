"""Print every translatable string of Care Organiser as JSON, for translators.

    python scripts/i18n_strings.py            # a JSON list of {"context", "source", "numerus", "where"}
    python scripts/i18n_strings.py --missing es   # only those translations/es.json does not translate yet

Two sources: what ``pyside6-lupdate`` extracts from src/ (the ui, and below it every ``translate("Context",
"text")``: pack, card, ride sheet, calendar, command-line messages...), and the words kept in data files
that the code translates at run time: the measurement catalogue (resources/measurements.json, context
"Measurements") and the question templates (resources/templates/trial_questions.json, "TrialQuestions").
A source containing ``%n`` is a plural ("numerus"): translate it with a list of forms (Spanish: one,
other; Polish: one, few, many).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "careorganiser"
RESOURCES = ROOT / "resources"
TRANSLATIONS = ROOT / "translations"


def is_plural(source: str) -> bool:
    """A source with %n (or %Ln, the number in the locale's digits) is translated with plural forms."""
    return "%n" in source or "%Ln" in source


def lupdate_program() -> str:
    """pyside6-lupdate beside this Python, else on PATH (PYSIDE6_LUPDATE overrides both)."""
    named = os.environ.get("PYSIDE6_LUPDATE")
    if named:
        return named
    beside = Path(sys.executable).parent / "pyside6-lupdate"
    if beside.exists():
        return str(beside)
    found = shutil.which("pyside6-lupdate")
    if not found:
        raise SystemExit("pyside6-lupdate was not found: install PySide6 in this Python's environment")
    return found


def source_files() -> list[Path]:
    return sorted(p for p in SOURCE.rglob("*.py") if "migrations" not in p.relative_to(SOURCE).parts)


def run_lupdate(ts_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Run lupdate over every source file into ``ts_path`` (lupdate keeps what the file already holds)."""
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(str(p) for p in source_files()) + "\n")
    try:
        return subprocess.run([lupdate_program(), *extra, f"@{listing.name}", "-ts", str(ts_path)],
                              capture_output=True, text=True, check=True)
    finally:
        os.unlink(listing.name)


def ts_messages(ts_path: Path) -> list[dict[str, object]]:
    """(context, source, numerus, where) of each message of a .ts file."""
    found = []
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            location = message.find("location")
            where = ""
            if location is not None:
                where = f"{Path(location.get('filename', '')).name}:{location.get('line', '')}"
            found.append({"context": name, "source": source, "numerus": is_plural(source), "where": where})
    return found


def extracted_strings() -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory() as folder:
        ts_path = Path(folder) / "careorganiser_en.ts"
        run_lupdate(ts_path, "-locations", "absolute")
        return ts_messages(ts_path)


def data_strings() -> list[dict[str, object]]:
    """Words from the data files the code translates at run time."""
    found: list[dict[str, object]] = []

    def add(context: str, source: str, where: str) -> None:
        if source:
            found.append({"context": context, "source": source, "numerus": is_plural(source), "where": where})

    catalogue = json.loads((RESOURCES / "measurements.json").read_text(encoding="utf-8"))
    for kind in catalogue.get("kinds", []):
        add("Measurements", kind.get("label", ""), "resources/measurements.json")
    for path in sorted((RESOURCES / "templates").glob("*.json")):
        templates = json.loads(path.read_text(encoding="utf-8"))
        for question in templates.get("questions", []):
            add("TrialQuestions", question.get("topic", ""), f"resources/templates/{path.name}")
            add("TrialQuestions", question.get("text", ""), f"resources/templates/{path.name}")
    return found


def all_strings() -> list[dict[str, object]]:
    """Every translatable string once: extracted ones first, then the data files' words lupdate cannot see."""
    seen: set[tuple[object, object]] = set()
    result = []
    for entry in extracted_strings() + data_strings():
        key = (entry["context"], entry["source"])
        if key not in seen:
            seen.add(key)
            result.append(entry)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--missing", metavar="LANG", help="only strings translations/LANG.json lacks")
    args = parser.parse_args(argv)
    strings = all_strings()
    if args.missing:
        glossary_path = TRANSLATIONS / f"{args.missing}.json"
        glossary = json.loads(glossary_path.read_text(encoding="utf-8")) if glossary_path.exists() else {}
        strings = [s for s in strings if s["source"] not in glossary]
    json.dump(strings, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
