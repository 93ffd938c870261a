"""The admin's store set-up screen: tax, role limits and reason codes edited by keyboard, saved
through the set-up service (audited with who changed what); a bad rate selects its cell."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from posassist.db.tables.audit import AuditEntry
from posassist.db.tables.people import RoleLimit, Store
from posassist.services import audit
from posassist.services import tax as taxes
from posassist.ui.admin.setup_dialog import SetupDialog
from posassist.ui.tasks import TaskRunner
from tests.signin import admin
from tests.ui.waiting import answered, settled


def _dialog(qtbot, demo_app) -> SetupDialog:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    dlg = SetupDialog(demo_app.svc.setup, admin(demo_app.db), runner)
    runner.setParent(dlg)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.tables["tax"].rowCount() == 3, timeout=30_000)
    return dlg


def _edit_cell(qtbot, dlg: SetupDialog, section: str, row: int, key: str, text: str) -> None:  # type: ignore[no-untyped-def]
    table = dlg.tables[section]
    dlg.tabs.setCurrentIndex(list(dlg.tables).index(section))
    col = next(i for i, c in enumerate(table.columns) if c.key == key)
    table.setFocus()
    table.setCurrentCell(row, col)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settled(qtbot)


def _save(qtbot, dlg: SetupDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(dlg, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    answered(qtbot, timeout=30_000)


def test_an_admin_changes_tax_limits_and_reasons_and_the_audit_says_who(qtbot, demo_app) -> None:  # type: ignore[no-untyped-def]
    dlg = _dialog(qtbot, demo_app)
    assert dlg.tables["tax"].item(0, 3).text() == "13"
    _edit_cell(qtbot, dlg, "tax", 0, "rate", "15")
    lead = next(r for r in range(4) if dlg.tables["role_limits"].item(r, 0).text() == "shift_lead")
    _edit_cell(qtbot, dlg, "role_limits", lead, "goodwill_per_shift", "75.00")
    reasons = dlg.tables["reason_codes"]
    dlg.tabs.setCurrentIndex(3)
    qtbot.mouseClick(dlg.add_btn, Qt.MouseButton.LeftButton)
    _edit_cell(qtbot, dlg, "reason_codes", reasons.rowCount() - 1, "code", "price_match")
    _save(qtbot, dlg)
    qtbot.waitUntil(lambda: "Saving" not in dlg.status.text(), timeout=30_000)
    assert "Saved: 3 change" in dlg.status.text(), dlg.status.text()
    with demo_app.db.read() as s:
        dt = s.execute(select(Store.id).where(Store.code == "DT")).scalar_one()
        assert taxes.scheme_for(s, dt).line(10000).tax_minor == 1500
        assert s.get(RoleLimit, "shift_lead").goodwill_per_shift_minor == 7500  # type: ignore[union-attr]
        entry = (
            s.execute(select(AuditEntry).where(AuditEntry.action == "setup.applied").order_by(AuditEntry.seq.desc()))
            .scalars()
            .first()
        )
        assert entry is not None and entry.actor_id is not None
        assert any("HST: 13 % → 15 %" in w for w in entry.payload["what"])
    assert "price_match" in demo_app.svc.approvals.reason_codes()
    assert audit.verify(demo_app.db).ok


def test_a_rate_of_150_percent_selects_its_cell_and_changes_nothing(qtbot, demo_app) -> None:  # type: ignore[no-untyped-def]
    dlg = _dialog(qtbot, demo_app)
    _edit_cell(qtbot, dlg, "tax", 1, "rate", "150")
    _save(qtbot, dlg)
    qtbot.waitUntil(lambda: "150 is not a tax rate" in dlg.status.text(), timeout=30_000)
    assert "(line" not in dlg.status.text()
    table = dlg.tables["tax"]
    assert dlg.tabs.currentWidget() is table and (table.currentRow(), table.currentColumn()) == (1, 3)
    with demo_app.db.read() as s:
        mall = s.execute(select(Store.id).where(Store.code == "MALL")).scalar_one()
        assert taxes.scheme_for(s, mall).line(10000).tax_minor == 1300


def test_the_weekly_goodwill_budget_is_a_column_an_admin_edits_and_it_is_enforced_in_order(qtbot, demo_app) -> None:  # type: ignore[no-untyped-def]
    dlg = _dialog(qtbot, demo_app)
    table = dlg.tables["role_limits"]
    keys = [c.key for c in table.columns]
    assert keys.index("goodwill_per_shift") < keys.index("goodwill_per_week") < keys.index("goodwill_per_month")
    header = table.horizontalHeaderItem(keys.index("goodwill_per_week"))
    assert header is not None and header.text() == "Goodwill per week"
    lead = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "shift_lead")
    with demo_app.db.read() as s:
        before = s.get(RoleLimit, "shift_lead").goodwill_per_week_minor  # type: ignore[union-attr]
    shown = table.item(lead, keys.index("goodwill_per_week")).text()
    assert shown and int(shown.replace(".", "").replace(",", "")) == before  # the value on file, as the file writes it
    _edit_cell(qtbot, dlg, "role_limits", lead, "goodwill_per_week", "1500.00")
    _save(qtbot, dlg)
    qtbot.waitUntil(lambda: "Saved:" in dlg.status.text(), timeout=30_000)
    with demo_app.db.read() as s:
        assert s.get(RoleLimit, "shift_lead").goodwill_per_week_minor == 150000  # type: ignore[union-attr]
        entry = (
            s.execute(select(AuditEntry).where(AuditEntry.action == "setup.applied").order_by(AuditEntry.seq.desc()))
            .scalars()
            .first()
        )
        assert entry is not None and entry.actor_id is not None
        assert any("goodwill_per_week" in w or "week" in w for w in entry.payload["what"]), entry.payload["what"]
    # a week's budget above the month's: the cell is selected, nothing written
    _edit_cell(qtbot, dlg, "role_limits", lead, "goodwill_per_week", "999999.00")
    _save(qtbot, dlg)
    qtbot.waitUntil(lambda: "goodwill_per_week" in dlg.status.text(), timeout=30_000)
    assert (table.currentRow(), table.currentColumn()) == (lead, keys.index("goodwill_per_week"))
    with demo_app.db.read() as s:
        assert s.get(RoleLimit, "shift_lead").goodwill_per_week_minor == 150000  # type: ignore[union-attr]
