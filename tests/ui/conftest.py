from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from posassist.bootstrap import App, build_app
from posassist.config import resolve


@pytest.fixture
def demo_app(demo_sqlite: str) -> Iterator[App]:
    app = build_app(resolve(data_dir=demo_sqlite, store="DT", counter="Counter 1"))
    yield app
    app.close()


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
