"""The Qt binding itself: signals emitted from Python must not corrupt the interpreter.

PySide6 6.12.0 on Python 3.11 dropped a reference to ``True`` at every ``emit()`` from Python; a session with a
few hundred edits then aborted with "bool_dealloc". The pinned version must keep reference counts intact.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal()
    moved = Signal(int)


def test_emitting_signals_keeps_reference_counts(qtbot) -> None:
    emitter = _Emitter()
    received: list[int] = []
    emitter.changed.connect(lambda: received.append(0))
    emitter.moved.connect(received.append)
    before = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    for n in range(200):
        emitter.changed.emit()
        emitter.moved.emit(n)
    after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    assert len(received) == 400
    assert all(abs(a - b) < 50 for a, b in zip(after, before)), (before, after)
