"""The suite's own arrangements for xdist (tests/conftest.py): the long tests it runs first still exist."""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import LONG_TESTS

TESTS = Path(__file__).parent


def test_every_long_test_named_first_is_a_test_of_its_file() -> None:
    missing = []
    for name in LONG_TESTS:
        file, function = name.split("::")
        tree = ast.parse((TESTS / file).read_text(encoding="utf-8"))
        if function not in {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}:
            missing.append(name)
    assert missing == [], "renamed or gone: update LONG_TESTS in tests/conftest.py"
    assert len(set(LONG_TESTS)) == len(LONG_TESTS)
