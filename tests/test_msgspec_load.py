"""msgspec is loaded without typing_extensions (careorganiser._load_msgspec) and still reads type hints as
before: string annotations, Optional, Annotated constraints, nested records, and SQLAlchemy still gets
typing_extensions afterwards."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import careorganiser

SRC = Path(careorganiser.__file__).resolve().parent.parent

CHECK = r'''
from __future__ import annotations

import sys
import careorganiser
assert "typing_extensions" not in sys.modules, "msgspec loaded typing_extensions"
from datetime import date
from typing import Annotated
import msgspec
import msgspec._utils
import typing
assert msgspec._utils._get_type_hints is typing.get_type_hints


class Dose(msgspec.Struct, frozen=True):
    name: str
    amount: Annotated[float, msgspec.Meta(gt=0)]
    taken_on: date | None = None
    notes: list[Note] = []


class Note(msgspec.Struct):
    text: str


found = msgspec.json.decode(b'{"name": "Aspirin", "amount": 1.5, "taken_on": "2026-12-04", "notes": [{"text": "x"}]}',
                            type=Dose)
assert found == Dose("Aspirin", 1.5, date(2026, 12, 4), [Note("x")]), found
try:
    msgspec.convert({"name": "A", "amount": 0}, Dose)
except msgspec.ValidationError as error:
    assert "Expected `float` > 0.0" in str(error), error
else:
    raise AssertionError("the Annotated constraint was not read")
assert sys.modules.get("typing_extensions", "gone") == "gone"  # the refusal was lifted
import typing_extensions
import sqlalchemy.orm
assert typing_extensions.Literal is typing.Literal
print("ok")
'''


def test_msgspec_reads_type_hints_without_typing_extensions() -> None:
    done = subprocess.run([sys.executable, "-c", CHECK], env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "ok"
