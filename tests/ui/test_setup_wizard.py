"""The first start on an empty database: the set-up wizard, by keyboard, writes the store, its tax
and the first admin in one transaction (and imports the catalogue); Cancel leaves nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from posassist.bootstrap import App, build_app
from posassist.config import resolve
from posassist.db.tables.catalogue import Variant
from posassist.db.tables.people import Staff, Store
from posassist.services import auth
from posassist.services import tax as taxes
from posassist.ui.setup_wizard import SetupWizard
from tests.ui.waiting import settled

PRODUCTS = Path(__file__).resolve().parents[1] / "data" / "setup" / "products.csv"


@pytest.fixture
def empty_app(tmp_path: Path) -> Iterator[App]:
    app = build_app(resolve(data_dir=str(tmp_path / "new-store"), counter="Counter 1"))
    yield app
    app.close()


def _wizard(qtbot, app: App) -> SetupWizard:  # type: ignore[no-untyped-def]
    w = SetupWizard(  # as app.py builds it
        app.svc.setup, app.svc.catalogue, app.svc.auth, isolated=app.svc.isolated, sales=app.svc.sales
    )
    w.tasks.setParent(w)
    qtbot.addWidget(w)
    w.show()
    w.windowHandle().requestActivate()
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.waitUntil(w.store_page.code.hasFocus)
    return w


def _keys(qtbot, *steps: str) -> None:  # type: ignore[no-untyped-def]
    """Type into the focused field; "\\t" moves on, "\\n" is Enter."""
    for step in steps:
        widget = QApplication.focusWidget()
        if step == "\t":
            qtbot.keyClick(widget, Qt.Key.Key_Tab)
        elif step == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        else:
            qtbot.keyClicks(widget, step)
        settled(qtbot)


def _store_page(qtbot) -> None:  # type: ignore[no-untyped-def]
    # code, name, address, (time zone and currency as offered: America/Toronto, CAD), language, tax
    _keys(qtbot, "QC1", "\t", "Quebec Vieux-Port", "\t", "12 rue du Petit-Champlain", "\t", "\t", "\t", "Fran", "\t",
          "CA-Q", "\n")  # fmt: skip


def test_the_wizard_sets_up_a_quebec_store_by_keyboard(qtbot, empty_app: App) -> None:  # type: ignore[no-untyped-def]
    assert empty_app.svc.setup.is_empty()
    w = _wizard(qtbot, empty_app)
    _store_page(qtbot)
    qtbot.waitUntil(w.admin_page.code.hasFocus)
    _keys(qtbot, "1", "\t", "Camille Tremblay", "\t", "camille-admin-1", "\t", "camille-admin-1", "\n")
    qtbot.waitUntil(w.extras_page.staff.hasFocus)
    _keys(qtbot, "20, Luc Gagnon, shift_lead, 820463", "\t", str(PRODUCTS), "\n")
    qtbot.waitUntil(lambda: "CA-QC" in w.confirm_page.text.text())
    assert "Camille Tremblay" in w.confirm_page.text.text()
    _keys(qtbot, "\n")  # Set up
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=30_000)
    assert w.result() == 1 and w.import_report is not None
    with empty_app.db.read() as s:
        store = s.execute(select(Store)).scalar_one()
        assert (store.code, store.locale, store.currency, store.timezone) == ("QC1", "fr_CA", "CAD", "America/Toronto")
        scheme = taxes.scheme_for(s, store.id)
        assert [c.code for c in scheme.components()] == ["GST", "QST"] and not scheme.included
        assert {st.code: st.role for st in s.execute(select(Staff)).scalars()} == {"1": "admin", "20": "shift_lead"}
        assert s.execute(select(func.count()).select_from(Variant)).scalar_one() == 3
    assert auth.sign_in(empty_app.db, "1", "camille-admin-1").role == "admin"  # who signs in next


def test_cancel_leaves_nothing(qtbot, empty_app: App) -> None:  # type: ignore[no-untyped-def]
    w = _wizard(qtbot, empty_app)
    _store_page(qtbot)
    qtbot.waitUntil(w.admin_page.code.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not w.isVisible())
    assert w.result() == 0 and empty_app.svc.setup.is_empty()
    with empty_app.db.read() as s:
        assert s.execute(select(Staff.id)).first() is None


def test_bad_answers_are_said_on_the_page_and_nothing_is_written(qtbot, empty_app: App) -> None:  # type: ignore[no-untyped-def]
    w = _wizard(qtbot, empty_app)
    _keys(qtbot, "\n")  # no store code
    assert "store code" in w.store_page.problem.text() and w.currentPage() is w.store_page
    _store_page(qtbot)
    qtbot.waitUntil(w.admin_page.code.hasFocus)
    _keys(qtbot, "1", "\t", "Camille", "\t", "short", "\t", "other", "\n")
    assert "differ" in w.admin_page.problem.text() and w.admin_page.again.hasFocus()
    _keys(qtbot, "short", "\n")  # the same PIN twice, but too short for an admin
    qtbot.waitUntil(w.extras_page.staff.hasFocus)
    _keys(qtbot, "\t", "\n")
    qtbot.waitUntil(lambda: w.currentPage() is w.confirm_page)
    _keys(qtbot, "\n")
    qtbot.waitUntil(lambda: "at least 8 characters" in w.confirm_page.problem.text(), timeout=30_000)
    assert w.isVisible() and "(line" not in w.confirm_page.problem.text()
    assert empty_app.svc.setup.is_empty()


SALES = Path(__file__).resolve().parents[1] / "data" / "sales"


def test_the_wizard_brings_in_the_customers_and_the_sales_history_too(qtbot, empty_app: App) -> None:  # type: ignore[no-untyped-def]
    from posassist.db.tables.customers import Customer
    from posassist.db.tables.sales import Sale

    w = _wizard(qtbot, empty_app)
    _store_page(qtbot)
    qtbot.waitUntil(w.admin_page.code.hasFocus)
    _keys(qtbot, "1", "\t", "Camille Tremblay", "\t", "camille-admin-1", "\t", "camille-admin-1", "\n")
    qtbot.waitUntil(w.extras_page.staff.hasFocus)
    # staff, then the catalogue, (its Browse), the customers, (Browse), the sales history; Enter goes on
    _keys(qtbot, "\t", str(PRODUCTS), "\t", "\t", str(SALES / "shopify_customers_2024.csv"), "\t", "\t")
    assert w.extras_page.sales.hasFocus()
    _keys(qtbot, str(SALES / "shopify_orders_2024.csv"), "\n")
    qtbot.waitUntil(lambda: "CA-QC" in w.confirm_page.text.text())
    summary = w.confirm_page.text.text()
    assert "the customers" in summary and "the sales history" in summary and "shopify_orders_2024.csv" in summary
    _keys(qtbot, "\n")  # Set up
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=120_000)
    assert w.result() == 1 and set(w.import_reports) == {"catalogue", "customers", "sales"}
    sales_report = w.import_reports["sales"]
    assert sales_report.applied and sales_report.counts.created > 0
    with empty_app.db.read() as s:
        assert s.execute(select(func.count()).select_from(Sale)).scalar_one() == sales_report.counts.created
        assert (
            s.execute(select(func.count()).select_from(Customer)).scalar_one()
            >= w.import_reports["customers"].counts.created
            > 0
        )


def test_a_sales_file_that_cannot_be_read_leaves_the_store_standing_and_says_so(
    qtbot, empty_app: App, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    w = _wizard(qtbot, empty_app)
    _store_page(qtbot)
    qtbot.waitUntil(w.admin_page.code.hasFocus)
    _keys(qtbot, "1", "\t", "Camille Tremblay", "\t", "camille-admin-1", "\t", "camille-admin-1", "\n")
    qtbot.waitUntil(w.extras_page.staff.hasFocus)
    w.extras_page.sales.setText(str(tmp_path / "no-such-orders.csv"))
    w.extras_page.sales.setFocus()
    _keys(qtbot, "\n")
    qtbot.waitUntil(lambda: "CA-QC" in w.confirm_page.text.text())
    _keys(qtbot, "\n")  # Set up
    qtbot.waitUntil(lambda: "the sales history was not imported" in w.confirm_page.problem.text(), timeout=120_000)
    assert "Ctrl+Shift+J" in w.confirm_page.problem.text()
    assert not empty_app.svc.setup.is_empty()  # the store stands
    _keys(qtbot, "\n")  # Set up again goes on
    qtbot.waitUntil(lambda: not w.isVisible())
    assert w.result() == 1
