"""What an offline call did, as a person reads it: the customer by name and number, the item by
its name and SKU, amounts in the store's currency, times in the store's zone; not the journal's
raw parameters (``customer_id=12``)."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from posassist.db.tables.catalogue import Product, Variant
from posassist.db.tables.customers import Customer
from posassist.db.tables.people import Store
from posassist.i18n import day, moment, money, tr

MAX_CHARS = 240
TAG = "$t"  # services/offline/codec.py's tag of a value JSON has no type for
FLAT = frozenset({"draft"})  # a whole call's argument: its fields read as the call's own
_CODE = re.compile(r"[a-z]+(?:_[a-z]+)+")  # a code such as changed_mind reads as words
# what a reader never needs: the store the counter is in, the staff marker, internal keys
HIDDEN = frozenset({"store_id", "session", "staff_id", "key", "version", "expected_version"})


def _label(name: str) -> str:
    words = name.removesuffix("_minor").removesuffix("_id").replace("_", " ").strip()
    return words[:1].upper() + words[1:]


class Describer:
    """Reads the names once per review listing (one session)."""

    def __init__(self, s: Session) -> None:
        self.s = s
        store = s.execute(select(Store).order_by(Store.id).limit(1)).scalar_one_or_none()
        self.currency = store.currency if store is not None else "USD"
        try:
            self.zone: ZoneInfo | None = ZoneInfo(store.timezone) if store is not None and store.timezone else None
        except (KeyError, ValueError):
            self.zone = None

    def customer(self, cid: Any) -> str:
        c = self.s.get(Customer, int(cid)) if str(cid).isdigit() else None
        if c is None:
            return tr("customer no. {n}", n=cid)
        name = c.preferred_name or c.full_name or tr("(no name)")
        return tr("{name} (customer no. {n})", name=name, n=c.id)

    def item(self, vid: Any) -> str:
        v = self.s.get(Variant, int(vid)) if str(vid).isdigit() else None
        if v is None:
            return tr("item no. {n}", n=vid)
        p = self.s.get(Product, v.product_id)
        title = p.title if p is not None else tr("item")
        return f"{title} ({v.sku})" if v.sku else title

    def when(self, raw: str) -> str | None:
        try:
            at = datetime.fromisoformat(raw)
        except ValueError:
            try:
                return day(date.fromisoformat(raw))
            except ValueError:
                return None
        if at.tzinfo is None:
            return None
        return moment(at.astimezone(self.zone) if self.zone else at.astimezone())

    def value(self, name: str, v: Any) -> str | None:
        if v is None or v == "$staff" or name in HIDDEN:
            return None
        if name == "customer_id":
            return self.customer(v)
        if name == "variant_id":
            return self.item(v)
        if name.endswith("_minor") and isinstance(v, int) and not isinstance(v, bool):
            return money(v, self.currency)
        if isinstance(v, bool):
            return tr("yes") if v else tr("no")
        if isinstance(v, dict) and set(v) == {TAG, "v"}:  # a date, time or amount the journal tagged
            raw = str(v["v"])
            if v[TAG] == "date":
                return day(date.fromisoformat(raw))
            return (self.when(raw) or raw) if v[TAG] == "datetime" else raw
        if isinstance(v, dict):
            inner = self.fields(v)
            return (inner if name in FLAT else f"({inner})") if inner else None
        if isinstance(v, list):
            parts = [p for p in (self.value(name, x) for x in v) if p]
            return "; ".join(parts) if parts else None
        if name.endswith("_id"):
            return None  # an internal reference a person cannot look up
        if isinstance(v, str):
            return self.when(v) or (v.replace("_", " ") if _CODE.fullmatch(v) else v)
        return str(v)

    def fields(self, payload: dict[str, Any]) -> str:
        bits = []
        for name, v in payload.items():
            text = self.value(name, v)
            if not text:
                continue
            if name in ("customer_id", "variant_id") or name in FLAT:
                bits.append(text)
            else:
                bits.append(f"{_label(name)}: {text}")
        return ", ".join(bits)


def describe(d: Describer, payload: dict[str, Any] | None) -> str:
    text = d.fields(payload or {})
    return text if len(text) <= MAX_CHARS else text[: MAX_CHARS - 1] + "…"
