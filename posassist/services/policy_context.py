"""What the policy needs to know about a return beyond its lines, read from the database: where
and how the sale was made (channel, delivery), who the customer is (tiers), how it was paid, the
items' SKUs, and, for a no-receipt return, how many the same person made in the policy's period,
counted by their customer record or, for an anonymous customer, by a keyed hash of their identity
document or phone (the number itself is never stored: a leaked table or report cannot be turned
back into it without the installation's key)."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.customers import CustomerTag
from posassist.db.tables.ops import AppSecret
from posassist.db.tables.people import Store
from posassist.db.tables.sales import Return, ReturnPolicy, Sale
from posassist.db.tables.tax import ConditionCode
from posassist.domain.permissions import Action
from posassist.domain.policy import Policy, ReturnRequest
from posassist.errors import InvalidInput
from posassist.i18n import tr
from posassist.services import sessions
from posassist.services.dto import StaffSession
from posassist.services.returns_dto import ReturnDraft, SaleView

KEY_NAME = "identity_hash_key"
IDENTITY_KINDS = ("id", "phone")  # an identity document's number, or a phone number


def _policy(s: Session, now: datetime) -> Policy | None:
    row = s.execute(
        select(ReturnPolicy).where(ReturnPolicy.effective_from <= now).order_by(ReturnPolicy.effective_from.desc())
    ).scalar()
    return Policy.from_rules(row.version, row.rules) if row else None


def normalised(kind: str, value: str) -> str:
    """The identity as compared: a phone's digits (the last 10, so +1 416… and (416)… agree); a
    document's letters and digits, upper case. Raises InvalidInput for something too short."""
    if kind not in IDENTITY_KINDS:
        raise InvalidInput(tr("The identity is an id (document number) or a phone."), field="identity")
    text = unicodedata.normalize("NFKC", value or "")
    if kind == "phone":
        digits = "".join(ch for ch in text if ch.isdigit())
        if len(digits) < 7:
            raise InvalidInput(tr("Type the customer's whole phone number."), field="identity")
        return "phone:" + digits[-10:]
    code = re.sub(r"[^0-9A-Z]", "", text.upper())
    if len(code) < 5:
        raise InvalidInput(tr("Type the identity document's whole number."), field="identity")
    return "id:" + code


def _key(s: Session, *, create: bool) -> bytes | None:
    value = s.get(AppSecret, KEY_NAME)
    if value is not None:
        return bytes.fromhex(value.value)
    if not create:
        return None
    try:
        with s.begin_nested():
            s.add(AppSecret(name=KEY_NAME, value=secrets.token_hex(32), created_at=utcnow()))
    except IntegrityError:  # another counter made it at the same moment: use theirs
        pass
    row = s.get(AppSecret, KEY_NAME)
    return bytes.fromhex(row.value) if row else None


def identity_hash(s: Session, kind: str, value: str, *, create: bool = True) -> str | None:
    """The keyed hash (HMAC-SHA-256) of an identity; None when no key exists yet and ``create`` is
    off (then no return carries a hash either)."""
    key = _key(s, create=create)
    if key is None:
        return None
    return hmac.new(key, normalised(kind, value).encode("utf-8"), hashlib.sha256).hexdigest()


def no_receipt_returns(s: Session, draft: ReturnDraft, period_days: int, now: datetime) -> int:
    """Committed no-receipt returns of the same person in the period, at every store: by their
    customer record, else by the identity hash."""
    since = now - timedelta(days=period_days)
    who = (
        Return.customer_id == draft.customer_id
        if draft.customer_id is not None
        else Return.identity_hash == draft.identity_hash
    )
    if draft.customer_id is None and not draft.identity_hash:
        return 0
    return int(
        s.execute(
            select(func.count())
            .select_from(Return)
            .where(who, Return.sale_id.is_(None), Return.status == "committed", Return.committed_at >= since)
        ).scalar_one()
    )


def _delivered(s: Session, sale_id: int, tz: str) -> datetime | None:
    """A web order's delivery: the day it was to arrive, else when it was fulfilled."""
    row = s.execute(select(Sale.channel, Sale.arrive_by, Sale.fulfilled_at).where(Sale.id == sale_id)).first()
    if row is None or row[0] not in ("web", "phone"):
        return None
    if row[1] is not None:
        return datetime.combine(row[1], time(12), tzinfo=ZoneInfo(tz)).astimezone(UTC)
    return row[2]


def _tiers(s: Session, customer_id: int | None) -> frozenset[str]:
    if customer_id is None:
        return frozenset()
    return frozenset(s.execute(select(CustomerTag.tag).where(CustomerTag.customer_id == customer_id)).scalars())


def condition_meanings(s: Session) -> dict[str, str]:
    """Each condition code of the set-up (active or retired: a committed return names it) and the
    condition the policy judges it as (``open_box`` -> ``opened``)."""
    return {str(c): str(m) for c, m in s.execute(select(ConditionCode.code, ConditionCode.means)).all()}


def condition_codes(s: Session) -> list[str]:
    """The condition codes associates choose from, in the set-up's order."""
    rows = s.execute(
        select(ConditionCode.code).where(ConditionCode.active.is_(True)).order_by(ConditionCode.position)
    ).scalars()
    return [str(c) for c in rows]


def with_context(
    s: Session, draft: ReturnDraft, request: ReturnRequest, sale: SaleView | None, now: datetime | None = None
) -> tuple[ReturnRequest, SaleView | None]:
    """The request with what the policy's rules read beyond the lines: first where the return is
    taken (the store's region: rules some jurisdictions forbid, such as restocking fees)."""
    now = now or utcnow()
    region = s.execute(select(Store.region).where(Store.id == draft.store_id)).scalar_one_or_none()
    request = replace(request, jurisdiction=region.strip().upper() if region else None)
    means = condition_meanings(s)  # the store's condition codes, judged as the condition each means
    if means:
        request = replace(
            request, lines=tuple(replace(ln, condition=means.get(ln.condition, ln.condition)) for ln in request.lines)
        )
    if sale is not None:
        skus = {str(ln.id): ln.sku for ln in sale.lines}
        lines = tuple(replace(ln, sku=skus.get(ln.ref)) for ln in request.lines)
        request = replace(
            request,
            lines=lines,
            channel=sale.channel,
            delivered_at=_delivered(s, sale.id, request.store_timezone),
            customer_tiers=_tiers(s, sale.customer_id),
            tenders=tuple((kind, amount) for kind, amount, _ref in sale.tenders),
        )
        return request, sale
    if draft.mode != "no_receipt":
        return request, sale
    policy = _policy(s, now)
    period = policy.no_receipt_period_days if policy else 365
    return (
        replace(
            request,
            customer_tiers=_tiers(s, draft.customer_id),
            identified=draft.customer_id is not None or bool(draft.identity_hash),
            no_receipt_returns_12m=no_receipt_returns(s, draft, period, now),
        ),
        sale,
    )


def hash_identity(db: Database, staff: StaffSession, kind: str, value: str) -> str:
    """The hash a no-receipt draft carries for an anonymous customer (the key is made on first use)."""
    normalised(kind, value)  # a clear message before anything is written
    with db.transaction() as s:
        sessions.verify(s, staff, Action.RETURN_DRAFT)
        found = identity_hash(s, kind, value, create=True)
    assert found is not None  # create=True always gives a key
    return found
