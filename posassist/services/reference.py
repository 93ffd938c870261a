"""Reference data every look-up needs, cached briefly per process: stores and distances, the
promotions in effect, and the return policy in force."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import or_, select

from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.catalogue import Promotion
from posassist.db.tables.people import Store, StoreDistance
from posassist.db.tables.sales import ReturnPolicy
from posassist.domain.pricing import PromoRule

TTL_S = 30.0


@dataclass(frozen=True)
class StoreRef:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class Stores:
    all: tuple[StoreRef, ...]
    code_of: dict[int, str]
    km: dict[tuple[int, int], int]

    def nearest_first(self, here: int | None) -> tuple[StoreRef, ...]:
        return tuple(sorted(self.all, key=lambda st: (st.id != here, self.km.get((here or -1, st.id), 10**9), st.id)))


@dataclass(frozen=True)
class Promotions:
    by_variant: dict[int, tuple[PromoRule, ...]]
    by_product: dict[int, tuple[PromoRule, ...]]
    by_department: dict[int, tuple[PromoRule, ...]]

    def rules(
        self, variant_id: int, product_id: int, department_id: int | None, store_id: int | None
    ) -> list[PromoRule]:
        found = [*self.by_variant.get(variant_id, ()), *self.by_product.get(product_id, ())]
        if department_id is not None:
            found += self.by_department.get(department_id, ())
        return [r for r in found if r.store_id in (None, store_id)]


def stores(db: Database) -> Stores:
    def load() -> Stores:
        with db.read() as s:
            rows = s.execute(
                select(Store.id, Store.code, Store.name).where(Store.active.is_(True)).order_by(Store.id)
            ).all()
            km = {
                (a, b): d
                for a, b, d in s.execute(
                    select(StoreDistance.from_store_id, StoreDistance.to_store_id, StoreDistance.km)
                ).all()
            }
        refs = tuple(StoreRef(i, c, n) for i, c, n in rows)
        return Stores(refs, {r.id: r.code for r in refs}, km)

    return db.cached("stores", TTL_S, load)


def promotions(db: Database) -> Promotions:
    """Promotions in effect now or within the cache's lifetime (each rule checks its own dates)."""

    def load() -> Promotions:
        now = utcnow()
        with db.read() as s:
            rows = (
                s.execute(
                    select(Promotion).where(
                        Promotion.active.is_(True),
                        Promotion.starts_at <= now + timedelta(seconds=TTL_S * 2),
                        or_(Promotion.ends_at.is_(None), Promotion.ends_at > now),
                    )
                )
                .scalars()
                .all()
            )
        by_v: dict[int, list[PromoRule]] = {}
        by_p: dict[int, list[PromoRule]] = {}
        by_d: dict[int, list[PromoRule]] = {}
        for p in rows:
            rule = PromoRule(p.name, p.kind, p.value, p.starts_at, p.ends_at, p.store_id)
            for key, bucket in ((p.variant_id, by_v), (p.product_id, by_p), (p.department_id, by_d)):
                if key is not None:
                    bucket.setdefault(key, []).append(rule)
        freeze = lambda d: {k: tuple(v) for k, v in d.items()}  # noqa: E731
        return Promotions(freeze(by_v), freeze(by_p), freeze(by_d))

    return db.cached("promotions", TTL_S, load)


def policy_rules(db: Database) -> tuple[int | None, dict[str, Any]]:
    """(version, rules) of the return policy in force now."""

    def load() -> tuple[int | None, dict[str, Any]]:
        with db.read() as s:
            pol = s.execute(
                select(ReturnPolicy)
                .where(ReturnPolicy.effective_from <= utcnow())
                .order_by(ReturnPolicy.effective_from.desc())
                .limit(1)
            ).scalar_one_or_none()
            return (pol.version, dict(pol.rules)) if pol else (None, {})

    return db.cached("policy", TTL_S, load)
