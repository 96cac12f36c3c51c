"""SKOW Desk: handling breaches of the SKOW social-media protocol, lawfully and on paper."""

__version__ = "0.1.0"
