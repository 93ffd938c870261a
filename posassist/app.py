"""Start the counter window: open the database, sign in, show the main window.

From here on, what escapes a slot or an event handler goes to the message component too: logged
with its traceback, and shown as one line naming the log file (``sys.excepthook``)."""

from __future__ import annotations

import os
import sys

from posassist.config import Settings
from posassist.errors import PosassistError
from posassist.i18n import tr


def _has_screen() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def start_gui(settings: Settings, *, demo: bool = False) -> int:
    if not _has_screen():
        raise PosassistError(
            tr(
                "No screen found (DISPLAY is not set). Start posassist from the desktop, or run it under a virtual screen with 'xvfb-run posassist'."
            )
        )
    from PySide6.QtWidgets import QApplication

    from posassist.bootstrap import build_app, current_store
    from posassist.ui.messages import Messages, install_excepthook
    from posassist.ui.signin import SignInDialog

    qt = QApplication.instance() or QApplication(sys.argv[:1])
    qt.setApplicationName("posassist")
    qt.setOrganizationName("posassist")
    from PySide6.QtGui import QIcon

    from posassist.paths import resources_dir

    if isinstance(qt, QApplication):
        qt.setWindowIcon(QIcon(str(resources_dir() / "icons" / "posassist.svg")))
    app = build_app(settings)
    app.start_local_copy()  # a PostgreSQL counter's copy kept current while the window runs (app.close stops it)
    messages = Messages(str(settings.log_path))
    install_excepthook(messages)
    from PySide6.QtCore import QSettings

    from posassist.ui import i18n_setup

    i18n_setup.apply(
        i18n_setup.choose(settings.language, QSettings("posassist", "posassist")),
        app.store.locale if app.store else None,
    )
    try:
        if demo:
            from posassist.services import demo as demo_service  # the demo data and Alembic: only when asked

            if not demo_service.has_data(app.db):
                demo_service.load_demo(app.db)
                app.store = current_store(app.db, settings.store_code)
        if app.store is None and app.svc.setup.is_empty():  # a new installation: set the store up first
            from posassist.ui.setup_wizard import SetupWizard

            wizard = SetupWizard(
                app.svc.setup, app.svc.catalogue, app.svc.auth, messages=messages, isolated=app.svc.isolated
            )
            if not wizard.exec():
                return 0  # cancelled: nothing was written
            app.store = current_store(app.db, settings.store_code)
        dlg = SignInDialog(app.svc.auth, app.store, settings.counter, messages=messages)
        if not dlg.exec() or dlg.staff is None:
            return 0
        from posassist.ui.main_window import MainWindow  # after the sign-in: it shows sooner

        window = MainWindow(app, dlg.staff)
        install_excepthook(window.messages)  # from now on in the window's status bar
        window.open_on_screen()  # maximised on a small screen
        for warning in dlg.staff.warnings:  # the audit checkpoints disagreed: recorded, and said here
            window.messages.notice(warning, window)
        window.show_my_follow_ups(only_if_any=True)  # what this associate promised, overdue first
        return int(qt.exec())
    finally:
        app.close()
