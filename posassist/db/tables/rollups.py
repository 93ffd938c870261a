"""Daily roll-ups of the shift lead's figures (migration 0028, posassist/db/rollups.py).

One row per UTC day (``day``: 'YYYY-MM-DD'), store and the figures' groupings, holding sums and
counts (never averages, so days add up). Triggers on returns, return_lines and interactions mark
the days a write changes in ``rollup_dirty`` in the writing transaction; a report reads whole past
days from here after refreshing the marked ones, and today's part from the raw rows.
``store_id`` 0 stands for no store (interactions may have none), ``staff_id`` 0 for nobody.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Float, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from posassist.db.tables.base import Base

Day = String(10)


class RollupDirty(Base):
    """A day whose roll-up rows no longer match the raw rows (marks: how many writes said so)."""

    __tablename__ = "rollup_dirty"
    day: Mapped[str] = mapped_column(Day, primary_key=True)
    marks: Mapped[int] = mapped_column(BigInteger, default=1)


class RollupReturns(Base):
    """Committed returns by the day they were committed."""

    __tablename__ = "rollup_returns"
    day: Mapped[str] = mapped_column(Day, primary_key=True)
    store_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    returns: Mapped[int] = mapped_column(BigInteger)
    refund_minor: Mapped[int] = mapped_column(BigInteger)
    store_credit_minor: Mapped[int] = mapped_column(BigInteger)


class RollupReturnReasons(Base):
    """Committed returns' lines by reason and resolution."""

    __tablename__ = "rollup_return_reasons"
    day: Mapped[str] = mapped_column(Day, primary_key=True)
    store_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    reason: Mapped[str] = mapped_column(String(32), primary_key=True)
    resolution: Mapped[str] = mapped_column(String(32), primary_key=True)
    lines: Mapped[int] = mapped_column(BigInteger)
    quantity: Mapped[int] = mapped_column(BigInteger)
    amount_minor: Mapped[int] = mapped_column(BigInteger)


class RollupReturnItems(Base):
    """Units returned per line description (the most returned items)."""

    __tablename__ = "rollup_return_items"
    day: Mapped[str] = mapped_column(Day, primary_key=True)
    store_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    description: Mapped[str] = mapped_column(String(500), primary_key=True)
    quantity: Mapped[int] = mapped_column(BigInteger)


class RollupInteractions(Base):
    """Interactions by the day they opened, per channel, associate and counter: counts and sums of
    the first response and resolution (minutes), CSAT (sum, count, each star), first-visit
    matters, and the response-time bands (under 5 / 15 / 60 / 240 minutes, longer)."""

    __tablename__ = "rollup_interactions"
    day: Mapped[str] = mapped_column(Day, primary_key=True)
    store_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    staff_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    counter: Mapped[str] = mapped_column(String(100), primary_key=True)
    n: Mapped[int] = mapped_column(BigInteger)
    first_n: Mapped[int] = mapped_column(BigInteger)
    first_sum: Mapped[float] = mapped_column(Float)
    resolve_n: Mapped[int] = mapped_column(BigInteger)
    resolve_sum: Mapped[float] = mapped_column(Float)
    csat_n: Mapped[int] = mapped_column(BigInteger)
    csat_sum: Mapped[int] = mapped_column(BigInteger)
    csat_1: Mapped[int] = mapped_column(BigInteger)
    csat_2: Mapped[int] = mapped_column(BigInteger)
    csat_3: Mapped[int] = mapped_column(BigInteger)
    csat_4: Mapped[int] = mapped_column(BigInteger)
    csat_5: Mapped[int] = mapped_column(BigInteger)
    matters: Mapped[int] = mapped_column(BigInteger)
    first_visit: Mapped[int] = mapped_column(BigInteger)
    band_0: Mapped[int] = mapped_column(BigInteger)
    band_1: Mapped[int] = mapped_column(BigInteger)
    band_2: Mapped[int] = mapped_column(BigInteger)
    band_3: Mapped[int] = mapped_column(BigInteger)
    band_4: Mapped[int] = mapped_column(BigInteger)


class RollupFirstResponse(Base):
    """How many first responses took each whole number of seconds (the median's histogram)."""

    __tablename__ = "rollup_first_response"
    day: Mapped[str] = mapped_column(Day, primary_key=True)
    store_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    seconds: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)
