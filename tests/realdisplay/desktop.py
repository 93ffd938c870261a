"""A real counter for tests: an X screen (Xvfb) with a window manager (openbox), a D-Bus session
with the accessibility bus (at-spi2-core), posassist started as a person starts it, keys sent as X
key events (xdotool), screenshots (ImageMagick's ``import``) and the screen reader's view (AT-SPI,
read by ``atspi_tree.py`` in a Python that has PyGObject).

Nothing here talks to the app's objects: what a test knows, it knows from the screen, the keys
and the accessibility tree, as an associate with a screen reader would."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TREE_SCRIPT = HERE / "atspi_tree.py"
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
WAIT_S = 30.0  # every wait is on a condition; this is only how long before it counts as broken
HAND_DELAY_MS = 90  # a person typing (the scanner filter tells bursts by gaps under 35 ms)

# what each tool is for, and the Debian package that brings it (.ci/setup installs them)
TOOLS = {
    "Xvfb": "xvfb",
    "openbox": "openbox",
    "xdotool": "xdotool",
    "import": "imagemagick",
    "dbus-daemon": "dbus",
}


def _bus_launcher() -> str | None:
    return next((p for p in BUS_LAUNCHERS if os.access(p, os.X_OK)), None)


def atspi_python() -> str | None:
    """A Python that can read the accessibility tree: POSASSIST_ATSPI_PYTHON, this one, or the system's."""
    probe = "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi"
    seen = []
    for cand in (os.environ.get("POSASSIST_ATSPI_PYTHON"), sys.executable, "/usr/bin/python3"):
        if not cand or cand in seen or not os.access(cand, os.X_OK):
            continue
        seen.append(cand)
        done = subprocess.run([cand, "-c", probe], capture_output=True, check=False, timeout=60)
        if done.returncode == 0:
            return cand
    return None


def missing() -> list[str]:
    """What this machine lacks for a real display, as 'tool (Debian package)'."""
    out = [f"{tool} ({deb})" for tool, deb in TOOLS.items() if shutil.which(tool) is None]
    if _bus_launcher() is None:
        out.append("at-spi-bus-launcher (at-spi2-core)")
    if atspi_python() is None:
        out.append("a Python with gi.repository.Atspi (python3-gi, gir1.2-atspi-2.0)")
    return out


def artefacts_root() -> Path:
    return Path(os.environ.get("POSASSIST_ARTEFACTS", ROOT / "build" / "test-artefacts" / "realdisplay"))


# -- the accessibility tree ---------------------------------------------------------------------
@dataclass
class Node:
    role: str
    name: str
    description: str
    id: str
    states: list[str]
    text: str | None
    labelled_by: list[str] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    extents: tuple[int, int, int, int] = (0, 0, 0, 0)  # x, y, width, height on the screen

    @staticmethod
    def of(d: dict) -> Node:  # type: ignore[type-arg]
        return Node(
            d["role"],
            d["name"],
            d["description"],
            d["id"],
            d["states"],
            d.get("text"),
            d.get("labelled_by", []),
            [Node.of(c) for c in d["children"]],
            tuple(d.get("extents") or (0, 0, 0, 0)),  # type: ignore[arg-type]
        )

    def inside(self, other: Node) -> bool:
        """Wholly within ``other`` on the screen (not cut by its edges)."""
        x, y, w, h = self.extents
        ox, oy, ow, oh = other.extents
        return w > 0 and h > 0 and ox <= x and oy <= y and x + w <= ox + ow and y + h <= oy + oh

    @property
    def object_name(self) -> str:
        return self.id.rsplit(".", 1)[-1]

    @property
    def showing(self) -> bool:
        return "showing" in self.states

    @property
    def focused(self) -> bool:
        return "focused" in self.states

    def walk(self) -> Iterator[Node]:
        yield self
        for c in self.children:
            yield from c.walk()

    def find(self, object_name: str | None = None, role: str | None = None, name: str | None = None) -> Node | None:
        """The first shown node with this objectName (and role, and a name containing ``name``)."""
        for n in self.walk():
            if object_name is not None and n.object_name != object_name:
                continue
            if role is not None and n.role != role:
                continue
            if name is not None and name not in n.name:
                continue
            if n.showing or n is self:
                return n
        return None

    def spoken(self) -> str:
        """What a screen reader says for this object: its name, its role, its description, its text."""
        parts = [*self.labelled_by, self.name, self.role, self.description]
        if self.text and self.text != self.name:
            parts.append(self.text)
        return ", ".join(p for p in parts if p)

    def readable(self) -> str:
        """Everything shown in this subtree that a screen reader can reach (names, descriptions, text)."""
        out = []
        for n in self.walk():
            if not n.showing and n is not self:
                continue
            for part in (n.name, n.description, n.text or ""):
                if part and part not in out:
                    out.append(part)
        return "\n".join(out)

    def focus(self) -> Node | None:
        """The object with the keyboard focus: a focused widget, or the focused item inside it (Qt
        also marks the current item of an unfocused list or tab bar as focused: those do not count)."""
        found = None

        def visit(n: Node, parent_focused: bool) -> None:
            nonlocal found
            mine = (
                n.focused
                and n.showing
                and (n.role not in ITEM_ROLES or parent_focused)
                and not (parent_focused and n.object_name in FOCUS_PROXIES)
            )
            if mine:
                found = n
            for c in n.children:
                visit(c, mine)

        visit(self, False)
        return found


# a text box's scrolled area is marked focused with it: the box is what has the keyboard
FOCUS_PROXIES = ("qt_scrollarea_viewport", "qt_spinbox_lineedit")

ITEM_ROLES = (
    "list item",
    "page tab",
    "table cell",
    "tree item",
    "menu item",
    "table row header",
    "table column header",
)


# -- the display --------------------------------------------------------------------------------
class Desktop:
    """Xvfb + openbox + a D-Bus session with the AT-SPI bus, for one test."""

    def __init__(self, workdir: Path, size: tuple[int, int] = (1280, 800)) -> None:
        self.workdir, self.size = workdir, size
        workdir.mkdir(parents=True, exist_ok=True)
        self._procs: list[subprocess.Popen[bytes]] = []
        self.env: dict[str, str] = {}

    def _spawn(self, args: list[str], log: str, env: dict[str, str] | None = None, **kw) -> subprocess.Popen[bytes]:  # type: ignore[no-untyped-def]
        with open(self.workdir / log, "wb") as out:  # the process has its own copy
            proc = subprocess.Popen(
                args, stdout=kw.pop("stdout", out), stderr=out, env=env, start_new_session=True, **kw
            )
        self._procs.append(proc)
        return proc

    def start(self) -> Desktop:
        read, write = os.pipe()
        w, h = self.size
        self._spawn(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{w}x{h}x24", "-nolisten", "tcp", "-noreset"],
            "xvfb.log",
            pass_fds=(write,),
        )
        os.close(write)
        with os.fdopen(read) as f:
            display = f.readline().strip()
        if not display:
            raise RuntimeError(f"Xvfb did not start; see {self.workdir / 'xvfb.log'}")
        base = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DBUS_", "AT_SPI"))}
        base["DISPLAY"] = f":{display}"
        bus = self._spawn(
            ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
            "dbus.log",
            env=base,
            stdout=subprocess.PIPE,
        )
        assert bus.stdout is not None
        address = bus.stdout.readline().decode().strip()
        if not address:
            raise RuntimeError(f"dbus-daemon did not start; see {self.workdir / 'dbus.log'}")
        base["DBUS_SESSION_BUS_ADDRESS"] = address
        base["XDG_CONFIG_HOME"] = str(self.workdir / "config")  # the counter's remembered settings
        base["XDG_RUNTIME_DIR"] = str(self.workdir / "run")
        (self.workdir / "run").mkdir(mode=0o700, exist_ok=True)
        self.env = base
        launcher = _bus_launcher()
        assert launcher is not None
        self._spawn([launcher, "--launch-immediately"], "atspi.log", env=base)
        self._spawn(["openbox", "--sm-disable"], "openbox.log", env=base)
        self.wait(self._wm_ready, "the window manager to run")
        return self

    def _wm_ready(self) -> bool:
        done = subprocess.run(["xdotool", "get_desktop"], env=self.env, capture_output=True, check=False, timeout=30)
        return done.returncode == 0

    def wait(self, cond: Callable[[], object], what: str, timeout: float = WAIT_S) -> object:
        end = time.monotonic() + timeout
        while True:
            got = cond()
            if got:
                return got
            if time.monotonic() > end:
                raise TimeoutError(f"gave up waiting for {what} after {timeout:.0f} s")
            time.sleep(0.15)

    def screenshot(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["import", "-window", "root", str(path)], env=self.env, check=False, timeout=60)
        return path

    def stop(self) -> None:
        for proc in reversed(self._procs):
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGTERM)
                except ProcessLookupError:
                    continue
        for proc in reversed(self._procs):
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
            if proc.stdout is not None:
                proc.stdout.close()
        self._procs.clear()


# -- the app, as a person uses it ---------------------------------------------------------------
_KEYSYMS = {
    "-": "minus",
    ".": "period",
    " ": "space",
    "_": "underscore",
    "@": "at",
    "/": "slash",
    ",": "comma",
    "'": "apostrophe",
    ":": "colon",
    ";": "semicolon",
    "+": "plus",
    "=": "equal",
    "&": "ampersand",
}


def keysym(ch: str) -> str:
    return _KEYSYMS.get(ch, ch)


class Counter:
    """posassist on the desktop: ``python -m posassist --data-dir DIR gui --demo``."""

    def __init__(self, desktop: Desktop, data_dir: Path, lang: str = "en", env: dict[str, str] | None = None) -> None:
        self.desktop, self.data_dir, self.lang = desktop, data_dir, lang
        self.extra_env = env or {}
        self.proc: subprocess.Popen[bytes] | None = None
        self.python = atspi_python()
        self.keys = 0  # keystrokes a person made (a scan counts as one trigger pull, in scans)
        self.scans = 0
        self.shots = 0

    def start(self) -> Counter:
        env = dict(self.desktop.env)
        env.update(
            QT_QPA_PLATFORM="xcb",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",  # Qt talks to the AT-SPI bus as with Orca running
            POSASSIST_LANG=self.lang,
            LANG="C.UTF-8",
            PYTHONUNBUFFERED="1",
        )
        env.update(self.extra_env)
        self.log = self.desktop.workdir / "app.log"
        with open(self.log, "wb") as out:  # the process has its own copy
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "posassist", "--data-dir", str(self.data_dir), "gui", "--demo"],
                stdout=out,
                stderr=out,
                env=env,
                cwd=self.desktop.workdir,
                start_new_session=True,
            )
        self.wait_for(lambda t: t.find("signInCode", role="text"), "the sign-in window", timeout=120)
        return self

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)

    # -- what the screen reader sees ------------------------------------------------------------
    def tree(self) -> Node:
        """The app's accessibility tree now (an empty application node while it is not on the bus)."""
        assert self.python is not None and self.proc is not None
        done = subprocess.run(
            [self.python, str(TREE_SCRIPT), "posassist", str(self.proc.pid)],
            env=self.desktop.env,
            capture_output=True,
            check=False,
            timeout=120,
        )
        apps = json.loads(done.stdout or b"[]") if done.returncode == 0 else []
        if not apps:
            return Node("application", "", "", "", [], None)
        return Node.of(apps[0])

    def wait_for(self, cond: Callable[[Node], object], what: str, timeout: float = WAIT_S):  # type: ignore[no-untyped-def]
        """Poll the tree until ``cond(tree)`` is truthy; return it. On time-out the failure names
        the screenshot, the tree and the app log kept for it."""
        end = time.monotonic() + timeout
        last: Node | None = None
        while True:
            if self.proc is not None and self.proc.poll() is not None:
                raise AssertionError(
                    f"posassist exited ({self.proc.returncode}) while waiting for {what}; log: {self.log}"
                )
            last = self.tree()
            got = cond(last)
            if got:
                return got
            if time.monotonic() > end:
                where = self.keep(f"timeout-{what}", last)
                raise AssertionError(f"gave up waiting for {what} after {timeout:.0f} s; screen, tree, log: {where}")
            time.sleep(0.2)

    def keep(self, label: str, tree: Node | None = None) -> Path:
        """A screenshot, the accessibility tree and the app's log, in this test's artefact folder."""
        self.shots += 1
        folder = self.desktop.workdir / "artefacts"
        folder.mkdir(parents=True, exist_ok=True)
        stem = f"{self.shots:02d}-" + "".join(c if c.isalnum() else "-" for c in label)[:60]
        self.desktop.screenshot(folder / f"{stem}.png")
        try:
            t = tree or self.tree()
            (folder / f"{stem}-tree.txt").write_text(_outline(t), encoding="utf-8")
        except Exception as exc:  # keep what can be kept
            (folder / f"{stem}-tree.txt").write_text(f"tree not read: {exc}", encoding="utf-8")
        if getattr(self, "log", None) and self.log.exists():
            shutil.copyfile(self.log, folder / "app.log")
        return folder

    # -- keys -----------------------------------------------------------------------------------
    def _xdotool(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.desktop.env, check=True, timeout=120)

    def key(self, *names: str, times: int = 1) -> None:
        """Keys as xdotool names them: 'F3', 'Return', 'ctrl+plus', 'shift+Tab'."""
        for _ in range(times):
            for name in names:
                self._xdotool("key", "--clearmodifiers", name)
                self.keys += 1

    def type(self, text: str, delay_ms: int = HAND_DELAY_MS) -> None:
        """Typing by hand: a key every ``delay_ms``."""
        if text:
            self._xdotool("key", "--delay", str(delay_ms), *[keysym(c) for c in text])
            self.keys += len(text)

    def scan(self, code: str) -> None:
        """A keyboard-wedge scanner: the code at 4-8 ms a key, then Enter."""
        delay = random.randint(4, 8)
        self._xdotool("key", "--delay", str(delay), *[keysym(c) for c in code], "Return")
        self.scans += 1


def _outline(tree: Node, depth: int = 0) -> str:
    lines = []
    for_child = "".join(f"\n{_outline(c, depth + 1)}" for c in tree.children)
    states = ",".join(s for s in tree.states if s in ("focused", "showing", "checked", "selected"))
    text = f" text={tree.text!r}" if tree.text else ""
    lines.append(f"{'  ' * depth}{tree.role} [{tree.object_name}] {tree.name!r} {tree.description!r}{text} ({states})")
    return "\n".join(lines) + for_child
