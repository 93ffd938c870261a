"""A service call's arguments as JSON and back, by their declared types.

``unstructure`` turns DTOs (frozen dataclasses, recursively), tuples, dates, times, Decimals and
enums into JSON; ``structure(doc, hint)`` rebuilds the value the type hint names (the hints come
from the service function itself through ``typing.get_type_hints``), so a replayed call receives
the same ``ReturnDraft`` with the same ``DraftLine`` tuple it was given at the counter. A value
whose hint says nothing (``Any``) keeps a small type tag for the scalars JSON cannot carry.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any, Union

_TAG = "$t"


def unstructure(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime in a journaled call")
        return {_TAG: "datetime", "v": value.isoformat()}
    if isinstance(value, date):
        return {_TAG: "date", "v": value.isoformat()}
    if isinstance(value, time):
        return {_TAG: "time", "v": value.isoformat()}
    if isinstance(value, Decimal):
        return {_TAG: "decimal", "v": str(value)}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: unstructure(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): unstructure(v) for k, v in value.items()}
    if isinstance(value, Sequence | set | frozenset):
        return [unstructure(v) for v in value]
    raise TypeError(f"cannot journal a {type(value).__name__}")


def _tagged(doc: Any) -> Any:
    """A value read back with no type to go by: the tags say what the scalars were."""
    if isinstance(doc, dict):
        if set(doc) == {_TAG, "v"}:
            kind, v = doc[_TAG], doc["v"]
            return {
                "datetime": datetime.fromisoformat,
                "date": date.fromisoformat,
                "time": time.fromisoformat,
                "decimal": Decimal,
            }[kind](v)
        return {k: _tagged(v) for k, v in doc.items()}
    if isinstance(doc, list):
        return [_tagged(v) for v in doc]
    return doc


def structure(doc: Any, hint: Any) -> Any:  # noqa: C901 - one branch per kind of type
    if hint is Any or hint is object or hint is None:
        return _tagged(doc)
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (Union, types.UnionType):
        if doc is None and type(None) in args:
            return None
        last: Exception | None = None
        for arg in (a for a in args if a is not type(None)):
            try:
                return structure(doc, arg)
            except (TypeError, ValueError, KeyError) as exc:
                last = exc
        raise TypeError(f"{doc!r} fits none of {hint}") from last
    if origin is typing.Literal:
        if doc not in args:
            raise ValueError(f"{doc!r} is not one of {args}")
        return doc
    if isinstance(doc, dict) and set(doc) == {_TAG, "v"}:
        value = _tagged(doc)
        if isinstance(hint, type) and not isinstance(value, hint):
            raise TypeError(f"{value!r} is not a {hint.__name__}")
        return value
    if origin in (tuple,):
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(structure(v, args[0]) for v in doc)
        if args:
            return tuple(structure(v, a) for v, a in zip(doc, args, strict=True))
        return tuple(_tagged(v) for v in doc)
    if origin in (list, Sequence, set, frozenset) or hint in (list, tuple):
        inner = args[0] if args else Any
        items = [structure(v, inner) for v in doc]
        return set(items) if origin is set else frozenset(items) if origin is frozenset else items
    if origin in (dict, Mapping) or hint is dict:
        inner = args[1] if len(args) == 2 else Any
        if not isinstance(doc, dict):
            raise TypeError(f"{doc!r} is not a mapping")
        return {k: structure(v, inner) for k, v in doc.items()}
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        if not isinstance(doc, dict):
            raise TypeError(f"{doc!r} is not a {hint.__name__}")
        hints = typing.get_type_hints(hint)
        kw = {f.name: structure(doc[f.name], hints[f.name]) for f in dataclasses.fields(hint) if f.name in doc}
        return hint(**kw)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(doc)
    if hint is bool:
        if not isinstance(doc, bool):
            raise TypeError(f"{doc!r} is not a bool")
        return doc
    if hint is int:
        if isinstance(doc, bool) or not isinstance(doc, int):
            raise TypeError(f"{doc!r} is not an int")
        return doc
    if hint is float:
        return float(doc)
    if hint is str:
        if not isinstance(doc, str):
            raise TypeError(f"{doc!r} is not a str")
        return doc
    if hint in (datetime, date, time, Decimal):
        return hint(doc) if hint is Decimal else hint.fromisoformat(doc)
    return _tagged(doc)
