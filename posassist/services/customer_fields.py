"""One field of a customer's record from what a person typed: the value to store, or an
InvalidInput that names the field and says what to do. Phone numbers are read as the sales import
reads them (phonenumbers, the store's region); a loyalty card belongs to one customer only."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from posassist.db.tables.base import utcnow
from posassist.db.tables.customers import (
    CHANNELS as CHANNELS,  # the channels a customer may prefer (the editor lists them)
)
from posassist.db.tables.customers import Customer
from posassist.db.tables.people import Staff, Store
from posassist.domain import typed
from posassist.errors import InvalidInput
from posassist.i18n import LANGUAGES, tr
from posassist.services.sales_import import cells

CONSENT_CHANNELS = ("email", "sms", "phone")


def parse_preferences(text: str) -> dict[str, Any]:
    """'key: value' per line ('sizes: M, L' keeps a list); InvalidInput names the line."""
    out: dict[str, Any] = {}
    for n, raw in enumerate(typed.tidy(text, multiline=True).splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        key, sep, value = line.partition(":")
        if not sep or not key.strip() or not value.strip():
            raise InvalidInput(
                tr("Preferences line {n}: write it as 'what: value', e.g. 'fit: slim'.", n=n), field="preferences"
            )
        key = typed.field(key, tr("preference"), name="preferences", max_len=64)
        parts = [typed.field(v, tr("preference"), name="preferences", max_len=200) for v in value.split(",")]
        parts = [p for p in parts if p]
        out[key] = parts if len(parts) > 1 else parts[0]
    return out


# -- validating one field -------------------------------------------------------------------------


def _region(s: Session, c: Customer, staff_id: int | None) -> str:
    """Where a number typed without its country code is from: the customer's store, the
    associate's, or the first store (the import reads it the same way, from the store's locale)."""
    store_id = c.home_store_id
    if store_id is None and staff_id is not None:
        store_id = s.execute(select(Staff.home_store_id).where(Staff.id == staff_id)).scalar()
    q = select(Store.locale)
    q = q.where(Store.id == store_id) if store_id is not None else q.order_by(Store.id).limit(1)
    locale = s.execute(q).scalar() or "en_CA"
    return (locale.split("_")[-1] if "_" in locale else "CA").upper()


def yes_no(value: Any, label: str, name: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value or "").strip().lower()
    if text in ("yes", "y", "true", "1", "on", "ja", "oui"):
        return True
    if text in ("no", "n", "false", "0", "off", "", "nein", "non"):
        return False
    raise InvalidInput(tr("{label}: answer yes or no.", label=label), field=name)


def _name_field(s: Session, c: Customer, name: str, value: Any, staff_id: int | None) -> Any:
    return " ".join(typed.field(value, tr("customer's name"), name=name, max_len=200, required=True).split())


def _short_text(s: Session, c: Customer, name: str, value: Any, staff_id: int | None) -> Any:
    label = tr("preferred name") if name == "preferred_name" else tr("pronunciation")
    return typed.field(value, label, name=name, max_len=200) or None


def _address(s: Session, c: Customer, name: str, value: Any, staff_id: int | None) -> Any:
    return typed.field(value, tr("address"), name=name, max_len=500, multiline=True) or None


def _email(s: Session, c: Customer, name: str, value: Any, staff_id: int | None) -> Any:
    text = typed.field(value, tr("email address"), name=name, max_len=320)
    if not text:
        return None
    _folded, problem = cells.email(text)
    if problem == "invalid_email":
        raise InvalidInput(
            tr("'{email}' is not an email address; check it, e.g. name@example.com.", email=text), field=name
        )
    return text.strip().casefold()


def _phone(s: Session, c: Customer, name: str, value: Any, staff_id: int | None) -> Any:
    """(the number as typed, its E.164 form) — normalised by phonenumbers as the import does."""
    text = typed.field(value, tr("phone number"), name=name, max_len=40)
    if not text:
        return None
    e164, _why = cells.phone(text, _region(s, c, staff_id))
    if e164 is None:
        raise InvalidInput(
            tr("'{phone}' is not a phone number; type it with its area code, e.g. 416 555 0100.", phone=text),
            field=name,
        )
    return text, e164


def _card(s: Session, c: Customer, name: str, value: Any, staff_id: int | None) -> Any:
    text = typed.field(value, tr("loyalty card number"), name=name, max_len=64)
    if text:
        other = s.execute(
            select(Customer.id, Customer.full_name).where(Customer.loyalty_card == text, Customer.id != c.id)
        ).first()
        if other is not None:
            raise InvalidInput(
                tr(
                    "Card {card} already belongs to {name}; merge the two records instead (Ctrl+M).",
                    card=text,
                    name=other.full_name or tr("(erased)"),
                ),
                field=name,
            )
    return text or None


def _birth_year(s: Session, c: Customer, name: str, value: Any, staff_id: int | None) -> Any:
    text = str(value if value is not None else "").strip()
    if not text:
        return None
    this_year = utcnow().year
    if not text.isdigit() or not 1900 <= int(text) <= this_year:
        raise InvalidInput(tr("Birth year: a year between 1900 and {year}, e.g. 1984.", year=this_year), field=name)
    return int(text)


def _channel(s: Session, c: Customer, name: str, value: Any, staff_id: int | None) -> Any:
    text = str(value or "").strip().lower()
    if text and text not in CHANNELS:
        raise InvalidInput(tr("Preferred channel: one of {list}.", list=", ".join(CHANNELS)), field=name)
    return text or None


def _language(s: Session, c: Customer, name: str, value: Any, staff_id: int | None) -> Any:
    text = str(value or "").strip().lower()
    if text and text not in LANGUAGES:
        raise InvalidInput(tr("Preferred language: one of {list}.", list=", ".join(LANGUAGES)), field=name)
    return text or None


def _flag(s: Session, c: Customer, name: str, value: Any, staff_id: int | None) -> Any:
    return yes_no(value, tr("Lifetime free shipping") if name == "lifetime_free_shipping" else tr("Consent"), name)


def _prefs(s: Session, c: Customer, name: str, value: Any, staff_id: int | None) -> Any:
    return parse_preferences(value) if isinstance(value, str) else dict(value or {})


def _tags(s: Session, c: Customer, name: str, value: Any, staff_id: int | None) -> Any:
    items = value.split(",") if isinstance(value, str) else list(value or [])
    tags: list[str] = []
    for t in items:
        tag = " ".join(typed.field(str(t), tr("tag"), name=name, max_len=64).split()).lower()
        if tag and tag not in tags:
            tags.append(tag)
    return sorted(tags)


_CLEAN = {
    "full_name": _name_field,
    "preferred_name": _short_text,
    "pronunciation": _short_text,
    "address": _address,
    "email": _email,
    "phone": _phone,
    "loyalty_card": _card,
    "birth_year": _birth_year,
    "preferred_channel": _channel,
    "preferred_language": _language,
    "lifetime_free_shipping": _flag,
    "preferences": _prefs,
    "tags": _tags,
    **{f"consent_{ch}": _flag for ch in CONSENT_CHANNELS},
}


def clean(s: Session, c: Customer, name: str, value: Any, staff_id: int | None) -> Any:
    """The value to store for one field, or InvalidInput naming it and saying what to do."""
    check = _CLEAN.get(name)
    if check is None:
        raise InvalidInput(tr("'{field}' is not a field of the customer's record.", field=name), field=name)
    return check(s, c, name, value, staff_id)
