"""The demo store's configuration is a set-up file (resources/demo/store.toml) like any store's:
stores, distances, Ontario HST, reason codes, staff and the return policy."""

from __future__ import annotations

from functools import cache

from posassist.paths import resources_dir
from posassist.services.setup.document import parse
from posassist.services.setup.model import SetupDoc


def demo_file_text() -> str:
    return (resources_dir() / "demo" / "store.toml").read_text(encoding="utf-8")


@cache
def demo_config() -> SetupDoc:
    return parse(demo_file_text())
