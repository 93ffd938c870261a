"""Day one without the demo: a Quebec, an Oregon and a German store set up from one file, a
catalogue imported, and returns giving each store's own tax; the export sets up a second database
the same (both engines)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from posassist.db.session import Database
from posassist.db.tables.base import utcnow
from posassist.db.tables.catalogue import Variant
from posassist.db.tables.people import Store
from posassist.db.tables.sales import Sale, SaleLine, Tender
from posassist.services import auth, returns, sessions
from posassist.services import tax as taxes
from posassist.services.approvals import Approvals
from posassist.services.catalogue_sync import Options
from posassist.services.catalogue_sync.capability import Catalogue
from posassist.services.returns_commit import commit
from posassist.services.returns_dto import DraftLine
from posassist.services.setup import Setup
from tests.conftest import _copy_of

DATA = Path(__file__).resolve().parents[1] / "data" / "setup"
CONFIG = (DATA / "three_regions.toml").read_text(encoding="utf-8")


@pytest.fixture
def second_db(engine_name: str, tmp_path: Path, pg_server, _templates) -> Iterator[Database]:  # type: ignore[no-untyped-def]
    for url in _copy_of(_templates, engine_name, tmp_path, pg_server, "second"):
        database = Database(url)
        yield database
        database.dispose()


def _store(db: Database, code: str) -> tuple[int, str]:
    with db.read() as s:
        st = s.execute(select(Store).where(Store.code == code)).scalar_one()
        return st.id, st.currency


def _variant(db: Database, sku: str) -> int:
    with db.read() as s:
        return s.execute(select(Variant.id).where(Variant.sku == sku)).scalar_one()


def ring_up(db: Database, store: str, receipt: str, items: list[tuple[str, int]]) -> None:
    """The sale as the store's till rang it: its shelf prices with the store's tax."""
    store_id, currency = _store(db, store)
    with db.transaction() as s:
        rows = [(s.execute(select(Variant).where(Variant.sku == sku)).scalar_one(), qty) for sku, qty in items]
        scheme = taxes.scheme_for(s, store_id)
        classes = taxes.variant_classes(s, [v.id for v, _ in rows])
        r = scheme.receipt([(v.price_minor * q, classes[v.id]) for v, q in rows])
        sale = Sale(
            receipt_no=receipt,
            store_id=store_id,
            currency=currency,
            subtotal_minor=r.net_minor,
            tax_minor=r.tax_minor,
            total_minor=r.gross_minor,
            tax_included=scheme.included,
            sold_at=utcnow(),
        )
        s.add(sale)
        s.flush()
        for n, ((v, q), ln) in enumerate(zip(rows, r.lines, strict=True), start=1):
            s.add(
                SaleLine(
                    sale_id=sale.id,
                    line_no=n,
                    variant_id=v.id,
                    description=v.sku or "",
                    quantity=q,
                    unit_price_minor=v.price_minor,
                    tax_minor=ln.tax_minor,
                    total_minor=ln.gross_minor,
                )
            )
        s.add(Tender(sale_id=sale.id, kind="card", amount_minor=r.gross_minor))


def _set_up(db: Database) -> None:
    Setup(db).apply(sessions.setup_session(), CONFIG)
    admin = auth.sign_in(db, "1", "camille-admin-1")
    qc, _ = _store(db, "QC")
    report = Catalogue(db).apply(admin, str(DATA / "products.csv"), Options(currency="CAD", store_id=qc))
    assert not [p for p in report.problems if p.severity == "error"] and report.counts.created == 3


def _receipt_return(db: Database, store: str, receipt: str, **line):  # type: ignore[no-untyped-def]
    store_id, _ = _store(db, store)
    me = auth.sign_in(db, "10", "5821")  # an associate: refunds up to 200.00 on their own
    sale = returns.find_sale(db, receipt)
    draft = returns.new_draft(
        store_id,
        me.id,
        sale_id=sale.id,
        lines=(DraftLine(sale.lines[0].id, 1, reason="changed_mind", condition="unopened", **line),),
    )
    return me, draft, returns.evaluate(db, draft, me)


def test_each_store_gives_its_own_tax_back(db: Database) -> None:
    _set_up(db)
    ring_up(db, "QC", "QC-1", [("JKT-1", 1), ("OAT-1", 1)])
    ring_up(db, "PDX", "OR-1", [("JKT-1", 1)])
    ring_up(db, "BER", "DE-1", [("JKT-1", 1), ("OAT-1", 1)])

    # Quebec: 119.00 + GST 5.95 + QST 11.87 (the oat drink is zero-rated)
    me, draft, ev = _receipt_return(db, "QC", "QC-1", resolution="refund")
    v = ev.verdict
    assert (v.status, v.refund_minor, v.tax_minor) == ("allowed", 13682, 1782)
    assert ev.tax and not ev.tax.included and ev.tax.rates == (("GST", "5"), ("QST", "9.975"))
    assert ev.tax.refund_parts == (("GST", "5", 595), ("QST", "9.975", 1187))
    assert commit(db, draft, me).refund_minor == 13682

    # Oregon: no sales tax
    _, _, ev = _receipt_return(db, "PDX", "OR-1", resolution="refund")
    assert (ev.verdict.refund_minor, ev.verdict.tax_minor) == (11900, 0) and ev.tax and ev.tax.rates == ()

    # Germany: 119.00 with 19 % included, the oat drink's 7 % included
    _, _, ev = _receipt_return(db, "BER", "DE-1", resolution="refund")
    assert (ev.verdict.refund_minor, ev.verdict.tax_minor) == (11900, 1900) and ev.tax and ev.tax.included
    sale = returns.find_sale(db, "DE-1")
    assert [(ln.line_total_minor, ln.line_tax_minor) for ln in sale.lines] == [(11900, 1900), (1070, 70)]


def test_exchanges_and_no_receipt_returns_price_with_the_store_tax(db: Database) -> None:
    _set_up(db)
    ring_up(db, "QC", "QC-2", [("JKT-1", 1)])
    coat = _variant(db, "COAT-1")
    # Quebec: the coat costs 150.00 + 7.50 + 14.96 = 172.46; the jacket was 136.82: 35.64 more
    me, draft, ev = _receipt_return(db, "QC", "QC-2", resolution="exchange_now", replacement_variant_id=coat)
    assert ev.replacements[0].price_minor == 17246 and ev.replacements[0].shelf_price_minor == 15000
    assert ev.customer_pays_minor == 17246 - 13682
    res = commit(db, draft, me)
    with db.read() as s:
        exchange = s.execute(select(Sale).where(Sale.receipt_no == res.new_sale_receipt)).scalar_one()
        assert (exchange.total_minor, exchange.tax_minor, exchange.tax_included) == (17246, 2246, False)

    # no receipt: store credit at the shelf price with the store's tax
    me = auth.sign_in(db, "10", "5821")
    for store, sku, credit, tax in (("QC", "JKT-1", 13682, 1782), ("PDX", "JKT-1", 11900, 0),
                                    ("BER", "OAT-1", 1070, 70), ("QC", "OAT-1", 1070, 0)):  # fmt: skip
        store_id, _ = _store(db, store)
        draft = returns.new_draft(
            store_id,
            me.id,
            mode="no_receipt",
            lines=(
                DraftLine(
                    None,
                    1,
                    reason="changed_mind",
                    condition="unopened",
                    resolution="store_credit",
                    variant_id=_variant(db, sku),
                ),
            ),  # fmt: skip
        )
        v = returns.evaluate(db, draft, me).verdict
        assert (store, v.store_credit_minor, v.tax_minor) == (store, credit, tax)


def test_export_then_setup_on_a_second_database_gives_the_same_configuration(db: Database, second_db: Database) -> None:
    _set_up(db)
    exported = Setup(db).export()
    assert 'rate = "9.975"' in exported and "GROCERY" in exported and "price_match" in exported
    result = Setup(second_db).apply(sessions.setup_session(), exported)
    assert result.applied
    assert Setup(second_db).export() == exported
    with second_db.read() as s:
        ber = s.execute(select(Store.id).where(Store.code == "BER")).scalar_one()
        scheme = taxes.scheme_for(s, ber)
    assert scheme.included and scheme.line(11900).tax_minor == 1900
    assert Approvals(second_db).reason_codes() == ["customer_loyalty", "store_error", "price_match"]
