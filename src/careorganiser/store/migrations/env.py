"""Alembic environment: the connection is handed over through ``config.attributes``."""

from alembic import context

from careorganiser.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - we never run Alembic from its own command line
    raise RuntimeError("Care Organiser migrations run from the app, with a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
