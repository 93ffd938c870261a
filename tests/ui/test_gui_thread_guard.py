"""The guard of every test run: a database session opened on the Qt GUI thread by the window's
code fails the test (tests/conftest.py); test code itself may read and write directly."""

from __future__ import annotations

import pytest

from posassist.services import customers
from posassist.ui.tasks import TaskRunner
from tests.conftest import GuiThreadSession, allow_gui_thread_db


def test_a_session_opened_from_window_code_on_the_gui_thread_is_caught(
    qtbot,
    demo_app,
    no_database_on_the_gui_thread,  # type: ignore[no-untyped-def]
) -> None:
    assert customers.find(demo_app.db, "Daniel Moreau")  # test code on the main thread: allowed
    runner = TaskRunner()
    caught: list[BaseException] = []

    def on_the_gui_thread(_result: object) -> None:  # delivered by the window's task runner
        try:
            customers.find(demo_app.db, "Daniel Moreau")
        except GuiThreadSession as err:
            caught.append(err)

    runner.submit(lambda: customers.find(demo_app.db, "Daniel Moreau"), on_done=on_the_gui_thread)  # worker: fine
    qtbot.waitUntil(lambda: runner.idle)
    assert caught and "posassist/ui/tasks.py" in str(caught[0])
    assert len(no_database_on_the_gui_thread) == 1  # and the test would fail at its end
    no_database_on_the_gui_thread.clear()  # (this one meant it)
    with allow_gui_thread_db():
        runner.submit(lambda: None, on_done=lambda _r: customers.find(demo_app.db, "Daniel Moreau"))
        qtbot.waitUntil(lambda: runner.idle)
    assert no_database_on_the_gui_thread == []


def test_widget_code_called_directly_by_a_test_is_caught(qtbot, demo_app, no_database_on_the_gui_thread) -> None:  # type: ignore[no-untyped-def]
    from posassist.ui import live

    with pytest.raises(GuiThreadSession):
        # what a widget calling its capability directly would do: the window's module on the stack
        exec(  # code compiled as if it were posassist.ui.live's own
            compile("svc.lookup.stock_version()", live.__file__, "exec"),
            {"__name__": "posassist.ui.live", "svc": demo_app.svc},
        )
    no_database_on_the_gui_thread.clear()
