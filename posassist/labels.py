"""Words for the codes the services use (channels, topics, roles, reasons…), translatable.

The services keep stable codes ("order_status"); the window shows ``label(code)`` in the user's
language. A code without an entry is shown as itself in sentence case."""

from __future__ import annotations

from posassist.i18n import QT_TR_NOOP, tr

CODES = {
    # channels
    "counter": QT_TR_NOOP("Counter"),
    "phone": QT_TR_NOOP("Phone"),
    "email": QT_TR_NOOP("Email"),
    "chat": QT_TR_NOOP("Chat"),
    "social": QT_TR_NOOP("Social media"),
    "web": QT_TR_NOOP("Web"),
    # topics
    "question_before_purchase": QT_TR_NOOP("Question before purchase"),
    "product_problem": QT_TR_NOOP("Product problem"),
    "troubleshooting": QT_TR_NOOP("Troubleshooting"),
    "complaint": QT_TR_NOOP("Complaint"),
    "compliment": QT_TR_NOOP("Compliment"),
    "order_status": QT_TR_NOOP("Order status"),
    "return_exchange": QT_TR_NOOP("Return / exchange"),
    "other": QT_TR_NOOP("Other"),
    # outcomes and states
    "resolved": QT_TR_NOOP("Resolved"),
    "open": QT_TR_NOOP("Open"),
    "escalated": QT_TR_NOOP("Escalated"),
    "follow_up": QT_TR_NOOP("Follow-up"),
    "done": QT_TR_NOOP("Done"),
    "pending": QT_TR_NOOP("Pending"),
    "approved": QT_TR_NOOP("Approved"),
    "denied": QT_TR_NOOP("Denied"),
    "expired": QT_TR_NOOP("Expired"),
    "used": QT_TR_NOOP("Used"),
    "active": QT_TR_NOOP("Active"),
    "inactive": QT_TR_NOOP("Inactive"),
    # alerts
    "allergy": QT_TR_NOOP("Allergy"),
    "accessibility": QT_TR_NOOP("Accessibility"),
    "service": QT_TR_NOOP("Service"),
    "contact": QT_TR_NOOP("Contact"),
    "critical": QT_TR_NOOP("Critical"),
    "warning": QT_TR_NOOP("Warning"),
    "info": QT_TR_NOOP("Info"),
    # roles
    "associate": QT_TR_NOOP("Associate"),
    "shift_lead": QT_TR_NOOP("Shift lead"),
    "store_manager": QT_TR_NOOP("Store manager"),
    "admin": QT_TR_NOOP("Admin"),
    # approval reasons
    "customer_loyalty": QT_TR_NOOP("Customer loyalty"),
    "medical": QT_TR_NOOP("Medical / personal"),
    "store_error": QT_TR_NOOP("Our mistake"),
    "product_fault": QT_TR_NOOP("Product fault"),
    "goodwill": QT_TR_NOOP("Goodwill"),
    # goodwill kinds
    "accept_unsold_item": QT_TR_NOOP("Accept an item we never sold"),
    "free_delivery": QT_TR_NOOP("Free delivery (a service we don't offer)"),
    "gift": QT_TR_NOOP("A gift (flowers, a card…)"),
    "lifetime_free_shipping": QT_TR_NOOP("Lifetime free shipping"),
    "discount": QT_TR_NOOP("A discount"),
    # themes
    "light": QT_TR_NOOP("light"),
    "dark": QT_TR_NOOP("dark"),
    "high_contrast": QT_TR_NOOP("high contrast"),
    # timeline entry types
    "interaction": QT_TR_NOOP("Contact"),
    "purchase": QT_TR_NOOP("Purchase"),
    "return": QT_TR_NOOP("Return"),
    "exception": QT_TR_NOOP("Exception"),
    "sale": QT_TR_NOOP("Sale"),
    "note": QT_TR_NOOP("Note"),
    "exchange": QT_TR_NOOP("Exchange"),
    "order": QT_TR_NOOP("Order"),
}


def label(code: str | None) -> str:
    if not code:
        return ""
    return tr(CODES[code]) if code in CODES else code.replace("_", " ").capitalize()
