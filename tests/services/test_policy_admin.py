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
        ({"windows": {"SHOE": -1}}, "windows"),
        ({"conditions": {"muddy": {}}}, "conditions"),
        ({"approval_tiers": [{"role": "king"}]}, "approval_tiers"),
    ],
)
def test_bad_policies_are_refused_with_the_field(demo_db: Database, bad: dict, field: str) -> None:
    admin = auth.sign_in(demo_db, STAFF[5].code, STAFF[5].pin)
    rules = {**policy_admin.in_force(demo_db).rules, **bad}
    with pytest.raises(InvalidInput) as err:
        policy_admin.save(demo_db, rules, staff=admin)
    assert err.value.field == field
