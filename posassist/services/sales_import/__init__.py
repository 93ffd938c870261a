"""Sales and customers from the systems that rang them (Shopify, Square, WooCommerce, any CSV).

The capability (``Sales``, ``SaleShown``) is imported when first asked for: the parsing process
(parse_child) imports this package for its readers and layouts only, without the database's
modules (1.3 s of a re-import's second process went to importing them)."""

from typing import TYPE_CHECKING, Any

from posassist.services.sales_import.model import CustomerCounts, Options, Report, SaleCounts

if TYPE_CHECKING:
    from posassist.services.sales_import.capability import Sales, SaleShown

__all__ = ["CustomerCounts", "Options", "Report", "SaleCounts", "SaleShown", "Sales"]


def __getattr__(name: str) -> Any:
    if name in ("Sales", "SaleShown"):
        from posassist.services.sales_import import capability

        return getattr(capability, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
