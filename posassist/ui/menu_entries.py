"""The counter window's menus as data: each entry's object name, the permission it needs, its text,
its keys and the window's slot. An entry whose permission the role lacks is left out."""

from __future__ import annotations

from posassist.domain.permissions import Action
from posassist.i18n import tr

# (object name, permission it needs or None, menu text, keys, slot name)
Entry = tuple[str, Action | None, str, str, str]


def go_entries() -> list[Entry]:
    """The Go menu. An entry whose permission the signed-in role lacks is left out of the menu and
    its key does nothing (F7 and Ctrl+D stay, to say who they are for)."""
    return [
        ("actionLookup", None, tr("Product look-up"), "F2", "focus_lookup"),
        ("actionCustomer", None, tr("Find customer"), "F3", "_focus_customer"),
        ("actionNote", Action.NOTE_WRITE, tr("Write a note for this customer"), "F4", "write_note"),
        (
            "actionFollowUp",
            Action.FOLLOW_UP_WRITE,
            tr("New follow-up for this customer"),
            "Ctrl+Shift+F",
            "new_follow_up",
        ),
        ("actionNewCustomer", Action.CUSTOMER_EDIT, tr("New customer"), "Ctrl+N", "new_customer"),
        ("actionPinAlert", Action.ALERT_EDIT, tr("Pin an alert on this customer"), "Ctrl+Shift+A", "pin_alert"),
        ("actionRate", Action.NOTE_WRITE, tr("End the interaction (rating)"), "F11", "end_interaction"),
        ("actionMyFollowUps", None, tr("My follow-ups"), "F12", "show_my_follow_ups"),
        (
            "actionStoreCredit",
            Action.STORE_CREDIT_REDEEM,
            tr("Store credit: balance, pay with a voucher"),
            "Ctrl+Shift+C",
            "open_store_credit",
        ),
        ("actionReturn", Action.RETURN_DRAFT, tr("Return or exchange"), "F5", "open_return"),
        (
            "actionUseReplacement",
            Action.RETURN_DRAFT,
            tr("Use the card's item as the replacement"),
            "F6",
            "use_card_as_replacement",
        ),
        (
            "actionGoodwill",
            Action.APPROVAL_REQUEST,
            tr("Goodwill / exception for this customer"),
            "F8",
            "open_goodwill",
        ),
        (
            "actionHold",
            Action.HOLD_CREATE,
            tr("Hold the card's item for this customer (choose the store)"),
            "F10",
            "hold_item",
        ),
        ("actionHolds", Action.HOLD_CREATE, tr("Holds at this store: collect, release"), "Shift+F10", "show_holds"),
        ("actionApprovals", None, tr("Approval queue"), "F7", "show_approvals"),
        (
            "actionOfflineReview",
            Action.OFFLINE_REVIEW,
            tr("Offline transactions to review…"),
            "Ctrl+Shift+O",
            "open_offline_review",
        ),
        ("actionDashboard", None, tr("Dashboard (shift leads, managers)"), "Ctrl+D", "open_dashboard"),
        ("actionStaff", Action.STAFF_MANAGE, tr("Staff accounts…"), "Ctrl+Shift+S", "open_staff"),
        ("actionCatalogue", Action.CATALOGUE_APPLY, tr("Catalogue import…"), "Ctrl+Shift+I", "open_catalogue"),
        (
            "actionSalesImport",
            Action.SALES_IMPORT,
            tr("Sales and customers import…"),
            "Ctrl+Shift+J",
            "open_sales_import",
        ),
        ("actionPolicy", Action.POLICY_EDIT, tr("Return policy…"), "Ctrl+Shift+P", "open_policy"),
        (
            "actionSetup",
            Action.SETUP_APPLY,
            tr("Store set-up: stores, tax, limits, reasons…"),
            "Ctrl+Shift+T",
            "open_setup",
        ),
        ("actionPrinters", Action.PRINTERS_MANAGE, tr("Receipt printers…"), "Ctrl+Shift+R", "open_printers"),
        (
            "actionErase",
            Action.CUSTOMER_ERASE,
            tr("Erase this customer's personal data…"),
            "Ctrl+Shift+E",
            "erase_customer",
        ),
    ]


def settings_entries() -> list[Entry]:
    return [
        ("actionHelp", None, tr("Keys (help)"), "F1", "show_help"),
        ("actionTheme", None, tr("Next theme (light, dark, high contrast)"), "Ctrl+T", "next_theme"),
        ("actionBigger", None, tr("Larger text"), "Ctrl++", "bigger_text"),
        ("actionSmaller", None, tr("Smaller text"), "Ctrl+-", "smaller_text"),
    ]
