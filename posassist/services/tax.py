"""A store's tax rules as the domain's ``TaxScheme``, and which tax class an item is in.

Read inside the caller's unit of work (returns, exchanges, the set-up export); the rules
themselves are written only by the set-up service (file, wizard or admin screen)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from posassist.db.tables.catalogue import Department, Product, Variant
from posassist.db.tables.tax import StoreTax, TaxClassAssignment, TaxRate
from posassist.domain.tax import NO_TAX, Component, LineTax, TaxScheme, ppm_to_rate

__all__ = ["class_for", "department_classes", "scheme_for", "taxed_price", "variant_classes"]


def scheme_for(s: Session, store_id: int) -> TaxScheme:
    """The store's scheme; a store nobody set tax up for charges none (and says so on the summary)."""
    settings = s.get(StoreTax, store_id)
    rows = s.execute(
        select(TaxRate).where(TaxRate.store_id == store_id).order_by(TaxRate.tax_class, TaxRate.position, TaxRate.id)
    ).scalars()
    rates: dict[str, list[Component]] = {}
    for row in rows:
        rates.setdefault(row.tax_class, []).append(Component(row.component, ppm_to_rate(row.rate_ppm), row.compound))
    if settings is None and not rates:
        return NO_TAX
    return TaxScheme(
        settings.prices_include_tax if settings else False,
        settings.rounding if settings else "line",
        settings.rounding_mode if settings else "half_up",
        {k: tuple(v) for k, v in rates.items()},
    )


def class_for(s: Session, department_code: str | None, style_code: str | None) -> str:
    """A product's own class wins over its department's; otherwise standard."""
    rows = dict(
        ((kind, code), tax_class)
        for kind, code, tax_class in s.execute(
            select(TaxClassAssignment.kind, TaxClassAssignment.code, TaxClassAssignment.tax_class).where(
                TaxClassAssignment.code.in_([c for c in (style_code, department_code) if c])
            )
        ).all()
    )
    return rows.get(("product", style_code or "")) or rows.get(("department", department_code or "")) or "standard"


def department_classes(s: Session) -> dict[str, str]:
    """Department code -> tax class, for the departments that are not standard."""
    return dict(
        s.execute(
            select(TaxClassAssignment.code, TaxClassAssignment.tax_class).where(TaxClassAssignment.kind == "department")
        ).all()
    )


def variant_classes(s: Session, variant_ids: Iterable[int]) -> dict[int, str]:
    """The tax class of each variant, from its product and department."""
    ids = list({v for v in variant_ids if v is not None})
    if not ids:
        return {}
    rows = s.execute(
        select(Variant.id, Product.style_code, Department.code)
        .join(Product, Product.id == Variant.product_id)
        .outerjoin(Department, Department.id == Product.department_id)
        .where(Variant.id.in_(ids))
    ).all()
    assigned = {
        (kind, code): tax_class
        for kind, code, tax_class in s.execute(
            select(TaxClassAssignment.kind, TaxClassAssignment.code, TaxClassAssignment.tax_class)
        ).all()
    }
    out = {}
    for vid, style, dept in rows:
        out[int(vid)] = assigned.get(("product", style)) or assigned.get(("department", dept or "")) or "standard"
    return out


def taxed_price(s: Session, store_id: int, variant_id: int, amount_minor: int) -> LineTax:
    """A shelf amount for this item in this store, as the customer pays it (tax added or included)."""
    tax_class = variant_classes(s, [variant_id]).get(variant_id, "standard")
    return scheme_for(s, store_id).line(max(0, amount_minor), tax_class)
