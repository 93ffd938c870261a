"""Catalogue sync on both engines with files that carry every hazard we know of."""

from __future__ import annotations

import http.server
import re
import threading
from functools import partial
from pathlib import Path

import pytest
from sqlalchemy import func, select

from posassist.bootstrap import current_store
from posassist.db.session import Database
from posassist.db.tables.catalogue import CatalogueVersion, Product, Promotion, Stock, Variant
from posassist.errors import Cancelled, Conflict
from posassist.services import audit, catalogue_sync, lookup
from posassist.services.catalogue_sync import Options
from tests.signin import manager

DATA = Path(__file__).resolve().parents[1] / "data" / "catalogue"


def opts(db: Database, **kw) -> Options:  # type: ignore[no-untyped-def]
    store = current_store(db, "DT")
    return Options(currency="CAD", store_id=store.id if store else None, **kw)


def codes(report) -> set[str]:  # type: ignore[no-untyped-def]
    return {p.code for p in report.problems}


def variant(db: Database, sku: str) -> Variant | None:
    with db.read() as s:
        return s.execute(select(Variant).where(Variant.sku == sku)).scalar_one_or_none()


def test_shopify_hazards_are_reported_and_a_damaged_barcode_drops_only_the_barcode(demo_db: Database) -> None:
    rep = catalogue_sync.plan(demo_db, str(DATA / "shopify_current.csv"), opts(demo_db))
    assert rep.errors == 0  # the ruined barcode is a warning now: the row keeps its SKU and price
    assert {
        "malformed_barcode",
        "barcode_cleaned",
        "leading_zero_restored",
        "image_only_row",
        "inactive_product",
        "compare_at_below_price",
        "not_merchandise",
        "missing_sku",
    } <= codes(rep)
    below = [p for p in rep.problems if p.code == "compare_at_below_price"][0]
    assert re.fullmatch(r"\d+\.\d\d", below.value or ""), below.value  # the amount as written (99.00), not minor units
    sci = [p for p in rep.problems if p.code == "malformed_barcode"][0]
    assert (sci.row, sci.line, sci.field, sci.value, sci.severity) == (
        3,
        6,
        "Variant Barcode",
        "4.00638E+12",
        "warning",
    )
    assert "without this barcode" in sci.message
    assert rep.as_dict()["counts"]["products"] == 3


def test_shopify_apply_with_skip_invalid(demo_db: Database) -> None:
    rep = catalogue_sync.apply(
        demo_db, str(DATA / "shopify_current.csv"), opts(demo_db, skip_invalid=True), staff=manager(demo_db)
    )
    assert rep.applied and rep.version and rep.counts.created == 6
    tr = variant(demo_db, "TR-40-BLU")
    assert tr and tr.price_minor == 11900 and tr.compare_at_minor == 14900 and tr.size == "40" and tr.colour == "Blue"
    assert tr.gtin == "04006381333931" and tr.weight_g == 640
    red = variant(demo_db, "TR-40-RED")  # the row with the ruined barcode: imported without it
    assert red and red.gtin is None and red.price_minor == 11900 and red.colour == "Red"
    parka = variant(demo_db, "WP-BLK-M")
    assert parka and parka.active is False and parka.colour == "Black" and parka.size == "M"  # options in any order
    assert variant(demo_db, "ROUTE-1") is None  # shipping protection is not a shelf product
    with demo_db.read() as s:
        shirts = s.execute(select(Variant).join(Product).where(Product.style_code == "linen-shirt")).scalars().all()
        assert sorted(v.size for v in shirts) == ["M", "S"] and all(v.sku is None for v in shirts)  # not merged
        stock = s.execute(select(Stock.on_hand).where(Stock.variant_id == tr.id)).scalars().all()
        assert stock == [5]
        shirt_stock = s.execute(
            select(func.count()).select_from(Stock).where(Stock.variant_id == shirts[0].id)
        ).scalar_one()
        assert shirt_stock == 0  # no stock column: unknown, not 0
    assert lookup.search(demo_db, "trail runner", store=None).hits  # the search index follows
    assert audit.verify(demo_db).ok


def test_reimport_changes_nothing_then_rollback_restores(demo_db: Database) -> None:
    first = catalogue_sync.apply(demo_db, str(DATA / "feed.xml"), opts(demo_db), staff=manager(demo_db))
    assert first.applied and first.counts.created == 3
    again = catalogue_sync.apply(demo_db, str(DATA / "feed.xml"), opts(demo_db), staff=manager(demo_db))
    assert again.applied and again.version is None and again.counts.unchanged == 3 and again.counts.created == 0
    sweater = variant(demo_db, "GF-1-S")
    assert sweater and sweater.price_minor == 8900 and sweater.weight_g == 400 and sweater.colour == "Grey"
    with demo_db.read() as s:
        promo = s.execute(select(Promotion).where(Promotion.variant_id == sweater.id)).scalar_one()
        assert promo.kind == "fixed_price" and promo.value == 6900 and promo.ends_at is not None
    lamp = variant(demo_db, "GF-2")
    assert lamp and lamp.currency == "EUR" and lamp.price_minor == 4500
    catalogue_sync.rollback(demo_db, first.version, manager(demo_db))
    assert variant(demo_db, "GF-1-S").active is False
    assert not {h.sku for h in lookup.search(demo_db, "merino sweater", store=None, limit=500).hits} & {
        "GF-1-S",
        "GF-1-M",
    }
    with demo_db.read() as s:
        assert (
            s.execute(select(CatalogueVersion.status).where(CatalogueVersion.id == first.version)).scalar_one()
            == "rolled_back"
        )


def test_update_diff_and_full_sync_deactivates_never_deletes(demo_db: Database, tmp_path: Path) -> None:
    catalogue_sync.apply(demo_db, str(DATA / "products.json"), opts(demo_db), staff=manager(demo_db))
    changed = tmp_path / "changed.json"
    changed.write_text('[{"sku": "J-1", "name": "Thermos", "price": "31.50", "barcode": "4006381333931"}]')
    dry = catalogue_sync.plan(demo_db, str(changed), opts(demo_db, full=True))
    upd = [c for c in dry.changes if c.action == "updated"][0]
    assert upd.fields["price_minor"] == (2990, 3150)
    assert dry.counts.deactivated > 1000  # everything else in the demo catalogue
    with demo_db.read() as s:
        total = s.execute(select(func.count()).select_from(Variant)).scalar_one()
    blocked = catalogue_sync.apply(demo_db, str(changed), opts(demo_db, full=True), staff=manager(demo_db))
    assert not blocked.applied and "full_sync_deactivates_most" in codes(blocked)  # most of it: needs a yes
    rep = catalogue_sync.apply(
        demo_db, str(changed), opts(demo_db, full=True, confirm_full=True), staff=manager(demo_db)
    )
    with demo_db.read() as s:
        assert s.execute(select(func.count()).select_from(Variant)).scalar_one() == total  # nothing deleted
        assert s.execute(select(func.count()).select_from(Variant).where(Variant.active.is_(True))).scalar_one() == 1
    catalogue_sync.rollback(demo_db, rep.version, manager(demo_db))
    with demo_db.read() as s:
        assert s.execute(select(func.count()).select_from(Variant).where(Variant.active.is_(True))).scalar_one() > 1000
    assert variant(demo_db, "J-1").price_minor == 2990


def test_generic_csv_in_german_windows_1252(demo_db: Database) -> None:
    rep = catalogue_sync.apply(
        demo_db, str(DATA / "generic_de_cp1252.csv"), opts(demo_db, skip_invalid=True), staff=manager(demo_db)
    )
    assert rep.applied and {"encoding", "missing_price", "invalid_price"} <= codes(rep)
    jacket = variant(demo_db, "DE-102")
    assert jacket and jacket.price_minor == 129900 and jacket.size == "L" and jacket.colour == "Grün"
    boot = variant(demo_db, "DE-100")
    assert boot.price_minor == 12995 and boot.compare_at_minor == 14900 and boot.currency == "EUR"


@pytest.mark.parametrize(
    "name,code",
    [
        ("broken.xml", "parse_error"),
        ("no_price.tsv", "missing_price"),
        ("duplicates.csv", "duplicate_sku"),
        ("products.jsonl", "parse_error"),
    ],
)
def test_bad_files_apply_nothing(demo_db: Database, name: str, code: str) -> None:
    before = _catalogue(demo_db)
    rep = catalogue_sync.apply(demo_db, str(DATA / name), opts(demo_db), staff=manager(demo_db))
    assert not rep.applied and code in codes(rep) and _catalogue(demo_db) == before


def test_cancel_leaves_the_catalogue_exactly_as_before(demo_db: Database) -> None:
    before = _catalogue(demo_db)
    calls = {"n": 0}

    def cancel_on_write(stage: str, done: int, total: int) -> None:
        calls["n"] += 1
        if stage == "write":
            raise Cancelled()

    with pytest.raises(Cancelled):
        catalogue_sync.apply(
            demo_db, str(DATA / "feed.xml"), opts(demo_db), staff=manager(demo_db), progress=cancel_on_write
        )
    assert _catalogue(demo_db) == before
    # the lock was released: another import runs
    assert catalogue_sync.apply(demo_db, str(DATA / "feed.xml"), opts(demo_db), staff=manager(demo_db)).applied


def test_two_imports_never_run_at_once(demo_db: Database) -> None:
    from posassist.services.catalogue_sync.sync import _acquire, _release

    _acquire(demo_db, "counter 2")
    try:
        with pytest.raises(Conflict, match="Another catalogue import is running"):
            catalogue_sync.apply(demo_db, str(DATA / "feed.xml"), opts(demo_db), staff=manager(demo_db))
    finally:
        _release(demo_db)


def test_source_can_be_an_http_url(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POSASSIST_DOWNLOAD_ALLOW_HOSTS", "127.0.0.1")  # loopback is refused unless allowed
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(DATA))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    seen: list[int] = []
    try:
        url = f"http://127.0.0.1:{server.server_port}/feed_atom.xml"
        rep = catalogue_sync.apply(
            demo_db,
            url,
            opts(demo_db),
            staff=manager(demo_db),
            progress=lambda stage, d, t: seen.append(d) if stage == "download" else None,
        )
        assert rep.applied and variant(demo_db, "AT-1") is not None and seen
    finally:
        server.shutdown()


def _catalogue(db: Database) -> tuple[int, int, int, int]:
    with db.read() as s:
        return (
            s.execute(select(func.count()).select_from(Variant)).scalar_one(),
            s.execute(select(func.count()).select_from(Product)).scalar_one(),
            s.execute(select(func.coalesce(func.sum(Variant.price_minor), 0))).scalar_one(),
            s.execute(select(func.count()).select_from(Variant).where(Variant.active.is_(True))).scalar_one(),
        )


def test_a_huge_feed_on_a_single_line(demo_db: Database, tmp_path: Path) -> None:
    items = "".join(
        f"<item><g:id>ONE-{i}</g:id><title>One Line {i % 50}</title><g:price>{i % 90 + 1}.00 CAD</g:price>"
        f"<g:item_group_id>OL-{i // 4}</g:item_group_id><g:size>{i % 4}</g:size></item>"
        for i in range(20_000)
    )
    feed = tmp_path / "one-line.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss xmlns:g="http://base.google.com/ns/1.0"><channel>' + items + "</channel></rss>"
    )
    assert feed.read_text().count("\n") == 0
    rep = catalogue_sync.plan(demo_db, str(feed), opts(demo_db))
    assert rep.counts.rows == 20_000 and rep.counts.products == 5_000 and rep.errors == 0


def test_leading_zeros_and_windows_1252_headers_in_other_languages(demo_db: Database, tmp_path: Path) -> None:
    f = tmp_path / "fr.csv"
    f.write_bytes(
        "Référence;Nom;Couleur;Taille;Prix;Code-barres\nFR-1;Pull;Bleu;M;49,90;36000291452\n".encode("cp1252")
    )
    rep = catalogue_sync.apply(demo_db, str(f), opts(demo_db), staff=manager(demo_db))
    assert rep.applied and "leading_zero_restored" in codes(rep)
    v = variant(demo_db, "FR-1")
    assert v.gtin == "00036000291452" and v.colour == "Bleu" and v.size == "M" and v.price_minor == 4990
