"""The service calls that may change data while the server is away, and how each is written to
the journal and called again on the server.

A ``Spec`` names a capability method ("notes.add") and the function whose type hints describe
its keyword arguments (the capability methods pass ``**kw`` on to a module function). The staff
session is journaled as the staff member's id, never its token; a secret (an approver's PIN) is
never journaled."""

from __future__ import annotations

import inspect
import typing
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from posassist.db.offline_hooks import Call
from posassist.db.tables.base import utcnow
from posassist.services.dto import StaffSession
from posassist.services.offline.codec import structure, unstructure

SECRET_PARAMS = frozenset({"secret", "pin"})
STAFF = "$staff"  # payload marker: here goes the (replay) staff session


@dataclass(frozen=True)
class Spec:
    name: str  # "capability.method"
    hints_from: str  # "module:function" whose type hints describe the keyword arguments


def _spec(name: str, target: str) -> tuple[str, Spec]:
    return name, Spec(name, target)


SPECS: dict[str, Spec] = dict(
    [
        _spec("notes.add", "posassist.services.notes:add"),
        _spec("notes.edit", "posassist.services.notes:edit"),
        _spec("notes.finish", "posassist.services.notes:finish"),  # the customer's rating (CSAT)
        _spec("follow_ups.create", "posassist.services.followups:create"),
        _spec("follow_ups.complete", "posassist.services.followups:complete"),
        _spec("follow_ups.snooze", "posassist.services.followups:snooze"),
        _spec("follow_ups.dismiss", "posassist.services.followups:dismiss"),
        _spec("follow_ups.reassign", "posassist.services.followups:reassign"),
        _spec("holds.create", "posassist.services.holds:create"),
        _spec("holds.hold_for_customer", "posassist.services.holds:hold_for_customer"),
        _spec("holds.collect", "posassist.services.holds:collect"),
        _spec("holds.release", "posassist.services.holds:release"),
        _spec("returns.commit", "posassist.services.returns_commit:commit"),
        _spec("approvals.request", "posassist.services.approvals:request"),
        _spec("approvals.decide", "posassist.services.approvals:decide"),
        _spec("customers.update", "posassist.services.customer_edit:update"),
    ]
)


@cache
def _target_hints(target: str) -> dict[str, Any]:
    module, _, fn = target.partition(":")
    mod = __import__(module, fromlist=[fn])
    return typing.get_type_hints(getattr(mod, fn))


def hints(spec: Spec, method: Callable[..., Any]) -> dict[str, Any]:
    out = dict(_target_hints(spec.hints_from))
    out.update(typing.get_type_hints(method))
    out.pop("return", None)
    return out


def bound_arguments(method: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
    """The call's arguments by name (``**kw`` spread out)."""
    bound = inspect.signature(method).bind(*args, **kwargs)
    out: dict[str, Any] = {}
    for name, value in bound.arguments.items():
        param = bound.signature.parameters[name]
        if param.kind is inspect.Parameter.VAR_KEYWORD:
            out.update(value)
        elif param.kind is inspect.Parameter.VAR_POSITIONAL:
            raise TypeError("a journaled call takes no *args")
        else:
            out[name] = value
    return out


def build_call(
    spec: Spec, method: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any], counter: str
) -> Call:
    """The journal's record of one call: JSON arguments, the staff member, when and where."""
    payload: dict[str, Any] = {}
    staff_id: int | None = None
    for name, value in bound_arguments(method, args, kwargs).items():
        if isinstance(value, StaffSession):
            staff_id = value.id
            payload[name] = STAFF
        elif name in SECRET_PARAMS:
            payload[name] = None  # checked at the counter; never kept
        else:
            payload[name] = unstructure(value)
    return Call(
        name=spec.name,
        payload=payload,
        key=uuid.uuid4().hex,
        staff_id=staff_id,
        extra={"counter": counter, "at": utcnow().isoformat()},
    )


def arguments(
    spec: Spec, method: Callable[..., Any], payload: dict[str, Any], staff: StaffSession | None
) -> dict[str, Any]:
    """The keyword arguments to call ``method`` with again, rebuilt by their types."""
    types = hints(spec, method)
    out: dict[str, Any] = {}
    for name, doc in payload.items():
        if doc == STAFF:
            out[name] = staff
        else:
            out[name] = structure(doc, types.get(name, Any))
    return out
