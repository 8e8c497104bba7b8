"""Alembic environment: migrations always run on the caller's already-keyed connection."""

from alembic import context

from tipdesk.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "TIPDesk migrations run only through tipdesk.store.migrate on a keyed connection."
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
)
with context.begin_transaction():
    context.run_migrations()
