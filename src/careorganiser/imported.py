"""The modules a function imports in its body, read from its code: the bundle spec (packaging/careorganiser.spec)
names the modules of the command and page registries (cli.COMMANDS, ui.main_window.areas()) with it, so a
command or page added to a registry is in the bundle without a second list to keep."""

from __future__ import annotations

import dis
import importlib.util
from collections.abc import Callable, Iterable
from types import CodeType
from typing import Any


def _codes(code: CodeType) -> Iterable[CodeType]:
    yield code
    for const in code.co_consts:
        if isinstance(const, CodeType):
            yield from _codes(const)


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def modules_imported_by(functions: Iterable[Callable[..., Any]]) -> list[str]:
    """Sorted names of the modules ``functions`` import by absolute imports in their bodies: ``import a.b``
    gives ``a.b``; ``from a import b`` gives ``a`` and, when ``b`` is a module, ``a.b``."""
    found: set[str] = set()
    for function in functions:
        for code in _codes(function.__code__):
            current: str | None = None
            level = 0
            for op in dis.get_instructions(code):
                if op.opname == "LOAD_CONST" and isinstance(op.argval, int):
                    level = op.argval
                elif op.opname == "IMPORT_NAME":
                    current = op.argval if level == 0 else None
                    if current is not None:
                        found.add(current)
                elif op.opname == "IMPORT_FROM" and current is not None:
                    name = f"{current}.{op.argval}"
                    if _is_module(name):
                        found.add(name)
    return sorted(found)
