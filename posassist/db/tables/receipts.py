"""Store credit as a ledger (vouchers and their movements), printed receipts, counters' printers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, CheckConstraint, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from posassist.db.tables.base import Base, BigId, utcnow


class Voucher(Base):
    """A store-credit voucher: its number is on the slip as a barcode; the balance is the sum of
    its movements, kept here too so a spend is one conditional UPDATE (two counters: one wins)."""

    __tablename__ = "vouchers"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    currency: Mapped[str] = mapped_column(String(3))
    issued_minor: Mapped[int] = mapped_column(BigInteger)
    balance_minor: Mapped[int] = mapped_column(BigInteger)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), default=None, index=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    return_id: Mapped[int | None] = mapped_column(ForeignKey("returns.id"), default=None, index=True)
    goodwill_id: Mapped[int | None] = mapped_column(ForeignKey("goodwill.id"), default=None)
    issued_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime | None] = mapped_column(default=None)
    __table_args__ = (
        CheckConstraint("balance_minor >= 0 AND balance_minor <= issued_minor", name="balance"),
        CheckConstraint("issued_minor > 0", name="issued_positive"),
    )


class VoucherMovement(Base):
    """Every change of a voucher's balance: issue (+), redeem (-), expire (-), void (-)."""

    __tablename__ = "voucher_movements"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    voucher_id: Mapped[int] = mapped_column(ForeignKey("vouchers.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    amount_minor: Mapped[int] = mapped_column(BigInteger)  # signed
    balance_after_minor: Mapped[int] = mapped_column(BigInteger)
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), default=None)
    return_id: Mapped[int | None] = mapped_column(ForeignKey("returns.id"), default=None)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    counter: Mapped[str] = mapped_column(String(100), default="")
    at: Mapped[datetime] = mapped_column(default=utcnow)
    __table_args__ = (
        Index("ix_voucher_movements_voucher", "voucher_id", "id"),
        CheckConstraint("kind IN ('issue', 'redeem', 'expire', 'void')", name="kind"),
        CheckConstraint("balance_after_minor >= 0", name="balance_after"),
    )


class ReceiptPrint(Base):
    """Each time a receipt was printed: the first is the original, every later one a copy."""

    __tablename__ = "receipt_prints"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    number: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))  # sale/return/voucher/test
    gift: Mapped[bool] = mapped_column(Boolean, default=False)
    copy: Mapped[bool] = mapped_column(Boolean, default=False)
    target: Mapped[str] = mapped_column(String(200))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    counter: Mapped[str] = mapped_column(String(100), default="")
    printed_at: Mapped[datetime] = mapped_column(default=utcnow)
    __table_args__ = (Index("ix_receipt_prints_number", "number"),)


class CounterPrinter(Base):
    """A printer a counter prints receipts on (ESC/POS over USB, network or serial; the system
    printer; a PDF folder). One per counter is the default."""

    __tablename__ = "counter_printers"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    counter: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))  # usb/network/serial/file/system/pdf
    address: Mapped[str] = mapped_column(String(300), default="")  # 04b8:0202, host:9100, /dev/ttyS0, path
    width_mm: Mapped[int] = mapped_column(Integer, default=80)
    profile: Mapped[str] = mapped_column(String(64), default="")
    code_page: Mapped[str] = mapped_column(String(32), default="auto")
    barcode: Mapped[str] = mapped_column(String(16), default="code128")  # code128/qr
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (
        UniqueConstraint("store_id", "counter", "name"),
        CheckConstraint("kind IN ('usb', 'network', 'serial', 'file', 'system', 'pdf')", name="kind"),
        CheckConstraint("width_mm IN (58, 80)", name="width"),
    )
