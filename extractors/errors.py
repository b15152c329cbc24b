"""The one exception family of infoscore.

Library code raises subclasses of :class:`InfoscoreError` with a message a clerk can act
on; only the CLI turns them into a one-line error and an exit code.
"""

from __future__ import annotations

__all__ = ["InfoscoreError", "ConfigError", "ExtractError", "StoreError"]


class InfoscoreError(Exception):
    """Base of every expected failure; ``str(err)`` is the one line shown to the clerk."""

    exit_code = 1


class ConfigError(InfoscoreError):
    """A config file is missing, malformed or holds a bad value (exit 2)."""

    exit_code = 2


class ExtractError(InfoscoreError):
    """One inbox file cannot be read; the run goes on with the others."""


class StoreError(InfoscoreError):
    """The state database cannot be opened or is held by another run."""
