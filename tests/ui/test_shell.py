"""The real windows, driven by the keyboard: sign in, scan, type, read the card and the customer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)
from sqlalchemy import select

from posassist.db.tables.catalogue import Variant
from posassist.services import auth
from posassist.services.demo.stories import STAFF
from posassist.ui.lookup.model import ResultsModel
from posassist.ui.main_window import MainWindow
from posassist.ui.signin import SignInDialog
from posassist.ui.tasks import TaskRunner
from tests.ui.waiting import answered

INTERACTIVE = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QSpinBox, QAbstractItemView)


def unnamed_interactive(root: QWidget) -> list[str]:
    bad = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, INTERACTIVE) and w.isVisibleTo(root) and w.focusPolicy() != Qt.FocusPolicy.NoFocus:
            if not w.objectName() or not w.accessibleName():
                if w.objectName().startswith("qt_"):
                    continue
                bad.append(f"{type(w).__name__} '{w.objectName()}'")
    return bad


def keyboard_sign_in(qtbot, app, code: str, pin: str) -> SignInDialog:  # type: ignore[no-untyped-def]
    dlg = SignInDialog(app.svc.auth, app.store, app.settings.counter)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.windowHandle().requestActivate()
    qtbot.waitUntil(dlg.isActiveWindow)
    qtbot.keyClicks(dlg.code, code)
    qtbot.keyClick(dlg.code, Qt.Key.Key_Return)
    assert dlg.pin.hasFocus() or dlg.focusWidget() is dlg.pin
    qtbot.keyClicks(dlg.pin, pin)
    qtbot.keyClick(dlg.pin, Qt.Key.Key_Return)
    answered(qtbot)  # the PIN is checked off the GUI thread
    return dlg


def test_sign_in_by_keyboard(qtbot, demo_app) -> None:  # type: ignore[no-untyped-def]
    person = STAFF[0]
    dlg = keyboard_sign_in(qtbot, demo_app, person.code, person.pin)
    assert dlg.result() == SignInDialog.DialogCode.Accepted and dlg.staff and dlg.staff.name == person.name
    assert unnamed_interactive(dlg) == []


def test_wrong_pin_is_shown_and_badge_scan_fills_the_code(qtbot, demo_app) -> None:  # type: ignore[no-untyped-def]
    dlg = keyboard_sign_in(qtbot, demo_app, STAFF[0].code, "0000")
    assert dlg.result() != SignInDialog.DialogCode.Accepted
    assert "not recognised" in dlg.error.text()
    dlg.code.clear()
    qtbot.keyClicks(dlg.code, STAFF[2].badge)
    qtbot.keyClick(dlg.code, Qt.Key.Key_Return)
    assert dlg.pin.hasFocus()  # the PIN can be typed while the badge is looked up
    qtbot.waitUntil(lambda: dlg.code.text() == STAFF[2].code)


def _window(qtbot, demo_app, qsettings) -> MainWindow:  # type: ignore[no-untyped-def]
    staff = auth.sign_in(demo_app.db, STAFF[0].code, STAFF[0].pin)
    win = MainWindow(demo_app, staff, qsettings)
    qtbot.addWidget(win)
    win.show()
    win.windowHandle().requestActivate()  # the offscreen platform activates only on request
    qtbot.waitUntil(win.isActiveWindow)
    return win


def test_main_window_shell(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, demo_app, qsettings)
    assert "Downtown" in win.status_store.text()
    assert "Counter 1" in win.status_counter.text()
    assert "Alex Rivera" in win.status_staff.text()
    assert "sqlite" in win.status_db.text()
    assert unnamed_interactive(win) == []
    qtbot.keyClick(win, Qt.Key.Key_F3)
    assert win.customers.search.hasFocus()
    qtbot.keyClick(win, Qt.Key.Key_F2)
    assert win.lookup.search.hasFocus()


def test_scan_opens_the_card(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, demo_app, qsettings)
    with demo_app.db.read() as s:
        gtin = s.execute(select(Variant.gtin).where(Variant.sku == "DEMO-OSLOSOFA-SANDFABRIC-3-SEAT")).scalar_one()
    qtbot.keyClick(win, Qt.Key.Key_F2)
    qtbot.keyClicks(win.lookup.search, gtin[1:])  # a wedge scanner types the EAN-13 and Enter
    qtbot.keyClick(win.lookup.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.lookup.card.card is not None, timeout=10_000)
    card = win.lookup.card.card
    assert card.title == "Oslo Sofa"
    assert "W 214 cm" in win.lookup.card.summary.text()
    assert win.lookup.card.grid.rowCount() == 3 and win.lookup.card.grid.columnCount() == 2


def test_typing_words_lists_results_and_enter_opens_one(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, demo_app, qsettings)
    qtbot.keyClicks(win.lookup.search, "field jacket")
    qtbot.waitUntil(lambda: win.lookup.model.rowCount() > 0, timeout=10_000)
    qtbot.keyClick(win.lookup.search, Qt.Key.Key_Down)
    assert win.lookup.table.hasFocus()
    qtbot.keyClick(win.lookup.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.lookup.card.card is not None, timeout=10_000)
    assert "Jacket" in win.lookup.card.card.title
    qtbot.keyClick(win.lookup.search, Qt.Key.Key_Escape)
    assert win.lookup.search.text() == ""


def test_customer_alert_is_pinned(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, demo_app, qsettings)
    qtbot.keyClick(win, Qt.Key.Key_F3)
    qtbot.keyClicks(win.customers.search, "Daniel Moreau")
    qtbot.keyClick(win.customers.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.banner.isVisible(), timeout=10_000)
    assert "milk allergy" in win.banner.text()
    assert "Chef Moreau" in win.customers.profile.text()


def test_window_state_is_kept(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, demo_app, qsettings)
    win.resize(900, 700)
    win.close()
    assert qsettings.value("main/geometry") is not None


def test_results_model_passes_qtmodeltester(qtmodeltester, qtbot, demo_app) -> None:  # type: ignore[no-untyped-def]
    from posassist.services import lookup

    runner = TaskRunner()
    model = ResultsModel(
        lambda q, o, n: lookup.search(demo_app.db, q, store=demo_app.store, limit=n, offset=o), runner.submit, "DT"
    )
    model.set_query("jacket")
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
    while model.canFetchMore():
        n = model.rowCount()
        model.fetchMore()
        qtbot.waitUntil(lambda n=n: model.rowCount() > n or not model.canFetchMore(), timeout=10_000)
        if model.rowCount() > 150:
            break
    qtmodeltester.check(model)
    runner.wait()


def test_text_really_renders(qapp) -> None:  # type: ignore[no-untyped-def]
    """Without fonts every label is boxes: glyphs for different letters must differ."""
    assert QFontDatabase.families(), "no fonts installed: install fonts-dejavu-core"
    font = QFont()
    assert QFontMetrics(font).inFont("A")

    def render(text: str) -> QImage:
        img = QImage(120, 40, QImage.Format.Format_ARGB32)
        img.fill(QColor("white"))
        p = QPainter(img)
        p.setFont(font)
        p.setPen(QColor("black"))
        p.drawText(5, 30, text)
        p.end()
        return img

    a, b = render("AAAA"), render("BBBB")
    assert a != b
    assert any(a.pixelColor(x, y) != QColor("white") for x in range(120) for y in range(40))


def _gtin(demo_app, sku: str) -> str:  # type: ignore[no-untyped-def]
    with demo_app.db.read() as s:
        return s.execute(select(Variant.gtin).where(Variant.sku == sku)).scalar_one()[1:]


def test_scanner_burst_from_the_results_table_opens_the_card(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, demo_app, qsettings)
    win.lookup.table.setFocus()
    code = _gtin(demo_app, "DEMO-OATBARISTA")
    qtbot.keyClicks(win.lookup.table, code)  # a burst: no pause between keys
    qtbot.keyClick(win.lookup.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.lookup.card.card is not None, timeout=10_000)
    assert win.lookup.card.card.title.startswith("Oat Drink")
    assert win.lookup.search.text() == code


def test_scanner_burst_into_the_customer_search_stays_there(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, demo_app, qsettings)
    qtbot.keyClick(win, Qt.Key.Key_F3)
    qtbot.keyClicks(win.customers.search, "LC-100005")  # loyalty card scan
    qtbot.keyClick(win.customers.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.customers.current is not None, timeout=10_000)
    assert win.customers.current.name == "Daniel Moreau"
    assert win.lookup.search.text() == ""


def test_typing_where_no_field_has_focus_searches(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, demo_app, qsettings)
    win.lookup.table.setFocus()
    qtbot.keyClick(win.lookup.table, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: win.lookup.search.text() == "s", timeout=2_000)
    assert win.lookup.search.hasFocus()


def test_department_filter(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, demo_app, qsettings)
    qtbot.keyClicks(win.lookup.search, "oslo")
    qtbot.waitUntil(lambda: win.lookup.model.rowCount() > 0, timeout=10_000)
    win.lookup.department.setCurrentIndex(win.lookup.department.findData("ELEC"))
    qtbot.waitUntil(
        lambda: (
            win.lookup.model.rowCount() > 0
            and all(win.lookup.model.hit(r).department == "Electronics" for r in range(win.lookup.model.rowCount()))
        ),
        timeout=10_000,
    )


def test_tab_from_the_results_into_the_grid(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, demo_app, qsettings)
    qtbot.keyClicks(win.lookup.search, "oslo sofa")
    qtbot.keyClick(win.lookup.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.lookup.card.card is not None, timeout=10_000)
    qtbot.keyClick(win.lookup.search, Qt.Key.Key_Down)
    assert win.lookup.table.hasFocus()
    qtbot.keyClick(win.lookup.table, Qt.Key.Key_Tab)
    assert win.lookup.card.grid.hasFocus()


def test_a_note_being_typed_survives_closing_the_window(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    from posassist.services import notes

    win = _window(qtbot, demo_app, qsettings)
    qtbot.keyClick(win, Qt.Key.Key_F3)
    qtbot.keyClicks(win.customers.search, "LC-100009")
    qtbot.keyClick(win.customers.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.customers.current is not None, timeout=10_000)
    qtbot.keyClick(win, Qt.Key.Key_F4)
    win.customers.notes.note_text.setFocus()
    qtbot.keyClicks(win.customers.notes.note_text, "Half a thought")
    customer = win.customers.current.id
    win.close()  # the session ends with the window; the note is kept for its author
    again = auth.sign_in(demo_app.db, STAFF[0].code, STAFF[0].pin)
    assert notes.load_draft(demo_app.db, again, customer) == "Half a thought"
