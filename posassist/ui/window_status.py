"""The counter window's status bar (store, counter, who, database, shortened to leave room for
passing messages), its look (theme, text size, F1) and its place on the screen. A base of
MainWindow, which builds what is declared here."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from posassist.i18n import tr
from posassist.labels import label as code_label
from posassist.ui.admin_actions import AdminActions
from posassist.ui.widgets import open_dialog

if TYPE_CHECKING:
    from posassist.ui.appearance import Appearance

BUSY_AFTER_MS = 250  # quick answers do not flicker a busy sign
MESSAGE_SHARE = 0.38  # of the status bar kept for passing messages ("Held …") beside who and where


def _short_where(where: str) -> str:
    """'sqlite · posassist.db' or 'postgresql · db-host/posassist': the full address is the tooltip."""
    engine, _, rest = where.partition("://")
    tail = rest.rsplit("/", 1)[-1] if engine.startswith("sqlite") else rest.rsplit("@", 1)[-1]
    return f"{engine.split('+')[0]} · {tail}"


class _OnResize(QObject):
    """Runs ``then`` each time ``widget`` is resized (its own size, not its window's)."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._then()
        return False


def opens_maximised(available: QSize) -> bool:
    """A counter screen of 1366×768 or less (1280×800, 1366×768): the window fills it."""
    return available.width() <= 1440 or available.height() <= 900


class StatusAndLooks(AdminActions):
    qsettings: QSettings
    appearance: Appearance
    status_store: QLabel
    status_counter: QLabel
    status_staff: QLabel
    status_db: QLabel
    status_busy: QLabel

    def _build_status(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        self.messages.attach(bar)
        store = self.store
        self.status_store = QLabel(
            tr("Store: {code} {name}", code=store.code, name=store.name)
            if store
            else tr("Store: none (load the demo or import a catalogue)")
        )
        self.status_counter = QLabel(tr("Counter: {counter}", counter=self.app.settings.counter))
        self.status_staff = QLabel("")
        self.status_db = QLabel(tr("Database: {where}", where=_short_where(self.app.db.where)))
        self.status_db.setToolTip(self.app.db.where)
        self.status_busy = QLabel(tr("Working…"))
        self.status_busy.setObjectName("statusBusy")
        self.status_busy.setAccessibleName(tr("Working"))
        self.status_busy.hide()
        bar.addWidget(self.status_busy)
        for name, label in (
            ("statusStore", self.status_store),
            ("statusCounter", self.status_counter),
            ("statusStaff", self.status_staff),
            ("statusDatabase", self.status_db),
        ):
            label.setObjectName(name)
            label.setFrameStyle(QFrame.Shape.Panel | QFrame.Shadow.Sunken)  # each its own field, never run together
            label.setContentsMargins(4, 0, 4, 0)
            self._status_text(label, label.text())
            bar.addPermanentWidget(label)
        self._status_fit = _OnResize(bar, self._fit_status)  # the bar's own width, once laid out
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self.status_busy.show)
        self.tasks.busy_changed.connect(self._busy)

    def _status_text(self, label: QLabel, text: str) -> None:
        """A status field's whole text (shortened to fit by _fit_panes; the tooltip and the
        screen reader have it whole)."""
        label.setProperty("fullText", text)
        label.setText(text)
        label.setAccessibleName(text)
        if label is not self.status_db:
            label.setToolTip(text)

    def _busy(self, busy: bool) -> None:
        """Work in flight shows after a moment; the keyboard keeps working meanwhile."""
        if busy:
            if not self._busy_timer.isActive() and not self.status_busy.isVisible():
                self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.status_busy.hide()

    # -- appearance -----------------------------------------------------------------------------
    def show_help(self) -> None:
        from posassist.ui.appearance import HelpDialog

        open_dialog(self, HelpDialog(self), name="help_dialog")

    def next_theme(self) -> None:
        self.messages.say(tr("Theme: {next_theme}", next_theme=code_label(self.appearance.next_theme())), 4000)

    def choose_language(self, code: str, label: str) -> None:
        """Remembered for this counter; the windows are built in it from the next start."""
        self.qsettings.setValue("appearance/language", code)
        self.messages.say(tr("{language} from the next start of posassist.", language=label), 8000)

    def bigger_text(self) -> None:
        self.messages.say(tr("Text size {bigger:.0%}", bigger=self.appearance.bigger()), 4000)
        self._text_size_changed()

    def smaller_text(self) -> None:
        self.messages.say(tr("Text size {smaller:.0%}", smaller=self.appearance.smaller()), 4000)
        self._text_size_changed()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_panes()

    def _fit_panes(self) -> None:
        """The customer pane takes at most about a third of the window (the look-up keeps room for
        the price and the grid). The status bar's fields (store, counter, who, database) leave
        room for passing messages: the database goes first, then the counter, then the store's
        name is shortened (its tooltip and the screen reader have it whole); who is signed in stays."""
        self.customer_dock.setMaximumWidth(max(300, int(self.width() * 0.36)))
        self._fit_status()

    def _fit_status(self) -> None:
        if not hasattr(self, "status_db"):
            return
        bar = self.statusBar()
        room = int(bar.width() * (1 - MESSAGE_SHARE))
        fields = [self.status_store, self.status_counter, self.status_staff, self.status_db]
        for lab in fields:
            lab.setText(str(lab.property("fullText") or lab.text()))
        pad = 14  # the field's frame and the bar's spacing

        def width(lab: QLabel) -> int:
            return lab.fontMetrics().horizontalAdvance(lab.text()) + 8 + pad

        shown = list(fields)
        for optional in (self.status_db, self.status_counter):
            if sum(width(lab) for lab in shown) > room:
                shown.remove(optional)
        left = room - sum(width(lab) for lab in shown if lab is not self.status_store)
        store = self.status_store
        if width(store) > left:
            fm = store.fontMetrics()
            store.setText(
                fm.elidedText(store.text(), Qt.TextElideMode.ElideRight, max(fm.averageCharWidth() * 8, left - 8 - pad))
            )
        for lab in fields:
            lab.setVisible(lab in shown)

    def _text_size_changed(self) -> None:
        self._fit_panes()
        card = self.lookup.card
        if card.card is not None:
            card.grid.resizeColumnsToContents()
            card.grid.resizeRowsToContents()
            card.fit_grid()
        self.lookup.arrange()
        self.lookup.fit_columns()
        self.lookup.fit_split()

    # -- the window itself ----------------------------------------------------------------------
    def _restore(self) -> None:
        geo = self.qsettings.value("main/geometry")
        state = self.qsettings.value("main/state")
        if geo is not None:
            self.restoreGeometry(geo)
        if state is not None:
            self.restoreState(state)

    def open_on_screen(self) -> None:
        """Shown at start-up: maximised on a counter's small screen (every pixel counts there)."""
        screen = self.screen()
        if screen is not None and opens_maximised(screen.availableGeometry().size()):
            self.showMaximized()
        else:
            self.show()
