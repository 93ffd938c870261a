"""posassist customer show / edit / history / link / unlink / merge / unmerge: names, exit codes,
JSON shapes (CLI.md), signed in with --as; a merge refused to an associate; one clear line for
bad input and nothing written."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

from tests.cli.test_bad_input import one_clear_line, run

ALEX = ("--as", "101")  # associate
SAM = ("--as", "201")  # shift lead


def _id(data: str, name: str) -> int:
    with sqlite3.connect(Path(data) / "posassist.db") as con:
        return int(
            con.execute("SELECT id FROM customers WHERE full_name = ? ORDER BY id LIMIT 1", (name,)).fetchone()[0]
        )


def test_show_edit_history_link(demo_sqlite: str) -> None:
    d = ("--data-dir", demo_sqlite)
    nina, daniel = _id(demo_sqlite, "Nina Patel"), _id(demo_sqlite, "Daniel Moreau")
    shown = run(*d, "customer", "show", str(nina), "--json")
    assert shown.returncode == 0, shown.stderr
    doc = json.loads(shown.stdout)
    for key in (
        "id",
        "full_name",
        "email",
        "phone",
        "phone_e164",
        "consents",
        "tags",
        "dates",
        "links",
        "merges",
        "alerts",
        "store_credit",
        "preferred_language",
        "merged_into",
    ):
        assert key in doc, key
    assert {c["channel"] for c in doc["consents"]} == {"email", "sms", "phone"}

    refused = run(*d, "customer", "edit", str(nina), "email=x@example.com")
    assert "--as" in one_clear_line(refused) and refused.returncode == 1
    bad = run(*d, *ALEX, "customer", "edit", str(nina), "pronunciation=NEE-na", "email=nina@", stdin="4826\n")
    assert bad.returncode == 1 and "not an email address" in one_clear_line(bad)
    assert json.loads(run(*d, "customer", "show", str(nina), "--json").stdout)["pronunciation"] is None

    edited = run(
        *d,
        *ALEX,
        "customer",
        "edit",
        str(nina),
        "phone=416 555 0144",
        "tags=vip, runner",
        "consent_sms=yes",
        "preferences=fit: slim; sizes: M, L",
        "--consent-source",
        "web",
        "--add-date",
        "Wife's birthday=12-11:10",
        "--json",
        stdin="4826\n",
    )
    assert edited.returncode == 0, edited.stderr
    doc = json.loads(edited.stdout)
    assert doc["phone_e164"] == "+14165550144" and doc["tags"] == ["runner", "vip"]
    assert doc["preferences"] == {"fit": "slim", "sizes": ["M", "L"]}
    sms = next(c for c in doc["consents"] if c["channel"] == "sms")
    assert sms["granted"] and sms["source"] == "web" and sms["at"]
    assert [(x["label"], x["month"], x["day"], x["remind_days"]) for x in doc["dates"]] == [
        ("Wife's birthday", 12, 11, 10)
    ]

    hist = run(*d, "customer", "history", str(nina), "--json")
    changes = json.loads(hist.stdout)
    assert {c["field"] for c in changes} >= {"phone", "tags", "consent_sms", "preferences", "dates"}
    assert all(set(c) == {"at", "staff", "field", "old", "new"} for c in changes)
    assert next(c for c in changes if c["field"] == "phone")["old"] == "416-555-0133"

    linked = run(*d, *ALEX, "customer", "link", str(nina), str(daniel), "--relation", "partner", stdin="4826\n")
    assert linked.returncode == 0, linked.stderr
    links = json.loads(run(*d, "customer", "show", str(daniel), "--json").stdout)["links"]
    assert [(x["other_id"], x["relation"]) for x in links] == [(nina, "partner")]
    assert run(*d, *ALEX, "customer", "unlink", str(nina), str(daniel), stdin="4826\n").returncode == 0
    again = run(*d, *ALEX, "customer", "unlink", str(nina), str(daniel), stdin="4826\n")
    assert again.returncode == 1 and "not linked" in one_clear_line(again)


def test_merge_refused_to_an_associate_then_merged_and_undone(demo_sqlite: str) -> None:
    d = ("--data-dir", demo_sqlite)
    nina = _id(demo_sqlite, "Nina Patel")
    with sqlite3.connect(Path(demo_sqlite) / "posassist.db") as con:
        cur = con.execute(
            "INSERT INTO customers (public_id, full_name, phone, consent_email, consent_sms, consent_phone,"
            " lifetime_free_shipping, created_at, updated_at) VALUES (?, 'Nina Patel', '416 555 0199', 0, 1, 0, 0,"
            " '2026-12-01 10:00:00.000000', '2026-12-01 10:00:00.000000')",
            (str(uuid.uuid4()),),
        )
        dup = int(cur.lastrowid or 0)
        con.execute(
            "INSERT INTO interactions (customer_id, channel, topic, body, opened_at, created_at, updated_at)"
            " VALUES (?, 'phone', 'other', 'Asked about the charger', '2026-12-01 10:00:00.000000',"
            " '2026-12-01 10:00:00.000000', '2026-12-01 10:00:00.000000')",
            (dup,),
        )
    plan = run(*d, "customer", "merge", str(nina), str(dup), "--dry-run", "--json")
    assert plan.returncode == 0, plan.stderr
    doc = json.loads(plan.stdout)
    assert set(doc) == {"keep", "other", "moves", "fills"} and doc["moves"] == {"interactions": 1}

    refused = run(*d, *ALEX, "customer", "merge", str(nina), str(dup), stdin="4826\n")
    assert refused.returncode == 1 and "shift lead" in one_clear_line(refused).lower()

    merged = run(*d, *SAM, "customer", "merge", str(nina), str(dup), "--json", stdin="739164\n")
    assert merged.returncode == 0, merged.stderr
    result = json.loads(merged.stdout)
    assert set(result) == {"merge_id", "kept", "moved"} and result["moved"] == {"interactions": 1}
    assert json.loads(run(*d, "customer", "show", str(dup), "--json").stdout)["merged_into"] == nina

    back = run(*d, *SAM, "customer", "unmerge", str(nina), stdin="739164\n")
    assert back.returncode == 0, back.stderr
    assert "undone" in back.stdout
    shown = json.loads(run(*d, "customer", "show", str(dup), "--json").stdout)
    assert shown["full_name"] == "Nina Patel" and shown["merged_into"] is None

    # merged again, then the day is closed: the merge is final
    assert run(*d, *SAM, "customer", "merge", str(nina), str(dup), stdin="739164\n").returncode == 0
    assert run(*d, "report", "day").returncode == 0
    final = run(*d, *SAM, "customer", "unmerge", str(nina), stdin="739164\n")
    assert final.returncode == 1 and "closed" in one_clear_line(final)
