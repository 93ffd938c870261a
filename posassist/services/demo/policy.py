"""The demo store's return policy, version 1, as its set-up file (resources/demo/store.toml) has it."""

from __future__ import annotations

from typing import Any

from posassist.services.demo.config import demo_config

DEFAULT_RULES: dict[str, Any] = dict(demo_config().policy or {})
