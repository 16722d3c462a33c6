"""Alembic environment: the connection is handed over through ``config.attributes``."""

from alembic import context

from careorganiser.store.models import Base
from careorganiser.store.search import is_search_table

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - we never run Alembic from its own command line
    raise RuntimeError("Care Organiser migrations run from the app, with a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
    # The full-text index is made by raw DDL, not by the models.
    include_name=lambda name, type_, _parent: not (type_ == "table" and is_search_table(name)),
)
with context.begin_transaction():
    context.run_migrations()
