"""What the local copy takes (no database needed): every table decided, triggers for each copied one."""

from __future__ import annotations

import importlib.util
from types import ModuleType

from posassist.db.replica.tables import NOT_COPIED, REPLICATED, pk_columns
from posassist.db.tables import metadata
from posassist.paths import migrations_dir


def _migration() -> ModuleType:
    path = migrations_dir() / "versions" / "0021_replica_changes.py"
    spec = importlib.util.spec_from_file_location("replica_migration", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_table_is_either_copied_or_left_on_the_server_for_a_reason() -> None:
    tables = set(metadata.tables)
    assert not set(REPLICATED) & set(NOT_COPIED)
    assert tables - set(REPLICATED) - set(NOT_COPIED) == set(), "decide: copy it (and add triggers) or say why not"
    assert set(REPLICATED) <= tables


def test_the_change_triggers_cover_exactly_the_copied_tables_with_their_keys() -> None:
    frozen = _migration().TABLES
    assert set(frozen) == set(REPLICATED)
    assert {t: tuple(pk_columns(t)) for t in REPLICATED} == frozen


def test_parents_come_before_children() -> None:
    order = list(REPLICATED)
    for name in order:
        for fk in metadata.tables[name].foreign_keys:
            parent = fk.column.table.name
            if parent in REPLICATED and parent != name:
                assert order.index(parent) < order.index(name), f"{parent} after {name}"
