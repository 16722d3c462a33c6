"""Query modules: one per area, each returning one frozen snapshot type per entity.

The ui, the command line, the pack, the calendar file and the reminders all read through these; the ORM
(``store.models``) is for writes. Each module reads over a plain DB-API connection (``Profile.read()``, or the
connection under a session a caller already holds: ``store.reads.connection_of``), imports no SQLAlchemy, and
takes typed arguments: no SQL text crosses a module boundary. Instants and dates are decoded by
``store.codec``, the same codec the ORM's column types use.
"""
