"""List every user-visible source text a translator has to translate, and check a catalogue against it.

Reads the code with ``ast`` (nothing is imported or run) and finds:
- ``tr("text")`` in modules that define ``def tr(text)`` (the ui wrappers around QCoreApplication.translate),
- ``tr("Context", "text")``, ``translate("Context", "text"[, disambiguation, n])`` and their ``i18n.``
  forms (careorganiser.i18n, below ui),
- ``QCoreApplication.translate("Context", "text"[, disambiguation[, n]])``, ``self.tr("text")`` and
  ``QWidget.tr("text")`` (the class is the context),
and the catalogue texts in resources/measurements.json (labels, units in words) and
resources/templates/trial_questions.json (topics and question texts).
Adjacent literals and ``"a" + "b"`` of literals count as one text. f-strings and texts that are not
literals cannot be translated; they are listed separately.

    python scripts/strings_for_translators.py [TREE] [--check translations/es.json] [--list] [--json OUT]

TREE defaults to the repository this script is in. With --check, prints the coverage (N of M sources
translated), the missing sources, keys no longer in the code, and placeholder / plural mistakes.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

# Units of the measurement catalogue written in words (the rest are symbols and stay as they are).
UNIT_WORDS = {"ratio", "bpm", "breaths/min", "score", "points", "steps", "hours", "minutes"}

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%(?:\d+|Ln|n|[sdfi]|L\d+)")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


@dataclass
class Source:
    text: str
    contexts: set[str] = field(default_factory=set)
    places: list[str] = field(default_factory=list)

    @property
    def plural(self) -> bool:
        return is_plural(self.text)


@dataclass
class Found:
    sources: dict[str, Source] = field(default_factory=dict)
    untranslatable: list[tuple[str, str]] = field(default_factory=list)  # (place, why)

    def add(self, text: str, context: str, place: str) -> None:
        source = self.sources.setdefault(text, Source(text))
        source.contexts.add(context)
        source.places.append(place)


def literal(node: ast.AST) -> str | None:
    """The text of a string literal or of a ``+`` of string literals, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = literal(node.left), literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def has_fstring(node: ast.AST) -> bool:
    return any(isinstance(n, ast.JoinedStr) for n in ast.walk(node))


def local_tr_context(tree: ast.Module) -> str | None:
    """The context of a module's own ``def tr(text)`` wrapper, if it has one."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "tr" and len(node.args.args) == 1:
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and call.args:
                    ctx = call.args[0]
                    if isinstance(ctx, ast.Constant) and isinstance(ctx.value, str):
                        return ctx.value
                    if isinstance(ctx, ast.Name):  # a module constant
                        for assign in tree.body:
                            if (isinstance(assign, ast.Assign) and len(assign.targets) == 1
                                    and isinstance(assign.targets[0], ast.Name)
                                    and assign.targets[0].id == ctx.id):
                                value = literal(assign.value)
                                if value is not None:
                                    return value
            return "?"
    return None


def module_constants(tree: ast.Module) -> dict[str, str]:
    out: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            value = literal(node.value)
            if value is not None:
                out[node.targets[0].id] = value
    return out


def wrapper_functions(tree: ast.Module) -> set[int]:
    """ids of the nodes inside translation wrappers (``def tr``), whose inner call passes a variable."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name in {"tr", "_tr", "translate", "_translate"}:
            inside.update(id(n) for n in ast.walk(node))
    return inside


def module_collections(tree: ast.Module) -> dict[str, list[str]]:
    """Module constants that are dicts, tuples, lists or sets of literals: name -> the literal texts (dict values)."""
    out: dict[str, list[str]] = {}
    for node in tree.body:
        target, value = None, None
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            target, value = node.targets[0].id, node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            target, value = node.target.id, node.value
        if target is None:
            continue
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id in {
                "frozenset", "set", "tuple", "list", "MappingProxyType", "dict"} and value.args:
            value = value.args[0]
        items: list[ast.AST] = []
        if isinstance(value, ast.Dict):
            items = [v for v in value.values if v is not None]
        elif isinstance(value, (ast.Tuple, ast.List, ast.Set)):
            items = list(value.elts)
        texts = [t for t in (literal(i) for i in items) if t is not None]
        if texts and len(texts) == len(items):
            out[target] = texts
    return out


def tr_text_arg(call: ast.Call, local_ctx: str | None) -> tuple[ast.AST, ast.AST | None] | None:
    """(text node, context node or None for the module's own context) if ``call`` is a translate call."""
    func, args = call.func, call.args
    if isinstance(func, ast.Name) and func.id == "tr":
        if len(args) == 1 and local_ctx is not None:
            return args[0], None
        if len(args) >= 2:
            return args[1], args[0]
    if isinstance(func, ast.Name) and func.id == "translate" and len(args) >= 2:  # careorganiser.i18n.translate
        return args[1], args[0]
    if isinstance(func, ast.Attribute) and func.attr == "translate" and isinstance(func.value, ast.Name) \
            and func.value.id == "i18n" and len(args) >= 2:
        return args[1], args[0]
    if isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name):
        if func.value.id == "i18n" and len(args) >= 2:
            return args[1], args[0]
        if func.value.id in {"self", "cls"} and args:
            return args[0], ast.Constant("(class)")
        if func.value.id[:1].isupper() and args:  # QWidget.tr("..."), QMessageBox.tr("..."): the class is the context
            return args[0], ast.Constant(func.value.id)
    if isinstance(func, ast.Attribute) and func.attr == "translate":
        owner = func.value
        name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
        if name in {"QCoreApplication", "QApplication", "QGuiApplication"} and len(args) >= 2:
            return args[1], args[0]
    if isinstance(func, ast.Name) and func.id in {"QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"} and len(args) >= 2:
        return args[1], args[0]
    if isinstance(func, ast.Name) and func.id == "QT_TR_NOOP" and args:
        return args[0], None
    return None


def pass_through_functions(tree: ast.Module, local_ctx: str | None) -> dict[str, tuple[int, ast.AST | None]]:
    """Functions that hand one of their parameters to a translate call as its text, e.g.
    ``def _t(text): return tr("Doses", text)`` or ``def _error(message, ...): tr("Trials", message)``:
    name -> (index of that parameter, context node). Their calls with a literal there are sources too."""
    out: dict[str, tuple[int, ast.AST | None]] = {}
    for node in ast.walk(tree):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) or node.name == "tr":
            continue
        params = [a.arg for a in node.args.args]
        for call in ast.walk(node):
            if isinstance(call, ast.Call):
                got = tr_text_arg(call, local_ctx)
                if got and isinstance(got[0], ast.Name) and got[0].id in params:
                    index = params.index(got[0].id)
                    if params and params[0] in {"self", "cls"}:
                        index -= 1
                    out[node.name] = (index, got[1])
    return out


def scan_file(path: Path, root: Path, found: Found, shared: dict[str, list[str]]) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    local_ctx = local_tr_context(tree)
    constants = module_constants(tree)
    collections = {**shared, **module_collections(tree)}
    passers = pass_through_functions(tree, local_ctx)
    skip = wrapper_functions(tree)
    rel = path.relative_to(root).as_posix()
    # loop variables of comprehensions / for loops over literal tuples: name -> texts
    loops: dict[int, list[str]] = {}
    for node in ast.walk(tree):
        gens = []
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
            gens = [(g.target, g.iter, node) for g in node.generators]
        elif isinstance(node, ast.For):
            gens = [(node.target, node.iter, node)]
        for target, iterable, owner in gens:
            if not isinstance(target, ast.Name):
                continue
            texts = None
            if isinstance(iterable, (ast.Tuple, ast.List, ast.Set)):
                texts = [t for t in (literal(e) for e in iterable.elts) if t is not None]
            elif isinstance(iterable, ast.Name) and iterable.id in collections:
                texts = collections[iterable.id]
            if texts:
                for inner in ast.walk(owner):
                    if isinstance(inner, ast.Name) and inner.id == target.id:
                        loops[id(inner)] = texts

    def context_of(node: ast.AST) -> str:
        value = literal(node)
        if value is not None:
            return value
        if isinstance(node, ast.Name) and node.id in constants:
            return constants[node.id]
        return "?"

    def take(text_node: ast.AST, context: str, call: ast.Call) -> None:
        place = f"{rel}:{call.lineno}"
        text = literal(text_node)
        if text is not None:
            found.add(text, context, place)
        elif id(text_node) in loops:
            for text in loops[id(text_node)]:
                found.add(text, context, place)
        elif (isinstance(text_node, ast.Subscript) and isinstance(text_node.value, ast.Name)
              and text_node.value.id in collections):
            for text in collections[text_node.value.id]:
                found.add(text, context, place)
        elif has_fstring(text_node):
            found.untranslatable.append((place, "f-string: " + ast.unparse(text_node)[:100]))
        elif id(call) not in skip:
            found.untranslatable.append((place, "not a literal: " + ast.unparse(text_node)[:100]))

    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        got = tr_text_arg(node, local_ctx)
        if got is not None:
            text_node, ctx_node = got
            if isinstance(text_node, ast.Name) and any(
                    text_node.id in {a.arg for a in f.args.args} for f in ast.walk(tree)
                    if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef)) and f.name in passers
                    and id(node) in {id(n) for n in ast.walk(f)}):
                continue  # the inside of a pass-through function: its callers give the texts
            take(text_node, context_of(ctx_node) if ctx_node is not None else (local_ctx or "?"), node)
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
        if name in passers:
            index, ctx_node = passers[name]
            if 0 <= index < len(node.args):
                context = context_of(ctx_node) if ctx_node is not None else (local_ctx or "?")
                take(node.args[index], context, node)


def scan_resources(root: Path, found: Found) -> None:
    measurements = root / "resources" / "measurements.json"
    if measurements.is_file():
        data = json.loads(measurements.read_text(encoding="utf-8"))
        for kind in data.get("kinds", []):
            place = f"resources/measurements.json:{kind.get('key')}"
            for key in ("label", "name", "description"):
                if isinstance(kind.get(key), str) and kind[key]:
                    found.add(kind[key], "Measurements", place)
            unit = kind.get("unit")
            if isinstance(unit, str) and unit in UNIT_WORDS:
                found.add(unit, "Measurements", place)
    questions = root / "resources" / "templates" / "trial_questions.json"
    if questions.is_file():
        data = json.loads(questions.read_text(encoding="utf-8"))
        for question in data.get("questions", []):
            place = f"resources/templates/trial_questions.json:{question.get('key')}"
            for key in ("topic", "text"):
                if isinstance(question.get(key), str) and question[key]:
                    found.add(question[key], "TrialQuestions", place)


# Texts that reach a translate call through a variable the script cannot follow (context, text).
DYNAMIC = [
    ("Trials", "female"), ("Trials", "male"),  # trials/prescreen.py: tr("Trials", sex)
]


def scan(root: Path) -> Found:
    found = Found()
    paths = [p for p in sorted((root / "src" / "careorganiser").rglob("*.py")) if "migrations" not in p.parts]
    shared: dict[str, list[str]] = {}
    for path in paths:
        shared.update(module_collections(ast.parse(path.read_text(encoding="utf-8"))))
    for path in paths:
        scan_file(path, root, found, shared)
    for context, text in DYNAMIC:
        found.add(text, context, "(dynamic)")
    scan_resources(root, found)
    return found


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


ACCELERATOR = re.compile(r"&[^\s&;]")


def tag_names(text: str) -> list[str]:
    return sorted(t.split()[0].rstrip(">") for t in TAG.findall(text))


def is_plural(text: str) -> bool:
    """Qt numerus strings: %n, or %Ln (the number in the locale's digits)."""
    return "%n" in text or "%Ln" in text


# How many plural forms each language's catalogue gives (Qt's numerus forms for the language).
PLURAL_FORMS = {"en": ["one", "other"], "es": ["one", "other"], "pl": ["one", "few", "many"]}


def plural_forms(catalogue_path: str) -> list[str]:
    """The plural form names for a catalogue named like translations/pl.json (two forms when unknown)."""
    return PLURAL_FORMS.get(Path(catalogue_path).stem.split("_")[-1], ["one", "other"])


def problems(source: str, value: object, forms_wanted: list[str] | None = None) -> list[str]:
    out: list[str] = []
    plural = is_plural(source)
    forms_wanted = forms_wanted or ["one", "other"]
    if plural:
        if not (isinstance(value, list) and len(value) == len(forms_wanted) and all(isinstance(v, str) for v in value)):
            return [f"plural source needs a list [{', '.join(forms_wanted)}]"]
        forms = value
    else:
        if not isinstance(value, str):
            return ["needs a string"]
        forms = [value]
    for form in forms:
        if not form.strip() and source.strip():
            out.append("empty translation")
        want = placeholders(source)
        have = placeholders(form)
        if plural:  # the "one" form may leave %n out ("un día")
            want = [p for p in want if p not in ("%n", "%Ln")]
            have = [p for p in have if p not in ("%n", "%Ln")]
        if want != have:
            out.append(f"placeholders {want} != {have} in {form!r}")
        if bool(ACCELERATOR.search(source.replace("&&", ""))) != bool(ACCELERATOR.search(form.replace("&&", ""))):
            out.append(f"accelerator & differs in {form!r}")
        if tag_names(source) != tag_names(form):
            out.append(f"HTML tags differ in {form!r}")
        if source[:1].isspace() != form[:1].isspace() or source[-1:].isspace() != form[-1:].isspace():
            out.append(f"leading/trailing space differs in {form!r}")
        if source.rstrip().endswith("...") != form.rstrip().endswith("..."):
            out.append(f"'...' differs in {form!r}")
        if source.endswith("\n") != form.endswith("\n"):
            out.append(f"trailing newline differs in {form!r}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tree", nargs="?", default=str(Path(__file__).resolve().parent.parent))
    parser.add_argument("--check", metavar="CATALOGUE", help="a translations/xx.json to check against the sources "
                        "(keys \"Context::text\" override one context)")
    parser.add_argument("--list", action="store_true", help="print every source with its contexts and places")
    parser.add_argument("--json", metavar="OUT", help="write the sources as a JSON list (text, plural, contexts, places)")
    parser.add_argument("--missing-json", metavar="OUT", help="with --check: write the missing sources as JSON")
    parser.add_argument("--compare-ts", metavar="TS", help="a Qt Linguist .ts file (from lupdate): list the "
                        "(context, text) pairs the code translates at run time that the .ts lacks")
    args = parser.parse_args(argv)

    root = Path(args.tree).resolve()
    found = scan(root)
    sources = found.sources
    by_origin: dict[str, int] = defaultdict(int)
    for source in sources.values():
        origin = source.places[0].split("/")[0] if source.places[0].startswith("resources") else "code"
        by_origin[origin] += 1
    plural = sum(1 for s in sources.values() if s.plural)
    occurrences = sum(len(s.places) for s in sources.values())
    print(f"tree: {root}")
    print(f"sources: {len(sources)} distinct texts ({plural} plural) from {occurrences} calls/entries; "
          f"contexts: {len({c for s in sources.values() for c in s.contexts})}")
    per_area: dict[str, int] = defaultdict(int)
    for source in sources.values():
        place = source.places[0]
        area = place.split(":")[0]
        area = area.replace("src/careorganiser/", "").rsplit("/", 1)[0] if "/" in area.replace(
            "src/careorganiser/", "") else "careorganiser"
        per_area[area] += 1
    for area, count in sorted(per_area.items()):
        print(f"  {area}: {count}")
    if found.untranslatable:
        print(f"untranslatable (f-strings or variables in translate calls): {len(found.untranslatable)}")
        for place, why in found.untranslatable:
            print(f"  {place}: {why}")
    if args.list:
        for text, source in sorted(sources.items()):
            print(json.dumps(text, ensure_ascii=False), "|", ",".join(sorted(source.contexts)), "|",
                  " ".join(source.places))
    if args.json:
        Path(args.json).write_text(json.dumps(
            [{"text": s.text, "plural": s.plural, "contexts": sorted(s.contexts), "places": s.places}
             for s in sorted(sources.values(), key=lambda s: s.text)], ensure_ascii=False, indent=1), encoding="utf-8")

    status = 0
    if args.compare_ts:
        import xml.etree.ElementTree as ET

        root_ts = ET.parse(args.compare_ts).getroot()
        present = {(c.findtext("name"), m.findtext("source")) for c in root_ts.iter("context") for m in c.iter("message")}
        lacking = sorted((context, text, source.places[0]) for text, source in sources.items()
                         for context in source.contexts
                         if (context, text) not in present and not source.places[0].startswith("resources"))
        print(f"in the code but not in {args.compare_ts}: {len(lacking)} (context, text) pairs "
              "(translate calls lupdate cannot read: inside f-strings, over loop variables or through helpers)")
        for context, text, place in lacking:
            print(f"   {context}: {json.dumps(text, ensure_ascii=False)}  {place}")
        status = 1 if lacking else 0
    if args.check:
        catalogue = json.loads(Path(args.check).read_text(encoding="utf-8"))
        # "Context::text" keys give one context its own translation (the plain "text" key serves the others).
        overrides = {k: v for k, v in catalogue.items() if "::" in k}
        catalogue = {k: v for k, v in catalogue.items() if "::" not in k}
        missing = [t for t in sorted(sources) if t not in catalogue]
        stale = [t for t in sorted(catalogue) if t not in sources]
        stale += [k for k in sorted(overrides) if k.split("::", 1)[1] not in sources
                  or k.split("::", 1)[0] not in sources[k.split("::", 1)[1]].contexts]
        wanted = plural_forms(args.check)
        bad = {t: problems(t, catalogue[t], wanted) for t in sorted(sources) if t in catalogue}
        bad.update({k: problems(k.split("::", 1)[1], v, wanted) for k, v in overrides.items()})
        bad = {t: p for t, p in bad.items() if p}
        done = len(sources) - len(missing)
        print(f"coverage: {done} of {len(sources)} sources translated in {args.check}")
        if missing:
            print(f"missing: {len(missing)}")
            for text in missing:
                print("  ", json.dumps(text, ensure_ascii=False), " ".join(sources[text].places[:2]))
        if stale:
            print(f"keys not in this tree's sources: {len(stale)}")
            for text in stale:
                print("  ", json.dumps(text, ensure_ascii=False))
        if bad:
            print(f"problems: {len(bad)}")
            for text, found_problems in bad.items():
                for problem in found_problems:
                    print("  ", json.dumps(text, ensure_ascii=False), "->", problem)
        if args.missing_json:
            Path(args.missing_json).write_text(json.dumps(
                {t: {"contexts": sorted(sources[t].contexts), "places": sources[t].places[:3]} for t in missing},
                ensure_ascii=False, indent=1), encoding="utf-8")
        status = 1 if (missing or bad) else 0
    return status


if __name__ == "__main__":
    sys.exit(main())
