"""Errors that carry a Dutch sentence for the director."""

from __future__ import annotations


class DomainError(Exception):
    """A rule or input was refused; ``str(error)`` is a clear Dutch sentence for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class RuleViolation(DomainError):
    """A legal or protocol rule refuses the decision as entered."""


class NotFound(DomainError):
    """A record the user named does not exist."""
