from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from posassist.db.session import Database
from posassist.paths import migrations_dir


@pytest.fixture
def alembic_config():  # type: ignore[no-untyped-def]
    from pytest_alembic.config import Config

    return Config(config_options={"script_location": str(migrations_dir())})


@pytest.fixture
def alembic_engine(fresh_url: str) -> Iterator[Engine]:
    db = Database(fresh_url)
    yield db.engine
    db.dispose()
