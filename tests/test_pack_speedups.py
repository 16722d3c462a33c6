"""pack.pdf.speedups: ReportLab's number writing made faster gives the same text, and the same PDF bytes."""

from __future__ import annotations

import random
import sys

import pack_samples as samples
import pytest
from reportlab.lib import rl_accel

from careorganiser.pack.model import PackOptions
from careorganiser.pack.pdf import speedups
from careorganiser.pack.render import render_pack

REPORTLAB_FP_STR = rl_accel._py_funcs.get("fp_str")
pytestmark = pytest.mark.skipif(REPORTLAB_FP_STR is None, reason="ReportLab's C extension writes the numbers")


def numbers() -> list[float]:
    rng = random.Random(7)
    values: list[float] = [0, 0.0, -0.0, 1, -1, True, 1e-7, -1e-7, 2e-7, 0.5, -0.5, 0.1, 1000, 999.99995, 1000.00004,
                           595.2755905511812, 841.8897637795277, 123456789.123]
    for power in range(-9, 10):
        values += [rng.uniform(-1, 1) * 10**power for _ in range(300)]
        values += [10.0**power, -(10.0**power), 10.0**power * (1 + 1e-12), 10.0**power * (1 - 1e-12)]
    return values + [round(v, rng.randint(0, 8)) for v in values]


def test_every_number_is_written_as_reportlab_writes_it() -> None:
    values = numbers()
    for value in values:
        assert speedups.fp_str(value) == REPORTLAB_FP_STR(value), value
        assert speedups.fp_str(value) == REPORTLAB_FP_STR(value), value  # and again, from what it remembered
    assert speedups.fp_str(values[:40]) == REPORTLAB_FP_STR(values[:40])
    assert speedups.fp_str(*values[:40]) == REPORTLAB_FP_STR(*values[:40])
    assert speedups.fp_str(tuple(values[:3])) == REPORTLAB_FP_STR(tuple(values[:3]))
    assert speedups.fp_str([]) == REPORTLAB_FP_STR([]) == ""


def test_reportlab_writes_with_it_once_a_document_module_is_loaded() -> None:
    from reportlab.pdfgen import canvas, textobject

    import careorganiser.pack.pdf.layout  # noqa: F401  installs it

    assert canvas.fp_str is speedups.fp_str and textobject.fp_str is speedups.fp_str
    assert rl_accel.fp_str is speedups.fp_str


def test_a_pack_is_the_same_bytes_as_with_reportlabs_own(monkeypatch: pytest.MonkeyPatch) -> None:
    ours = render_pack(samples.sample_pack(), PackOptions(large_print=True))
    for name, module in list(sys.modules.items()):
        if name.startswith("reportlab") and getattr(module, "fp_str", None) is speedups.fp_str:
            monkeypatch.setattr(module, "fp_str", REPORTLAB_FP_STR)
    theirs = render_pack(samples.sample_pack(), PackOptions(large_print=True))
    assert ours == theirs
