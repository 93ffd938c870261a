"""The real-display suite: each test gets its own X screen, window manager and accessibility bus,
and posassist started on a copy of the demo store as a person starts it.

Where the tools are missing the suite is skipped with the list of what to install, except in CI
(CI=true) or with POSASSIST_REQUIRE_DISPLAY=1, where a missing tool fails the run. On a failure
the screen, the accessibility tree and the app's log are kept; the failure names the folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.realdisplay.desktop import Counter, Desktop, artefacts_root, missing


def _required() -> bool:
    return os.environ.get("CI", "").lower() == "true" or os.environ.get("POSASSIST_REQUIRE_DISPLAY") == "1"


@pytest.fixture(scope="session")
def display_tools() -> None:
    lacking = missing()
    if not lacking:
        return
    msg = "real-display tools missing: " + ", ".join(lacking) + " (bash .ci/setup test installs them)"
    if _required():
        pytest.fail(msg, pytrace=False)
    pytest.skip(msg)


@pytest.fixture(scope="session")
def demo_data(display_tools: None, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo store, loaded once by the command line (``posassist demo``); each test copies it."""
    data = tmp_path_factory.mktemp("realdisplay-demo") / "data"
    done = subprocess.run(
        [sys.executable, "-m", "posassist", "--data-dir", str(data), "demo"],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return data


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    outcome = yield
    rep = outcome.get_result()
    keep_all = os.environ.get("POSASSIST_KEEP_SHOTS") == "1"  # the screens of passing tests too, to look at
    if rep.when != "call" or not (rep.failed or keep_all):
        return
    counter = getattr(item, "_counter", None)
    if counter is None:
        return
    kept = counter.keep("failed" if rep.failed else "passed")
    dest = artefacts_root() / item.name.replace("/", "_")
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(counter.desktop.workdir / "artefacts", dest)
    for log in counter.desktop.workdir.glob("*.log"):
        shutil.copyfile(log, dest / log.name)
    rep.sections.append(("real display", f"screenshots, accessibility tree and logs kept in {dest} (from {kept})"))


def open_counter(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    data: Path,
    size: tuple[int, int] = (1280, 800),
    lang: str = "en",
    env: dict[str, str] | None = None,
) -> Counter:
    desktop = Desktop(tmp_path / "desktop", size).start()
    request.addfinalizer(desktop.stop)
    counter = Counter(desktop, data, lang=lang, env=env)
    request.node._counter = counter
    request.addfinalizer(counter.stop)
    return counter.start()


@pytest.fixture
def counter_data(demo_data: Path, tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(demo_data, data)
    return data


@pytest.fixture
def counter(request: pytest.FixtureRequest, tmp_path: Path, counter_data: Path) -> Iterator[Counter]:
    """posassist at 1280×800 in English, at the sign-in window."""
    yield open_counter(request, tmp_path, counter_data)
