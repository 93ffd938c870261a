"""The demo store's return policy, version 1: data an admin can edit later."""

DEFAULT_RULES = {
    "currency": "CAD",
    "default_window_days": 30,
    "windows": {"APP": 30, "SHOE": 30, "FURN": 30, "ELEC": 14, "GIFT": 60, "GROC": 0, "CLEAR": 0},
    "receipt_required": False,
    "final_sale_departments": ["CLEAR"],
    "non_returnable_departments": ["GROC", "SERV"],
    "conditions": {
        "unopened": {"allowed": True},
        "opened": {"allowed": True, "restocking_fee_percent": {"ELEC": 15, "FURN": 10}},
        "worn": {"allowed": False, "approval_role": "shift_lead"},
        "damaged_by_customer": {"allowed": False, "approval_role": "store_manager"},
        "faulty": {"allowed": True, "restock_to": "damaged"},
        "hygiene": {"allowed": False},
    },
    "no_receipt": {
        "refund_as": "store_credit",
        "lowest_price_days": 90,
        "cap_per_customer_12m": 3,
        "cap_amount_minor": 15000,
        "unverified_needs_approval": True,
    },
    "other_store_receipts": "allowed",
    "approval_tiers": [
        {"role": "shift_lead", "max_amount_minor": 100000, "max_days_past_window": 60},
        {"role": "store_manager", "max_amount_minor": 500000, "max_days_past_window": 365},
    ],
}
