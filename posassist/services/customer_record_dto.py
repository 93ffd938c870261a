"""A customer's record as the editor shows it (frozen DTOs) and the names of its fields, relations and consent sources."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from posassist.services.customer_fields import CONSENT_CHANNELS


def preferences_text(prefs: Mapping[str, Any]) -> str:
    return "\n".join(f"{k}: {', '.join(map(str, v)) if isinstance(v, list) else v}" for k, v in prefs.items())


CONSENT_SOURCES = ("counter", "import", "web")
# what the related customer is to this one; the other side sees the inverse
RELATIONS = ("partner", "parent", "child", "sibling", "business_account", "account_member", "other")
INVERSE = {
    "partner": "partner",
    "parent": "child",
    "child": "parent",
    "sibling": "sibling",
    "business_account": "account_member",
    "account_member": "business_account",
    "other": "other",
}
# the record's own fields, in the editor's order
TEXT_FIELDS = (
    "full_name",
    "preferred_name",
    "pronunciation",
    "email",
    "phone",
    "loyalty_card",
    "address",
    "birth_year",
    "preferred_channel",
    "preferred_language",
    "lifetime_free_shipping",
    "preferences",
)
FIELDS = (*TEXT_FIELDS, "tags", *(f"consent_{c}" for c in CONSENT_CHANNELS))
MAX_REMIND_DAYS = 90


@dataclass(frozen=True)
class Consent:
    channel: str
    granted: bool
    source: str | None  # counter/import/web; None: given before dates were kept
    at: datetime | None


@dataclass(frozen=True)
class DateEntry:
    id: int
    label: str
    month: int
    day: int
    remind_days: int


@dataclass(frozen=True)
class Link:
    id: int | None  # None: the link kept on the record itself before links had their own table
    other_id: int
    other_name: str
    relation: str  # what the other customer is to this one


@dataclass(frozen=True)
class MergeInfo:
    id: int
    other_id: int
    other_name: str
    at: datetime
    kept: bool  # True: the other record was merged into this one
    undone: bool


@dataclass(frozen=True)
class CustomerRecord:
    id: int
    public_id: str
    full_name: str | None
    preferred_name: str | None
    pronunciation: str | None
    email: str | None
    phone: str | None
    phone_e164: str | None
    loyalty_card: str | None
    address: str | None
    birth_year: int | None
    preferred_channel: str | None
    preferred_language: str | None
    lifetime_free_shipping: bool
    preferences: dict[str, Any]
    tags: tuple[str, ...]
    consents: tuple[Consent, ...]
    dates: tuple[DateEntry, ...]
    links: tuple[Link, ...]
    merges: tuple[MergeInfo, ...]
    merged_into: int | None
    erased: bool

    def text(self, name: str) -> str:
        """A field as the editor shows it (the form it is typed back in)."""
        if name == "preferences":
            return preferences_text(self.preferences)
        if name == "tags":
            return ", ".join(self.tags)
        if name.startswith("consent_"):
            return "yes" if self.consent(name[8:]) else "no"
        value = getattr(self, name)
        if isinstance(value, bool):
            return "yes" if value else "no"
        return "" if value is None else str(value)

    def consent(self, channel: str) -> bool:
        return any(c.channel == channel and c.granted for c in self.consents)

    def as_dict(self) -> dict[str, Any]:
        doc = asdict(self)
        for key in ("consents", "merges"):
            for item in doc[key]:
                item["at"] = item["at"].isoformat() if item["at"] else None
        doc["tags"], doc["dates"], doc["links"] = list(self.tags), [asdict(d) for d in self.dates], doc["links"]
        return doc


@dataclass(frozen=True)
class Change:
    at: datetime
    staff: str | None
    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class OccasionDue:
    customer_id: int
    customer_name: str
    date_id: int
    label: str
    on: date  # the next time the date comes round (on or after today)
    days_left: int
    remind_days: int
