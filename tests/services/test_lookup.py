import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from posassist.bootstrap import current_store
from posassist.db.session import Database
from posassist.db.tables.catalogue import Variant
from posassist.services import lookup, product_card


def test_scan_finds_the_variant_and_card_has_the_grid(demo_db: Database) -> None:
    store = current_store(demo_db, "DT")
    with demo_db.read() as s:
        v = s.execute(select(Variant).where(Variant.sku == "DEMO-OSLOSOFA-SANDFABRIC-3-SEAT")).scalar_one()
    res = lookup.search(demo_db, v.gtin[1:], store=store)  # EAN-13 as scanned
    assert res.exact and [h.variant_id for h in res.hits] == [v.id]
    card = product_card.card(demo_db, v.id, store)
    assert card.dimensions and "214" in card.dimensions
    assert card.stores[0] == "DT" and card.stores[1] == "NORTH"  # here first, then nearest
    assert len(card.grid) == 6 and set(card.sizes) == {"2-seat", "3-seat"}
    velvet = [c for c in card.grid if c.colour == "Forest Velvet"][0]
    assert dict(velvet.stock)["NORTH"] is None  # unknown, not 0


def test_wrong_check_digit_is_named(demo_db: Database) -> None:
    res = lookup.search(demo_db, "4006381333932", store=None)
    assert res.hits == [] and "check digit wrong" in (res.message or "")


def test_sku_and_words(demo_db: Database) -> None:
    store = current_store(demo_db, "DT")
    assert lookup.search(demo_db, "DEMO-FIELDJKT-NAVY-M", store=store).hits[0].sku == "DEMO-FIELDJKT-NAVY-M"
    words = lookup.search(demo_db, "field jacket navy", store=store)
    assert any(h.sku == "DEMO-FIELDJKT-NAVY-M" for h in words.hits)


def test_promotion_applies_to_price_today(demo_db: Database) -> None:
    store = current_store(demo_db, "DT")
    hit = lookup.search(demo_db, "DEMO-FIELDJKT-NAVY-M", store=store).hits[0]
    assert hit.regular_minor == 12900 and hit.price_minor == 10320  # apparel 20% off


@pytest.mark.parametrize(
    "q", ['"', "*", "-", "NEAR", "AND (", "%", "_", "🧥", "x" * 10_000, "جاكيت", "'; DROP TABLE variants; --"]
)
def test_hostile_text_is_a_plain_search(demo_db: Database, q: str) -> None:
    res = lookup.search(demo_db, q, store=None)
    assert res.hits or res.message


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60))
def test_any_text_never_crashes(demo_db: Database, q: str) -> None:
    lookup.search(demo_db, q, store=None, limit=5)


def test_typos_accents_case_and_word_order(demo_db: Database) -> None:
    store = current_store(demo_db, "DT")
    res = lookup.search(demo_db, "jaket blak", store=store)
    assert res.hits and all("jacket" in h.title.lower() and h.colour == "Black" for h in res.hits)
    assert "showing results for" in (res.message or "")
    assert any(h.colour == "Rosé" for h in lookup.search(demo_db, "ROSE", store=store).hits)
    a = [h.variant_id for h in lookup.search(demo_db, "navy field", store=store, limit=500).hits]
    b = [h.variant_id for h in lookup.search(demo_db, "Field NAVY", store=store, limit=500).hits]
    assert set(a) == set(b) and a


def test_prefixes_and_one_letter(demo_db: Database) -> None:
    assert lookup.search(demo_db, "jack", store=None).hits
    one = lookup.search(demo_db, "j", store=None)
    assert one.hits and one.more


def test_in_stock_here_ranks_first(demo_db: Database) -> None:
    store = current_store(demo_db, "DT")
    hits = lookup.search(demo_db, "sneaker", store=store, limit=5000).hits
    flags = [(h.stock_here or 0) > 0 for h in hits][: lookup.CAP]  # the ranked window
    assert True in flags and False in flags
    assert flags == sorted(flags, reverse=True)


def test_filters(demo_db: Database) -> None:
    store = current_store(demo_db, "DT")
    furn = lookup.search(demo_db, "oslo", store=store, department="FURN", limit=200).hits
    assert furn and all(h.department == "Furniture" for h in furn)
    stocked = lookup.search(demo_db, "oslo", store=store, in_stock_only=True, limit=200).hits
    assert stocked and all((h.stock_here or 0) > 0 for h in stocked)


def test_paging_past_the_ranked_window_is_complete(demo_db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store = current_store(demo_db, "DT")
    everything = set()
    page, offset = lookup.search(demo_db, "jacket", store=store, limit=40, offset=0), 0
    monkeypatch.setattr(lookup, "CAP", 50)
    while True:
        page = lookup.search(demo_db, "jacket", store=store, limit=40, offset=offset)
        ids = [h.variant_id for h in page.hits]
        assert not (set(ids) & everything), "a row came twice"
        everything |= set(ids)
        offset += 40
        if not page.more:
            break
    monkeypatch.setattr(lookup, "CAP", 100_000)
    full = lookup.search(demo_db, "jacket", store=store, limit=100_000)
    assert everything == {h.variant_id for h in full.hits}


def test_code_shared_by_several_variants_shows_all(demo_db: Database) -> None:
    from posassist.db.tables.catalogue import Variant

    with demo_db.transaction() as s:
        a, b = s.execute(select(Variant).where(Variant.sku.like("DEMO-FIELDJKT-%")).limit(2)).scalars().all()
        b.gtin = a.gtin
        gtin = a.gtin
    res = lookup.search(demo_db, gtin, store=None)
    assert len(res.hits) == 2
