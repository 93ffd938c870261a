"""Helpers shared by the command modules."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from posassist.bootstrap import App, build_app
from posassist.config import Settings


@contextmanager
def app_for(settings: Settings, *, migrate_to_head: bool = True) -> Iterator[App]:
    app = build_app(settings, migrate_to_head=migrate_to_head)
    try:
        yield app
    finally:
        app.close()


def print_json(doc: Any) -> None:
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
