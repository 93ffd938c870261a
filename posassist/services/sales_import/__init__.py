"""Sales and customers from the systems that rang them (Shopify, Square, WooCommerce, any CSV)."""

from posassist.services.sales_import.capability import Sales, SaleShown
from posassist.services.sales_import.model import CustomerCounts, Options, Report, SaleCounts

__all__ = ["CustomerCounts", "Options", "Report", "SaleCounts", "SaleShown", "Sales"]
