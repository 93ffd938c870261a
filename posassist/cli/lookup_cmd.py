"""posassist lookup QUERY [--limit N] [--json] [--department D] [--in-stock] [--include-inactive]"""

from __future__ import annotations

import argparse

from posassist.cli.common import app_for, print_json
from posassist.config import Settings
from posassist.domain.money import Money
from posassist.errors import UsageError
from posassist.i18n import tr
from posassist.services.lookup_types import SearchResult


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("lookup", help="the GUI's product search: a scan code, an SKU or words")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")
    p.add_argument("--department", help="department code or name")
    p.add_argument("--in-stock", action="store_true", help="only what this store has in stock")
    p.add_argument("--include-inactive", action="store_true", help="also items no longer sold")
    p.set_defaults(handler=run_lookup)


def _price(minor: int | None, currency: str) -> str | None:
    return None if minor is None else Money(minor, currency).decimal_str()


def _quick(args: argparse.Namespace, settings: Settings) -> SearchResult | None:
    """A scan code or SKU read with plain DB-API (a script's per-item call starts in a tenth of
    the time); None when the full search must answer (words, nothing found, a schema to migrate)."""
    from posassist.db.lean import open_reader
    from posassist.services.lookup_codes import quick_search

    reader = open_reader(settings.database_url)
    if reader is None:
        return None
    try:
        return quick_search(reader, args.query, store_code=settings.store_code, active_only=not args.include_inactive)
    except Exception:  # a driver error or a schema surprise: the full path reports it properly
        return None
    finally:
        reader.close()


def run_lookup(args: argparse.Namespace, settings: Settings) -> int:
    if not 1 <= args.limit <= 10_000:
        raise UsageError(tr("--limit must be between 1 and 10000"))
    res = _quick(args, settings)
    if res is None:
        from posassist.services import lookup  # SQLAlchemy and the table classes: words, or a database to open fully

        with app_for(settings) as app:
            res = lookup.search(
                app.db,
                args.query,
                store=app.store,
                limit=args.limit,
                department=args.department,
                in_stock_only=args.in_stock,
                active_only=not args.include_inactive,
            )
    if args.json:
        print_json(
            [
                {
                    "sku": h.sku,
                    "gtin": h.gtin,
                    "title": h.title,
                    "brand": h.brand,
                    "colour": h.colour,
                    "size": h.size,
                    "price": _price(h.price_minor, h.currency),
                    "regular_price": _price(h.regular_minor, h.currency),
                    "currency": h.currency,
                    "active": h.active,
                    "department": h.department,
                    "stock": h.stock,
                }
                for h in res.hits
            ]
        )
    else:
        if res.message:
            print(res.message)
        for h in res.hits:
            variant = ", ".join(x for x in (h.colour, h.size) if x)
            price = Money(h.price_minor, h.currency).format("en_CA") if h.price_minor is not None else "no price"
            stock = " ".join(f"{c}:{'?' if q is None else q}" for c, q in h.stock.items())
            print(f"{h.sku or '-':28} {h.title[:40]:40} {variant[:22]:22} {price:>12}  {stock}")
    if not res.hits:
        if args.json and res.message:
            import sys

            print(f"posassist: {res.message}", file=sys.stderr)
        return 1
    return 0
