"""Theme and text size changes on the full window, on a real X display (issue #22: ≤ 100 ms).

Starts its own X screen (Xvfb) and window manager (openbox), and runs looks_window.py (the counter
window with a card, a customer, the approval queue and the dashboard open) twice in the same run:
with this tree's posassist and with the baseline's, the session-start code unpacked from git
(``POSASSIST_LOOKS_BASELINE``, a commit; default below). Then the same two on Qt's offscreen
platform. Prints wall and GUI-thread CPU ms of each change, and the machine's load.

    flock /tmp/bench.lock .venv/bin/python -m pytest -s -p no:randomly tests/benchmarks/test_bench_looks.py
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.benchmarks.conftest import report

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("looks_window.py")
BASELINE = os.environ.get("POSASSIST_LOOKS_BASELINE", "ebe4b96")  # session 11's start
ROUNDS = int(os.environ.get("POSASSIST_LOOKS_ROUNDS", "1"))  # each tree this many times, alternating


@pytest.fixture(scope="module")
def display(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not (shutil.which("Xvfb") and shutil.which("openbox")):
        pytest.skip("needs Xvfb and openbox (bash .ci/setup test installs them)")
    logs = tmp_path_factory.mktemp("xvfb")
    read, write = os.pipe()
    with open(logs / "xvfb.log", "wb") as out:
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1920x1080x24", "-nolisten", "tcp", "-noreset"],
            stdout=out,
            stderr=out,
            pass_fds=(write,),
            start_new_session=True,
        )
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()
    assert number, f"Xvfb did not start: {logs / 'xvfb.log'}"
    env = {**os.environ, "DISPLAY": f":{number}"}
    with open(logs / "openbox.log", "wb") as out:
        wm = subprocess.Popen(["openbox", "--sm-disable"], env=env, stdout=out, stderr=out, start_new_session=True)
    time.sleep(1.0)  # openbox takes the screen (the window is shown and activated after it)
    try:
        yield f":{number}"
    finally:
        for proc in (wm, xvfb):
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=10)


def _demo(tree: Path, data: Path) -> Path:
    """The demo store, made by that tree's own code (its migrations, its demo data)."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    subprocess.run(
        [sys.executable, "-m", "posassist", "--data-dir", str(data), "demo"],
        env=env,
        cwd=tree,
        check=True,
        timeout=600,
        capture_output=True,
    )
    return data


@pytest.fixture(scope="module")
def trees(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path]]:
    """Each tree to measure, with a demo data folder of its own: the baseline and this one."""
    tree = tmp_path_factory.mktemp("baseline")
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", BASELINE, "posassist", "resources", "migrations"],
        capture_output=True,
        check=False,
    )
    if archive.returncode != 0:
        pytest.skip(f"no baseline commit {BASELINE} here: {archive.stderr.decode().strip()}")
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
    data = tmp_path_factory.mktemp("data")
    return {
        f"baseline {BASELINE}": (tree, _demo(tree, data / "baseline")),
        "this tree": (ROOT, _demo(ROOT, data / "this")),
    }


def _run(tree: Path, data_template: Path, platform: str, display: str, work: Path) -> dict[str, object]:
    data = work / f"data-{time.monotonic_ns()}"
    shutil.copytree(data_template, data)
    out = data / "looks.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DBUS_", "AT_SPI"))}
    env.update(QT_QPA_PLATFORM=platform, DISPLAY=display, PYTHONPATH=str(tree))
    subprocess.run([sys.executable, str(SCRIPT), str(data), str(out)], env=env, cwd=tree, check=True, timeout=600)
    got = json.loads(out.read_text())
    assert Path(str(got["posassist"])).is_relative_to(tree)  # that tree's code ran, not the installed one
    return got


def _span(pairs: list[list[float]]) -> str:
    walls, cpus = [w for w, _ in pairs], [c for _, c in pairs]
    return f"{min(walls):.0f}-{max(walls):.0f} ms (CPU {min(cpus):.0f}-{max(cpus):.0f})"


def _over(pairs: list[list[float]], limit: float = 100.0) -> int:
    return sum(1 for w, _ in pairs if w > limit)


def _rows(figures: dict[str, object]) -> dict[str, str]:
    themes = figures["themes"]
    texts = {k: figures[f"text_{k}"] for k in ("light", "dark", "high_contrast")}
    every = [p for v in texts.values() for p in v]  # type: ignore[attr-defined]
    rows = {
        "widgets": str(figures["widgets"]),
        "theme change, each of six": f"{_span(themes)}, {_over(themes)} of 6 over 100 ms",  # type: ignore[arg-type]
        "text size, all 24": f"{_span(every)}, {_over(every)} of 24 over 100 ms",
    }
    for k, v in texts.items():
        rows[f"text size in {k} (x4 up, x4 down)"] = _span(v)  # type: ignore[arg-type]
    # the labels keep their sizes per text size: what each size costs the first time it is shown
    rows["text size, each size the first time (light, up)"] = _span(texts["light"][:4])  # type: ignore[index]
    return rows


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def test_theme_and_text_size_changes_on_the_full_window(display, trees, tmp_path) -> None:  # type: ignore[no-untyped-def]
    figures: dict[str, object] = {"load at start": _load()}
    for platform in ("xcb", "offscreen"):
        for round_ in range(ROUNDS):
            for name, (tree, data) in trees.items():
                got = _run(tree, data, platform, display, tmp_path)
                for row, value in _rows(got).items():
                    figures[f"{platform} {name} #{round_ + 1}: {row}"] = value
                figures[f"{platform} {name} #{round_ + 1}: raw"] = json.dumps(
                    {k: v for k, v in got.items() if k not in ("widgets", "platform", "posassist")}
                )
    figures["load at end"] = _load()
    report("looks", "sqlite", figures)
