"""The heavy part of an import in the database: parsed rows stream into a temporary staging table
(executemany on SQLite, COPY on PostgreSQL); the file-wide checks, the match with the catalogue
and the diff are set-based SQL; applying is INSERT … SELECT and UPDATE … FROM in the caller's one
transaction, with before-images kept only for the rows that change (created rows are recorded as
id ranges). Rows whose source record hashes as at the last import are not parsed again: they
are staged from their variant (``known``), match it and change nothing, so a statement that looks for
what only a row read again can hold (no variant yet, a change, stock, a department, a sale) says
``known IS NULL``, which on SQLite a partial index of those rows answers when they are few.

One module per step: ``stage_table`` (the table, the staged row, the shared base), ``stage_load``
(streaming the file in), ``stage_checks`` (file-wide checks), ``stage_match`` (match, diff,
counts) and ``stage_apply`` (writing). ``Stage`` is all of them on one connection."""

from __future__ import annotations

from posassist.services.catalogue_sync.stage_apply import Applying
from posassist.services.catalogue_sync.stage_checks import Checks
from posassist.services.catalogue_sync.stage_load import Loading
from posassist.services.catalogue_sync.stage_match import Matching
from posassist.services.catalogue_sync.stage_table import (
    FEED_SALE,
    PRODUCT_FIELDS,
    STAGE_COLS,
    VARIANT_COMPARE,
    Loaded,
    row_hash,
    stage_row,
)

__all__ = [
    "FEED_SALE",
    "PRODUCT_FIELDS",
    "STAGE_COLS",
    "VARIANT_COMPARE",
    "Loaded",
    "Stage",
    "row_hash",
    "stage_row",
]


class Stage(Loading, Checks, Matching, Applying):
    """One import's staging table on the caller's connection: ``load``, ``check``, ``match``,
    ``diff``, ``product_changes``, ``count``, then ``apply`` and ``index_new``; ``close`` drops it.
    (Statement timings: set ``stage_table.TIMINGS`` to a list.)"""
