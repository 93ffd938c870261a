"""The return policy as data an admin edits: every save is a new version (returns keep the version
they were judged by), checked before it is accepted, and audited."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.sales import ReturnPolicy
from posassist.domain.permissions import Action
from posassist.domain.typed import field
from posassist.errors import InvalidInput, NotFound
from posassist.i18n import tr
from posassist.services import audit, sessions
from posassist.services.dto import StaffSession
from posassist.services.policy_checks import KNOWN_KEYS, validate
from posassist.services.policy_document import PolicyDocument, as_json, read_document, write_document
from posassist.services.policy_dto import PolicyVersion

__all__ = [
    "KNOWN_KEYS",
    "PolicyAdmin",
    "PolicyDocument",
    "PolicyVersion",
    "as_json",
    "import_document",
    "in_force",
    "read_document",
    "save",
    "validate",
    "versions",
    "write_document",
]


def versions(db: Database) -> list[PolicyVersion]:
    with db.read() as s:
        return [
            PolicyVersion(p.id, p.version, p.effective_from, dict(p.rules), p.note)
            for p in s.execute(select(ReturnPolicy).order_by(ReturnPolicy.version.desc())).scalars()
        ]


def in_force(db: Database, at: datetime | None = None) -> PolicyVersion:
    at = at or utcnow()
    for v in versions(db):
        if v.effective_from <= at:
            return v
    raise NotFound(tr("No return policy is in force yet."))


@retrying
def save(
    db: Database,
    rules: dict[str, Any],
    *,
    staff: StaffSession,
    effective_from: datetime | None = None,
    note: str = "",
    source: str = "editor",
) -> PolicyVersion:
    validate(rules)
    note = field(note, "note", name="note", max_len=2000, multiline=True)
    when = effective_from or utcnow()
    if when.tzinfo is None:
        raise InvalidInput(tr("The start date needs a time zone."), field="effective_from")
    with db.transaction() as s:
        who = sessions.verify(s, staff, Action.POLICY_EDIT)
        n = (s.execute(select(func.max(ReturnPolicy.version))).scalar_one() or 0) + 1
        p = ReturnPolicy(version=n, effective_from=when, rules=rules, note=note.strip(), created_by=who.id)
        s.add(p)
        s.flush()
        audit.record(
            s,
            actor_id=who.id,
            where=who.counter,
            action="policy.changed",
            entity="return_policy",
            entity_id=p.id,
            payload={"version": n, "effective_from": when.isoformat(), "source": source},
        )
        result = PolicyVersion(p.id, n, when, rules, p.note)
    db.forget("policy")
    return result


def import_document(db: Database, text: str, *, staff: StaffSession, name: str | None = None) -> PolicyVersion:
    """A new version from a document (validated first: nothing is written when it is not right)."""
    doc = read_document(text, name)
    return save(db, doc.rules, staff=staff, effective_from=doc.effective_from, note=doc.note, source="import")


class PolicyAdmin:
    """The return policy as versioned data: read, validate, save a new version (managers)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    validate = staticmethod(validate)

    def versions(self) -> list[PolicyVersion]:
        return versions(self._db)

    def in_force(self, at: datetime | None = None) -> PolicyVersion:
        return in_force(self._db, at)

    def save(self, session: StaffSession, rules: dict[str, Any], **kw: Any) -> PolicyVersion:
        return save(self._db, rules, staff=session, **kw)

    def read_document(self, text: str, name: str | None = None) -> PolicyDocument:
        return read_document(text, name)

    def import_document(self, session: StaffSession, text: str, name: str | None = None) -> PolicyVersion:
        return import_document(self._db, text, staff=session, name=name)

    def export(self, fmt: str = "toml", at: datetime | None = None) -> str:
        return write_document(in_force(self._db, at), fmt)
