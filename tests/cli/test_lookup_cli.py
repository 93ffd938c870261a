import json
import subprocess
import sys


def run(data: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "posassist", "--data-dir", data, "--store", "DT", "lookup", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_lookup_json_contract(demo_sqlite: str) -> None:
    done = run(demo_sqlite, "DEMO-OATBARISTA", "--json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert rows[0]["sku"] == "DEMO-OATBARISTA"
    assert rows[0]["price"] == "4.49" and isinstance(rows[0]["price"], str)
    assert rows[0]["currency"] == "CAD" and rows[0]["active"] is True
    assert rows[0]["stock"]["DT"] == 0 and rows[0]["stock"]["MALL"] == 24
    for key in ("sku", "gtin", "title", "brand", "colour", "size", "price", "currency", "active", "stock"):
        assert key in rows[0]


def test_lookup_exit_codes(demo_sqlite: str) -> None:
    assert run(demo_sqlite, "oslo sofa", "--limit", "5").returncode == 0
    nothing = run(demo_sqlite, "qqqqzzzzxxxx")
    assert nothing.returncode == 1 and "Nothing found" in nothing.stdout
    wrong = run(demo_sqlite, "4006381333932", "--json")
    assert wrong.returncode == 1 and json.loads(wrong.stdout) == [] and "check digit wrong" in wrong.stderr
    assert run(demo_sqlite, "x", "--limit", "0").returncode == 2


def test_unknown_values_are_null_not_zero(demo_sqlite: str) -> None:
    rows = json.loads(run(demo_sqlite, "DEMO-OSLOSOFA-FORESTVELVET-2-SEAT", "--json").stdout)
    assert rows[0]["stock"]["NORTH"] is None
