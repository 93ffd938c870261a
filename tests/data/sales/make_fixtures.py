"""Writes the sales fixtures: exports laid out column for column as the systems write them
(Shopify's orders export of 2019 and 2024, its customers export of 2019, 2022 and 2024, Square's
item sales and transactions, WooCommerce's one-row-per-item orders export) with the hazards real
files have. Run it again after changing it: python tests/data/sales/make_fixtures.py"""

from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).parent

SHOPIFY_2024 = (
    "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,"
    "Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,"
    "Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable,"
    "Lineitem fulfillment status,Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,"
    "Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,"
    "Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping Province,"
    "Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,Payment Method,Payment Reference,"
    "Refunded Amount,Vendor,Outstanding Balance,Employee,Location,Device ID,Id,Tags,Risk Level,Source,"
    "Lineitem discount,Tax 1 Name,Tax 1 Value,Tax 2 Name,Tax 2 Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,"
    "Tax 4 Value,Tax 5 Name,Tax 5 Value,Phone,Receipt Number,Duties,Billing Province Name,Shipping Province Name,"
    "Payment ID,Payment Terms Name,Next Payment Due At,Payment References"
).split(",")
SHOPIFY_2019 = SHOPIFY_2024[: SHOPIFY_2024.index("Phone") + 1]


def order(name: str, when: str, lines: list[tuple[int, str, str, str]], **kw: str) -> list[dict[str, str]]:
    """One Shopify order: the order's fields on the first row, each line item on its own row."""
    rows = []
    for i, (qty, title, price, sku) in enumerate(lines):
        row = {
            "Name": name,
            "Created at": when,
            "Lineitem quantity": str(qty),
            "Lineitem name": title,
            "Lineitem price": price,
            "Lineitem sku": sku,
            "Lineitem requires shipping": "true",
            "Lineitem taxable": "true",
            "Lineitem fulfillment status": kw.get("line_status", "fulfilled"),
            "Lineitem discount": "0.00",
            "Lineitem compare at price": "",
            "Vendor": "Northwind",
        }
        if i == 0:
            row.update({k: v for k, v in kw.items() if k != "line_status"})
            row.setdefault("Currency", "CAD")
            row.setdefault("Financial Status", "paid")
            row.setdefault("Paid at", when)
            row.setdefault("Source", "web")
            row.setdefault("Risk Level", "Low")
            row.setdefault("Payment Method", "Shopify Payments")
            row.setdefault("Refunded Amount", "0.00")
            row.setdefault("Outstanding Balance", "0.00")
            row.setdefault("Shipping", "0.00")
            row.setdefault("Discount Amount", "0.00")
            row.setdefault("Tax 1 Name", "HST 13%")
            row["Tax 1 Value"] = row.get("Taxes", "0.00")
            row.setdefault("Id", str(5_812_334_000_000 + int(name.strip("#"))))
        rows.append(row)
    return rows


MAYA = {
    "Billing Name": "Maya Thompson",
    "Billing Address1": "88 Queen St W",
    "Billing City": "Toronto",
    "Billing Zip": "M5H 2M9",
    "Billing Province": "ON",
    "Billing Country": "CA",
    "Shipping Name": "Maya Thompson",
}

ORDERS_2024 = [
    *order(
        "#1042",
        "2026-11-03 14:05:00 -0500",
        [
            (1, "Rain Jacket - Forest Green / M", "213.99", "APP-0000001-FORE-M"),
            (2, "Tea Sampler - Gold", "29.98", "GIFT-0000018-GOLD"),
        ],
        Email="Maya.Thompson@Example.com",
        Subtotal="273.95",
        Taxes="35.61",
        Total="309.56",
        **{
            "Accepts Marketing": "yes",
            "Fulfillment Status": "fulfilled",
            "Fulfilled at": "2026-11-04 09:12:44 -0500",
            "Billing Phone": "(416) 555-0142",
            "Shipping Method": "Standard",
        },
        **MAYA,
    ),
    *order(
        "#1043",
        "2026-11-10 19:41:13 -0500",
        [
            (1, "Penny Loafer - White / 36", "153.99", "SHOE-0000006-WHIT-36"),
            (3, "Hummus 200g", "4.89", "GROC-0000015"),
        ],
        Email="maya.thompson@example.com",
        Subtotal="168.66",
        Taxes="21.93",
        Total="190.59",
        **{
            "Financial Status": "partially_refunded",
            "Refunded Amount": "29.98",
            "Accepts Marketing": "no",
            "Fulfillment Status": "fulfilled",
        },
        **MAYA,
    ),
    *order(
        "#1044",
        "2026-11-12 11:02:51 -0500",
        [(1, "Desk Lamp Porto 2 - Midnight Blue", "439.99", "ELEC-0000012-MIDN")],
        Subtotal="439.99",
        Taxes="57.20",
        Total="497.19",
        **{
            "Source": "pos",
            "Location": "Riverside Mall",
            "Receipt Number": "2-1015",
            "Payment Method": "Cash",
            "Employee": "Jamie Chen",
            "Fulfillment Status": "fulfilled",
        },
    ),
    *order(
        "#1045",
        "2026-11-14 08:30:00 -0500",
        [(1, "Gent Bookcase - Sand Fabric", "389.99", "FURN-0000010-SAND")],
        Email="noah.w@example.com",
        Subtotal="389.99",
        Shipping="25.00",
        Taxes="53.95",
        Total="468.94",
        **{
            "Financial Status": "refunded",
            "Refunded Amount": "468.94",
            "Billing Name": "Noah Williams",
            "Billing Phone": "905-555-0111",
            "Fulfillment Status": "fulfilled",
        },
    ),
    *order(
        "#1046",
        "2026-11-15 16:20:09 -0500",
        [(4, "All-Season Tyre 205/55R16", "150.00", "LEGACY-TYRE-4"), (1, "Tip", "5.00", "")],
        Email="c8f1d2a9b7@scs.tiktokw.us",
        Subtotal="605.00",
        Taxes="78.00",
        Total="683.00",
        **{
            "Billing Name": "Ava Chen",
            "Phone": "+1 647 555 0199",
            "Source": "5678901",
            "Fulfillment Status": "fulfilled",
        },
    ),
    *order(
        "#1047",
        "2026-11-16 10:00:00 -0500",
        [(1, "Tea Sampler - Gold", "29.98", "GIFT-0000018-GOLD")],
        Email="staff.test@example.com",
        Subtotal="29.98",
        Taxes="3.90",
        Total="33.88",
        **{"Payment Method": "Bogus Gateway", "Tags": "test", "Billing Name": "Test Order"},
    ),
    *order(
        "#1048",
        "2026-11-17 13:45:30 -0500",
        [(1, "Poplin Shirt (last season) - Sky Blue / S", "33.99", "CLEAR-0000019-SKYB-S")],
        Subtotal="0.00",
        Taxes="0.00",
        Total="0.00",
        **{
            "Discount Code": "REPLACE100",
            "Discount Amount": "33.99",
            "Billing Name": "Noah Williams",
            "Billing Phone": "+1 (905) 555-0111",
            "Payment Method": "manual",
        },
    ),
    *order(
        "#1049",
        "2026-11-18 09:15:00 -0500",
        [(1, "Rain Jacket - Teal / L", "213.99", "APP-0000001-TEAL-L")],
        Email="Olivia.Martin@example.com",
        Subtotal="213.99",
        Taxes="27.82",
        Total="250.00",
        **{"Billing Name": "Olivia Martin", "Fulfillment Status": "unfulfilled", "line_status": "pending"},
    ),
    *order(
        "#1050",
        "2026-11-19 12:00:00 -0500",
        [(1, "Hummus 200g", "4.89", "GROC-0000015")],
        Email="ethan.roy@example.com",
        Subtotal="4.89",
        Taxes="0.00",
        Total="24.89",
        Shipping="20.00",
        **{
            "Outstanding Balance": "20.00",
            "Billing Name": "Ethan Roy",
            "Notes": "Please charge my other card 4111 1111 1111 1111 for the shipping",
        },
    ),
    *order(
        "#1051",
        "2026-11-20 20:10:00 -0500",
        [(1, "Tea Sampler - Gold", "22.00", "GIFT-0000018-GOLD")],
        Email="LIAM.OCONNOR@example.com",
        Currency="USD",
        Subtotal="22.00",
        Taxes="0.00",
        Total="22.00",
        **{"Billing Name": "Liam O'Connor", "Tax 1 Name": ""},
    ),
    *order(
        "#1052",
        "2026-11-21 10:30:00 -0500",
        [(1, "Poplin Shirt (last season) - Sky Blue / S", "113.00", "CLEAR-0000019-SKYB-S")],
        Email="olivia.martin@example.com",
        Subtotal="113.00",
        Taxes="13.00",
        Total="113.00",
        **{"Billing Name": "Olivia Martin", "Tax 1 Name": "HST 13% (included)"},
    ),
    *order(
        "#1053",
        "2026-11-22 15:00:00 -0500",
        [(1, "Hummus 200g", "4.89", "GROC-0000015")],
        Subtotal="4.89",
        Taxes="0.64",
        Total="5.53",
        **{"Billing Phone": "1.41655E+10", "Billing Name": "Walk In"},
    ),
]

ORDERS_2019 = [
    *order(
        "#1001",
        "2019-06-03 14:22:10 -0400",
        [(1, "Rain Jacket - Forest Green / S", "199.00", "APP-0000001-FORE-S")],
        Email="maya.thompson@example.com",
        Subtotal="199.00",
        Taxes="25.87",
        Total="224.87",
        **{"Accepts Marketing": "yes", "Billing Name": "Maya Thompson"},
    ),
    *order(
        "#1002",
        "2019-06-04 09:01:44 -0400",
        [
            (2, "Hummus 200g", "4.49", "GROC-0000015"),
            (1, "Penny Loafer - White / 36", "149.00", "SHOE-0000006-WHIT-36"),
        ],
        Email="priya.k@example.com",
        Subtotal="157.98",
        Shipping="10.00",
        Taxes="21.84",
        Total="189.82",
        **{"Billing Name": "Priya Kapoor", "Billing Phone": "+16135550177"},
    ),
    *order(
        "#1003",
        "2019-06-05 17:45:00 -0400",
        [(1, "Gift Card", "50.00", "")],
        Email="priya.k@example.com",
        Subtotal="50.00",
        Taxes="0.00",
        Total="50.00",
        **{"Billing Name": "Priya Kapoor"},
    ),
]


def write(name: str, header: list[str], rows: list[dict[str, str]]) -> None:
    with (HERE / name).open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([r.get(h, "") for h in header])


def spreadsheet_damaged() -> None:
    """The 2024 orders after a spreadsheet round trip: dates cut to DD/MM/YYYY HH:MM, the Id and a
    phone in scientific notation, a deleted column (Taxes), saved with ';' (a European locale)."""
    header = [h for h in SHOPIFY_2024 if h != "Taxes"]
    dates = {"#1042": "03/11/2026 14:05", "#1044": "12/11/2026 11:02", "#1045": "14/11/2026 08:30"}
    # 03/11 and 12/11 could be day/month or month/day: refused; 14/11 cannot be month 14: read, with a warning
    rows = [dict(r) for r in ORDERS_2024 if r["Name"] in dates]
    for r in rows:
        r["Created at"] = dates[r["Name"]]
        if r.get("Id"):
            r["Id"] = "5.81233E+12"
        if r.get("Paid at"):
            r["Paid at"] = dates[r["Name"]]
        if r["Name"] == "#1045" and r.get("Billing Phone"):
            r["Billing Phone"] = "9.05556E+09"
    with (HERE / "shopify_orders_spreadsheet.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        w.writerow(header)
        for r in rows:
            w.writerow([r.get(h, "") for h in header])


def wrapped_in_one_column() -> None:
    """Every line saved as one quoted cell (a spreadsheet that did not split the columns)."""
    lines = (HERE / "shopify_orders_2019.csv").read_text(encoding="utf-8").splitlines()
    with (HERE / "shopify_orders_one_column.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        for line in lines:
            w.writerow([line])


def cut_off() -> None:
    """A download that stopped inside a quoted note."""
    text = (HERE / "shopify_orders_2019.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(text.splitlines()))
    header = rows[0]
    extra = dict(zip(header, rows[1], strict=False))
    extra.update({"Name": "#1004", "Notes": "Leave it with the concierge,\nplease ring twice", "Id": "5812334001004"})
    import io

    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow([extra.get(h, "") for h in header])
    cut = buf.getvalue()
    cut = cut[: cut.index("please ring") + 6]  # ends inside the quoted note
    (HERE / "shopify_orders_cut_off.csv").write_text(text + cut, encoding="utf-8")


CUSTOMERS_2019 = [
    "First Name",
    "Last Name",
    "Email",
    "Company",
    "Address1",
    "Address2",
    "City",
    "Province",
    "Province Code",
    "Country",
    "Country Code",
    "Zip",
    "Phone",
    "Accepts Marketing",
    "Total Spent",
    "Total Orders",
    "Tags",
    "Note",
    "Tax Exempt",
]
CUSTOMERS_2022 = [
    "Customer ID",
    "First Name",
    "Last Name",
    "Email",
    "Accepts Email Marketing",
    "Company",
    "Address1",
    "Address2",
    "City",
    "Province",
    "Province Code",
    "Country",
    "Country Code",
    "Zip",
    "Phone",
    "Accepts SMS Marketing",
    "Total Spent",
    "Total Orders",
    "Tags",
    "Note",
    "Tax Exempt",
]
CUSTOMERS_2024 = [
    "Customer ID",
    "First Name",
    "Last Name",
    "Email",
    "Accepts Email Marketing",
    "Default Address Company",
    "Default Address Address1",
    "Default Address Address2",
    "Default Address City",
    "Default Address Province Code",
    "Default Address Country Code",
    "Default Address Zip",
    "Default Address Phone",
    "Phone",
    "Accepts SMS Marketing",
    "Total Spent",
    "Total Orders",
    "Note",
    "Tax Exempt",
    "Tags",
]


def customers() -> None:
    c2019 = [
        {
            "First Name": "Maya",
            "Last Name": "Thompson",
            "Email": "Maya.Thompson@example.com",
            "Address1": "88 Queen St W",
            "City": "Toronto",
            "Province": "Ontario",
            "Province Code": "ON",
            "Country": "Canada",
            "Country Code": "CA",
            "Zip": "M5H 2M9",
            "Phone": "+14165550142",
            "Accepts Marketing": "yes",
            "Total Spent": "224.87",
            "Total Orders": "1",
            "Tags": "vip, newsletter",
            "Note": "",
            "Tax Exempt": "no",
        },
        {
            "First Name": "Priya",
            "Last Name": "Kapoor",
            "Email": "priya.k@example.com",
            "City": "Ottawa",
            "Province Code": "ON",
            "Country Code": "CA",
            "Zip": "K1P 1J1",
            "Phone": "'+1 613-555-0177",
            "Accepts Marketing": "no",
            "Total Spent": "239.82",
            "Total Orders": "2",
            "Tags": "",
            "Note": "Card on file 4111-1111-1111-1111",
            "Tax Exempt": "no",
        },
        {
            "First Name": "Walk",
            "Last Name": "In",
            "Email": "",
            "Phone": "",
            "Accepts Marketing": "no",
            "Total Spent": "0.00",
            "Total Orders": "0",
        },
    ]
    write("shopify_customers_2019.csv", CUSTOMERS_2019, c2019)
    c2022 = [
        {
            "Customer ID": "'6201000000001",
            "First Name": "Maya",
            "Last Name": "Thompson",
            "Email": "MAYA.THOMPSON@EXAMPLE.COM",
            "Accepts Email Marketing": "yes",
            "City": "Toronto",
            "Province Code": "ON",
            "Country Code": "CA",
            "Zip": "M5H 2M9",
            "Phone": "+14165550142",
            "Accepts SMS Marketing": "no",
            "Total Spent": "500.15",
            "Total Orders": "2",
            "Tags": "vip",
            "Tax Exempt": "no",
        },
        {
            "Customer ID": "'6201000000002",
            "First Name": "Noah",
            "Last Name": "Williams",
            "Email": "noah.w@example.com",
            "Accepts Email Marketing": "no",
            "Country Code": "CA",
            "Phone": "905-555-0111",
            "Accepts SMS Marketing": "yes",
            "Total Spent": "468.94",
            "Total Orders": "2",
            "Tags": "",
            "Tax Exempt": "no",
        },
        {
            "Customer ID": "'6201000000003",
            "First Name": "Sofia",
            "Last Name": "Rossi",
            "Email": "sofia.rossi@example.it",
            "Accepts Email Marketing": "yes",
            "City": "Milano",
            "Country Code": "IT",
            "Phone": "02 1234 5678",
            "Accepts SMS Marketing": "no",
            "Total Spent": "0.00",
            "Total Orders": "0",
            "Tags": "wholesale",
            "Note": "Ships to the Milan office",
            "Tax Exempt": "yes",
        },
        {
            "Customer ID": "6.201E+12",
            "First Name": "Lost",
            "Last Name": "Digits",
            "Email": "not-an-email",
            "Accepts Email Marketing": "no",
            "Phone": "",
            "Total Spent": "0.00",
            "Total Orders": "0",
        },
    ]
    write("shopify_customers_2022.csv", CUSTOMERS_2022, c2022)
    c2024 = [
        {
            "Customer ID": "'6201000000001",
            "First Name": "Maya",
            "Last Name": "Thompson",
            "Email": "maya.thompson@example.com",
            "Accepts Email Marketing": "no",
            "Default Address City": "Toronto",
            "Default Address Province Code": "ON",
            "Default Address Country Code": "CA",
            "Default Address Zip": "M5H 2M9",
            "Phone": "+14165550142",
            "Accepts SMS Marketing": "no",
            "Total Spent": "500.15",
            "Total Orders": "2",
            "Tags": "vip",
            "Tax Exempt": "no",
        },
        {
            "Customer ID": "'6201000000004",
            "First Name": "Ava",
            "Last Name": "Chen",
            "Email": "",
            "Accepts Email Marketing": "no",
            "Default Address Country Code": "CA",
            "Default Address Phone": "+1 647 555 0199",
            "Phone": "",
            "Accepts SMS Marketing": "yes",
            "Total Spent": "683.00",
            "Total Orders": "1",
            "Tags": "tiktok",
            "Tax Exempt": "no",
        },
    ]
    write("shopify_customers_2024.csv", CUSTOMERS_2024, c2024)


SQUARE_ITEMS = [
    "Date",
    "Time",
    "Time Zone",
    "Category",
    "Item",
    "Qty",
    "Price Point Name",
    "SKU",
    "Modifiers Applied",
    "Gross Sales",
    "Discounts",
    "Net Sales",
    "Tax",
    "Transaction ID",
    "Payment ID",
    "Device Name",
    "Notes",
    "Details",
    "Event Type",
    "Location",
    "Dining Option",
    "Customer ID",
    "Customer Name",
    "Customer Reference ID",
    "Unit",
    "Count",
    "Itemization Type",
    "Fulfillment Note",
    "Channel",
    "Token",
    "Card Brand",
    "PAN Suffix",
]
SQUARE_TRANSACTIONS = [
    "Date",
    "Time",
    "Time Zone",
    "Gross Sales",
    "Discounts",
    "Service Charges",
    "Net Sales",
    "Gift Card Sales",
    "Tax",
    "Tip",
    "Partial Refunds",
    "Total Collected",
    "Source",
    "Card",
    "Card Entry Methods",
    "Cash",
    "Square Gift Card",
    "Other Tender",
    "Other Tender Type",
    "Other Tender Note",
    "Fees",
    "Net Total",
    "Transaction ID",
    "Payment ID",
    "Card Brand",
    "PAN Suffix",
    "Device Name",
    "Staff Name",
    "Staff ID",
    "Details",
    "Description",
    "Event Type",
    "Location",
    "Dining Option",
    "Customer ID",
    "Customer Name",
    "Customer Reference ID",
    "Device Nickname",
]


def square() -> None:
    base = {
        "Time Zone": "Eastern Time (US & Canada)",
        "Location": "Downtown",
        "Channel": "Point of Sale",
        "Itemization Type": "Physical Item",
        "Unit": "",
        "Count": "1",
        "Device Name": "Counter 2",
    }
    items = [
        {
            **base,
            "Date": "2026-11-05",
            "Time": "10:15:32",
            "Category": "Apparel",
            "Item": "Rain Jacket",
            "Qty": "1",
            "Price Point Name": "Forest Green / M",
            "SKU": "APP-0000001-FORE-M",
            "Gross Sales": "$213.99",
            "Discounts": "-$20.00",
            "Net Sales": "$193.99",
            "Tax": "$25.22",
            "Transaction ID": "kX9mPq2Lr7Ys4Tb8",
            "Payment ID": "pA1",
            "Event Type": "Payment",
            "Customer ID": "SQ-CUST-77",
            "Customer Name": "Maya Thompson",
            "Card Brand": "Visa",
            "PAN Suffix": "4242",
        },
        {
            **base,
            "Date": "2026-11-05",
            "Time": "10:15:32",
            "Category": "Grocery",
            "Item": "Hummus 200g",
            "Qty": "2",
            "Price Point Name": "Regular",
            "SKU": "GROC-0000015",
            "Gross Sales": "$9.78",
            "Discounts": "$0.00",
            "Net Sales": "$9.78",
            "Tax": "$0.00",
            "Transaction ID": "kX9mPq2Lr7Ys4Tb8",
            "Payment ID": "pA1",
            "Event Type": "Payment",
            "Customer ID": "SQ-CUST-77",
            "Customer Name": "Maya Thompson",
            "Card Brand": "Visa",
            "PAN Suffix": "4242",
        },
        {
            **base,
            "Date": "2026-11-07",
            "Time": "16:40:00",
            "Category": "Grocery",
            "Item": "Hummus 200g",
            "Qty": "1",
            "Price Point Name": "Regular",
            "SKU": "GROC-0000015",
            "Gross Sales": "$4.89",
            "Discounts": "$0.00",
            "Net Sales": "$4.89",
            "Tax": "$0.00",
            "Transaction ID": "Zq81NcVb0aLm3Rt6",
            "Payment ID": "pB1",
            "Event Type": "Payment",
            "Location": "Northgate",
        },
        {
            **base,
            "Date": "2026-11-08",
            "Time": "09:00:00",
            "Category": "Grocery",
            "Item": "Hummus 200g",
            "Qty": "-1",
            "Price Point Name": "Regular",
            "SKU": "GROC-0000015",
            "Gross Sales": "-$4.89",
            "Discounts": "$0.00",
            "Net Sales": "-$4.89",
            "Tax": "$0.00",
            "Transaction ID": "Zq81NcVb0aLm3Rt6",
            "Payment ID": "pB1",
            "Event Type": "Refund",
            "Location": "Northgate",
        },
    ]
    write("square_item_sales.csv", SQUARE_ITEMS, items)
    tx = [
        {
            "Date": "2026-11-05",
            "Time": "10:15:32",
            "Time Zone": "Eastern Time (US & Canada)",
            "Gross Sales": "$223.77",
            "Discounts": "-$20.00",
            "Net Sales": "$203.77",
            "Tax": "$25.22",
            "Tip": "$0.00",
            "Partial Refunds": "$0.00",
            "Total Collected": "$228.99",
            "Source": "Register",
            "Card": "$228.99",
            "Cash": "$0.00",
            "Transaction ID": "kX9mPq2Lr7Ys4Tb8",
            "Payment ID": "pA1",
            "Card Brand": "Visa",
            "PAN Suffix": "4242",
            "Description": "Rain Jacket, 2 x Hummus 200g",
            "Event Type": "Payment",
            "Location": "Downtown",
            "Customer ID": "SQ-CUST-77",
            "Customer Name": "Maya Thompson",
        },
        {
            "Date": "2026-11-09",
            "Time": "12:30:00",
            "Time Zone": "Eastern Time (US & Canada)",
            "Gross Sales": "$12.00",
            "Discounts": "$0.00",
            "Net Sales": "$12.00",
            "Tax": "$1.56",
            "Tip": "$2.00",
            "Partial Refunds": "$0.00",
            "Total Collected": "$15.56",
            "Source": "Register",
            "Card": "$0.00",
            "Cash": "$15.56",
            "Transaction ID": "Pp45Xw8Yt1Qe9Ui2",
            "Payment ID": "pC1",
            "Description": "Custom Amount",
            "Event Type": "Payment",
            "Location": "Downtown",
        },
    ]
    write("square_transactions.csv", SQUARE_TRANSACTIONS, tx)


WOO = [
    "order_id",
    "order_number",
    "order_date",
    "status",
    "shipping_total",
    "shipping_tax_total",
    "fee_total",
    "fee_tax_total",
    "tax_total",
    "cart_discount",
    "order_discount",
    "discount_total",
    "order_total",
    "refunded_total",
    "order_currency",
    "payment_method",
    "shipping_method",
    "customer_id",
    "billing_first_name",
    "billing_last_name",
    "billing_company",
    "billing_email",
    "billing_phone",
    "billing_address_1",
    "billing_address_2",
    "billing_postcode",
    "billing_city",
    "billing_state",
    "billing_country",
    "shipping_first_name",
    "shipping_last_name",
    "shipping_address_1",
    "shipping_address_2",
    "shipping_postcode",
    "shipping_city",
    "shipping_state",
    "shipping_country",
    "shipping_company",
    "customer_note",
    "item_id",
    "item_product_id",
    "item_name",
    "item_sku",
    "item_quantity",
    "item_subtotal",
    "item_subtotal_tax",
    "item_total",
    "item_total_tax",
    "item_refunded",
    "item_refunded_qty",
    "item_meta",
    "shipping_items",
    "fee_items",
    "tax_items",
    "coupon_items",
    "order_notes",
    "download_permissions_granted",
]


def woocommerce() -> None:
    o1 = {
        "order_id": "2311",
        "order_number": "2311",
        "order_date": "2026-11-06 18:22:41",
        "status": "completed",
        "shipping_total": "15.00",
        "shipping_tax_total": "1.95",
        "tax_total": "27.82",
        "cart_discount": "0.00",
        "discount_total": "0.00",
        "order_total": "273.43",
        "refunded_total": "0.00",
        "order_currency": "CAD",
        "payment_method": "Credit card (Stripe)",
        "customer_id": "57",
        "billing_first_name": "Maya",
        "billing_last_name": "Thompson",
        "billing_email": "MAYA.thompson@example.com",
        "billing_phone": "416 555 0142",
        "billing_city": "Toronto",
        "billing_country": "CA",
    }
    rows = [
        {
            **o1,
            "item_id": "901",
            "item_name": "Rain Jacket - Teal, M",
            "item_sku": "APP-0000001-TEAL-M",
            "item_quantity": "1",
            "item_subtotal": "213.99",
            "item_total": "213.99",
            "item_total_tax": "27.82",
        },
        {
            **o1,
            "item_id": "902",
            "item_name": "Hummus 200g",
            "item_sku": "GROC-0000015",
            "item_quantity": "3",
            "item_subtotal": "14.67",
            "item_total": "14.67",
            "item_total_tax": "0.00",
        },
    ]
    o2 = {
        "order_id": "2312",
        "order_number": "2312",
        "order_date": "2026-11-07 08:05:00",
        "status": "refunded",
        "shipping_total": "0.00",
        "tax_total": "3.90",
        "discount_total": "0.00",
        "order_total": "33.88",
        "refunded_total": "33.88",
        "order_currency": "CAD",
        "payment_method": "PayPal",
        "customer_id": "0",
        "billing_first_name": "Guest",
        "billing_last_name": "Buyer",
        "billing_email": "guest.buyer@example.com",
    }
    rows.append(
        {
            **o2,
            "item_name": "Tea Sampler - Gold",
            "item_sku": "GIFT-0000018-GOLD",
            "item_quantity": "1",
            "item_subtotal": "29.98",
            "item_total": "29.98",
            "item_total_tax": "3.90",
        }
    )
    o3 = {
        "order_id": "2313",
        "order_number": "2313",
        "order_date": "2026-11-08 10:00:00",
        "status": "failed",
        "order_total": "10.00",
        "order_currency": "CAD",
        "billing_email": "failed@example.com",
    }
    rows.append(
        {
            **o3,
            "item_name": "Hummus 200g",
            "item_sku": "GROC-0000015",
            "item_quantity": "2",
            "item_subtotal": "9.78",
            "item_total": "9.78",
        }
    )
    write("woocommerce_orders.csv", WOO, rows)


def generic() -> None:
    header = [
        "Receipt",
        "Date",
        "SKU",
        "Description",
        "Qty",
        "Unit Price",
        "Tax",
        "Total",
        "Customer",
        "Email",
        "Payment",
        "Store",
    ]
    rows = [
        {
            "Receipt": "T-000881",
            "Date": "2026-10-30 13:14:00",
            "SKU": "SHOE-0000006-WHIT-36",
            "Description": "Penny Loafer",
            "Qty": "1",
            "Unit Price": "153.99",
            "Tax": "20.02",
            "Total": "174.01",
            "Customer": "Priya Kapoor",
            "Email": "priya.k@example.com",
            "Payment": "Debit",
            "Store": "NORTH",
        },
        {
            "Receipt": "T-000882",
            "Date": "2026-10-30 13:20:00",
            "SKU": "GROC-0000015",
            "Description": "Hummus 200g",
            "Qty": "2",
            "Unit Price": "4.89",
            "Tax": "0.00",
            "Total": "9.78",
            "Payment": "Cash",
            "Store": "NORTH",
        },
    ]
    write("generic_sales.csv", header, rows)


if __name__ == "__main__":
    write("shopify_orders_2024.csv", SHOPIFY_2024, ORDERS_2024)
    write("shopify_orders_2019.csv", SHOPIFY_2019, ORDERS_2019)
    spreadsheet_damaged()
    wrapped_in_one_column()
    cut_off()
    customers()
    square()
    woocommerce()
    generic()
