"""Issue 17, "hostile imports": every case the issue tried, against a real HTTP server on this
machine's loopback (allowed for the test as an admin would allow a host), with the time and the
memory each took printed (`pytest -s` shows them; tests/benchmarks has the full-size cases)."""

from __future__ import annotations

import csv
import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from posassist.db.session import Database
from posassist.errors import InvalidInput
from posassist.services.catalogue_sync import model, sources
from posassist.services.catalogue_sync.model import Options
from posassist.services.catalogue_sync.sync import plan

LOCAL = frozenset({"127.0.0.1"})


class _Hostile(http.server.BaseHTTPRequestHandler):
    served = 0  # requests answered, over every server of the run

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        type(self).served += 1
        if self.path == "/endless":
            self.send_response(200)
            self.end_headers()
            block = b"sku,title,price\n" * 4096
            try:
                for _ in range(100_000):  # bounded: at most ~6.5 GB, never reached
                    self.wfile.write(block)
            except OSError:
                return
        elif self.path == "/trickle":
            self.send_response(200)
            self.end_headers()
            try:
                for _ in range(600):  # bounded: a minute at most
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                return
        elif self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", f"http://localhost:{self.server.server_port}/small")
            self.end_headers()
        else:
            body = b"sku,title,price\nA-1,Mug,4.50\n"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)


@pytest.fixture
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Hostile)
    httpd.daemon_threads = True
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _mine() -> list[Path]:
    return list(Path(tempfile.gettempdir()).glob(f"{sources.TEMP_PREFIX}{os.getpid()}-*"))


def _measure(fn):  # type: ignore[no-untyped-def]
    tracemalloc.start()
    t0 = time.perf_counter()
    try:
        out = fn()
        err = None
    except Exception as exc:
        out, err = None, exc
    seconds = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return out, err, seconds, peak


def test_a_url_that_never_ends_stops_at_the_byte_cap_and_leaves_no_file(server: str) -> None:
    limits = sources.FetchLimits(max_bytes=20 * 1024 * 1024, deadline_s=120, allow_hosts=LOCAL)
    _out, err, seconds, peak = _measure(lambda: sources.fetch(f"{server}/endless", limits=limits))
    print(f"\nendless URL, 20 MB cap: stopped after {seconds:.2f} s, peak Python memory {peak / 1e6:.1f} MB")
    assert isinstance(err, InvalidInput) and "larger than 20 MB" in str(err)
    assert _mine() == []  # the partial download is gone (the issue: 4 GB left in /tmp)
    assert peak < 8 * 1024 * 1024


def test_a_url_that_trickles_stops_at_the_deadline(server: str) -> None:
    limits = sources.FetchLimits(max_bytes=10**9, deadline_s=2, allow_hosts=LOCAL)
    _out, err, seconds, _peak = _measure(lambda: sources.fetch(f"{server}/trickle", limits=limits))
    print(f"\ntrickling URL, 2 s deadline: stopped after {seconds:.2f} s")
    assert isinstance(err, InvalidInput) and "longer than 2 s" in str(err)
    assert _mine() == []


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/x.csv",
        "http://localhost:9/x.csv",
        "http://[::1]:9/x.csv",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.7/x.csv",
        "http://192.168.1.20/x.csv",
        "http://[::ffff:127.0.0.1]:9/x.csv",
        "http://0.0.0.0:9/x.csv",
    ],
)
def test_loopback_private_and_link_local_addresses_are_refused(url: str) -> None:
    with pytest.raises(InvalidInput, match="private, loopback or link-local"):
        sources.fetch(url, limits=sources.FetchLimits())
    assert _mine() == []


def test_an_allowed_host_is_fetched_but_a_redirect_inside_is_refused(server: str) -> None:
    limits = sources.FetchLimits(allow_hosts=LOCAL)
    path = sources.fetch(f"{server}/small", limits=limits)
    try:
        assert path.read_text().startswith("sku,title,price")
    finally:
        path.unlink()
    with pytest.raises(InvalidInput, match="localhost is on a private"):
        sources.fetch(f"{server}/redirect", limits=limits)
    assert _mine() == []


def test_a_download_left_by_a_killed_process_is_removed_by_the_next_one(server: str) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    stale = Path(tempfile.gettempdir()) / f"{sources.TEMP_PREFIX}{pid}-leftover"
    stale.write_bytes(b"x" * 1024)
    path = sources.fetch(f"{server}/small", limits=sources.FetchLimits(allow_hosts=LOCAL))
    path.unlink()
    assert not stale.exists()


def test_the_environment_sets_the_limits() -> None:
    got = sources.FetchLimits.from_env(
        {
            "POSASSIST_DOWNLOAD_MAX_BYTES": "1048576",
            "POSASSIST_DOWNLOAD_DEADLINE_S": "30",
            "POSASSIST_DOWNLOAD_ALLOW_HOSTS": "Feed.Example.org, 10.0.0.7",
        }
    )
    assert got == sources.FetchLimits(1048576, 30.0, frozenset({"feed.example.org", "10.0.0.7"}))


def test_a_one_line_record_over_the_limit_is_reported_not_read(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The issue: a 200 MB one-line CSV took over 4 GB. Scaled: a 1 MB record limit and a 40 MB
    line; the rows around it are read."""
    monkeypatch.setattr(sources, "MAX_RECORD", 1024 * 1024)
    f = tmp_path / "one-line.csv"
    with f.open("w") as fh:
        fh.write("sku,title,price\nA-1,Mug,4.50\n")
        fh.write("B-2,Huge," + "9" * (40 * 1024 * 1024) + "\n")
        fh.write("C-3,Plate,7.00\n")
    report, err, seconds, peak = _measure(lambda: plan(db, str(f), Options(currency="CAD")))
    print(f"\n40 MB one-line record, 1 MB limit: {seconds:.2f} s, peak Python memory {peak / 1e6:.1f} MB")
    assert err is None, err
    assert report.counts.variants == 2
    assert [(p.row, p.code) for p in report.problems if p.severity == "error"] == [(2, "parse_error")]
    assert "larger than 1 MB and was not read" in report.problems[0].message
    assert peak < 40 * 1024 * 1024  # the line is never held whole


def test_an_unclosed_quote_over_the_limit_ends_with_one_error(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sources, "MAX_RECORD", 64 * 1024)
    old = csv.field_size_limit(64 * 1024)
    try:
        f = tmp_path / "quote.csv"
        f.write_text('sku,title,price\nA-1,Mug,4.50\nB-2,"never closed,' + "word\n" * 40_000)
        report = plan(db, str(f), Options(currency="CAD"))
    finally:
        csv.field_size_limit(old)
    errors = [p for p in report.problems if p.severity == "error"]
    assert len(errors) == 1 and errors[0].code == "parse_error"


def test_problems_are_capped_per_code_with_a_count(db: Database, tmp_path: Path) -> None:
    """The issue: 1,000,000 identical SKUs took 2.3 GB and wrote a 239 MB report. Here 3,000
    (three times the cap; the report stays the same size however many more there are)."""
    n = 3_000
    f = tmp_path / "same.csv"
    with f.open("w") as fh:
        fh.write("sku,title,price\n")
        fh.writelines(f"SAME,Mug {i},4.50\n" for i in range(n))
    report, err, seconds, peak = _measure(lambda: plan(db, str(f), Options(currency="CAD")))
    assert err is None, err
    doc = report.as_dict()
    size = len(json.dumps(doc))
    print(f"\n{n} identical SKUs: {seconds:.2f} s, peak Python memory {peak / 1e6:.1f} MB, report {size / 1e3:.0f} kB")
    dup = [p for p in report.problems if p.code == "duplicate_sku"]
    assert len(dup) == model.LISTED_PER_CODE
    (more,) = [x for x in doc["problems_not_listed"] if x["code"] == "duplicate_sku"]
    assert more["count"] == report.problems.seen[("duplicate_sku", more["severity"])] - model.LISTED_PER_CODE  # type: ignore[attr-defined]
    assert more["count"] >= n - 1 - model.LISTED_PER_CODE
    assert size < 1_000_000


def test_a_name_that_rebinds_to_an_inside_address_after_the_check_is_refused_at_connect(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DNS rebinding: the name resolves to a public address when it is checked and to loopback when
    the connection is made. The address actually reached is checked; no request is sent."""
    import socket

    for var in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    port = int(server.rsplit(":", 1)[1])
    real = socket.getaddrinfo
    answers: list[str] = []

    def rebinding(host, *args, **kwargs):  # type: ignore[no-untyped-def]
        if host != "shop.rebind.example":
            return real(host, *args, **kwargs)
        addr = "93.184.216.34" if not answers else "127.0.0.1"  # public first, then loopback
        answers.append(addr)
        return real(addr, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    requests_before = _Hostile.served
    with pytest.raises(InvalidInput, match=r"shop\.rebind\.example is on a private.*127\.0\.0\.1"):
        sources.fetch(f"http://shop.rebind.example:{port}/small", limits=sources.FetchLimits())
    assert answers[0] == "93.184.216.34" and "127.0.0.1" in answers  # checked, then rebound
    assert _Hostile.served == requests_before  # the server behind the rebound name saw no request
    assert _mine() == []
