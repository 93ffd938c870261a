"""Every window and dialog: each interactive widget has an objectName and an accessible name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from posassist.services import auth, customers
from posassist.services.demo.stories import STAFF
from posassist.ui.main_window import MainWindow
from posassist.ui.tasks import TaskRunner

INTERACTIVE = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def unnamed(root: QWidget) -> list[str]:
    bad = []
    for w in [root, *root.findChildren(QWidget)]:
        if not isinstance(w, INTERACTIVE) or w.objectName().startswith("qt_"):
            continue
        if not w.isVisibleTo(root) or w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue  # closed combo lists, a line edit's clear button: not in the keyboard's way
        parent = w.parentWidget()
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView)):
            continue  # the line edit inside a spin box or an editable combo belongs to it
        if not w.objectName() or not w.accessibleName():
            bad.append(f"{type(w).__name__} '{w.objectName()}' in {type(root).__name__}")
    return bad


def test_every_window_names_its_widgets(qtbot, demo_app, qsettings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from posassist.ui.admin.catalogue_dialog import CatalogueDialog
    from posassist.ui.admin.policy_dialog import PolicyDialog
    from posassist.ui.admin.staff_dialog import StaffDialog
    from posassist.ui.approvals.goodwill_dialog import GoodwillDialog
    from posassist.ui.customers.dialogs import AlertDialog, FollowUpsDialog, NewCustomerDialog, RateDialog
    from posassist.ui.dashboard.window import DashboardWindow
    from posassist.ui.returns.wizard import ReturnWizard

    admin = auth.sign_in(demo_app.db, STAFF[5].code, STAFF[5].pin)
    lead = auth.sign_in(demo_app.db, STAFF[2].code, STAFF[2].pin)
    win = MainWindow(demo_app, lead, qsettings)
    qtbot.addWidget(win)
    runner = TaskRunner()
    chef = customers.profile(demo_app.db, customers.find(demo_app.db, "Daniel Moreau")[0].id)
    svc = demo_app.svc
    windows = [
        win,
        ReturnWizard(svc, demo_app.store, lead, runner, counter="c", receipts_dir=tmp_path),
        CatalogueDialog(svc.catalogue, demo_app.store, admin, runner),
        PolicyDialog(svc.policy, admin, runner),
        StaffDialog(svc.staff, admin, runner),
        GoodwillDialog(svc, demo_app.store, lead, chef, "c", runner),
        AlertDialog(svc.customers, lead, runner, chef.id),
        NewCustomerDialog(svc.customers, lead, runner),
        RateDialog(),
        FollowUpsDialog(svc.follow_ups, lead, runner),
        DashboardWindow(svc.reports, runner),
    ]
    problems = []
    for w in windows:
        qtbot.addWidget(w)
        w.show()
        problems += unnamed(w)
    wizard = windows[1]
    for page_id in wizard.pageIds():
        problems += unnamed(wizard.page(page_id))
    assert problems == [], "\n".join(problems)
    runner.wait()
