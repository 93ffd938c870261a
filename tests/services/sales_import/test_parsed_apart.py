"""A first import parsed in a second process (parse_child) gives what the same import in one
process gives: the same report (every problem with its row and field, in the same order), the
same counts and the same rows; a cancel stops it and writes nothing."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from posassist.db.session import Database
from posassist.db.tables.customers import Customer
from posassist.db.tables.sales import Sale, SaleLine, Tender
from posassist.errors import Cancelled
from posassist.services import auth, sessions
from posassist.services.sales_import import Sales, parse_child
from tests.conftest import _copy_of
from tests.services.sales_import.conftest import DATA, counts, opts

FILES = (
    "shopify_orders_2024.csv",
    "shopify_orders_2019.csv",
    "shopify_orders_cut_off.csv",
    "shopify_orders_one_column.csv",
    "shopify_orders_spreadsheet.csv",
    "square_item_sales.csv",
    "woocommerce_orders.csv",
)


def _rows(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """What the import wrote, without ids (customers by e-mail, lines by their sale's receipt)."""
    with db.read() as s:
        sale_cols = [c for c in Sale.__table__.c if c.name not in ("id", "customer_id", "created_at", "updated_at")]
        line_cols = [c for c in SaleLine.__table__.c if c.name not in ("id", "sale_id")]
        sales = s.execute(
            select(*sale_cols, Customer.email).outerjoin(Customer, Customer.id == Sale.customer_id).order_by(Sale.id)
        ).all()
        lines = s.execute(select(Sale.receipt_no, *line_cols).join(Sale, Sale.id == SaleLine.sale_id)).all()
        tenders = s.execute(
            select(Sale.receipt_no, Tender.kind, Tender.amount_minor, Tender.reference).join(Sale)
        ).all()
        people = s.execute(
            select(Customer.email, Customer.phone_e164, Customer.full_name, Customer.consent_email)
        ).all()
    return {
        "sales": [tuple(r) for r in sales],
        "lines": sorted(tuple(map(str, r)) for r in lines),
        "tenders": sorted(tuple(map(str, r)) for r in tenders),
        "customers": sorted(tuple(map(str, r)) for r in people),
    }


def _imported(url: str, src: Path) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """The dry run's report, the import's and the rows written, of ``src`` into the database."""
    db = Database(url)
    try:
        admin = auth.sign_in(db, "901", "admin-7391")
        sales = Sales(db)
        dry = sales.import_sales(admin, str(src), opts(db, dry_run=True)).as_dict()
        applied = sales.import_sales(admin, str(src), opts(db)).as_dict()
        return dry, applied, _rows(db)
    finally:
        db.dispose()


def _alone_and_apart(
    src: Path,
    engine_name: str,
    tmp_path: Path,
    pg_server: Any,
    templates: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[Any, Any]:
    """``_imported`` of ``src`` into a fresh copy of the demo store in one process, then parsed
    apart."""
    got = {}
    for mode in ("off", "0"):
        monkeypatch.setenv("POSASSIST_SALES_PARSE_CHILD_MB", mode)
        assert parse_child.wanted(src) == (mode == "0")
        for url in _copy_of(templates, engine_name, tmp_path, pg_server, f"apart{mode}"):
            got[mode] = _imported(url, src)
    return got["off"], got["0"]


@pytest.mark.parametrize("name", FILES)
def test_a_first_import_parsed_apart_is_the_import_in_one_process(
    name: str,
    engine_name: str,
    tmp_path: Path,
    pg_server: Any,
    _demo_templates: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    alone, apart = _alone_and_apart(DATA / name, engine_name, tmp_path, pg_server, _demo_templates, monkeypatch)
    assert apart[0] == alone[0]  # the dry run's report
    assert apart[1] == alone[1]  # the import's report: counts, problems in order, applied
    assert apart[2] == alone[2]  # the rows written
    assert apart[2]["sales"]


def test_a_cancel_stops_the_parsing_process_and_writes_nothing(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POSASSIST_SALES_PARSE_CHILD_MB", "0")
    admin = auth.sign_in(demo_db, "901", "admin-7391")
    before = counts(demo_db)
    started: list[parse_child.Parsed] = []
    real = parse_child.Parsed.__init__

    def watched(self: parse_child.Parsed, *a: Any, **k: Any) -> None:
        real(self, *a, **k)
        started.append(self)

    monkeypatch.setattr(parse_child.Parsed, "__init__", watched)
    with pytest.raises(Cancelled):
        Sales(demo_db).import_sales(admin, str(DATA / "shopify_orders_2024.csv"), opts(demo_db), cancelled=lambda: True)
    assert counts(demo_db) == before
    assert len(started) == 1 and started[0].child.returncode is not None  # stopped and reaped


def _newer(tmp_path: Path, name: str) -> Path:
    """The file with one order's later row edited, one order dropped, one order new and one order
    met twice: a newer export with something of each kind."""
    rows = list(csv.reader((DATA / name).read_text(encoding="utf-8").splitlines()))
    head, body = rows[0], rows[1:]
    title, key = head.index("Lineitem name"), head.index("Name")
    edited = [r for r in body if r[key] == "#1043"]
    edited[1][title] = "Hummus 250g"
    dropped = body[0][key]
    body = [r for r in body if r[key] != dropped]
    fresh = [list(r) for r in body if r[key] == "#1044"]
    for r in fresh:
        r[key] = "#9044"
    twice = [list(r) for r in body if r[key] == "#1045"]
    out = tmp_path / "orders_export_2.csv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows([head, *body, *fresh, *twice])
    return out


def _again(url: str, files: list[Path]) -> list[tuple[dict[str, Any], dict[str, Any], dict[str, Any]]]:
    db = Database(url)
    try:
        admin = auth.sign_in(db, "901", "admin-7391")
        sales = Sales(db)
        sales.import_sales(admin, str(DATA / "shopify_orders_2024.csv"), opts(db))
        out = []
        for f in files:
            dry = sales.import_sales(admin, str(f), opts(db, dry_run=True)).as_dict()
            applied = sales.import_sales(admin, str(f), opts(db)).as_dict()
            for r in (dry, applied):
                r["source"] = r["source"].replace(str(f.parent), "")
                r.pop("version")
            out.append((dry, applied, _rows(db)))
        return out
    finally:
        db.dispose()


def test_a_file_imported_again_read_apart_is_the_import_in_one_process(
    engine_name: str,
    tmp_path: Path,
    pg_server: Any,
    _demo_templates: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The same file again, a newer export (an order edited, one dropped, one new, one met twice),
    and that once more: read and fingerprinted in the parsing process, which parses only what the
    importing one asks for, as in one process: reports, counts and rows."""
    got = {}
    started: list[bool] = []
    real_init = parse_child.Parsed.__init__

    def watched(self: parse_child.Parsed, *a: Any, **k: Any) -> None:
        real_init(self, *a, **k)
        started.append(self.again)

    monkeypatch.setattr(parse_child.Parsed, "__init__", watched)
    for mode in ("off", "0"):
        monkeypatch.setenv("POSASSIST_SALES_PARSE_CHILD_MB", "off")  # the first import as before
        folder = tmp_path / mode
        folder.mkdir()
        files = [DATA / "shopify_orders_2024.csv", _newer(folder, "shopify_orders_2024.csv")]
        files.append(files[1])
        real = Sales.import_sales
        calls = [0]

        def switched(
            self: Sales, *a: Any, mode: str = mode, real: Any = real, calls: list[int] = calls, **k: Any
        ) -> Any:
            calls[0] += 1
            if calls[0] > 1:
                monkeypatch.setenv("POSASSIST_SALES_PARSE_CHILD_MB", mode)
            return real(self, *a, **k)

        monkeypatch.setattr(Sales, "import_sales", switched)
        for url in _copy_of(_demo_templates, engine_name, tmp_path, pg_server, f"again{mode}"):
            got[mode] = _again(url, files)
        monkeypatch.setattr(Sales, "import_sales", real)
    assert started == [True] * 6  # each file, dry and applied, read apart
    alone, apart = got["off"], got["0"]
    assert [a[1]["counts"] for a in apart] == [a[1]["counts"] for a in alone]
    assert apart == alone
    same, newer, once_more = (a[1]["counts"] for a in apart)
    assert (same["created"], same["updated"], same["unchanged"]) == (0, 0, 11)
    assert (newer["created"], newer["updated"]) == (1, 1)
    assert (once_more["created"], once_more["updated"]) == (0, 0)


def _latin_late(tmp_path: Path) -> Path:
    """The 2024 export with its orders repeated under new numbers until the first 64 KB are plain
    ASCII, then one more order whose customer's name is Windows-1252 ('Zoë'): a head that reads
    as UTF-8 and a file that does not."""
    rows = list(csv.reader((DATA / "shopify_orders_2024.csv").read_text(encoding="utf-8").splitlines()))
    head, body = rows[0], rows[1:]
    key, name, email = head.index("Name"), head.index("Billing Name"), head.index("Email")
    out: list[list[str]] = []
    n = 0
    while sum(len(",".join(r)) for r in out) < 80_000:
        n += 1
        out += [[f"#{n}{r[key].lstrip('#')}" if i == key else c for i, c in enumerate(r)] for r in body]
    late = [list(r) for r in body if r[key] == body[0][key]]
    late[0][key] = late[0][key] + "9"
    for r in late:
        r[key] = late[0][key]
    late[0][name], late[0][email] = "Zoë Late", "zoe.late@example.com"
    for col in ("Shipping Name", "Billing Phone", "Shipping Phone", "Phone"):
        late[0][head.index(col)] = ""
    path = tmp_path / "orders_latin_late.csv"
    with path.open("w", encoding="cp1252", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows([head, *out, *late])
    assert path.read_bytes()[:65536].isascii() and not path.read_bytes().isascii()
    return path


def test_an_encoding_found_past_the_files_head_is_the_import_in_one_process(
    engine_name: str,
    tmp_path: Path,
    pg_server: Any,
    _demo_templates: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A file whose head reads as UTF-8 and that is Windows-1252 further on, parsed apart: read
    as Windows-1252 throughout and said once, as in one process."""
    src = _latin_late(tmp_path)
    alone, apart = _alone_and_apart(src, engine_name, tmp_path, pg_server, _demo_templates, monkeypatch)
    assert apart == alone
    codes = [p["code"] for p in apart[1]["problems"]]
    assert codes.count("encoding") == 1
    assert any(c[2] == "Zoë Late" for c in apart[2]["customers"])


def test_an_import_refused_stops_the_process_started_for_it(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """The parsing process starts with the import (early.py); an import refused before it reads
    the file (a sign-in without the permission) stops it: nothing is left running."""
    from posassist.services.sales_import import early

    monkeypatch.setenv("POSASSIST_SALES_PARSE_CHILD_MB", "0")
    made: list[early.Early] = []
    real = early.Early.__init__

    def watched(self: early.Early, path: Path) -> None:
        real(self, path)
        made.append(self)
        assert self.started is not None
        self.process = self.started[0]

    monkeypatch.setattr(early.Early, "__init__", watched)
    clerk = auth.sign_in(demo_db, "101", "4826")
    before = counts(demo_db)
    with pytest.raises(sessions.Forbidden):
        Sales(demo_db).import_sales(clerk, str(DATA / "shopify_orders_2024.csv"), opts(demo_db))
    assert counts(demo_db) == before
    assert len(made) == 1 and made[0].started is None
    assert made[0].process.returncode is not None  # stopped and reaped
