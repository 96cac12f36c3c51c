"""Alembic environment: batch mode for SQLite; the engine comes from the caller."""

from __future__ import annotations

from alembic import context

from skow_desk.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        raise RuntimeError("SKOW Desk migrations run from skow_desk.store.migrate only.")
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
        )
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
