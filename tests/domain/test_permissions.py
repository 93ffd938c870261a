"""The permission table: every action has roles, ranks never let anyone act above themselves."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from posassist.domain import permissions
from posassist.domain.permissions import PERMISSIONS, RANK, ROLES, Action


def test_every_action_is_in_the_table_and_the_admin_actions_are_for_managers_up() -> None:
    assert set(PERMISSIONS) == set(Action)
    for action in (
        Action.STAFF_MANAGE,
        Action.POLICY_EDIT,
        Action.CATALOGUE_APPLY,
        Action.CATALOGUE_ROLLBACK,
        Action.CUSTOMER_ERASE,
        Action.CUSTOMER_EXPORT,
    ):
        assert not permissions.may("associate", action) and not permissions.may("shift_lead", action)
        assert permissions.may("store_manager", action) and permissions.may("admin", action)
    assert permissions.roles_for(Action.DB_RESTORE) == ("admin",)
    assert not permissions.may("nobody", Action.NOTE_WRITE) and not permissions.may("admin", "no.such.action")


@given(st.sampled_from(ROLES), st.sampled_from(ROLES), st.none() | st.sampled_from(ROLES))
def test_staff_changes_never_reach_above_the_actor(actor: str, target: str, new: str | None) -> None:
    refusal = permissions.check_staff_change(actor, target, new)
    allowed = (
        permissions.may(actor, Action.STAFF_MANAGE)
        and RANK[target] <= RANK[actor]
        and (new is None or RANK[new] <= RANK[actor])
    )
    assert (refusal is None) == allowed
    if refusal is not None:
        assert refusal.code in ("not_permitted", "above_own_role") and refusal.role == actor
