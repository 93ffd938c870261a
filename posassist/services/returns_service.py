"""The returns capability: find the sale, judge the draft, keep it, commit it once.

The functions in ``returns`` and ``returns_commit`` do the work; this class is what the window
and the command line are handed, with the database and the clock bound once in ``bootstrap``."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.services import policy_context, returns, returns_commit
from posassist.services.dto import Clock, StaffSession
from posassist.services.returns_dto import Evaluation, ReturnDraft, ReturnResult, SaleView


class Returns:
    def __init__(self, db: Database, clock: Clock = utcnow) -> None:
        self._db, self._clock = db, clock

    def new_draft(self, store_id: int, session: StaffSession, **kw: Any) -> ReturnDraft:
        return returns.new_draft(store_id, session.id, **kw)

    def find_sale(self, receipt_no: str) -> SaleView:
        return returns.find_sale(self._db, receipt_no)

    def sale(self, sale_id: int) -> SaleView:
        return returns.sale_by_id(self._db, sale_id)

    def customer_sales(self, customer_id: int, limit: int = 30) -> list[SaleView]:
        return returns.customer_sales(self._db, customer_id, limit)

    def customer_sale_with(self, customer_id: int, variant_id: int) -> SaleView | None:
        return returns.customer_sale_with(self._db, customer_id, variant_id)

    def open_drafts(self, store_id: int) -> list[ReturnDraft]:
        return returns.open_drafts(self._db, store_id)

    def save_draft(self, session: StaffSession, draft: ReturnDraft) -> None:
        returns.save_draft(self._db, draft, session)

    def condition_codes(self) -> list[tuple[str, str]]:
        """The set-up's condition codes in order, with the admin's words (empty: the policy's own)."""
        from posassist.db.tables.tax import ConditionCode

        with self._db.read() as s:
            labels = {str(c): lab for c, lab in s.execute(select(ConditionCode.code, ConditionCode.label)).all()}
            return [(c, str(labels.get(c) or "")) for c in policy_context.condition_codes(s)]

    def evaluate(self, session: StaffSession, draft: ReturnDraft) -> Evaluation:
        return returns.evaluate(self._db, draft, session, self._clock())

    def commit(self, session: StaffSession, draft: ReturnDraft) -> ReturnResult:
        return returns_commit.commit(self._db, draft, session, self._clock())

    def identity_hash(self, session: StaffSession, kind: str, value: str) -> str:
        """No receipt and no customer record: the keyed hash of their identity document ("id") or
        phone ("phone") for ``ReturnDraft.identity_hash``; the number itself is not kept."""
        return policy_context.hash_identity(self._db, session, kind, value)
