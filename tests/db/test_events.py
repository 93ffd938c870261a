"""Live updates: a NOTIFY from one counter's transaction reaches another counter's listener."""

from __future__ import annotations

import threading

from posassist.db.events import Listener
from posassist.db.session import Database
from posassist.services import approvals, auth
from posassist.services.demo.stories import STAFF


def test_an_approval_request_is_pushed_to_the_other_counter(demo_url: str, engine_name: str) -> None:
    heard = threading.Event()
    listener = Listener(demo_url, lambda ch: ch == "approvals" and heard.set())
    if engine_name == "sqlite":
        assert not listener.start()  # SQLite counters poll
        return
    assert listener.start()
    other = Database(demo_url)
    try:
        import time

        time.sleep(1.0)  # the listener is connected
        alex = auth.sign_in(other, STAFF[0].code, STAFF[0].pin)
        approvals.request(
            other,
            kind="return",
            staff=alex,
            store_id=1,
            task_ref="live",
            rule="window",
            explanation="x",
            amount_minor=100,
            currency="CAD",
            required_role="shift_lead",
        )
        assert heard.wait(10), "no NOTIFY arrived"
    finally:
        listener.stop()
        other.dispose()
