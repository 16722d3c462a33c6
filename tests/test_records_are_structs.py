"""The app's records are msgspec Structs, written one way: no module under src/careorganiser makes a dataclass
(nor a NamedTuple).

A dataclass compiles its methods from source when its module is imported; a Struct class is made in C. The
tests after the scan pin what the conversion had to keep by hand: the two fields left out of equality, the
lists a constructor turns into tuples or sets (on ``replace`` too), and the licence of the new library.
"""

from __future__ import annotations

import ast
import tomllib
from datetime import UTC, date, datetime
from importlib import metadata
from pathlib import Path

import msgspec
import pytest
from msgspec.structs import replace

from careorganiser import licences
from careorganiser.pack.model import PackOptions, PackPerson
from careorganiser.store.queries.medications import Medication, RefusedSchedule
from careorganiser.trials.bounds import Window, WindowUnit

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "careorganiser"


def _dataclass_uses(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [f"line {node.lineno}: import {a.name}" for a in node.names if a.name == "dataclasses"]
        elif isinstance(node, ast.ImportFrom) and node.module == "dataclasses":
            found.append(f"line {node.lineno}: from dataclasses import ...")
        elif isinstance(node, ast.ImportFrom) and node.module == "typing":
            found += [f"line {node.lineno}: from typing import NamedTuple" for a in node.names if a.name == "NamedTuple"]
        elif isinstance(node, ast.Call) and ast.unparse(node.func).endswith("namedtuple"):
            found.append(f"line {node.lineno}: {ast.unparse(node.func)}(...)")
        elif isinstance(node, ast.ClassDef):
            for decorator in node.decorator_list:
                target = decorator.func if isinstance(decorator, ast.Call) else decorator
                if "dataclass" in ast.unparse(target):
                    found.append(f"line {node.lineno}: @{ast.unparse(target)} class {node.name}")
    return found


def test_no_module_of_the_app_makes_a_dataclass() -> None:
    modules = sorted(SOURCE.rglob("*.py"))
    assert len(modules) > 100
    offending = {str(p.relative_to(ROOT)): uses for p in modules if (uses := _dataclass_uses(p))}
    assert offending == {}


def test_the_scan_finds_a_named_tuple(tmp_path: Path) -> None:
    """A NamedTuple class is made by compiling its ``__new__`` from source too (~0.5 M instructions more than
    a Struct's, callgrind)."""
    sample = tmp_path / "sample.py"
    sample.write_text("import collections\nfrom typing import Any, NamedTuple\n\nclass A(NamedTuple):\n    x: int\n\n"
                      "B = collections.namedtuple('B', 'x y')\n")
    assert _dataclass_uses(sample) == ["line 2: from typing import NamedTuple", "line 7: collections.namedtuple(...)"]


def test_the_scan_finds_a_dataclass(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import dataclasses\n\n@dataclasses.dataclass(frozen=True)\nclass A:\n    x: int\n")
    assert _dataclass_uses(sample) == ["line 1: import dataclasses", "line 4: @dataclasses.dataclass class A"]


def _medication(**changes: object) -> Medication:
    values: dict[str, object] = dict(
        id=1, uid="m1", name="Pirfenidone", strength="267 mg", form="capsule", dose="3 capsules", route="",
        purpose="", instructions="", prescriber_id=None, prescriber="", start_date=date(2026, 1, 5),
        stop_date=None, stop_reason="", stock=90.0, stock_unit="capsules", refill_at=20.0, units_per_dose=3.0,
        scheduled_from=None, schedule_kinds=("times",))
    values.update(changes)
    return Medication(**values)  # type: ignore[arg-type]


def test_a_medication_read_twice_is_equal_though_its_refused_schedules_hold_new_exceptions() -> None:
    first = _medication(refused_schedules=(RefusedSchedule(7, 0, ValueError("25:99 is not a time")),))
    again = _medication(refused_schedules=(RefusedSchedule(7, 0, ValueError("25:99 is not a time")),))
    assert first == again and hash(first) == hash(again)
    assert len({first, again}) == 1
    assert first != _medication(stock=89.0)
    assert first != replace(first, name="Nintedanib")
    with pytest.raises(AttributeError):
        first.name = "Nintedanib"  # type: ignore[misc]


def test_a_group_of_rows_is_equal_whatever_it_carries_beside_them() -> None:
    pytest.importorskip("PySide6")
    from careorganiser.ui.appointments.models import Group

    one = Group("next", "Coming up", rows=(1, 2), extra=object())
    other = Group("next", "Coming up", rows=(1, 2), extra=object())
    assert one == other and hash(one) == hash(other)
    assert one != Group("next", "Coming up", rows=(1,))


def test_lists_given_to_a_record_become_tuples_and_sets_on_replace_too() -> None:
    person = PackPerson("Margaret Hale", conditions=["IPF"], identifiers=[["NHS number", "943 476 5919"]])  # type: ignore[arg-type]
    assert person.conditions == ("IPF",) and person.identifiers == (("NHS number", "943 476 5919"),)
    assert replace(person, allergies=["Penicillin"]).allergies == ("Penicillin",)  # type: ignore[arg-type]

    options = replace(PackOptions(), sections=["cover", "medications"], trials=["NCT01234567"])  # type: ignore[arg-type]
    assert options.sections == frozenset({"cover", "medications"}) and options.trials == frozenset({"NCT01234567"})
    with pytest.raises(ValueError, match="unknown section"):
        replace(options, sections=["cover", "horoscope"])  # type: ignore[arg-type]
    assert hash(options) == hash(PackOptions(sections=frozenset({"medications", "cover"}),
                                             trials=frozenset({"NCT01234567"})))

    window = Window(3, "month")  # type: ignore[arg-type]
    assert window.unit is WindowUnit.MONTH
    with pytest.raises(ValueError):
        Window(3, "fortnight")  # type: ignore[arg-type]


def test_records_pickle_and_copy_as_they_are() -> None:
    import copy
    import pickle

    options = PackOptions(large_print=True, sections=frozenset({"cover"}))
    assert pickle.loads(pickle.dumps(options)) == options
    assert copy.deepcopy(options) == options
    assert isinstance(options, msgspec.Struct)
    medication = _medication(scheduled_from=datetime(2026, 1, 5, 8, tzinfo=UTC))
    assert pickle.loads(pickle.dumps(medication)) == medication


def test_every_dependency_of_the_app_has_a_licence_and_its_text() -> None:
    """What Help > About lists for each library (licences.components() follows the installed metadata)."""
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    names = [licences.REQUIREMENT_NAME.match(requirement).group(0) for requirement in declared]  # type: ignore[union-attr]
    assert "msgspec" in names
    for name in names:
        dist = metadata.distribution(name)
        assert licences._licence_of(dist) not in {"", "?"}, name
        files = licences._licence_files(dist) or tuple(
            licences._shipped_text(n) for n in licences.TEXT_OF.get(licences._key(name), ()))
        assert files and all(f.read_text(encoding="utf-8", errors="replace").strip() for f in files), name
    msgspec_dist = metadata.distribution("msgspec")
    assert licences._licence_of(msgspec_dist) == "BSD-3-Clause"
    assert "Jim Crist-Harif" in licences._licence_files(msgspec_dist)[0].read_text(encoding="utf-8")
