"""F1 lists the customer record's keys (Ctrl+E, Ctrl+M); and Enter in a box that takes lines is a
new line there, never the form's OK (the customer editor's address, any _FormDialog's box)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit
from sqlalchemy import select

from posassist.db.tables.customers import Customer
from posassist.ui.appearance import KEYS, HelpDialog
from posassist.ui.customers.dialogs import _FormDialog
from tests.ui.test_customer_record_ui import CTRL, _editor, _f, _select, _tab, _window
from tests.ui.waiting import answered, settled


def test_f1_lists_the_customer_record_keys(qtbot) -> None:  # type: ignore[no-untyped-def]
    dlg = HelpDialog()
    qtbot.addWidget(dlg)
    text = dlg.findChild(QLabel, "helpText").text()
    assert "Ctrl+E" in text and "edit the customer's record" in text
    assert "Ctrl+M" in text and "merge a duplicate" in text
    assert [k for k, _ in KEYS].count("Ctrl+E") == 1 and [k for k, _ in KEYS].count("Ctrl+M") == 1


class _Form(_FormDialog):
    def __init__(self) -> None:
        super().__init__("Form", "testForm", None)
        self.line = QLineEdit()
        self.box = QPlainTextEdit()
        self.shut = QPlainTextEdit("read only")
        self.shut.setReadOnly(True)
        self.shut.setTabChangesFocus(True)
        for w in (self.line, self.box, self.shut):
            self.form.addRow(w)


def test_enter_in_a_box_of_lines_is_never_ok(qtbot) -> None:  # type: ignore[no-untyped-def]
    dlg = _Form()
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.windowHandle().requestActivate()
    qtbot.waitUntil(dlg.isActiveWindow)
    dlg.box.setFocus()
    qtbot.keyClicks(dlg.box, "12 King St W")
    qtbot.keyClick(dlg.box, Qt.Key.Key_Return)
    qtbot.keyClicks(dlg.box, "Apt 4")
    qtbot.keyClick(dlg.box, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert dlg.isVisible() and dlg.result() == 0 and dlg.box.toPlainText() == "12 King St W\nApt 4\n"
    dlg.shut.setFocus()  # a box that lets Enter through (read only): the form still does not close
    qtbot.keyClick(dlg.shut, Qt.Key.Key_Return)
    assert dlg.isVisible() and dlg.result() == 0  # (Enter from a one-line field saves: the editor test below)


def test_enter_in_the_address_is_a_new_line_not_a_save(qtbot, demo_app, qsettings) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, demo_app, qsettings)
    _select(qtbot, win, "Nina Patel")
    ed = _editor(qtbot, win)
    ed.address.setFocus()
    settled(qtbot)
    qtbot.keyClick(_f(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(_f(), "12 King St W")
    qtbot.keyClick(_f(), Qt.Key.Key_Return)
    qtbot.keyClicks(_f(), "Toronto ON")
    settled(qtbot)
    assert ed.isVisible() and ed.address.toPlainText() == "12 King St W\nToronto ON"
    _tab(qtbot)  # out of the box: Enter saves from the next field
    assert isinstance(_f(), QLineEdit)
    qtbot.keyClick(_f(), Qt.Key.Key_Return)
    answered(qtbot)
    qtbot.waitUntil(lambda: not ed.isVisible())
    with demo_app.db.read() as s:
        address = s.execute(select(Customer.address).where(Customer.full_name == "Nina Patel")).scalar_one()
    assert address == "12 King St W\nToronto ON"
