"""Interpreters: neutral tables and text → Submission / Adoption / RegisterEntry records."""

from extractors.interpret.classify import interpret
from extractors.interpret.context import ExtractContext

__all__ = ["interpret", "ExtractContext"]
