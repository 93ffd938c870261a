"""The window moves store credit past its expiry out at sign-in (audited, said in the status bar),
and the store-credit dialog says until when a voucher is valid, or that it has expired."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from posassist import i18n
from posassist.services import auth
from posassist.services.demo.stories import STAFF
from posassist.ui.main_window import MainWindow
from posassist.ui.messages import Messages
from tests.services.test_voucher_expiry import _audited, _vouchers


def test_sign_in_expires_store_credit_past_its_date_and_the_dialog_shows_the_date(
    qtbot, demo_app, qsettings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from posassist.ui.store_credit_dialog import StoreCreditDialog

    now = datetime.now(UTC) - timedelta(minutes=1)
    numbers = _vouchers(demo_app.db, now)
    said: list[str] = []
    real_say = Messages.say
    monkeypatch.setattr(Messages, "say", lambda self, text, ms=6000: (said.append(text), real_say(self, text, ms)))
    staff = auth.sign_in(demo_app.db, STAFF[2].code, STAFF[2].pin)
    win = MainWindow(demo_app, staff, qsettings)
    qtbot.addWidget(win)
    win.show()
    credit = demo_app.svc.store_credit
    qtbot.waitUntil(lambda: credit.look_up(numbers["past"]).balance_minor == 0, timeout=60_000)
    qtbot.waitUntil(lambda: any("store credit voucher(s) expired" in t for t in said), timeout=60_000)
    assert any(t.startswith("2 ") for t in said if "store credit voucher(s) expired" in t)
    assert credit.look_up(numbers["now"]).balance_minor == 0
    assert credit.look_up(numbers["tomorrow"]).balance_minor == 2500
    assert {p["number"] for p in _audited(demo_app.db)} >= {numbers["past"], numbers["now"]}

    dlg = StoreCreditDialog(demo_app.svc, win.session, win.tasks, "", win)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.voucher.setFocus()
    qtbot.keyClicks(dlg.voucher, numbers["tomorrow"])
    qtbot.keyClick(dlg.voucher, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "valid until" in dlg.balance.text(), timeout=30_000)
    tomorrow = credit.look_up(numbers["tomorrow"])
    assert tomorrow.expires_at is not None
    assert i18n.day(tomorrow.expires_at) in dlg.balance.text() and "(expired)" not in dlg.balance.text()
    assert "$25.00 of $25.00 left" in dlg.balance.text()
    dlg.voucher.clear()
    qtbot.keyClicks(dlg.voucher, numbers["past"])
    qtbot.keyClick(dlg.voucher, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "(expired)" in dlg.balance.text(), timeout=30_000)
    assert "$0.00 of $45.20 left" in dlg.balance.text()
