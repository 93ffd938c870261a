"""Where the shipped data lives: inside the wheel, or at the top of a source checkout."""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent  # the installed package folder (importlib.resources costs a start)


def _locate(packaged: str, top_level: str) -> Path:
    inside = _PKG / packaged
    if inside.is_dir():
        return inside
    source = _PKG.parent / top_level
    if source.is_dir():
        return source
    raise FileNotFoundError(
        f"posassist is installed without its {top_level}/ folder "
        f"(looked in {inside} and {source}); reinstall the package"
    )


def migrations_dir() -> Path:
    return _locate("_migrations", "migrations")


def resources_dir() -> Path:
    return _locate("_resources", "resources")
