"""Store set-up from one TOML file: stores and the distances between them, role limits, staff and
the return policy, applied in one transaction, idempotent, with a dry run and an export.

``Setup.apply(session, text)`` says what changed ("store DT: name 'Downtown' → 'Downtown Toronto'");
running it twice changes nothing the second time. ``Setup.export()`` writes the configuration so
a chain can copy one store's set-up to the next."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import tomlkit
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from posassist.db.retry import retrying
from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.people import RoleLimit, Staff, Store, StoreDistance
from posassist.db.tables.sales import ReturnPolicy
from posassist.domain.permissions import Action
from posassist.services import audit, policy_admin, sessions, staff_seal
from posassist.services.auth import check_secret_strength, hash_secret, pin_matches
from posassist.services.dto import StaffSession
from posassist.services.setup import tax_rules
from posassist.services.setup.document import parse
from posassist.services.setup.model import LimitDoc, SetupDoc, StaffDoc, StoreDoc
from posassist.services.setup.reader import document_line

__all__ = ["Setup", "SetupResult", "parse", "write"]


@dataclass
class SetupResult:
    dry_run: bool
    applied: bool
    changes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"dry_run": self.dry_run, "applied": self.applied, "changes": self.changes}


class _DryRun(Exception):
    """Raised at the end of a dry run so the transaction rolls back whatever it would have done."""

    def __init__(self, changes: list[str]) -> None:
        super().__init__("dry run")
        self.changes = changes


def _km(a: StoreDoc, b: StoreDoc) -> int | None:
    """Great-circle distance between two stores' coordinates (haversine), in whole km."""
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return round(2 * 6371 * math.asin(math.sqrt(h)))


def _set(obj: Any, values: dict[str, Any], label: str, changes: list[str]) -> None:
    for key, value in values.items():
        old = getattr(obj, key)
        if old != value:
            changes.append(f"{label}: {key} {old!r} → {value!r}")
            setattr(obj, key, value)


def _stores(s: Session, doc: SetupDoc, changes: list[str]) -> dict[str, Store]:
    by_code = {st.code: st for st in s.execute(select(Store)).scalars()}
    for sd in doc.stores:
        values = {
            "name": sd.name,
            "address": sd.address,
            "timezone": sd.timezone,
            "currency": sd.currency,
            "locale": sd.language,
            "units": sd.units,
            "offers_delivery": sd.offers_delivery,
            "carrier_days": sd.carrier_days,
            "closed_weekdays": sd.closed_weekdays,
            "closed_dates": sd.closed_dates,
            "hold_days": sd.hold_days,
            "active": True,
            "region": sd.region,
            "receipt_logo": sd.receipt_logo,
        }
        st = by_code.get(sd.code)
        if st is None:
            st = Store(code=sd.code, **values)
            s.add(st)
            by_code[sd.code] = st
            changes.append(f"store {sd.code}: added ({sd.name}, {sd.timezone}, {sd.currency})")
        else:
            _set(st, values, f"store {sd.code}", changes)
    s.flush()
    return by_code


def _distances(s: Session, doc: SetupDoc, stores: dict[str, Store], changes: list[str]) -> None:
    wanted: dict[tuple[int, int], tuple[int, int]] = {}
    for a in doc.stores:  # coordinates give the distance; a [[distances]] entry overrides it
        for b in doc.stores:
            km = _km(a, b) if a.code != b.code else None
            if km is not None:
                wanted[(stores[a.code].id, stores[b.code].id)] = (km, max(1, math.ceil(km / 500)))
    for a_code, b_code, km, days in doc.distances:
        for x, y in ((a_code, b_code), (b_code, a_code)):
            wanted[(stores[x].id, stores[y].id)] = (km, days)
    if not wanted:
        return
    have = {(d.from_store_id, d.to_store_id): d for d in s.execute(select(StoreDistance)).scalars()}
    names = {st.id: code for code, st in stores.items()}
    for (src, dst), (km, days) in sorted(wanted.items()):
        label = f"distance {names.get(src)}→{names.get(dst)}"
        row = have.get((src, dst))
        if row is None:
            s.add(StoreDistance(from_store_id=src, to_store_id=dst, km=km, transit_days=days))
            changes.append(f"{label}: {km} km, {days} day(s)")
        else:
            _set(row, {"km": km, "transit_days": days}, label, changes)


def _limits(s: Session, limits: list[LimitDoc], changes: list[str]) -> None:
    for ld in limits:
        row = s.get(RoleLimit, ld.role)
        values = {
            "may_approve": ld.may_approve,
            "max_refund_minor": ld.max_refund_minor,
            "max_days_past_window": ld.max_days_past_window,
            "goodwill_per_shift_minor": ld.goodwill_per_shift_minor,
            "goodwill_per_month_minor": ld.goodwill_per_month_minor,
            "goodwill_per_week_minor": ld.goodwill_per_week_minor,
            "max_discount_percent": ld.max_discount_percent,
            "approvable_kinds": ",".join(ld.approves),
            "min_secret_length": ld.min_pin_length,
        }
        if row is None:
            s.add(RoleLimit(role=ld.role, **values))
            changes.append(f"role limits {ld.role}: added")
        else:
            _set(row, values, f"role limits {ld.role}", changes)
    s.flush()


def _staff(s: Session, people: list[StaffDoc], stores: dict[str, Store], changes: list[str]) -> None:
    by_code = {st.code: st for st in s.execute(select(Staff)).scalars()}
    for sd in people:
        values: dict[str, Any] = {
            "name": sd.name,
            "role": sd.role,
            "home_store_id": stores[sd.store].id if sd.store else None,
            "badge_code": sd.badge or None,
            "active": sd.active,
        }
        st = by_code.get(sd.code)
        secret = sd.pin_hash
        if sd.pin is not None and st is not None and pin_matches(st.pin_hash, sd.pin):
            sd = replace(sd, pin=None)  # the PIN it already has: nothing to change
        if sd.pin is not None:
            limits = s.get(RoleLimit, sd.role)
            check_secret_strength(sd.pin, limits.min_secret_length if limits else 4)
            secret = hash_secret(sd.pin)
        if st is None:
            if secret is None:
                raise_missing_pin(sd.code)
            st = Staff(code=sd.code, pin_hash=secret, **values)
            s.add(st)
            changes.append(f"staff {sd.code}: added ({sd.name}, {sd.role})")
        else:
            _set(st, values, f"staff {sd.code}", changes)
            if sd.pin is not None or (sd.pin_hash is not None and sd.pin_hash != st.pin_hash):
                st.pin_hash, st.failed_attempts = str(secret), 0
                changes.append(f"staff {sd.code}: new PIN")
    s.flush()


def current_rules(s: Session) -> dict[str, Any] | None:
    row = (
        s.execute(
            select(ReturnPolicy).where(ReturnPolicy.effective_from <= utcnow()).order_by(ReturnPolicy.version.desc())
        )
        .scalars()
        .first()
    )
    return dict(row.rules) if row else None


def _add_policy(s: Session, rules: dict[str, Any], staff_id: int | None, effective_from: datetime | None = None) -> int:
    n = (s.execute(select(func.max(ReturnPolicy.version))).scalar_one() or 0) + 1
    when = effective_from or utcnow()
    s.add(ReturnPolicy(version=n, effective_from=when, rules=rules, note="posassist setup", created_by=staff_id))
    s.flush()
    return n


def raise_missing_pin(code: str) -> None:
    from posassist.errors import InvalidInput
    from posassist.i18n import tr

    raise InvalidInput(tr("staff {code} is new: give a pin (or the pin_hash an export wrote).", code=code), field="pin")


def write(s: Session, doc: SetupDoc, staff_id: int | None, *, policy_from: datetime | None = None) -> list[str]:
    """The document into the caller's unit of work (the set-up command, the wizard, the admin
    screens, the demo); returns what changed, in words for the person applying it."""
    changes: list[str] = []
    stores = _stores(s, doc, changes)
    _distances(s, doc, stores, changes)
    _transit_hours(s, doc, stores, changes)
    _limits(s, doc.limits, changes)
    _staff(s, doc.staff, stores, changes)
    staff_seal.reseal(s, [sd.code for sd in doc.staff], actor_id=staff_id)  # what sign-in trusts
    staff_seal.reseal_limits(s, [ld.role for ld in doc.limits], actor_id=staff_id)  # and the limits it wrote
    tax_rules.write_tax(s, doc, stores, changes)
    tax_rules.write_classes(s, doc.tax_classes, changes)
    tax_rules.write_reasons(s, doc.reasons, changes)
    tax_rules.write_conditions(s, doc.conditions, changes)
    if doc.policy is not None and current_rules(s) != doc.policy:
        version = _add_policy(s, doc.policy, staff_id, policy_from)
        changes.append(f"policy: version {version}")
    return changes


class Setup:
    def __init__(self, db: Database) -> None:
        self._db = db

    def apply(
        self, session: StaffSession, text: str, *, dry_run: bool = False, source: str | Path | None = None
    ) -> SetupResult:
        """``source``: the file the text came from (a receipt logo's path is relative to its folder)."""
        doc = parse(text)
        if doc.policy is not None:
            _check_policy(text, doc.policy)
        doc.stores = [_with_logo(sd, i, text, source) for i, sd in enumerate(doc.stores)]
        try:
            changes = self._apply(session, doc, dry_run)
        except _DryRun as done:
            return SetupResult(True, False, done.changes)
        self._db.forget()
        return SetupResult(dry_run, bool(changes), changes)

    @retrying
    def _apply(self, session: StaffSession, doc: SetupDoc, dry_run: bool) -> list[str]:
        with self._db.transaction() as s:
            who = sessions.verify(s, session, Action.SETUP_APPLY)
            changes = write(s, doc, who.id)
            if dry_run:
                raise _DryRun(changes)
            if changes:
                audit.record(
                    s,
                    actor_id=who.id,
                    where=who.counter,
                    action="setup.applied",
                    entity="setup",
                    payload={
                        "changes": len(changes),
                        "stores": [sd.code for sd in doc.stores],
                        "what": changes[:500],
                    },
                )
            return changes

    def is_empty(self) -> bool:
        """No store yet: the first start of a new installation (the set-up wizard opens)."""
        with self._db.read() as s:
            return s.execute(select(Store.id).limit(1)).first() is None

    def first_run(self, values: dict[str, Any], *, dry_run: bool = False) -> SetupResult:
        """The set-up wizard's answers, as the document a set-up file would hold, applied in one
        transaction by the set-up session (only while no staff account exists)."""
        return self.apply(sessions.setup_session(), tomlkit.dumps(values), dry_run=dry_run)

    def document(self) -> dict[str, Any]:
        """The current configuration as plain values (what the admin screens show)."""
        import tomllib

        return tomllib.loads(self.export())

    def save(self, session: StaffSession, values: dict[str, Any]) -> SetupResult:
        """An admin screen's edit: the sections it holds, applied like a set-up file (validated,
        one transaction, audited with who changed what)."""
        return self.apply(session, tomlkit.dumps(values))

    def store_ids(self) -> dict[str, int]:
        with self._db.read() as s:
            return {code: int(i) for code, i in s.execute(select(Store.code, Store.id)).all()}

    def export(self) -> str:
        """The current configuration as a TOML document ``apply`` takes back unchanged."""
        from posassist.services.setup.export import export_document

        return export_document(self._db)


def _check_policy(text: str, rules: dict[str, Any]) -> None:
    """The [policy] section checked as ``policy import`` checks a document; a problem names its key
    under ``policy.`` and the line of the set-up file."""
    from posassist.errors import InvalidInput
    from posassist.i18n import tr
    from posassist.services.policy_document import line_of

    try:
        policy_admin.validate(rules)
    except InvalidInput as err:
        key = f"policy.{err.field}" if err.field and err.field != "rules" else "policy"
        message = err.message
        if err.field and message.startswith(err.field):
            message = message[len(err.field) :].lstrip(": ")
        line = line_of(text, key, "toml")
        at = tr("{path} (line {line})", path=key, line=line) if line else key
        raise InvalidInput(tr("{at}: {message}", at=at, message=message), field=key, row=line) from None


def _with_logo(sd: StoreDoc, index: int, text: str, source: str | Path | None) -> StoreDoc:
    """The receipt logo as an absolute path to an image that opens (checked now, not at the first print)."""
    if not sd.receipt_logo:
        return sd
    from posassist.errors import InvalidInput
    from posassist.i18n import tr
    from posassist.printing.logo import LogoError, load_logo

    path = Path(sd.receipt_logo).expanduser()
    if not path.is_absolute() and source is not None:
        path = Path(source).resolve().parent / path
    try:
        load_logo(path)
    except LogoError as err:
        key = f"stores[{index + 1}].receipt_logo"
        line = document_line(text, "stores", index, "receipt_logo")
        at = tr("{path} (line {line})", path=key, line=line) if line else key
        raise InvalidInput(tr("{at}: {message}", at=at, message=str(err)), field=key, row=line) from None
    return replace(sd, receipt_logo=str(path.resolve()))


def _transit_hours(s: Session, doc: SetupDoc, stores: dict[str, Store], changes: list[str]) -> None:
    """A same-day van between two stores of the file: its hours on both directions' rows."""
    if not doc.distances:
        return  # a file (or screen) without [[distances]] leaves the vans as they are
    codes = {sd.code for sd in doc.stores}
    ids = {st.id: code for code, st in stores.items()}
    s.flush()
    for d in s.execute(select(StoreDistance)).scalars():
        a, b = ids.get(d.from_store_id), ids.get(d.to_store_id)
        if a in codes and b in codes:
            _set(d, {"transit_hours": doc.transit_hours.get((str(a), str(b)))}, f"distance {a}→{b}", changes)
