"""Catalogue sync on exports shops really make (files none of us wrote): rows that are not
products, the shop's own language, damaged barcodes, repeated SKUs, WooCommerce, open food data,
the product card's fields, departments by code, prices with too many decimals, full syncs."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from posassist.bootstrap import current_store
from posassist.db.session import Database
from posassist.db.tables.catalogue import Department, Product, Promotion, Stock, Variant
from posassist.services import catalogue_sync, lookup
from posassist.services.catalogue_sync import Options, sources
from posassist.services.catalogue_sync.diff_words import change_text
from posassist.services.catalogue_sync.reading import open_items
from tests.signin import manager

DATA = Path(__file__).resolve().parents[2] / "data" / "catalogue"


def opts(db: Database, **kw) -> Options:  # type: ignore[no-untyped-def]
    store = current_store(db, "DT")
    return Options(currency="CAD", store_id=store.id if store else None, **kw)


def by_code(report, code: str) -> list:  # type: ignore[no-untyped-def]
    return [p for p in report.problems if p.code == code]


def variants(db: Database, sku: str) -> list[Variant]:
    with db.read() as s:
        return list(s.execute(select(Variant).where(Variant.sku == sku).order_by(Variant.id)).scalars())


def product_of(db: Database, sku: str) -> Product:
    with db.read() as s:
        return s.execute(select(Product).join(Variant).where(Variant.sku == sku)).scalars().first()  # type: ignore[return-value]


# -- no row vanishes ---------------------------------------------------------------------------


FIXTURES = sorted(p.name for p in DATA.iterdir() if p.suffix in (".csv", ".tsv", ".json", ".jsonl", ".xml"))


@pytest.mark.parametrize("name", FIXTURES)
def test_no_row_vanishes_without_a_problem_naming_it(name: str) -> None:
    """Every record the file has is counted, and each one not imported is named by a problem."""
    path = DATA / name
    opened = open_items(path, "auto", "CAD")
    rows: set[int] = set()
    named: set[int | None] = set()
    unnamed: list[tuple[int, str]] = []
    carried: set[str] = set()  # products whose variations were imported
    parents: dict[int, str] = {}
    for item, probs in opened.items:
        if item is None:  # a plain row, staged as read: imported
            rows.add(probs[0])
            continue
        rows.add(item.row)
        named |= {p.row for p in probs}
        if item.parent:
            parents[item.row] = item.product_key  # a variable product: its variations carry it
        elif item.skip or item.errors:
            unnamed.append((item.row, item.title))
        else:
            carried.add(item.product_key)
    assert [u for u in unnamed if u[0] not in named] == [], name
    assert [r for r, key in parents.items() if key not in carried and r not in named] == [], name
    if path.suffix in (".csv", ".tsv"):
        header, records = sources.read_table(path, sources.sniff_encoding(path))
        assert rows == {r for r, _line, _rec in records}, name  # not one record without its item


def test_a_booking_row_is_named_not_dropped(demo_db: Database) -> None:
    rep = catalogue_sync.plan(demo_db, str(DATA / "shopify_multilingual.csv"), opts(demo_db))
    assert rep.counts.rows == 11  # every record, the empty one included
    slot = [p for p in by_code(rep, "not_merchandise") if p.value == "Passning 30 min"]
    assert slot and "100,000" in slot[0].message and slot[0].row == 9  # no SKU, no price, a huge quantity
    assert not [p for p in rep.problems if p.row == 9 and p.code == "missing_price"]  # not a product: no price asked
    empty = by_code(rep, "not_a_product")
    assert [p.row for p in empty] == [11]


# -- not merchandise ---------------------------------------------------------------------------


def test_shopify_signals_and_the_shops_words_decide_not_merchandise(demo_db: Database) -> None:
    rep = catalogue_sync.plan(demo_db, str(DATA / "shopify_multilingual.csv"), opts(demo_db))
    flagged = {p.value: p.message for p in by_code(rep, "not_merchandise")}
    assert "does not require shipping" in flagged["Verzendverzekering"]  # Requires Shipping false (and the word)
    assert "gift card" in flagged["Cadeaubon"]  # Gift Card true
    assert "does not require shipping" in flagged["Patroonboek PDF"]  # a digital item
    assert "tidsbokning" in flagged["Tidsbokning skräddare"]  # the Swedish word for a booking
    assert rep.errors == 0


def test_not_merchandise_words_in_six_languages_and_no_false_alarms(demo_db: Database) -> None:
    rep = catalogue_sync.plan(demo_db, str(DATA / "not_merchandise_words.csv"), opts(demo_db))
    flagged = {p.row for p in by_code(rep, "not_merchandise")}
    with (DATA / "not_merchandise_words.csv").open(encoding="utf-8") as fh:
        skus = [line.split(",")[0] for line in fh.read().splitlines()[1:]]
    names = {skus[r - 1] for r in flagged}
    assert names == {"DE-G", "DE-T", "FR-C", "FR-R", "ES-T", "ES-C", "IT-B", "IT-P", "NL-A", "SV-P"}
    # a terminal cable, a wine 'Gran Reserva', a Citadel mug and a sweater are goods
    assert rep.counts.rows == 15 and rep.counts.variants == 5 and rep.counts.skipped == 10


# -- option names in other languages -----------------------------------------------------------


@pytest.mark.parametrize(
    "colour,size",
    [
        ("Färg", "Storlek"),
        ("Farbe", "Größe"),
        ("Couleur", "Taille"),
        ("Kleur", "Maat"),
        ("Colore", "Taglia"),
        ("Color", "Talla"),
        ("Color", "Tamaño"),
    ],
)
def test_option_names_in_other_languages_are_colour_and_size(
    demo_db: Database, tmp_path: Path, colour: str, size: str
) -> None:
    shop = tmp_path / "shop.csv"  # size first, colour second: the names decide, not the order
    shop.write_text(
        f"Handle,Title,Option1 Name,Option1 Value,Option2 Name,Option2 Value,Variant SKU,Variant Price\n"
        f"tee,Tee,{size},XL,{colour},Verde,TEE-1,10.00\n",
        encoding="utf-8",
    )
    generic = tmp_path / "generic.csv"
    generic.write_text(f"sku;title;{size};{colour};price\nGEN-1;Tee;XL;Verde;10,00\n", encoding="utf-8")
    for path in (shop, generic):
        item, staged = next(open_items(path, "auto", "CAD").items)
        colour_size = (item.colour, item.size) if item else (staged[10], staged[11])
        assert colour_size == ("Verde", "XL"), path.name


def test_swedish_and_dutch_options_land_in_colour_and_size(demo_db: Database) -> None:
    rep = catalogue_sync.apply(demo_db, str(DATA / "shopify_multilingual.csv"), opts(demo_db), staff=manager(demo_db))
    assert rep.applied
    jacket = variants(demo_db, "VJ-SV-S")[0]
    assert (jacket.colour, jacket.size) == ("Svart", "S")
    red = variants(demo_db, "RJ-ROOD")[0]
    assert (red.colour, red.size) == ("Rood", "M")


# -- a damaged barcode drops only the barcode --------------------------------------------------


def test_a_malformed_barcode_is_a_warning_that_drops_only_the_barcode(demo_db: Database) -> None:
    rep = catalogue_sync.apply(demo_db, str(DATA / "shopify_multilingual.csv"), opts(demo_db), staff=manager(demo_db))
    bad = by_code(rep, "malformed_barcode")
    assert [(p.row, p.severity, p.field, p.value) for p in bad] == [(3, "warning", "Variant Barcode", "4.00638E+12")]
    red = variants(demo_db, "RJ-ROOD")[0]
    assert red.gtin is None and red.price_minor == 8995 and red.sku == "RJ-ROOD"


def test_an_invalid_check_digit_is_a_warning_too(demo_db: Database, tmp_path: Path) -> None:
    f = tmp_path / "bad.csv"
    f.write_text("sku,title,price,barcode\nBC-1,Mug,9.00,4006381333932\n")
    rep = catalogue_sync.apply(demo_db, str(f), opts(demo_db), staff=manager(demo_db))
    assert rep.applied and rep.errors == 0 and by_code(rep, "invalid_barcode")[0].severity == "warning"
    assert variants(demo_db, "BC-1")[0].gtin is None


# -- repeated SKUs -----------------------------------------------------------------------------


def test_a_sku_repeated_across_sizes_is_imported_reported_and_scanned(demo_db: Database) -> None:
    rep = catalogue_sync.apply(demo_db, str(DATA / "shopify_multilingual.csv"), opts(demo_db), staff=manager(demo_db))
    assert rep.applied
    repeated = by_code(rep, "duplicate_sku")
    assert [(p.row, p.severity) for p in repeated] == [(2, "warning")] and "row 1" in repeated[0].message
    both = variants(demo_db, "RJ-GEEL")
    assert sorted(v.size for v in both) == ["L", "M"] and {v.product_id for v in both} == {both[0].product_id}
    hits = lookup.search(demo_db, "RJ-GEEL", store=None).hits  # a scan of the SKU shows all of them
    assert sorted(h.size for h in hits if h.sku == "RJ-GEEL") == ["L", "M"]
    again = catalogue_sync.apply(demo_db, str(DATA / "shopify_multilingual.csv"), opts(demo_db), staff=manager(demo_db))
    assert again.applied and again.version is None and again.counts.created == 0  # matched by product + options


def test_the_same_sku_with_the_same_options_twice_is_an_error(demo_db: Database, tmp_path: Path) -> None:
    f = tmp_path / "twice.csv"
    f.write_text("sku,style,title,colour,size,price\nTW-1,TW,Tee,Red,M,10.00\nTW-1,TW,Tee,Red,M,11.00\n")
    rep = catalogue_sync.apply(demo_db, str(f), opts(demo_db), staff=manager(demo_db))
    assert not rep.applied and [(p.row, p.severity) for p in by_code(rep, "duplicate_sku")] == [(2, "error")]


# -- WooCommerce -------------------------------------------------------------------------------


def test_woocommerce_product_csv(demo_db: Database) -> None:
    rep = catalogue_sync.apply(demo_db, str(DATA / "woocommerce.csv"), opts(demo_db), staff=manager(demo_db))
    assert rep.format == "woocommerce" and rep.applied, rep.problems
    codes = {p.code for p in rep.problems}
    assert {"grouped_product", "external_product", "no_variations", "not_merchandise", "inactive_product"} <= codes
    assert "unknown_column" not in codes and "missing_price" not in codes
    blue = variants(demo_db, "HOOD-BLU-S")[0]
    red = variants(demo_db, "HOOD-RED-M")[0]
    assert (blue.colour, blue.size, blue.price_minor) == ("Blue", "S", 4500)  # the regular price is the price
    assert (red.colour, red.size) == ("Red", "M") and blue.product_id == red.product_id  # one product, by Parent
    assert blue.weight_g == 500 and red.weight_g == 600  # kg from the header; the parent's unless its own
    hoodie = product_of(demo_db, "HOOD-BLU-S")
    assert (hoodie.title, hoodie.brand, hoodie.depth_mm, hoodie.width_mm, hoodie.height_mm) == (
        "Trail Hoodie",
        "Northwind",
        300,
        250,
        50,
    )
    assert hoodie.image == "https://shop.example/hoodie.jpg" and hoodie.warranty_months == 24
    with demo_db.read() as s:
        dept = s.execute(select(Department.name).where(Department.id == hoodie.department_id)).scalar_one()
        assert dept == "Hoodies"
        sale = s.execute(select(Promotion).where(Promotion.variant_id == blue.id)).scalar_one()
        assert sale.kind == "fixed_price" and sale.value == 3900 and sale.ends_at is not None
        assert s.execute(select(Stock.on_hand).where(Stock.variant_id == blue.id)).scalar_one() == 5
    beanie = variants(demo_db, "BEAN")[0]
    assert (
        beanie.gtin == "04006381333931" and beanie.price_minor == 1850 and beanie.size is None
    )  # 'Material' is no option
    assert variants(demo_db, "SCARF")[0].active is False  # a draft
    assert not variants(demo_db, "SET") and not variants(demo_db, "SKI") and not variants(demo_db, "WRAP")
    assert not variants(demo_db, "HOOD")  # the variable product's own row is not a variant
    assert rep.counts.products == 3 and rep.counts.variants == 4 and rep.counts.rows == 8


def test_woocommerce_units_in_pounds_and_inches(demo_db: Database, tmp_path: Path) -> None:
    f = tmp_path / "wc-imperial.csv"
    f.write_text(
        "ID,Type,SKU,Name,Published,Regular price,Weight (lbs),Length (in),Width (in),Height (in),In stock?\n"
        "1,simple,IMP-1,Kettlebell,1,59.00,2,10,4,5,1\n"
    )
    item, _ = next(open_items(f, "auto", "CAD").items)
    assert item is not None
    assert (item.weight_g, item.depth_mm, item.width_mm, item.height_mm) == (907, 254, 102, 127)


# -- open food data ----------------------------------------------------------------------------


def test_open_food_data_export(demo_db: Database) -> None:
    rep = catalogue_sync.apply(demo_db, str(DATA / "openfood.tsv"), opts(demo_db), staff=manager(demo_db))
    assert rep.applied and "invalid_stock" not in {p.code for p in rep.problems}  # '400 g' is no stock count
    with demo_db.read() as s:
        v = s.execute(select(Variant).where(Variant.gtin == "03017620422003")).scalar_one()
        p = s.get(Product, v.product_id)
        assert p is not None and p.title == "Nutella" and p.brand == "Ferrero" and v.price_minor == 549
        assert p.allergens == "milk, nuts, soybeans" and p.specs and p.specs["net content"] == "400 g"
        assert p.specs["ingredients"].startswith("Sugar, palm oil")
        assert s.execute(select(Stock).where(Stock.variant_id == v.id)).first() is None  # stock unknown
        dept = s.execute(select(Department.name).where(Department.id == p.department_id)).scalar_one()
        assert dept == "Hazelnut spreads"


# -- warranty, returnable / final sale, allergens ----------------------------------------------


def test_card_fields_from_shopify_metafields(demo_db: Database) -> None:
    rep = catalogue_sync.apply(demo_db, str(DATA / "shopify_multilingual.csv"), opts(demo_db), staff=manager(demo_db))
    assert rep.applied
    coat, jacket, choc = product_of(demo_db, "RJ-GEEL"), product_of(demo_db, "VJ-SV-S"), product_of(demo_db, "CH-1")
    assert coat.warranty_months == 24 and coat.returnable is True
    assert jacket.warranty_months == 24
    assert choc.returnable is False and choc.allergens == "Mjölk, soja"  # final sale


def test_card_fields_from_a_mapped_generic_file_and_rollback(demo_db: Database, tmp_path: Path) -> None:
    f = tmp_path / "card.csv"
    f.write_text(
        "sku,title,price,warranty,final sale,allergens\nWR-1,Drill,129.00,3 years,no,\nWR-2,Fudge,4.00,,yes,milk\n"
    )
    first = catalogue_sync.apply(demo_db, str(f), opts(demo_db), staff=manager(demo_db))
    assert first.applied
    drill = product_of(demo_db, "WR-1")
    assert drill.warranty_months == 36 and drill.returnable is True
    fudge = product_of(demo_db, "WR-2")
    assert fudge.returnable is False and fudge.allergens == "milk"
    f.write_text(
        "sku,title,price,warranty,final sale,allergens\nWR-1,Drill,139.00,5 years,no,\nWR-2,Fudge,4.00,,yes,milk\n"
    )
    second = catalogue_sync.apply(demo_db, str(f), opts(demo_db), staff=manager(demo_db))
    assert second.applied and product_of(demo_db, "WR-1").warranty_months == 60
    change = [c for c in second.changes if c.sku == "WR-1"][0]
    assert "price: 129.00 → 139.00" in change_text(change) and "warranty: 36 months → 60 months" in change_text(change)
    catalogue_sync.rollback(demo_db, second.version, manager(demo_db))
    assert product_of(demo_db, "WR-1").warranty_months == 36 and variants(demo_db, "WR-1")[0].price_minor == 12900


# -- departments by code, too many decimals ----------------------------------------------------


def test_reimporting_a_file_naming_departments_by_code_is_a_no_op(demo_db: Database) -> None:
    first = catalogue_sync.apply(demo_db, str(DATA / "departments_by_code.csv"), opts(demo_db), staff=manager(demo_db))
    assert first.applied and first.counts.created == 3
    with demo_db.read() as s:
        codes = dict(
            s.execute(
                select(Variant.sku, Department.code)
                .join(Product, Product.id == Variant.product_id)
                .join(Department, Department.id == Product.department_id)
                .where(Variant.sku.like("DC-%"))
            ).all()
        )
    assert codes == {"DC-1": "GIFT", "DC-2": "ELEC", "DC-3": "APP"}  # the demo's departments, no new ones
    again = catalogue_sync.apply(demo_db, str(DATA / "departments_by_code.csv"), opts(demo_db), staff=manager(demo_db))
    assert again.version is None and again.counts.updated == 0 and again.counts.unchanged == 3


def test_prices_with_more_decimals_than_the_currency_are_reported(demo_db: Database, tmp_path: Path) -> None:
    f = tmp_path / "decimals.csv"
    f.write_text("sku,title,price\nPD-1,Bolt,1.234\nPD-2,Nut,12.999\nPD-3,Washer,2.50\nPD-4,Yen thing,150.5 JPY\n")
    rep = catalogue_sync.apply(demo_db, str(f), opts(demo_db), staff=manager(demo_db))
    rounded = {p.value: p.message for p in by_code(rep, "price_rounded")}
    assert set(rounded) == {"1.234", "12.999", "150.5 JPY"}
    assert "imported as 1.23" in rounded["1.234"] and "imported as 13.00" in rounded["12.999"]
    assert variants(demo_db, "PD-2")[0].price_minor == 1300 and variants(demo_db, "PD-4")[0].price_minor == 151
    shopify = catalogue_sync.plan(demo_db, str(DATA / "shopify_multilingual.csv"), opts(demo_db))
    assert [p.value for p in by_code(shopify, "price_rounded")] == ["3.999"]


# -- full sync and the diff --------------------------------------------------------------------


def test_a_full_sync_deactivating_most_needs_a_confirmation_and_says_how_many(
    demo_db: Database, tmp_path: Path
) -> None:
    f = tmp_path / "small.csv"
    f.write_text("sku,title,price\nFS-1,Lonely Item,5.00\n")
    dry = catalogue_sync.plan(demo_db, str(f), opts(demo_db, full=True))
    warn = by_code(dry, "full_sync_deactivates_most")[0]
    assert warn.severity == "warning" and f"{dry.counts.deactivated:,}" in warn.message
    blocked = catalogue_sync.apply(demo_db, str(f), opts(demo_db, full=True), staff=manager(demo_db))
    assert not blocked.applied and by_code(blocked, "full_sync_deactivates_most")[0].severity == "error"
    assert not variants(demo_db, "FS-1")  # nothing written
    done = catalogue_sync.apply(demo_db, str(f), opts(demo_db, full=True, confirm_full=True), staff=manager(demo_db))
    assert done.applied and done.counts.deactivated == dry.counts.deactivated


def test_the_dry_run_speaks_the_associates_words(demo_db: Database, tmp_path: Path) -> None:
    f = tmp_path / "words.csv"
    f.write_text("sku,title,price,colour\nDW-1,Chair,129.00,Red\n")
    catalogue_sync.apply(demo_db, str(f), opts(demo_db), staff=manager(demo_db))
    f.write_text("sku,title,price,colour\nDW-1,Chair,139.00,Blue\n")
    dry = catalogue_sync.plan(demo_db, str(f), opts(demo_db))
    change = [c for c in dry.changes if c.action == "updated"][0]
    assert change_text(change) == "price: 129.00 → 139.00; colour: Red → Blue"
    doc = dry.as_dict(diff=True)["changes"]
    assert {"action": "updated", "sku": "DW-1"}.items() <= doc[0].items()
    assert doc[0]["fields"]["price"] == {"before": "129.00", "after": "139.00"}
    assert "changes" not in dry.as_dict()  # the contract's report stays as it was without --diff
