"""At every sign-in the window moves out store credit past its expiry (as ``posassist voucher
expire`` does for a scheduled job): off the GUI thread, audited under whoever signed in, and said
in the status bar when something expired."""

from __future__ import annotations

from collections.abc import Callable

from posassist.bootstrap import Services
from posassist.domain.permissions import Action, may
from posassist.i18n import tr
from posassist.services.dto import StaffSession
from posassist.services.voucher_expiry import Expired
from posassist.ui.tasks import TaskRunner


def expire_vouchers(tasks: TaskRunner, svc: Services, session: StaffSession, say: Callable[[str, int], None]) -> None:
    """Submit the expiry; ``say`` (the status bar's) gets one line when any voucher expired."""
    if not may(session.role, Action.STORE_CREDIT_ISSUE):
        return
    credit = svc.store_credit

    def expired(gone: list[Expired]) -> None:
        if gone:
            say(tr("{count} store credit voucher(s) expired (past their valid-until date).", count=len(gone)), 10000)

    tasks.submit(lambda: credit.expire(session), on_done=expired, key="vouchers-expire")
