"""Start the counter window: open the database, sign in, show the main window.

A counter whose SQLite database is already at this code's schema (the usual start) shows the
sign-in window first, from one plain read of its store (posassist.db.lean): the services, their
database layer and the main window's modules are built on a thread meanwhile, while the staff code
and PIN are typed; the sign-in itself waits for them. Anything else (a new or older database, the
demo, PostgreSQL) builds everything first, as before.

From here on, what escapes a slot or an event handler goes to the message component too: logged
with its traceback, and shown as one line naming the log file (``sys.excepthook``)."""

from __future__ import annotations

import os
import sys
import threading
from typing import TYPE_CHECKING, Any, cast

from posassist.config import Settings
from posassist.errors import PosassistError
from posassist.i18n import tr

if TYPE_CHECKING:
    from posassist.bootstrap import App
    from posassist.services.auth import Auth
    from posassist.services.dto import StoreInfo


def _has_screen() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


class _Building:
    """The services built on a thread while the sign-in window is shown; ``app()`` waits for them
    (and raises what building raised)."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._done = threading.Event()
        self._app: App | None = None
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="posassist-start", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        try:
            from posassist.bootstrap import build_app

            self._app = build_app(self._settings)
        except BaseException as err:  # handed to whoever waits for the app
            self._error = err
        finally:
            self._done.set()
        if self._error is None:
            try:  # the main window's modules, ready for when the PIN is accepted
                import posassist.ui.main_window  # noqa: F401
            except Exception:  # imported again (and explained) on the GUI thread
                pass

    def app(self) -> App:
        self.start()
        self._done.wait()
        if self._error is not None:
            raise self._error
        assert self._app is not None
        return self._app

    def close(self) -> None:
        if self._thread is not None:
            self._done.wait()
            if self._app is not None:
                self._app.close()


class _LateAuth:
    """The sign-in's Auth before it exists: each call (on the dialog's worker thread) waits for
    the services."""

    def __init__(self, building: _Building) -> None:
        self._building = building

    def __getattr__(self, name: str) -> Any:
        return getattr(self._building.app().svc.auth, name)


def _start_lean(qt: Any, settings: Settings, store: StoreInfo) -> int:
    """The sign-in window first; the services, built meanwhile, then the main window."""
    from PySide6.QtCore import QSettings, QTimer

    from posassist.ui import i18n_setup
    from posassist.ui.messages import Messages, install_excepthook
    from posassist.ui.signin import SignInDialog

    building = _Building(settings)
    try:
        messages = Messages(str(settings.log_path))
        install_excepthook(messages)
        i18n_setup.apply(i18n_setup.choose(settings.language, QSettings("posassist", "posassist")), store.locale)
        dlg = SignInDialog(cast("Auth", _LateAuth(building)), store, settings.counter, messages=messages)
        QTimer.singleShot(0, building.start)  # once the window is up
        if not dlg.exec() or dlg.staff is None:
            building.app()  # a start that failed says why, as the full start does
            return 0
        app = building.app()
        app.start_local_copy()
        return _run_main_window(qt, app, dlg.staff)
    finally:
        building.close()


def _run_main_window(qt: Any, app: App, staff: Any) -> int:
    from posassist.ui.main_window import MainWindow  # after the sign-in: it shows sooner

    window = MainWindow(app, staff)
    from posassist.ui.messages import install_excepthook

    install_excepthook(window.messages)  # from now on in the window's status bar
    window.open_on_screen()  # maximised on a small screen
    for warning in staff.warnings:  # the audit checkpoints disagreed: recorded, and said here
        window.messages.notice(warning, window)
    window.show_my_follow_ups(only_if_any=True)  # what this associate promised, overdue first
    return int(qt.exec())


def qt_environment() -> None:
    """Before the QApplication: Qt's raster engine splits large fills across a thread pool; on a
    counter's two cores, with other work on them, the window waited for those threads (a theme
    change on the full window, median 36-51 -> 24-25 ms wall; issue #22). A setting given keeps."""
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")


def start_gui(settings: Settings, *, demo: bool = False) -> int:
    if not _has_screen():
        raise PosassistError(
            tr(
                "No screen found (DISPLAY is not set). Start posassist from the desktop, or run it under a virtual screen with 'xvfb-run posassist'."
            )
        )
    from PySide6.QtWidgets import QApplication

    qt_environment()
    qt = QApplication.instance() or QApplication(sys.argv[:1])
    qt.setApplicationName("posassist")
    qt.setOrganizationName("posassist")
    from PySide6.QtGui import QIcon

    from posassist.paths import resources_dir

    if isinstance(qt, QApplication):
        qt.setWindowIcon(QIcon(str(resources_dir() / "icons" / "posassist.svg")))
    from posassist.services.lean_store import ready_store

    store = None if demo else ready_store(settings)
    if store is not None:
        return _start_lean(qt, settings, store)
    from posassist.bootstrap import build_app, current_store
    from posassist.ui.messages import Messages, install_excepthook
    from posassist.ui.signin import SignInDialog

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
                app.svc.setup,
                app.svc.catalogue,
                app.svc.auth,
                messages=messages,
                isolated=app.svc.isolated,
                sales=app.svc.sales,
            )
            if not wizard.exec():
                return 0  # cancelled: nothing was written
            app.store = current_store(app.db, settings.store_code)
        dlg = SignInDialog(app.svc.auth, app.store, settings.counter, messages=messages)
        if not dlg.exec() or dlg.staff is None:
            return 0
        return _run_main_window(qt, app, dlg.staff)
    finally:
        app.close()
