"""Whatever bytes arrive, an import gives a report (never a crash, never a half-written catalogue)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from posassist.db.session import Database
from posassist.errors import PosassistError
from posassist.services import catalogue_sync
from posassist.services.catalogue_sync import Options

DATA = Path(__file__).resolve().parents[1] / "data" / "catalogue"
SAMPLES = sorted(p.read_bytes() for p in DATA.iterdir())
SUFFIXES = (".csv", ".tsv", ".json", ".jsonl", ".xml", ".txt")


def _check(db: Database, data: bytes, suffix: str) -> None:
    with tempfile.NamedTemporaryFile(suffix=suffix, delete=False) as fh:
        fh.write(data)
    try:
        rep = catalogue_sync.plan(db, fh.name, Options(currency="CAD"))
        assert rep.counts.rows >= 0
        for p in rep.problems:
            assert p.severity in ("error", "warning") and p.message
    except PosassistError:
        pass  # an empty file or no usable column: one clear message, also fine
    finally:
        Path(fh.name).unlink()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=3000), st.sampled_from(SUFFIXES))
def test_random_bytes(db: Database, data: bytes, suffix: str) -> None:
    _check(db, data, suffix)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.sampled_from(SAMPLES),
    st.integers(0, 3000),
    st.sampled_from(["utf-8", "cp1252", "utf-16", "latin-1"]),
    st.sampled_from(SUFFIXES),
)
def test_truncated_and_re_encoded_real_files(db: Database, sample: bytes, cut: int, encoding: str, suffix: str) -> None:
    text = sample[:cut].decode("utf-8", errors="ignore")
    _check(db, text.encode(encoding, errors="replace"), suffix)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.text(max_size=20), min_size=1, max_size=6), min_size=1, max_size=20))
def test_generated_rows(db: Database, rows: list[list[str]]) -> None:
    import csv
    import io

    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["sku", "title", "price", "barcode", "colour", "size"])
    for r in rows:
        w.writerow(r)
    _check(db, buf.getvalue().encode("utf-8", errors="replace"), ".csv")
