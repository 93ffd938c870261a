"""What the offline journal refuses, in the associate's words."""

from __future__ import annotations

from posassist.errors import PosassistError


class NotAvailableOffline(PosassistError):
    """A change the counter cannot keep while the server is unreachable: it is not one of the
    journaled calls (notes, follow-ups, ratings, holds, returns and approvals at this counter,
    customer edits), so it could not be sent to the server later. Nothing was saved."""
