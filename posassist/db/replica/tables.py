"""What the counter's local copy holds: which tables, and which of their rows.

Reference data (stores, tax, policy, codes, staff, the catalogue, stock of every store, customers
and vouchers) is copied whole. Sales, their lines and tenders, returns, approvals and goodwill are
copied inside the longest return window plus a margin (``Windows.sales_from``); interactions,
follow-ups, holds and promises inside ``history_from`` (open follow-ups and holds whatever their
age); this counter's open staff sessions only. The audit log, import bookkeeping, drafts, locks,
the stock movement history and secrets stay on the server.

Each condition is SQL on the table's own columns (run on the server; the same text runs on the
local SQLite copy to prune rows that fell out of the window), with the bound parameters of
``Windows.params``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Table, bindparam, text
from sqlalchemy.sql.elements import TextClause

from posassist.db.tables import metadata
from posassist.db.tables.base import UTCDateTime

_SALES = "SELECT id FROM sales WHERE sold_at >= :sales_from"
_RETURNS = f"SELECT id FROM returns WHERE created_at >= :sales_from OR sale_id IN ({_SALES})"
_INTERACTIONS = "SELECT id FROM interactions WHERE created_at >= :history_from"

# table -> condition on its rows (None: every row). Parents before children.
REPLICATED: dict[str, str | None] = {
    "stores": None,
    "store_distances": None,
    "counters": None,
    "counter_printers": None,
    "store_tax": None,
    "tax_rates": None,
    "tax_class_assignments": None,
    "role_limits": None,
    "staff": None,
    "staff_sessions": "counter = :counter AND ended_at IS NULL AND expires_at > :now",
    "reason_codes": None,
    "condition_codes": None,
    "return_policies": None,
    "audit_keys": None,
    "departments": None,
    "products": None,
    "variants": None,
    "stock": None,
    "promotions": None,
    "customers": None,
    "customer_alerts": None,
    "customer_dates": None,
    "customer_links": None,
    "customer_tags": None,
    "customer_consents": None,
    "customer_sources": None,
    "customer_merges": None,
    "customer_changes": "changed_at >= :history_from",
    "sales": "sold_at >= :sales_from",
    "sale_lines": f"sale_id IN ({_SALES})",
    "tenders": f"sale_id IN ({_SALES})",
    "approval_requests": "requested_at >= :sales_from",
    "returns": f"created_at >= :sales_from OR sale_id IN ({_SALES})",
    "return_lines": f"return_id IN ({_RETURNS})",
    "goodwill": "created_at >= :sales_from",
    "vouchers": None,
    "voucher_movements": None,
    "interactions": "created_at >= :history_from",
    "interaction_revisions": f"interaction_id IN ({_INTERACTIONS})",
    "follow_ups": "created_at >= :history_from OR done_at IS NULL",
    "holds": "created_at >= :history_from OR closed_at IS NULL",
    "promises": "made_at >= :history_from",
}

# Tables the copy does not take from the server, and why (every table is in one of the two lists:
# a migration adding a table decides, and adds its change triggers if it is copied).
NOT_COPIED: dict[str, str] = {
    "app_secrets": "server secrets (the identity-hash key): no-receipt returns are off offline",
    "audit_log": "the server's chain; offline entries chain locally and are merged on upload",
    "catalogue_versions": "admin import history",
    "catalogue_changes": "admin import history",
    "import_mappings": "admin import settings",
    "sales_imports": "admin import history",
    "drafts": "per-counter drafts are written where the window runs",
    "locks": "server-side coordination",
    "receipt_prints": "print history",
    "stock_moves": "movement history (the stock levels themselves are copied)",
    "search_terms": "derived: the copy builds its own from its search index",
    "replica_state": "each side's own bookkeeping",
    "replica_seals": "the copy's own: the seal entries of the server's audit log (db/replica/seals.py)",
    "offline_journal": "the counter's own (part 3)",
    "offline_local_ids": "the counter's own (part 3)",
    "offline_applied": "server-side upload bookkeeping (part 3)",
    "offline_review": "server-side review queue (part 3)",
    "offline_audit": "server-side merged offline audit (part 3)",
    "rollup_dirty": "derived (migration 0029): the copy's own triggers mark the days whose returns and interactions it receives",
    "rollup_first_response": "derived (migration 0029): the copy's own triggers mark the days whose returns and interactions it receives",
    "rollup_interactions": "derived (migration 0029): the copy's own triggers mark the days whose returns and interactions it receives",
    "rollup_return_items": "derived (migration 0029): the copy's own triggers mark the days whose returns and interactions it receives",
    "rollup_return_reasons": "derived (migration 0029): the copy's own triggers mark the days whose returns and interactions it receives",
    "rollup_returns": "derived (migration 0029): the copy's own triggers mark the days whose returns and interactions it receives",
}
# Rows never change once written (the copy's triggers refuse UPDATE/DELETE): insert, never update.
APPEND_ONLY = frozenset({"audit_keys"})
# The catalogue tables the variant search index (FTS5) is built from.
SEARCH_SOURCES = frozenset({"products", "variants", "departments"})
MARGIN_DAYS = 14
HISTORY_DAYS = 365


def table(name: str) -> Table:
    return metadata.tables[name]


def pk_columns(name: str) -> list[str]:
    return [c.name for c in table(name).primary_key.columns]


@dataclass(frozen=True)
class Windows:
    now: datetime
    sales_from: datetime
    history_from: datetime
    counter: str

    def params(self) -> dict[str, Any]:
        return {
            "now": self.now,
            "sales_from": self.sales_from,
            "history_from": self.history_from,
            "counter": self.counter,
        }


def condition(name: str, windows: Windows, *, negate: bool = False) -> TextClause | None:
    """The table's row condition with its parameters bound (times typed, so that both engines
    compare them as stored)."""
    sql = REPLICATED[name]
    if sql is None:
        return None
    binds = [
        bindparam(k, v, type_=UTCDateTime()) if isinstance(v, datetime) else bindparam(k, v)
        for k, v in windows.params().items()
        if f":{k}" in sql
    ]
    return text(f"NOT ({sql})" if negate else f"({sql})").bindparams(*binds)


def _window_numbers(rules: Any) -> list[int]:
    """Every ``*window_days`` / ``*days_past*`` number in a policy's rules document."""
    out: list[int] = []
    if isinstance(rules, dict):
        for k, v in rules.items():
            if isinstance(v, int) and not isinstance(v, bool) and ("window_days" in k or "days_past" in k):
                out.append(v)
            else:
                out += _window_numbers(v)
    elif isinstance(rules, list):
        for v in rules:
            out += _window_numbers(v)
    return out


def return_window_days(conn: Connection) -> int:
    """The longest return window the server's data allows (policies and their conditions, products) plus the
    most days past it any role may approve: a sale older than that can no longer be returned."""
    windows = [30]
    for (rules,) in conn.exec_driver_sql("SELECT rules FROM return_policies"):
        doc = json.loads(rules) if isinstance(rules, str) else rules
        windows += _window_numbers(doc)
    longest_product = conn.exec_driver_sql("SELECT max(return_window_days) FROM products").scalar()
    past = conn.exec_driver_sql("SELECT max(max_days_past_window) FROM role_limits").scalar()
    windows += [int(v) for v in (longest_product,) if v is not None]
    return max(windows) + int(past or 0)


def windows_for(conn: Connection, now: datetime, counter: str, *, sales_days: int | None = None) -> Windows:
    days = sales_days if sales_days is not None else return_window_days(conn) + MARGIN_DAYS
    return Windows(now, now - timedelta(days=days), now - timedelta(days=HISTORY_DAYS), counter)
