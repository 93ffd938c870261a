"""Which layout a file is in (auto-detected from its header, or as --format says)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from posassist.errors import InvalidInput
from posassist.i18n import tr
from posassist.services.sales_import import customers_file, shopify
from posassist.services.sales_import.layout import Context
from posassist.services.sales_import.model import CUSTOMER_FORMATS, SALE_FORMATS
from posassist.services.sales_import.reading import Table

if TYPE_CHECKING:  # the parsing process imports this module without the writer's
    from posassist.services.sales_import.writer import Layout


def sale_layout(table: Table, fmt: str, ctx: Context) -> Layout:
    from posassist.services.sales_import import generic, square, woocommerce

    if fmt not in ("auto", *SALE_FORMATS):
        raise InvalidInput(tr("--format must be auto, {formats}.", formats=", ".join(SALE_FORMATS)), field="format")
    if fmt == "auto":
        if shopify.looks_like(table):
            fmt = "shopify"
        elif square.looks_like(table):
            fmt = "square"
        elif woocommerce.looks_like(table):
            fmt = "woocommerce"
        elif customers_file.looks_like_shopify(table):
            raise InvalidInput(
                tr("This is a customers export, not orders: import it with 'posassist customer import'."),
                field="source",
            )
        else:
            fmt = "csv"
    if fmt == "shopify":
        return shopify.ShopifyOrders(table, ctx)
    if fmt == "square":
        return square.SquareSales(table, ctx)
    if fmt == "woocommerce":
        return woocommerce.WooOrders(table, ctx)
    return generic.GenericSales(table, ctx)


def customer_format(table: Table, fmt: str) -> str:
    if fmt not in ("auto", *CUSTOMER_FORMATS):
        raise InvalidInput(tr("--format must be auto, {formats}.", formats=", ".join(CUSTOMER_FORMATS)), field="format")
    if fmt == "auto":
        if shopify.looks_like(table):
            raise InvalidInput(
                tr("This is an orders export: import it with 'posassist sale import' (it brings the customers too)."),
                field="source",
            )
        return "shopify" if customers_file.looks_like_shopify(table) else "csv"
    return fmt
