"""One small task runner: service calls off the GUI thread, results and typed errors back on it.

Each call runs in a QThreadPool worker and opens its own unit of work (services do). A ``key``
makes the newest call win: when a newer call with the same key was submitted, an older result
is dropped (a newer keystroke's search replaces an older one's).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from posassist.errors import Cancelled, PosassistError

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
            if not isinstance(err, PosassistError):
                log.exception("background task failed")
            self.emitter.failed.emit(err)
        else:
            self.emitter.done.emit(result)


def _alive(callback: Callable[..., Any]) -> bool:
    """False for a bound method of a Qt object that has been deleted."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class TaskRunner(QObject):
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._generation: dict[str, int] = {}
        self._live: set[_Emitter] = set()

    def submit(
        self,
        fn: Callable[..., Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[str, int, int], None] | None = None,
        key: str | None = None,
    ) -> _Emitter:
        gen = self._generation.get(key, 0) + 1 if key else 0
        if key:
            self._generation[key] = gen
        emitter = _Emitter()
        self._live.add(emitter)

        def current() -> bool:
            return not key or self._generation.get(key) == gen

        def finished() -> None:
            self._live.discard(emitter)
            if shiboken6.isValid(emitter):
                emitter.deleteLater()
            if not self._live and shiboken6.isValid(self):
                self.busy_changed.emit(False)

        def deliver(callback: Callable[[Any], None] | None, value: Any) -> None:
            """Hand a result to the GUI unless the window it was for has closed meanwhile."""
            if callback is None or not current() or not shiboken6.isValid(self) or not _alive(callback):
                return
            try:
                callback(value)
            except RuntimeError as err:  # a widget of a closing window went away during the call
                if "already deleted" not in str(err):
                    raise
                log.debug("result dropped: its window has closed (%s)", err)

        def done(result: Any) -> None:
            try:
                deliver(on_done, result)
            finally:
                finished()

        def failed(err: BaseException) -> None:
            try:
                if not isinstance(err, Cancelled):
                    deliver(on_error, err)
            finally:
                finished()

        emitter.done.connect(done)
        emitter.failed.connect(failed)
        if on_progress:
            emitter.progress.connect(on_progress)
        self.busy_changed.emit(True)
        self.pool.start(_Job(fn, emitter))
        return emitter

    def run_long(
        self,
        fn: Callable[[Callable[[str, int, int], None], CancelToken], Any],
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
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
