"""One small task runner: service calls off the GUI thread, results and typed errors back on it.

Each call runs in a QThreadPool worker and opens its own unit of work (services do). A ``key``
makes the newest call win: when a newer call with the same key was submitted, an older result
is dropped (a newer keystroke's search replaces an older one's). Every error comes back to the
message component (``ui/messages.py``): to ``on_error`` when the caller has more to do, else
shown there directly (inline in ``inline``/``fields``, or in the status bar). None vanish.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from posassist.errors import Cancelled, PosassistError
from posassist.ui.messages import ErrorHandler, Messages, log_bug

log = logging.getLogger(__name__)


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled()


CANCELLED = object()  # what run_long delivers to on_done when the work was cancelled
Progress = Callable[[str, int, int], None]  # (stage, done, total), called from the work's thread


class _Emitter(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(str, int, int)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], emitter: _Emitter) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.fn = fn
        self.emitter = emitter

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as err:  # delivered to the GUI thread, never swallowed
            self.emitter.failed.emit(err)
        else:
            self.emitter.done.emit(result)


def _alive(callback: Callable[..., Any]) -> bool:
    """False for a bound method of a Qt object that has been deleted."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class TaskRunner(QObject):
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 4, messages: Messages | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self.messages = messages or Messages(parent=self)
        self._generation: dict[str, int] = {}
        self._epoch = 0
        self._live: set[_Emitter] = set()

    def forget_all(self) -> None:
        """Drop every answer still on its way (the person who asked has signed out); calls
        submitted from now on are delivered as usual."""
        self._epoch += 1

    @property
    def idle(self) -> bool:
        """No call in flight (results included: they are delivered before this turns True)."""
        return not self._live

    def submit(
        self,
        fn: Callable[[], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: ErrorHandler | None = None,
        inline: QLabel | None = None,
        fields: dict[str, QWidget] | None = None,
        on_progress: Callable[[str, int, int], None] | None = None,
        key: str | None = None,
    ) -> _Emitter:
        """Run ``fn`` off the GUI thread; ``on_done(result)`` runs on it. Errors go to
        ``on_error`` if given, else to the message component (inline in ``inline``, marking the
        field an InvalidInput names in ``fields``; the status bar without them). ``fields`` marked
        by an earlier error are unmarked as the new attempt starts."""
        handle_error = on_error or self.messages.handler(inline, fields)
        if fields:
            self.messages.unmark(fields)
        gen = self._generation.get(key, 0) + 1 if key else 0
        if key:
            self._generation[key] = gen
        ticket = (self._epoch, key, gen)
        emitter = _Emitter()
        self._live.add(emitter)

        def done(result: Any) -> None:
            try:
                if on_done is not None:
                    self._deliver(ticket, on_done, result)
            finally:
                self._finished(emitter)

        def failed(err: BaseException) -> None:
            try:
                if not isinstance(err, Cancelled):
                    if not isinstance(err, PosassistError):  # a bug: its traceback goes to the log
                        log_bug(err)
                    self._deliver(ticket, handle_error, err)
            finally:
                self._finished(emitter)

        emitter.done.connect(done)
        emitter.failed.connect(failed)
        if on_progress:
            emitter.progress.connect(on_progress)
        self.busy_changed.emit(True)
        self.pool.start(_Job(fn, emitter))
        return emitter

    def _current(self, ticket: tuple[int, str | None, int]) -> bool:
        epoch, key, gen = ticket
        return epoch == self._epoch and (not key or self._generation.get(key) == gen)

    def _deliver(self, ticket: tuple[int, str | None, int], callback: Callable[[Any], None], value: Any) -> None:
        """Hand a result to the GUI unless it is stale or the window it was for has closed."""
        if not shiboken6.isValid(self) or not self._current(ticket) or not _alive(callback):
            return
        try:
            callback(value)
        except RuntimeError as err:  # a widget of a closing window went away during the call
            if "already deleted" not in str(err):
                raise
            log.debug("result dropped: its window has closed (%s)", err)

    def _finished(self, emitter: _Emitter) -> None:
        if not shiboken6.isValid(self):
            return
        self._live.discard(emitter)
        if shiboken6.isValid(emitter):
            emitter.deleteLater()
        if not self._live:
            self.busy_changed.emit(False)

    def run_long(
        self,
        fn: Callable[[Progress, CancelToken], Any],
        *,
        on_done: Callable[[Any], None],
        on_error: ErrorHandler,
        on_progress: Callable[[str, int, int], None] | None = None,
    ) -> CancelToken:
        """Long work (imports): ``fn(progress, token)`` reports progress from its thread and stops
        at the next check once the returned token is cancelled."""
        token = CancelToken()
        holder: dict[str, _Emitter] = {}

        def progress(stage: str, done: int, total: int) -> None:
            token.check()
            if "e" in holder:
                holder["e"].progress.emit(stage, done, total)

        def run() -> Any:
            try:
                return fn(progress, token)
            except Cancelled:
                return CANCELLED

        holder["e"] = self.submit(run, on_done=on_done, on_error=on_error, on_progress=on_progress)
        return token

    def wait(self, msecs: int = 10_000) -> bool:
        return self.pool.waitForDone(msecs)


def all_idle() -> bool:
    """True when no task runner of any open window has a call in flight (tests wait for this
    where a person would wait for the answer on the screen)."""
    return all(r.idle for w in QApplication.topLevelWidgets() for r in w.findChildren(TaskRunner))
