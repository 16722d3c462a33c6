"""An export is parsed a value at a time (interchange._loads_in_steps): same result and same errors as
json.loads, and no single call parses a whole list of records (the window's GUI thread waits for any call
that keeps the interpreter)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careorganiser.store import interchange


def _outcome(parse: Any, text: str) -> tuple[Any, ...]:
    try:
        value = parse(text)
    except Exception as exc:  # noqa: BLE001 - the error itself is compared
        return ("error", type(exc), str(exc))
    return ("value", json.dumps(value), value)  # json.dumps keeps the key order: it is compared too


TEXTS = [
    "{}", " {\n} ", '{"a": []}', '{"a": [1, [2], {"b": 3}], "a": [4]}', '{"a":1,"b":[ ]}', '{"a": [1,]}', '{"a" 1}',
    "[1]", '"x"', '{"a": [1] x', '{"a": NaN, "b": [Infinity, -1e400]}', '{"a": [1, 2', "", "   ", '{"a": [1]}}',
    "{1: 2}", '{"a": [1]} ', '{"a": [1],}', '{"\\u00e9": ["\\ud800", "x"]}', '{"a": [{"b": [[]]}], "c": {"d": [1]}}',
    '{"a": [1 2]}', '{"a": ["x", }', "\ufeff{}", '{"a": [0012]}', '{"a": [true, false, null]}',
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_same_as_json_loads(text: str) -> None:
    assert repr(_outcome(interchange._loads_in_steps, text)) == repr(_outcome(json.loads, text))


def test_an_export_parses_the_same_a_record_at_a_time(profile: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A profile built from empty: its export is parsed by one call per record, into what json.loads gives."""
    from datetime import UTC, datetime

    from careorganiser.services import profiles as svc
    from careorganiser.services import symptoms

    for day in range(1, 29):
        symptoms.add_note(profile, datetime(2026, 2, day, 9, 30, tzinfo=UTC), [("Breathlessness", 2)],
                          f"Breathless on the stairs, day {day}", tags=["stairs"])
    text = svc.write_export(profile, None)
    document = json.loads(text)
    assert len(document["symptom_notes"]) == 28
    records = sum(len(v) for v in document.values() if isinstance(v, list))

    calls: list[int] = []
    make = json.scanner.make_scanner

    def counting(context: Any) -> Any:
        scan = make(context)

        def counted(text: str, i: int) -> Any:
            calls.append(i)
            return scan(text, i)
        return counted

    monkeypatch.setattr(json.scanner, "make_scanner", counting)
    assert repr(_outcome(interchange.parse_json_bytes, text.encode())) == repr(_outcome(json.loads, text))
    assert len(calls) >= records

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner, max_size=4),
    max_leaves=12)


@settings(max_examples=150, deadline=None)
@given(doc=st.dictionaries(st.text(max_size=5), _JSON | st.lists(_JSON, max_size=5), max_size=5),
       cut=st.integers(min_value=0), junk=st.sampled_from(["", ",", "]", "}", "[", "\"", " x", ":", "{"]),
       indent=st.sampled_from([None, 0, 1]))
def test_any_object_of_lists_whole_or_broken_parses_as_json_loads(doc: dict, cut: int, junk: str,
                                                                    indent: int | None) -> None:
    text = json.dumps(doc, indent=indent)
    assert repr(_outcome(interchange._loads_in_steps, text)) == repr(_outcome(json.loads, text))
    broken = text[:cut % (len(text) + 1)] + junk + text[cut % (len(text) + 1):]
    assert repr(_outcome(interchange._loads_in_steps, broken)) == repr(_outcome(json.loads, broken))
