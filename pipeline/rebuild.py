"""Frozen records rebuilt from stored values without their generated ``__init__`` (issue 9).

A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``, one call a
field: for the 20,000 records and normal forms a re-run loads, that was a third of its load
time. A record read back from the store was whole when it was stored, so its values are
written into the new instance's ``__dict__`` at once (in field order, the defaults of fields
it lacks filled in, ``__post_init__`` still run). Anything that does not fit the class exactly
(a field it does not have, a required field missing) goes through the class, which raises
as it always did.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any, Generic, TypeVar

__all__ = ["Rebuilder", "replaced"]

T = TypeVar("T")
_REQUIRED = object()  # (a field without a default: the stored values must hold it)


class Rebuilder(Generic[T]):
    """``Rebuilder(Adoption)(values)`` is ``Adoption(**values)``, built cheaply."""

    def __init__(self, cls: type[T]):
        self.cls = cls
        fs = dataclasses.fields(cls)  # type: ignore[arg-type]
        self._init = frozenset(f.name for f in fs if f.init)
        self._required = frozenset(
            f.name
            for f in fs
            if f.init and f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        )
        # the init fields in declaration order, as __init__ sets them (a field that is not
        # one, like ``kind``, is read from the class); a default_factory (none of the record
        # types has one) sends every instance through __init__
        self._template = {
            f.name: _REQUIRED if f.default is dataclasses.MISSING else f.default for f in fs if f.init
        }
        self._fast = all(f.default_factory is dataclasses.MISSING for f in fs)
        self._post_init = getattr(cls, "__post_init__", None)
        self.names = tuple(f.name for f in fs if f.init)

    def __call__(self, values: Mapping[str, Any]) -> T:
        keys = values.keys()
        if not (self._fast and keys <= self._init and self._required <= keys):
            return self.cls(**values)
        obj = object.__new__(self.cls)  # type: ignore[call-overload]
        d = obj.__dict__
        d.update(self._template)
        d.update(values)
        if self._post_init is not None:
            self._post_init(obj)
        return obj  # type: ignore[no-any-return]

    def row(self, values: Sequence[Any]) -> T:
        """``cls(*values)``: every init field's value, in declaration order (a layout the
        caller has pinned, e.g. by a snapshot's fingerprint), unchecked by name."""
        if not self._fast or len(values) != len(self.names):
            return self.cls(*values)
        obj = object.__new__(self.cls)  # type: ignore[call-overload]
        d = obj.__dict__
        d.update(zip(self.names, values, strict=True))
        if self._post_init is not None:
            self._post_init(obj)
        return obj  # type: ignore[no-any-return]


def replaced(rec: T, **changes: Any) -> T:
    """``dataclasses.replace(rec, **changes)`` for a record without ``__post_init__`` (an
    Adoption: the run resolves the outlet of each of its 5,000 adoptions on every run)."""
    cls = type(rec)
    if hasattr(cls, "__post_init__") or not changes.keys() <= _init_fields(cls):
        return dataclasses.replace(rec, **changes)  # type: ignore[type-var]
    obj = object.__new__(cls)
    d = obj.__dict__
    d.update(rec.__dict__)
    d.update(changes)
    return obj


_INIT_FIELDS: dict[type, frozenset[str]] = {}


def _init_fields(cls: type) -> frozenset[str]:
    names = _INIT_FIELDS.get(cls)
    if names is None:
        names = _INIT_FIELDS[cls] = frozenset(f.name for f in dataclasses.fields(cls) if f.init)
    return names
