"""Claimdex: a claims search service over news articles."""

__version__ = "0.1.0"
