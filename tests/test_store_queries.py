"""What every query module under store/queries shares: it reads without SQLAlchemy (the first screen reads
through them before the ORM loads)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import careorganiser

QUERIES = Path(careorganiser.__file__).resolve().parent / "store" / "queries"


def test_every_query_module_reads_without_sqlalchemy(tmp_path: Path) -> None:
    modules = sorted(f"careorganiser.store.queries.{p.stem}" for p in QUERIES.glob("*.py") if p.stem != "__init__")
    assert {"careorganiser.store.queries.appointments", "careorganiser.store.queries.followup",
            "careorganiser.store.queries.measurements", "careorganiser.store.queries.trials"} <= set(modules)
    code = (f"import sys, json, importlib; [importlib.import_module(m) for m in {modules!r}]; "
            "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy')))")
    env = dict(os.environ, PYTHONPATH=str(QUERIES.parent.parent.parent))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True,
                            cwd=tmp_path, timeout=120)
    assert json.loads(result.stdout) == []
