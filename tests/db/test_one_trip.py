"""One statement, one round trip: no pool ping before it, a dropped connection answered all the same."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from posassist.db.session import Database
from tests.conftest import PgServer


@pytest.mark.parametrize("engine_name", ["postgresql"])
def test_no_ping_before_the_statement_and_a_dead_connection_retried(fresh_url: str, pg_server: PgServer | None) -> None:
    assert pg_server is not None
    db = Database(fresh_url)
    pings: list[int] = []
    ping = db.engine.dialect.do_ping

    def counted(conn: Any) -> bool:
        pings.append(1)
        return bool(ping(conn))

    db.engine.dialect.do_ping = counted  # type: ignore[method-assign]
    try:
        first = db.one_statement("SELECT pg_backend_pid()", {})[0]
        assert db.one_statement("SELECT pg_backend_pid()", {})[0] == first  # the pooled connection, reused
        assert pings == []  # ... without a ping before it
        with db.read() as s:  # every other unit of work still pings its connection
            s.execute(text("SELECT 1"))
        assert len(pings) == 1

        with pg_server.admin.connect() as c:  # the server drops the pooled connection (waits until it is gone)
            c.execute(text("SELECT pg_terminate_backend(:p, 10000)"), {"p": first})
        again = db.one_statement("SELECT pg_backend_pid(), %(x)s", {"x": 7})
        assert again[1] == 7 and again[0] != first  # answered on a new connection
    finally:
        db.dispose()


def test_one_statement_on_both_engines(db_url: str) -> None:
    db = Database(db_url)
    try:
        assert db.one_statement("SELECT count(*) FROM variants", {})[0] == 0
    finally:
        db.dispose()
