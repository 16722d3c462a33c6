"""Count string constants in src/careorganiser equal to a value of a closed set of words (domain.enums).

An AST scan: every ``str`` constant that is not a docstring, not a dict key and not the text of a ``translate``
call, whose value is one of the words of the enums named in ``domain.enums.STATUS_ENUMS``. Run: ``python scripts/count_enum_literals.py [--files] [--root src/careorganiser]``.
The migrations are left out (they must stay frozen text).
"""

from __future__ import annotations

import ast
import sys
from collections import Counter
from pathlib import Path

from careorganiser.domain import enums

ROOT = Path(__file__).resolve().parents[1] / "src" / "careorganiser"


def words() -> set[str]:
    found: set[str] = set()
    for name in enums.STATUS_ENUMS:
        found.update(getattr(enums, name))
    return {str(w) for w in found}


TRANSLATE = frozenset({"translate", "_t", "tr"})


def _called(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _docstring_nodes(tree: ast.AST) -> set[int]:
    ids: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def count(path: Path, wanted: set[str]) -> int:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstring_nodes(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            skip.update(id(k) for k in node.keys if k is not None)
        if isinstance(node, ast.Call) and _called(node) in TRANSLATE:  # a text to translate, not a word
            skip.update(id(a) for a in node.args)
    n = 0
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip \
                and node.value in wanted:
            n += 1
    return n


def main(argv: list[str]) -> int:
    wanted = words()
    root = Path(argv[argv.index("--root") + 1]) if "--root" in argv else ROOT  # e.g. an older tree's package
    per_file: Counter[str] = Counter()
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if rel.startswith("store/migrations/") or rel == "domain/enums.py":
            continue
        n = count(path, wanted)
        if n:
            per_file[rel] = n
    if "--files" in argv:
        for rel, n in per_file.most_common():
            print(f"{n:4d}  {rel}")
    print(f"total {sum(per_file.values())} in {len(per_file)} files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
