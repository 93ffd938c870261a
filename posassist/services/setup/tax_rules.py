"""The set-up's tax, tax classes and reason codes: written from the document, read back for the export."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from posassist.db.tables.people import Store
from posassist.db.tables.tax import ConditionCode, ReasonCode, StoreTax, TaxClassAssignment, TaxRate
from posassist.domain.tax import TAX_CLASSES, ppm_to_rate, rate_text, rate_to_ppm
from posassist.services.setup.model import ConditionDoc, ReasonDoc, SetupDoc


def write_tax(s: Session, doc: SetupDoc, stores: dict[str, Store], changes: list[str]) -> None:
    """Every store in the document gets exactly its [[tax]] rows (none: no tax) and its settings."""
    for sd in doc.stores:
        st = stores[sd.code]
        settings = s.get(StoreTax, st.id)
        values = {
            "prices_include_tax": sd.prices_include_tax,
            "rounding": sd.tax_rounding,
            "rounding_mode": sd.tax_rounding_mode,
        }
        if settings is None:
            s.add(StoreTax(store_id=st.id, **values))
            if sd.prices_include_tax or sd.tax_rounding != "line" or sd.tax_rounding_mode != "half_up":
                changes.append(
                    f"tax {sd.code}: prices {'include' if sd.prices_include_tax else 'exclude'} tax, "
                    f"rounded per {sd.tax_rounding} ({sd.tax_rounding_mode})"
                )
        else:
            for name, value in values.items():
                if getattr(settings, name) != value:
                    changes.append(f"tax {sd.code}: {name} {getattr(settings, name)!r} → {value!r}")
                    setattr(settings, name, value)
        have = {
            (r.tax_class, r.component): r for r in s.execute(select(TaxRate).where(TaxRate.store_id == st.id)).scalars()
        }
        wanted = [t for t in doc.tax if t.store == sd.code]
        keep = set()
        for pos, td in enumerate(wanted):
            key = (td.tax_class, td.component)
            keep.add(key)
            row = have.get(key)
            ppm = rate_to_ppm(td.rate)
            label = f"tax {sd.code} {td.tax_class} {td.component}"
            if row is None:
                s.add(
                    TaxRate(
                        store_id=st.id,
                        tax_class=td.tax_class,
                        position=pos,
                        component=td.component,
                        rate_ppm=ppm,
                        compound=td.compound,
                    )
                )
                changes.append(f"{label}: {rate_text(td.rate)} %" + (" (compound)" if td.compound else ""))
                continue
            if row.rate_ppm != ppm:
                changes.append(f"{label}: {rate_text(ppm_to_rate(row.rate_ppm))} % → {rate_text(td.rate)} %")
                row.rate_ppm = ppm
            if row.compound != td.compound:
                changes.append(f"{label}: compound {row.compound!r} → {td.compound!r}")
                row.compound = td.compound
            row.position = pos
        for key, row in have.items():
            if key not in keep:
                changes.append(f"tax {sd.code} {key[0]} {key[1]}: removed")
                s.delete(row)
    s.flush()


def write_classes(s: Session, wanted: dict[tuple[str, str], str] | None, changes: list[str]) -> None:
    if wanted is None:
        return
    have = {(r.kind, r.code): r for r in s.execute(select(TaxClassAssignment)).scalars()}
    for key, tax_class in sorted(wanted.items()):
        row = have.get(key)
        if row is None:
            s.add(TaxClassAssignment(kind=key[0], code=key[1], tax_class=tax_class))
            changes.append(f"tax class of {key[0]} {key[1]}: {tax_class}")
        elif row.tax_class != tax_class:
            changes.append(f"tax class of {key[0]} {key[1]}: {row.tax_class} → {tax_class}")
            row.tax_class = tax_class
    for key, row in have.items():
        if key not in wanted:
            changes.append(f"tax class of {key[0]} {key[1]}: {row.tax_class} → standard")
            s.delete(row)
    s.flush()


def write_reasons(s: Session, wanted: list[ReasonDoc] | None, changes: list[str]) -> None:
    """The listed codes, in order, are what approvers choose from; any other code is retired
    (kept, since decided approvals name it)."""
    if wanted is None:
        return
    have = {r.code: r for r in s.execute(select(ReasonCode)).scalars()}
    listed = set()
    for pos, rd in enumerate(wanted):
        listed.add(rd.code)
        row = have.get(rd.code)
        if row is None:
            s.add(ReasonCode(code=rd.code, label=rd.label, position=pos, active=rd.active))
            changes.append(f"reason {rd.code}: added" + (f" ({rd.label})" if rd.label else ""))
            continue
        for key, value in (("label", rd.label), ("active", rd.active), ("position", pos)):
            if getattr(row, key) != value:
                if key != "position":
                    changes.append(f"reason {rd.code}: {key} {getattr(row, key)!r} → {value!r}")
                setattr(row, key, value)
    for code, row in have.items():
        if code not in listed and row.active:
            changes.append(f"reason {code}: retired")
            row.active = False
    s.flush()


def export_store_tax(s: Session, store: Store) -> dict[str, Any]:
    settings = s.get(StoreTax, store.id)
    return {
        "prices_include_tax": settings.prices_include_tax if settings else False,
        "tax_rounding": settings.rounding if settings else "line",
        "tax_rounding_mode": settings.rounding_mode if settings else "half_up",
    }


def export_rates(s: Session, stores: list[Store]) -> list[dict[str, Any]]:
    order = {c: i for i, c in enumerate(TAX_CLASSES)}
    out = []
    for st in stores:
        rows = sorted(
            s.execute(select(TaxRate).where(TaxRate.store_id == st.id)).scalars(),
            key=lambda r: (order.get(r.tax_class, 9), r.position, r.id),
        )
        for r in rows:
            row: dict[str, Any] = {"store": st.code, "class": r.tax_class, "component": r.component}
            row["rate"] = rate_text(ppm_to_rate(r.rate_ppm))
            if r.compound:
                row["compound"] = True
            out.append(row)
    return out


def export_classes(s: Session) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {"departments": {}, "products": {}}
    for r in s.execute(select(TaxClassAssignment).order_by(TaxClassAssignment.kind, TaxClassAssignment.code)).scalars():
        out["departments" if r.kind == "department" else "products"][r.code] = r.tax_class
    return out


def export_reasons(s: Session) -> list[dict[str, Any]]:
    rows = s.execute(select(ReasonCode).order_by(ReasonCode.active.desc(), ReasonCode.position, ReasonCode.code))
    return [
        {"code": r.code, **({"label": r.label} if r.label else {}), **({} if r.active else {"active": False})}
        for r in rows.scalars()
    ]


def write_conditions(s: Session, wanted: list[ConditionDoc] | None, changes: list[str]) -> None:
    """The listed condition codes, in order, are what associates choose from when an item comes
    back; any other is retired (kept: committed returns name it)."""
    if wanted is None:
        return
    have = {r.code: r for r in s.execute(select(ConditionCode)).scalars()}
    listed = set()
    for pos, cd in enumerate(wanted):
        listed.add(cd.code)
        row = have.get(cd.code)
        if row is None:
            s.add(ConditionCode(code=cd.code, label=cd.label, means=cd.means, position=pos, active=cd.active))
            changes.append(
                f"condition {cd.code}: added (judged as {cd.means})" + (f" ({cd.label})" if cd.label else "")
            )
            continue
        for key, value in (("label", cd.label), ("means", cd.means), ("active", cd.active), ("position", pos)):
            if getattr(row, key) != value:
                if key != "position":
                    changes.append(f"condition {cd.code}: {key} {getattr(row, key)!r} → {value!r}")
                setattr(row, key, value)
    for code, row in have.items():
        if code not in listed and row.active:
            changes.append(f"condition {code}: retired")
            row.active = False
    s.flush()


def export_conditions(s: Session) -> list[dict[str, Any]]:
    rows = s.execute(
        select(ConditionCode).order_by(ConditionCode.active.desc(), ConditionCode.position, ConditionCode.code)
    )
    return [
        {
            "code": r.code,
            **({"label": r.label} if r.label else {}),
            **({"means": r.means} if r.means != r.code else {}),
            **({} if r.active else {"active": False}),
        }
        for r in rows.scalars()
    ]
