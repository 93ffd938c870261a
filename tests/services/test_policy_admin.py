from datetime import timedelta

import pytest

from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.errors import AuthError, InvalidInput
from posassist.services import audit, auth, policy_admin, returns
from posassist.services.demo.stories import STAFF
from posassist.services.returns_dto import DraftLine


def test_a_new_version_judges_new_returns_and_is_audited(demo_db: Database) -> None:
    admin = auth.sign_in(demo_db, STAFF[5].code, STAFF[5].pin)
    alex = auth.sign_in(demo_db, STAFF[0].code, STAFF[0].pin)
    current = policy_admin.in_force(demo_db)
    rules = dict(current.rules)
    rules["windows"] = {**rules["windows"], "SHOE": 90}
    with pytest.raises(AuthError):
        policy_admin.save(demo_db, rules, staff=alex)
    v2 = policy_admin.save(
        demo_db, rules, staff=admin, note="Winter: 90 days for shoes", effective_from=utcnow() - timedelta(seconds=1)
    )
    assert v2.version == current.version + 1
    sale = returns.find_sale(demo_db, "R-DT-2026-0871")
    draft = returns.new_draft(1, alex.id, sale_id=sale.id, lines=(DraftLine(sale.lines[0].id, 1),))
    ev = returns.evaluate(demo_db, draft, alex)
    assert ev.verdict.status == "allowed" and ev.verdict.policy_version == v2.version
    assert audit.verify(demo_db).ok


@pytest.mark.parametrize(
    "bad,field",
    [
        ({"currency": "ZZZ"}, "currency"),
        ({"windows": {"SHOE": -1}}, "windows.SHOE"),
        ({"conditions": {"muddy": {}}}, "conditions.muddy"),
        (
            {"approval_tiers": [{"role": "king", "max_amount_minor": 1, "max_days_past_window": 1}]},
            "approval_tiers[1].role",
        ),
        ({"defective_window_days": "a year"}, "defective_window_days"),
        ({"hygiene_departments": "BEAUTY"}, "hygiene_departments"),
        ({"perishable_departments": [1]}, "perishable_departments"),
        ({"conditions": {"opened": {"allowed": True, "restocking_fee": 15}}}, "conditions.opened.restocking_fee"),
        ({"no_receipt": {"cap_per_customer_12m": 3, "identity": True}}, "no_receipt.identity"),
        ({"seasonal_windows": [{"from": "11-01", "to": "12-31", "until": "02-30"}]}, "seasonal_windows[1].until"),
        ({"window_from": "shipping"}, "window_from"),
        ({"tier_windows": {"plus": {"*": 60.5}}}, "tier_windows.plus.*"),
        ({"refund_tenders": {"cash_max_minor": -1}}, "refund_tenders.cash_max_minor"),
        ({"approval_every_refund": "associate"}, "approval_every_refund"),
        ({"store_credit": {"expiry_days": 0}}, "store_credit.expiry_days"),
        ({"store_credit": {"expires_after": 30}}, "store_credit.expires_after"),
        (
            {"approval_tiers": [{"role": "shift_lead", "max_amount_minor": 1, "max_days_past_window": 1}] * 2},
            "approval_tiers[2].role",
        ),
    ],
)
def test_bad_policies_are_refused_with_the_field(demo_db: Database, bad: dict, field: str) -> None:
    admin = auth.sign_in(demo_db, STAFF[5].code, STAFF[5].pin)
    rules = {**policy_admin.in_force(demo_db).rules, **bad}
    with pytest.raises(InvalidInput) as err:
        policy_admin.save(demo_db, rules, staff=admin)
    assert err.value.field == field
