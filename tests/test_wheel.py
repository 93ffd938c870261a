"""A non-editable install finds its migrations and resources inside the wheel."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_ships_migrations_and_resources_and_uses_them(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation", "-q", "-w", str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    wheel = next(out.glob("posassist-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "posassist/_migrations/env.py" in names
    assert any(n.startswith("posassist/_migrations/versions/0001") for n in names)
    assert any(n.startswith("posassist/_resources/") for n in names)
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
        text=True,
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    env.pop("POSASSIST_DATABASE_URL", None)
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import posassist, posassist.paths as p; print(posassist.__file__); "
            "print(p.migrations_dir()); print(p.resources_dir())",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert all(line.startswith(str(target)) for line in probe), probe
    data = tmp_path / "data"
    done = subprocess.run(
        [sys.executable, "-m", "posassist", "--data-dir", str(data), "db", "upgrade"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (data / "posassist.db").exists()
    cur = subprocess.run(
        [sys.executable, "-m", "posassist", "--data-dir", str(data), "db", "current"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "current" in cur.stdout


def test_desktop_entry_and_icon_ship() -> None:
    from posassist.paths import resources_dir

    entry = (resources_dir() / "posassist.desktop").read_text()
    assert "Exec=posassist-gui" in entry and "Icon=posassist" in entry
    assert (resources_dir() / "icons" / "posassist.svg").read_text().startswith("<svg")
