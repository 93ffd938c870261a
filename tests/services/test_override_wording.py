"""An override's receipt and stored words name who approved it: 'Approved by Sam Okafor (Shift
lead)', never 'Needs approval' on something already approved; a return that needed no approval
has no approver line; the verdict's codes stay as they were (a report reads them)."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from posassist.bootstrap import current_store
from posassist.db.session import Database
from posassist.db.tables.sales import Return
from posassist.domain.policy import ALLOWED, NEEDS_APPROVAL
from posassist.printing import escpos_out, pdf, preview
from posassist.services import auth, returns
from posassist.services.receipts import Receipts
from posassist.words import policy as policy_words
from tests.services.test_receipts_store_credit import ALEX, SAM, _approved_return, _credit_return


def _stored(db: Database, return_no: str) -> dict:  # type: ignore[type-arg]
    with db.read() as s:
        return dict(s.execute(select(Return.verdict).where(Return.return_no == return_no)).scalar_one())


def test_an_override_is_stored_and_printed_as_approved_by_its_approver(demo_db: Database) -> None:
    res, _, _, _ = _approved_return(demo_db)
    verdict = _stored(demo_db, res.return_no)
    assert verdict["status"] == NEEDS_APPROVAL and verdict["required_role"] == "shift_lead"  # the codes, as given
    words = verdict["explanation"]
    assert words.startswith("Approved by Sam Okafor (Shift lead).")
    assert "Needs approval" not in words
    receipts = Receipts(demo_db, current_store(demo_db, "DT"), "till-1")
    doc = receipts.document(res.return_no)
    assert doc.approver is not None and (doc.approver.name, doc.approver.role) == ("Sam Okafor", "shift_lead")
    slip = " ".join(preview.read(escpos_out.to_bytes(doc)).text.split())
    assert "Served by Alex Rivera (Associate)" in slip
    assert slip.count("Approved by Sam Okafor (Shift lead)") == 1 and "Needs approval" not in slip
    assert "Approved by Sam Okafor (Shift lead)" in pdf.html(doc)
    # a reprint and a gift receipt of the override still say who approved it
    gift = " ".join(preview.read(escpos_out.to_bytes(receipts.document(res.return_no, gift=True))).text.split())
    assert "Approved by Sam Okafor (Shift lead)" in gift


def test_a_return_within_the_policy_has_no_approver_line(demo_db: Database) -> None:
    alex = auth.sign_in(demo_db, ALEX.code, ALEX.pin, counter="till-1")
    number = _credit_return(demo_db, alex)  # a shift lead's faulty return within their limits
    with demo_db.read() as s:
        ret = s.execute(
            select(Return).where(Return.id == select(Return.id).order_by(Return.id.desc()).limit(1).scalar_subquery())
        ).scalar_one()
        return_no, approval = ret.return_no, ret.approval_id
    assert approval is None and number
    assert "Approved by" not in _stored(demo_db, return_no)["explanation"]
    doc = Receipts(demo_db, current_store(demo_db, "DT"), "till-1").document(return_no)
    assert doc.approver is None
    assert "Approved by" not in preview.read(escpos_out.to_bytes(doc)).text


def test_the_approver_replaces_only_a_needs_approval_head(demo_db: Database) -> None:
    staff = auth.sign_in(demo_db, ALEX.code, ALEX.pin, counter="till-1")
    store = current_store(demo_db, "DT")
    assert store is not None
    sale = returns.find_sale(demo_db, "R-DT-2026-0871")
    from posassist.services.returns_dto import DraftLine

    draft = returns.new_draft(
        store.id, staff.id, sale_id=sale.id, customer_id=sale.customer_id,
        lines=(DraftLine(sale.lines[0].id, 1, reason="medical", condition="unopened"),),
    )  # fmt: skip
    verdict = returns.evaluate(demo_db, draft, staff).verdict
    assert verdict.status == NEEDS_APPROVAL
    plain = policy_words.explain(verdict)
    approved = policy_words.explain(verdict, (SAM.name, "shift_lead"))
    assert plain.startswith("Needs approval by") and approved.startswith(f"Approved by {SAM.name} (Shift lead).")
    assert approved.split(".", 1)[1] == plain.split(".", 1)[1]  # the rest of the words unchanged
    allowed = replace(verdict, status=ALLOWED)
    assert policy_words.explain(allowed, (SAM.name, "shift_lead")) == policy_words.explain(allowed)
