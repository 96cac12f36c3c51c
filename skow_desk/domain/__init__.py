"""Pure rules of the SKOW social-media protocol: no Qt, no SQLAlchemy."""
