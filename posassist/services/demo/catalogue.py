"""The demo catalogue: realistic styles with colour × size variants, stock in every store.

Rows are generated as plain tuples in chunks and bulk-inserted, so a million variants load in
about a minute with bounded memory.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from posassist.db.bulk import insert_rows, next_id
from posassist.db.stored_time import sqlite_text
from posassist.domain.gtin import with_check_digit
from posassist.services.demo import vocab

PRODUCT_COLS = (
    "id",
    "style_code",
    "title",
    "brand",
    "department_id",
    "description",
    "image",
    "width_mm",
    "height_mm",
    "depth_mm",
    "weight_g",
    "warranty_months",
    "returnable",
    "return_window_days",
    "allergens",
    "specs",
    "is_merchandise",
    "active",
    "created_at",
    "updated_at",
)
VARIANT_COLS = (
    "id",
    "product_id",
    "sku",
    "gtin",
    "mpn",
    "colour",
    "size",
    "price_minor",
    "compare_at_minor",
    "currency",
    "weight_g",
    "position",
    "active",
    "created_at",
    "updated_at",
)
STOCK_COLS = ("variant_id", "store_id", "on_hand", "reserved", "damaged", "updated_at")


@dataclass
class Style:
    dept: str
    title: str
    brand: str | None
    price: int  # minor units
    colours: list[str]
    sizes: list[str | None]
    dims: tuple[int, int, int] | None = None
    weight_g: int | None = None
    warranty: int | None = None
    allergens: str | None = None
    returnable: bool = True
    window: int | None = None
    merch: bool = True
    specs: dict[str, Any] = field(default_factory=dict)
    description: str = ""


def _code(text: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", text.upper())[:4] or "X"


def _styles(rng: random.Random) -> Iterator[Style]:
    """An endless, varied stream of styles across departments."""
    n = 0
    while True:
        n += 1
        kind = n % 20
        model = rng.choice(vocab.FURN_STYLES)
        if kind < 6:
            family, adjs = rng.choice(vocab.APPAREL)
            colours = rng.sample(vocab.COLOURS, rng.randint(2, 5))
            yield Style(
                "APP",
                f"{rng.choice(adjs)} {family}",
                rng.choice(vocab.BRANDS["APP"]),
                rng.randrange(2500, 25000, 100) - 1,
                colours,
                list(vocab.APPAREL_SIZES),
                weight_g=rng.randint(200, 1500),
                specs={
                    "material": rng.choice(["cotton", "wool", "recycled polyester", "linen"]),
                    "care": "machine wash 30 °C",
                },
            )
        elif kind < 10:
            family, adjs = rng.choice(vocab.SHOES)
            colours = rng.sample(vocab.COLOURS[:9], rng.randint(1, 3))
            start = rng.randint(0, 3)
            yield Style(
                "SHOE",
                f"{rng.choice(adjs)} {family}",
                rng.choice(vocab.BRANDS["SHOE"]),
                rng.randrange(4900, 18900, 100) - 1,
                colours,
                list(vocab.SHOE_SIZES[start : start + rng.randint(6, 8)]),
                weight_g=rng.randint(500, 1400),
                specs={"upper": rng.choice(["leather", "suede", "mesh", "canvas"]), "sole": "rubber"},
            )
        elif kind < 12:
            family, dims, base = rng.choice(vocab.FURNITURE)
            colours = rng.sample(["Oak", "Walnut", "Charcoal Fabric", "Sand Fabric", "Forest Velvet", "White"], 2)
            sizes: list[str | None] = ["2-seat", "3-seat"] if family == "Sofa" else [None]
            yield Style(
                "FURN",
                f"{model} {family}",
                rng.choice(vocab.BRANDS["FURN"]),
                base + rng.randrange(0, 20000, 1000) - 1,
                colours,
                sizes,
                dims=(dims[0] + rng.randint(-100, 100), dims[1], dims[2]),
                weight_g=rng.randint(15000, 90000),
                warranty=rng.choice([24, 60]),
                specs={"assembly": rng.choice(["required", "delivered assembled"])},
                description="Delivered within 2 weeks; assembly service available.",
            )
        elif kind < 15:
            family, warranty = rng.choice(vocab.ELECTRONICS)
            colours = rng.sample(["Black", "White", "Silver", "Midnight Blue"], rng.randint(1, 3))
            yield Style(
                "ELEC",
                f"{family} {model} {rng.randint(2, 9)}",
                rng.choice(vocab.BRANDS["ELEC"]),
                rng.randrange(1999, 59999, 500),
                colours,
                [None],
                dims=(rng.randint(50, 400), rng.randint(50, 400), rng.randint(20, 300)),
                weight_g=rng.randint(100, 6000),
                warranty=warranty,
                window=14,
                specs={"power": f"{rng.randint(5, 2000)} W", "connectivity": "Bluetooth 5.3"},
            )
        elif kind < 18:
            name, allergens = rng.choice(vocab.GROCERY)
            brand = rng.choice(vocab.BRANDS["GROC"])
            yield Style(
                "GROC",
                name,
                brand,
                rng.randrange(99, 899, 10),
                [""],
                [None],
                weight_g=rng.randint(100, 1100),
                allergens=allergens,
                returnable=False,
                specs={"storage": rng.choice(["chilled", "ambient"])},
            )
        elif kind < 19:
            name = rng.choice(vocab.GIFTS)
            colours = rng.sample(["Red", "Natural", "Blue", "Gold"], rng.randint(1, 2))
            yield Style(
                "GIFT",
                name,
                rng.choice(vocab.BRANDS["GIFT"]),
                rng.randrange(999, 5999, 100) - 1,
                colours,
                [None],
                weight_g=rng.randint(100, 2000),
            )
        else:
            family, adjs = rng.choice(vocab.APPAREL)
            yield Style(
                "CLEAR",
                f"{rng.choice(adjs)} {family} (last season)",
                rng.choice(vocab.BRANDS["CLEAR"]),
                rng.randrange(900, 6900, 100) - 1,
                rng.sample(vocab.COLOURS, 2),
                ["S", "M", "L"],
                returnable=False,
            )


def gtin_of(counter: int) -> str:
    """The barcode of the generated variant number ``counter`` (its id in a database it filled)."""
    # restricted-circulation EAN-13 (prefix 2x: in-store numbering), stored as GTIN-14
    return "0" + with_check_digit(f"2{counter:011d}")


Row = tuple[Any, ...]  # one row for ``insert_rows``, in the columns' order


class CatalogueLoader:
    def __init__(
        self,
        conn: Connection,
        *,
        stores: list[int],
        dept_ids: dict[str, int],
        now: datetime,
        currency: str,
        rng: random.Random,
    ) -> None:
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"
        self.stores = stores
        self.dept_ids = dept_ids
        self.now = now
        self.currency = currency
        self.rng = rng
        self.product_id = next_id(conn, "products")
        self.variant_id = next_id(conn, "variants")
        self.styles = 0
        self.variants = 0

    def _ts(self, dt: datetime) -> Any:
        return sqlite_text(dt) if self.sqlite else dt

    def _b(self, value: bool) -> Any:
        return int(value) if self.sqlite else value

    def _json(self, doc: dict[str, Any] | None) -> str | None:
        return None if doc is None else json.dumps(doc, ensure_ascii=False)

    def load(
        self, n_variants: int, *, chunk_styles: int = 5000, progress: Callable[[int, int], None] | None = None
    ) -> None:
        styles = _styles(self.rng)
        while self.variants < n_variants:
            products: list[Row] = []
            variants: list[Row] = []
            stock: list[Row] = []
            for _ in range(chunk_styles):
                if self.variants >= n_variants:
                    break
                self._one(next(styles), n_variants, products, variants, stock)
            insert_rows(self.conn, "products", PRODUCT_COLS, products)
            insert_rows(self.conn, "variants", VARIANT_COLS, variants)
            insert_rows(self.conn, "stock", STOCK_COLS, stock)
            if progress:
                progress(self.variants, n_variants)

    def _one(self, st: Style, limit: int, products: list[Row], variants: list[Row], stock: list[Row]) -> None:
        rng, ts = self.rng, self._ts(self.now)
        pid = self.product_id
        self.product_id += 1
        self.styles += 1
        style_code = f"{st.dept}-{pid:07d}"
        dims = st.dims or (None, None, None)
        products.append(
            (
                pid,
                style_code,
                st.title,
                st.brand,
                self.dept_ids[st.dept],
                st.description,
                None,
                dims[0],
                dims[1],
                dims[2],
                st.weight_g,
                st.warranty,
                self._b(st.returnable),
                st.window,
                st.allergens,
                self._json(st.specs or None),
                self._b(st.merch),
                self._b(True),
                ts,
                ts,
            )
        )
        position = 0
        for colour in st.colours:
            for size in st.sizes:
                if self.variants >= limit:
                    return
                vid = self.variant_id
                self.variant_id += 1
                self.variants += 1
                position += 1
                sku = "-".join(p for p in (style_code, _code(colour) if colour else "", size or "") if p)
                compare = st.price + rng.randrange(500, 3000, 100) if rng.random() < 0.08 else None
                variants.append(
                    (
                        vid,
                        pid,
                        sku,
                        gtin_of(vid),
                        None,
                        colour or None,
                        size,
                        st.price,
                        compare,
                        self.currency,
                        st.weight_g,
                        position,
                        self._b(True),
                        ts,
                        ts,
                    )
                )
                for store in self.stores:
                    roll = rng.random()
                    on_hand = None if roll < 0.03 else (0 if roll < 0.2 else rng.randint(1, 14))
                    stock.append((vid, store, on_hand, 0, 0, ts))
