"""Fixtures for the reliability tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.reliability import _runtime


@pytest.fixture
def user_runtime() -> Iterator[_runtime.Runtime]:
    """A Python an ordinary user can run: ourselves when not root, else nobody with a readable copy."""
    rt = _runtime.for_test()
    try:
        yield rt
    finally:
        rt.cleanup()
