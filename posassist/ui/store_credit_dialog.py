"""Store credit at the counter (Ctrl+Shift+C): scan a voucher to see its balance, then pay all or
part of an exchange or order with it; the order's receipt prints with what the voucher paid."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from posassist import i18n
from posassist.bootstrap import Services
from posassist.domain.money import Money, exponent
from posassist.errors import InvalidInput
from posassist.i18n import tr
from posassist.services.dto import StaffSession
from posassist.services.store_credit import Redemption, VoucherView
from posassist.ui.messages import red
from posassist.ui.printing import print_receipt
from posassist.ui.scanner import mark_scan_target
from posassist.ui.tasks import TaskRunner
from posassist.ui.widgets import EnterKey, named


class StoreCreditDialog(QDialog):
    def __init__(
        self,
        svc: Services,
        session: StaffSession,
        tasks: TaskRunner,
        sale_receipt: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.svc, self.session, self.tasks = svc, session, tasks
        self.voucher_view: VoucherView | None = None
        self.setObjectName("storeCreditDialog")
        self.setAccessibleName(tr("Store credit"))
        self.setWindowTitle(tr("Store credit"))
        self.voucher = named(QLineEdit(), "voucherNumber", tr("Voucher number"), tr("Scan the voucher's barcode"))
        mark_scan_target(self.voucher)  # the voucher is scanned here
        self.balance = QLabel("")
        self.balance.setObjectName("voucherBalance")
        self.balance.setAccessibleName(tr("Voucher balance"))
        self.balance.setWordWrap(True)
        self.sale = named(QLineEdit(sale_receipt), "voucherSale", tr("Exchange or order to pay"))
        mark_scan_target(self.sale)
        self.amount = named(QLineEdit(), "voucherAmount", tr("Amount to pay with store credit"))
        self.pay_btn = named(QPushButton(tr("&Pay with store credit")), "voucherPay", tr("Pay with store credit"))
        self.pay_btn.setAutoDefault(False)
        self.message = QLabel("")
        self.message.setObjectName("voucherMessage")
        self.message.setAccessibleName(tr("Store credit message"))
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("&Voucher:"), self.voucher)
        form.addRow("", self.balance)
        form.addRow(tr("&Exchange or order:"), self.sale)
        form.addRow(tr("&Amount:"), self.amount)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.pay_btn)
        lay.addWidget(self.message)
        EnterKey(self.voucher, lambda: _handled(self.look_up))
        EnterKey(self.sale, lambda: _handled(self._suggest))
        EnterKey(self.amount, lambda: _handled(self.pay))
        self.pay_btn.clicked.connect(self.pay)

    def _fields(self) -> dict[str, QWidget]:
        return {"voucher": self.voucher, "amount": self.amount}

    def look_up(self) -> None:
        credit, number = self.svc.store_credit, self.voucher.text()
        self.tasks.submit(lambda: credit.look_up(number), on_done=self._looked_up, inline=self.message)

    def _looked_up(self, v: VoucherView) -> None:
        self.voucher_view = v
        self.voucher.setText(v.number)
        until = tr(", valid until {day}", day=i18n.day(v.expires_at)) if v.expires_at else ""
        state = tr(" (expired)") if v.expired else ""
        self.balance.setText(
            tr(
                "{number}: {balance} of {issued} left{until}{state}",
                number=v.number,
                balance=i18n.money(v.balance_minor, v.currency),
                issued=i18n.money(v.issued_minor, v.currency),
                until=until,
                state=state,
            )
        )
        self.message.clear()
        self.sale.setFocus()
        if self.sale.text().strip():
            self._suggest()

    def _suggest(self) -> None:
        """The amount: what the order still needs, up to what the voucher holds."""
        credit, receipt, v = self.svc.store_credit, self.sale.text(), self.voucher_view

        def suggested(found: tuple[int, str, str]) -> None:
            left, currency, number = found
            self.sale.setText(number)
            amount = min(left, v.balance_minor) if v else left
            value = Money(amount, currency)
            self.amount.setText(i18n.number(value.amount, exponent(currency)) if amount else "")
            self.amount.setFocus()
            self.amount.selectAll()

        self.tasks.submit(lambda: credit.left_to_pay(receipt), on_done=suggested, inline=self.message)

    def pay(self) -> None:
        v = self.voucher_view
        if v is None:
            self.look_up()
            return
        try:
            amount = i18n.parse_amount(self.amount.text())
        except ValueError:
            self.message.setText(red(tr("Type the amount to pay with store credit (more than zero).")))
            self.amount.setFocus()
            return
        minor = Money.of(amount, v.currency).minor
        credit, session, number, receipt = self.svc.store_credit, self.session, v.number, self.sale.text()

        def work() -> Redemption:
            if minor <= 0:
                raise InvalidInput(tr("Type the amount to pay with store credit (more than zero)."), field="amount")
            return credit.redeem(session, number, receipt, minor)

        self.tasks.submit(work, on_done=self._paid, inline=self.message, fields=self._fields())

    def _paid(self, r: Redemption) -> None:
        self.message.setText(
            tr(
                "{amount} paid on {sale} with {voucher}; {balance} left on the voucher",
                amount=i18n.money(r.amount_minor, r.currency),
                sale=r.sale_receipt,
                voucher=r.voucher,
                balance=i18n.money(r.balance_minor, r.currency),
            )
        )
        self.balance.clear()
        self.voucher_view = None
        print_receipt(self.tasks, self.svc, self.session, number=r.sale_receipt, parent=self)


def _handled(action: Callable[[], None]) -> bool:
    action()
    return True  # Enter was answered here: not the dialog's default button
