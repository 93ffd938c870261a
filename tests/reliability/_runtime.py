"""A Python that an ordinary user can run, wherever the checkout and the interpreter live.

Tests running as root hand some work to an ordinary user (uid 65534) to see what that user sees.
The checkout, its venv and the interpreter the venv was made from may all sit in a folder that
user cannot read (``/root`` is mode 0700; pyenv puts interpreters under ``/root/.pyenv``). So
instead of reaching into those folders, the test builds a readable copy in its own temp folder:
the interpreter (with its shared library and standard library), the installed distributions the
non-GUI part of posassist needs (with their requirements), and posassist's source with its
``migrations/`` and ``resources/``. No permission outside that temp folder is changed."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import sysconfig
import tempfile
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from packaging.requirements import Requirement

import posassist

# What the ordinary user runs: the command line and the services, never the Qt screens.
_PROBE = r"""
import importlib, json, pkgutil, sys
at_start = set(sys.modules)  # what the interpreter loads by itself (site, .pth hooks)
import posassist.cli, posassist.db, posassist.services
for pkg in (posassist.cli, posassist.db, posassist.services):
    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
        importlib.import_module(m.name)
for driver in ("sqlite3", "psycopg"):  # the engines' drivers, loaded when a database is opened
    importlib.import_module(driver)
print(json.dumps(sorted({n.split(".")[0] for n in set(sys.modules) - at_start} - {"posassist"})))
"""

# Parts of the standard library nothing here uses (tests, IDLE, Tk, bundled wheels; config-* too).
_STDLIB_SKIP = {"site-packages", "dist-packages", "test", "idlelib", "tkinter", "turtledemo", "ensurepip", "lib2to3"}


@dataclass
class Runtime:
    """How to start Python as ``user`` (uid, gid), or as ourselves when ``user`` is None."""

    python: str
    env: dict[str, str]
    user: tuple[int, int] | None
    root: Path | None = None
    popen: dict[str, Any] = field(default_factory=dict)

    def cleanup(self) -> None:
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)


def _place(src: str | Path, dst: str | Path) -> None:
    """Put ``src`` at ``dst`` for everyone to read: a hard link where the file is already readable
    by all (fast, and its mode is left alone), else a copy made readable (and runnable if it was)."""
    mode = os.stat(src).st_mode
    if mode & stat.S_IROTH and (mode & stat.S_IXOTH or not mode & stat.S_IXUSR):
        try:
            os.link(src, dst)
            return
        except OSError:  # another file system, or links not allowed: copy
            pass
    shutil.copyfile(src, dst)
    os.chmod(dst, 0o755 if mode & stat.S_IXUSR else 0o644)


def _copy(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    if src.is_dir():
        shutil.copytree(src, dst, copy_function=_place, dirs_exist_ok=True)
    else:
        _place(src, dst)


def _open_folders(path: Path) -> None:
    """Our folders (never the linked files) readable and searchable by everyone."""
    for dirpath, _dirnames, _filenames in os.walk(path):
        os.chmod(dirpath, 0o755)


def _needed_distributions(top_level: list[str]) -> set[str]:
    """The distributions providing ``top_level`` modules, plus what they require, recursively."""
    providers = metadata.packages_distributions()
    todo = [d for name in top_level for d in providers.get(name, [])]  # posassist: from its source
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        key = dist.metadata["Name"].lower().replace("_", "-")
        if key in seen:
            continue
        seen.add(key)
        for spec in dist.requires or []:
            req = Requirement(spec)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    return seen


def _copy_interpreter(dest: Path) -> Path:
    """The interpreter the venv was made from, its shared library and its standard library."""
    base = Path(getattr(sys, "_base_executable", sys.executable)).resolve()
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    python = dest / "bin" / version
    _copy(base, python)
    if sysconfig.get_config_var("Py_ENABLE_SHARED"):
        lib = Path(str(sysconfig.get_config_var("LIBDIR"))) / str(sysconfig.get_config_var("INSTSONAME"))
        if lib.exists():
            _copy(lib.resolve(), dest / "lib" / lib.name)
    stdlib = Path(sysconfig.get_path("stdlib"))
    shutil.copytree(
        stdlib,
        dest / sys.platlibdir / version,
        copy_function=_place,
        ignore=lambda folder, names: [
            n for n in names if Path(folder) == stdlib and (n in _STDLIB_SKIP or n.startswith("config-"))
        ],
    )
    return python


def for_user(uid: int, gid: int) -> Runtime:
    """A readable copy of everything the ordinary user's Python needs, in a fresh temp folder."""
    root = Path(tempfile.mkdtemp(prefix="posassist-runtime-"))
    try:
        probe = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True)
        site = root / "site"
        site.mkdir()
        for name in sorted(_needed_distributions(json.loads(probe.stdout))):
            dist = metadata.distribution(name)
            for f in dist.files or []:
                src = Path(str(dist.locate_file(f))).resolve()
                if src.is_file() and not str(f).endswith(".pth") and ".." not in Path(f).parts:
                    _copy(src, site / f)  # not the .pth hooks, nor scripts outside site-packages
        package = Path(posassist.__file__).resolve().parent
        src = root / "src"
        for name, folder in [
            ("posassist", package),
            ("migrations", package.parent / "migrations"),
            ("resources", package.parent / "resources"),
        ]:  # as posassist.paths finds them
            if folder.is_dir():
                shutil.copytree(folder, src / name, copy_function=_place, ignore=shutil.ignore_patterns("__pycache__"))
        python = _copy_interpreter(root / "python")
        _open_folders(root)
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(
        PYTHONHOME=str(root / "python"),
        PYTHONPATH=os.pathsep.join([str(src), str(site)]),
        PYTHONNOUSERSITE="1",
        PYTHONDONTWRITEBYTECODE="1",
        LD_LIBRARY_PATH=os.pathsep.join(filter(None, [str(root / "python" / "lib"), env.get("LD_LIBRARY_PATH")])),
    )
    return Runtime(
        python=str(python),
        env=env,
        user=(uid, gid),
        root=root,
        popen={"user": uid, "group": gid, "extra_groups": []},
    )


def for_test() -> Runtime:
    """As an ordinary user: ourselves when we are one, else nobody (65534) with a readable copy."""
    if os.geteuid() != 0:
        return Runtime(python=sys.executable, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}, user=None)
    return for_user(65534, 65534)
