"""What every query module under store/queries shares: it reads without SQLAlchemy (the first screen reads
through them before the ORM loads)."""

from __future__ import annotations

from pathlib import Path

import fresh_imports

import careorganiser

QUERIES = Path(careorganiser.__file__).resolve().parent / "store" / "queries"


def test_every_query_module_reads_without_sqlalchemy(tmp_path: Path) -> None:
    modules = sorted(f"careorganiser.store.queries.{p.stem}" for p in QUERIES.glob("*.py") if p.stem != "__init__")
    assert {"careorganiser.store.queries.appointments", "careorganiser.store.queries.followup",
            "careorganiser.store.queries.measurements", "careorganiser.store.queries.trials"} <= set(modules)
    assert sorted(fresh_imports.GROUPS["store.queries"][0]) == modules
    assert fresh_imports.forbidden_loaded("store.queries") == []  # no sqlalchemy
