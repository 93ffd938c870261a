"""The current store configuration written out as a set-up file (TOML) that ``posassist setup``
takes back unchanged: stores, distances, tax, reasons, conditions, role limits, staff (PIN hashes,
never PINs) and the policy in force."""

from __future__ import annotations

from typing import Any

import tomlkit
from sqlalchemy import select

from posassist.db.session import Database
from posassist.db.tables.people import RoleLimit, Staff, Store, StoreDistance
from posassist.domain.money import Money
from posassist.services.setup import current_rules, tax_rules


def export_document(db: Database) -> str:
    """The current configuration as a TOML document ``apply`` takes back unchanged."""
    with db.read() as s:
        stores = list(s.execute(select(Store).where(Store.active.is_(True)).order_by(Store.id)).scalars())
        codes = {st.id: st.code for st in stores}
        dists = list(s.execute(select(StoreDistance)).scalars())
        limits = list(s.execute(select(RoleLimit).order_by(RoleLimit.role)).scalars())
        staff = list(s.execute(select(Staff).order_by(Staff.code)).scalars())
        policy = current_rules(s)
        store_tax = {st.id: tax_rules.export_store_tax(s, st) for st in stores}
        rates = tax_rules.export_rates(s, stores)
        classes = tax_rules.export_classes(s)
        reasons = tax_rules.export_reasons(s)
        conditions = tax_rules.export_conditions(s)
    currency = stores[0].currency if stores else "USD"
    doc = tomlkit.document()
    doc.add(tomlkit.comment("posassist store configuration: posassist setup FILE applies it"))
    doc["stores"] = _aot(
        {
            "code": st.code,
            "name": st.name,
            "address": st.address,
            "timezone": st.timezone,
            "currency": st.currency,
            "language": st.locale,
            "units": st.units,
            "offers_delivery": st.offers_delivery,
            **_delivery_doc(st),
            "region": st.region,
            "receipt_logo": st.receipt_logo,
            **store_tax[st.id],
        }
        for st in stores
    )
    doc["distances"] = _aot(
        {
            "from": codes[d.from_store_id],
            "to": codes[d.to_store_id],
            "km": d.km,
            "transit_days": d.transit_days,
            "transit_hours": d.transit_hours,
        }
        for d in sorted(dists, key=lambda d: (d.from_store_id, d.to_store_id))
        if d.from_store_id in codes and d.to_store_id in codes
    )
    doc["tax"] = _aot(rates)
    if any(classes.values()):
        doc["tax_classes"] = {k: v for k, v in classes.items() if v}
    doc["reason_codes"] = _aot(reasons)
    doc["condition_codes"] = _aot(conditions)
    doc["role_limits"] = {lim.role: _limit_doc(lim, currency) for lim in limits}
    doc["staff"] = _aot(_staff_doc(st, codes) for st in staff)
    if policy:
        doc["policy"] = policy
    return tomlkit.dumps(doc)


def _aot(rows: Any) -> tomlkit.items.AoT:
    aot = tomlkit.aot()
    for row in rows:
        aot.append(_table(row))
    return aot


def _table(row: dict[str, Any]) -> tomlkit.items.Table:
    t = tomlkit.table()
    for k, v in row.items():
        if v is not None:
            t[k] = v
    return t


def _money(minor: int, currency: str) -> str:
    return str(Money(minor, currency).amount)


def _limit_doc(lim: RoleLimit, currency: str) -> dict[str, Any]:
    return {
        "may_approve": lim.may_approve,
        "max_refund": _money(lim.max_refund_minor, currency),
        "max_days_past_window": lim.max_days_past_window,
        "goodwill_per_shift": _money(lim.goodwill_per_shift_minor, currency),
        "goodwill_per_week": _money(lim.goodwill_per_week_minor, currency),
        "goodwill_per_month": _money(lim.goodwill_per_month_minor, currency),
        "max_discount_percent": lim.max_discount_percent,
        "approves": [k for k in (lim.approvable_kinds or "").split(",") if k],
        "min_pin_length": lim.min_secret_length,
    }


def _staff_doc(st: Staff, codes: dict[int, str]) -> dict[str, Any]:
    return {
        "code": st.code,
        "name": st.name,
        "role": st.role,
        "store": codes.get(st.home_store_id) if st.home_store_id else None,
        "badge": st.badge_code,
        "pin_hash": st.pin_hash,
        "active": st.active,
    }


def _delivery_doc(st: Store) -> dict[str, Any]:
    from posassist.domain import delivery

    days = delivery.parse_weekdays(st.closed_weekdays or "")
    return {
        "carrier_days": st.carrier_days,
        "closed_on": [delivery.WEEKDAYS[d] for d in sorted(days)],
        "closed_dates": sorted(d.isoformat() for d in delivery.parse_dates(st.closed_dates or "")),
        "hold_days": st.hold_days,
    }
