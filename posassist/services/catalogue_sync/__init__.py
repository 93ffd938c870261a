"""Catalogue sync: generic CSV/TSV/JSON, Shopify product CSV and Google Merchant feeds."""

from posassist.services.catalogue_sync.model import Problem, Report
from posassist.services.catalogue_sync.problems_csv import write_problems
from posassist.services.catalogue_sync.sync import Options, apply, history, plan, rollback

__all__ = ["Options", "Problem", "Report", "apply", "history", "plan", "rollback", "write_problems"]
