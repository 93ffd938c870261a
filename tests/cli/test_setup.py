"""posassist setup: a store configures itself from one TOML file, idempotently, with clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from posassist.db.session import Database
from posassist.db.tables.people import RoleLimit, Store, StoreDistance
from posassist.errors import InvalidInput
from posassist.services import auth, sessions
from posassist.services.sessions import NotSignedIn
from posassist.services.setup import Setup
from tests.cli.test_bad_input import one_clear_line, run

FILE = Path(__file__).parent.parent / "data" / "setup" / "two_stores.toml"


def test_setup_applies_once_round_trips_and_needs_an_admin_afterwards(db: Database, tmp_path: Path) -> None:
    setup = Setup(db)
    first = setup.apply(sessions.setup_session(), FILE.read_text(encoding="utf-8"))
    assert first.applied and "store MTL: added (Montréal Centre, America/Toronto, CAD)" in first.changes
    with db.read() as s:
        stores = {st.code: st for st in s.execute(select(Store)).scalars()}
        assert stores["QC"].locale == "fr_CA"
        km = s.execute(select(StoreDistance.km).where(StoreDistance.from_store_id == stores["MTL"].id)).scalar_one()
        assert 225 <= km <= 240  # Montréal → Québec as the crow flies, from the coordinates
        lead = s.get(RoleLimit, "shift_lead")
        assert lead is not None and lead.max_refund_minor == 80_000 and lead.approvable_kinds == "return,goodwill"
    with pytest.raises(NotSignedIn):  # the store has staff now: the set-up session is over
        setup.apply(sessions.setup_session(), FILE.read_text(encoding="utf-8"))
    admin = auth.sign_in(db, "1", "camille-admin-1")
    assert setup.apply(admin, FILE.read_text(encoding="utf-8")).changes == []  # idempotent
    lead_session = auth.sign_in(db, "20", "820463")
    with pytest.raises(sessions.Forbidden):
        setup.apply(lead_session, FILE.read_text(encoding="utf-8"))
    exported = setup.export()
    assert setup.apply(admin, exported).changes == []  # the export is the configuration


def test_export_then_setup_on_a_second_database_gives_the_same_configuration(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    assert run("--data-dir", str(one), "setup", str(FILE)).returncode == 0
    out = tmp_path / "chain.toml"
    assert run("--data-dir", str(one), "setup", "--export", str(out)).returncode == 0
    dry = run("--data-dir", str(two), "setup", str(out), "--dry-run", "--json")
    assert dry.returncode == 0 and json.loads(dry.stdout)["dry_run"] is True
    assert run("--data-dir", str(two), "setup", "--export").stdout.count("[[stores]]") == 0  # dry run wrote nothing
    assert run("--data-dir", str(two), "setup", str(out)).returncode == 0
    again = run("--data-dir", str(two), "setup", "--export")
    assert again.stdout == out.read_text(encoding="utf-8")


STORE = '[[stores]]\ncode = "A"\nname = "A"\ntimezone = "UTC"\ncurrency = "EUR"\n\n'
BAD = {
    "syntax": ('[[stores]\ncode = "A"\n', "not valid TOML"),
    "unknown_key": ('[[stores]]\ncode = "A"\nname = "A"\ntimezone = "UTC"\ncurrency = "EUR"\ncolour = "red"\n',
                    "stores[1].colour (line 6): unknown setting"),
    "wrong_type": ('[[stores]]\ncode = "A"\nname = "A"\ntimezone = "UTC"\ncurrency = "EUR"\nunits = 3\n',
                   "stores[1].units (line 6): expected text"),
    "store_twice": ('[[stores]]\ncode = "A"\nname = "A"\ntimezone = "UTC"\ncurrency = "EUR"\n'
                    '[[stores]]\ncode = "A"\nname = "B"\ntimezone = "UTC"\ncurrency = "EUR"\n',
                    "stores[2].code (line 7): store code A is used twice"),
    "no_zone": ('[[stores]]\ncode = "A"\nname = "A"\ntimezone = "Mars/Olympus"\ncurrency = "EUR"\n',
                "stores[1].timezone (line 4): Mars/Olympus is not a time zone"),
    "currency": ('[[stores]]\ncode = "A"\nname = "A"\ntimezone = "UTC"\ncurrency = "EUX"\n',
                 "stores[1].currency (line 5): EUX is not an ISO 4217 currency code"),
    "no_role": ('[role_limits.cashier]\nmax_refund = "10.00"\n', "role_limits.cashier (line 1): cashier is not a role"),
    "negative": ('[role_limits.shift_lead]\nmax_refund = "-5"\n', "role_limits.shift_lead.max_refund (line 2)"),
    "tax_150": (STORE + '[[tax]]\nstore = "A"\ncomponent = "VAT"\nrate = "150"\n',
                "tax[1].rate (line 10): 150 is not a tax rate"),
    "tax_negative": (STORE + '[[tax]]\nstore = "A"\ncomponent = "VAT"\nrate = -5\n',
                     "tax[1].rate (line 10): -5 is not a tax rate"),
    "tax_class": (STORE + '[[tax]]\nstore = "A"\nclass = "luxury"\ncomponent = "VAT"\nrate = "20"\n',
                  "tax[1].class (line 9): luxury is not a tax class"),
    "tax_store": (STORE + '[[tax]]\nstore = "B"\ncomponent = "VAT"\nrate = "20"\n',
                  "tax[1].store (line 8): there is no store B in this file"),
    "tax_assigned_class": (STORE + '[tax_classes.departments]\nFOOD = "cheap"\n',
                           "tax_classes.departments.FOOD (line 8): cheap is not a tax class"),
    "tax_region": (STORE.replace('currency = "EUR"', 'currency = "EUR"\ntax_region = "MARS"'),
                   "stores[1].tax_region (line 6): MARS is not a tax region"),
    "exempt_rate": (STORE + '[[tax]]\nstore = "A"\nclass = "exempt"\ncomponent = "VAT"\nrate = "5"\n',
                    "tax[1].rate (line 11): the exempt class charges no tax"),
    "reason_twice": ('[[reason_codes]]\ncode = "medical"\n[[reason_codes]]\ncode = "medical"\n',
                     "reason_codes[2].code (line 4): reason code medical is used twice"),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_files_say_which_key_and_line_and_write_nothing(tmp_path: Path, case: str) -> None:
    text, expected = BAD[case]
    path = tmp_path / "store.toml"
    path.write_text(text, encoding="utf-8")
    done = run("--data-dir", str(tmp_path / "d"), "setup", str(path))
    assert done.returncode == 1
    assert expected in one_clear_line(done)
    assert "[[stores]]" not in run("--data-dir", str(tmp_path / "d"), "setup", "--export").stdout


def test_the_document_is_checked_before_anything_is_written(db: Database) -> None:
    with pytest.raises(InvalidInput, match="staff 9 is new"):
        Setup(db).apply(sessions.setup_session(), '[[staff]]\ncode = "9"\nname = "X"\nrole = "admin"\n')
    with db.read() as s:
        assert s.execute(select(Store)).first() is None


def test_a_receipt_logo_named_in_the_file_is_found_beside_the_file_not_where_the_command_runs(
    tmp_path: Path,
) -> None:
    from PIL import Image

    folder = tmp_path / "chain config"
    folder.mkdir()
    Image.new("RGB", (120, 40), "black").save(folder / "logo.png")
    path = folder / "store.toml"
    path.write_text(STORE.replace('currency = "EUR"', 'currency = "EUR"\nreceipt_logo = "logo.png"'), encoding="utf-8")
    data = tmp_path / "d"
    # the command runs in another folder (the test runner's): the logo is read from the file's folder
    done = run("--data-dir", str(data), "setup", str(path))
    assert done.returncode == 0, done.stderr
    assert (Path.cwd() / "logo.png").exists() is False
    exported = run("--data-dir", str(data), "setup", "--export").stdout
    assert f'receipt_logo = "{(folder / "logo.png").resolve()}"' in exported
    # a logo that is not there: the key and line, nothing written
    path.write_text(STORE.replace('currency = "EUR"', 'currency = "EUR"\nreceipt_logo = "gone.png"'), encoding="utf-8")
    bad = run("--data-dir", str(tmp_path / "e"), "setup", str(path))
    line = one_clear_line(bad)
    assert "stores[1].receipt_logo (line 6)" in line and str(folder / "gone.png") in line
