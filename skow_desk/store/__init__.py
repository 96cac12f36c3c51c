"""Stored data: SQLAlchemy 2 models, the engine and the migrations. Nothing of Qt."""
