"""A faster stand-in for ReportLab's ``fp_str``, giving the same text.

ReportLab writes every number on a page (positions, colours, line widths, font sizes) through
``reportlab.lib.rl_accel.fp_str``. Without ReportLab's optional C extension that is a Python loop of a
logarithm, a format and a strip per number: a fifth of the time a pack takes to draw its pages. Most numbers
come back many times (colours, widths, the same positions on every page), so the stand-in remembers each
number's text; a number it has not seen is written exactly as ReportLab writes it. :func:`install` puts the
stand-in in place of the Python ``fp_str`` in the ReportLab modules that use it, and leaves the C one alone.
"""

from __future__ import annotations

import sys
import threading
from math import log
from typing import Any

_LOG_E_10 = log(10.0)
_FORMATS = ("%.0f", "%.1f", "%.2f", "%.3f", "%.4f", "%.5f", "%.6f")
_REMEMBERED = 50_000
"""At most this many numbers' texts are kept (a long pack writes a few thousand different ones)."""

_texts: dict[Any, str] = {}


def number_text(value: Any) -> str:
    """One number as ReportLab's ``fp_str`` writes it: at most six significant decimals, no trailing zeros,
    no leading zero before the point (``.5``), ``0`` for anything within 1e-7 of zero."""
    size = abs(value)
    if size <= 1e-7:
        return "0"
    # The same logarithm as ReportLab's (log(x)/log(10), not log10), so the same precision at powers of ten.
    places = 6 if size <= 1 else min(max(0, 6 - int(log(size) / _LOG_E_10)), 6)
    text = _FORMATS[places] % value
    if places:
        text = text.rstrip("0")
        if text[-1] == ".":
            text = text[:-1]
    return text[1:] if text[0] == "0" and len(text) > 1 else text


def fp_str(*values: Any) -> str:
    """The numbers (separate arguments, or one list or tuple of them) as PDF text, separated by spaces."""
    if len(values) == 1 and isinstance(values[0], tuple | list):
        values = values[0]
    texts = _texts
    out = []
    for value in values:
        try:
            text = texts[value]
        except KeyError:
            text = number_text(value)
            if len(texts) < _REMEMBERED:
                texts[value] = text
        out.append(text)
    return " ".join(out)


_lock = threading.Lock()


def install() -> None:
    """Use :func:`fp_str` wherever ReportLab uses its Python ``fp_str`` (not where the C one is loaded)."""
    from reportlab.lib import rl_accel

    python_fp_str = rl_accel._py_funcs.get("fp_str")
    if python_fp_str is None:  # ReportLab's C extension is there: it is faster still
        return
    with _lock:
        for name, module in list(sys.modules.items()):
            if (name == "reportlab" or name.startswith("reportlab.")) and \
                    getattr(module, "fp_str", None) is python_fp_str:
                module.fp_str = fp_str  # type: ignore[attr-defined]
