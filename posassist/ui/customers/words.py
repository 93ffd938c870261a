"""Words for the customer record's field, relation and source codes, in the reader's language."""

from __future__ import annotations

from posassist.i18n import QT_TR_NOOP, tr

FIELDS = {
    "full_name": QT_TR_NOOP("Name"),
    "preferred_name": QT_TR_NOOP("Preferred name (what to call them)"),
    "pronunciation": QT_TR_NOOP("Pronunciation"),
    "email": QT_TR_NOOP("Email"),
    "phone": QT_TR_NOOP("Phone"),
    "loyalty_card": QT_TR_NOOP("Loyalty card"),
    "address": QT_TR_NOOP("Address"),
    "birth_year": QT_TR_NOOP("Birth year"),
    "preferred_channel": QT_TR_NOOP("Preferred channel"),
    "preferred_language": QT_TR_NOOP("Preferred language"),
    "lifetime_free_shipping": QT_TR_NOOP("Lifetime free shipping"),
    "preferences": QT_TR_NOOP("Preferences"),
    "tags": QT_TR_NOOP("Tags"),
    "consent_email": QT_TR_NOOP("Consent to offers by email"),
    "consent_sms": QT_TR_NOOP("Consent to offers by SMS"),
    "consent_phone": QT_TR_NOOP("Consent to offers by phone"),
    "dates": QT_TR_NOOP("Dates"),
    "related": QT_TR_NOOP("Related customers"),
    "merged": QT_TR_NOOP("Merge"),
}
RELATIONS = {
    "partner": QT_TR_NOOP("partner"),
    "parent": QT_TR_NOOP("parent"),
    "child": QT_TR_NOOP("child"),
    "sibling": QT_TR_NOOP("sibling"),
    "business_account": QT_TR_NOOP("business account"),
    "account_member": QT_TR_NOOP("member of the business account"),
    "other": QT_TR_NOOP("related"),
}
SOURCES = {
    "counter": QT_TR_NOOP("at the counter"),
    "import": QT_TR_NOOP("from an import"),
    "web": QT_TR_NOOP("on the web shop"),
}
MOVES = {
    "interactions": QT_TR_NOOP("notes and contacts"),
    "sales": QT_TR_NOOP("sales"),
    "returns": QT_TR_NOOP("returns"),
    "goodwill": QT_TR_NOOP("exceptions (goodwill)"),
    "approval_requests": QT_TR_NOOP("approval requests"),
    "customer_alerts": QT_TR_NOOP("alerts"),
    "customer_tags": QT_TR_NOOP("tags"),
    "customer_dates": QT_TR_NOOP("dates"),
    "customer_consents": QT_TR_NOOP("consents"),
    "vouchers": QT_TR_NOOP("store credit vouchers"),
    "follow_ups": QT_TR_NOOP("follow-ups"),
    "customer_sources": QT_TR_NOOP("records in other systems"),
    "customer_links": QT_TR_NOOP("related customers"),
    "customer_changes": QT_TR_NOOP("history entries"),
    "customers": QT_TR_NOOP("customers related to them"),
    "holds": QT_TR_NOOP("holds"),
    "promises": QT_TR_NOOP("promises"),
}


def field_label(code: str) -> str:
    return tr(FIELDS[code]) if code in FIELDS else code.replace("_", " ")


def relation_label(code: str | None) -> str:
    return tr(RELATIONS[code]) if code in RELATIONS else (code or "").replace("_", " ")


def source_label(code: str | None) -> str:
    return tr(SOURCES[code]) if code in SOURCES else (code or "")


def moves_label(code: str) -> str:
    return tr(MOVES[code]) if code in MOVES else code.replace("_", " ")
