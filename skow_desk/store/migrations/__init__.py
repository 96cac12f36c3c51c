"""Alembic migrations, inside the package so frozen builds carry them.

``HEAD`` is kept here so start-up can compare versions without scanning the scripts;
a test checks it equals Alembic's own head.
"""

HEAD = "0009"
