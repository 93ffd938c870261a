"""Sales and customers import for managers and admins: choose an orders or customers export (a file
or a URL), check it (dry run), read every problem as text, import it with progress and cancel, and
see the import history. The work runs off the GUI thread (the window's TaskRunner); a cancel or a
blocked file leaves the database exactly as it was (one transaction)."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from posassist.i18n import tr
from posassist.services.dto import StaffSession, StoreInfo
from posassist.services.isolated import ChildCall, Isolated
from posassist.services.sales_import import Sales
from posassist.services.sales_import.model import CUSTOMER_FORMATS, SALE_FORMATS, Options, Report, SaleCounts
from posassist.services.sales_import.sync import ImportRow
from posassist.ui.tasks import CANCELLED, CancelToken, Progress, TaskRunner
from posassist.ui.widgets import action_button, buddy, named, tab_page


def options_for(store: StoreInfo | None, fmt: str, *, dry: bool, skip_invalid: bool) -> Options:
    """The import's options from the counter's store, as the command line derives them: the
    store's currency and time zone, phone numbers read in the country of its locale."""
    region = (store.locale.split("_")[-1] if store and "_" in store.locale else "CA").upper()
    return Options(
        format=fmt,
        currency=store.currency if store else "USD",
        store_id=store.id if store else None,
        region=region,
        timezone=store.timezone if store else "UTC",
        dry_run=dry,
        skip_invalid=skip_invalid,
    )


def problems_text(report: Report) -> str:
    """Every listed problem on a line of its own: severity, where (row and physical line), the
    column, and what to do (the report keeps at most 1,000 of one kind and says how many more)."""
    out = []
    for p in report.problems.listed():
        if p.row:
            where = tr("row {row} (line {line})", row=p.row, line=p.line) if p.line else tr("row {row}", row=p.row)
        else:
            where = tr("the file")
        field = f" · {p.field}" if p.field else ""
        out.append(f"{p.severity} · {where}{field} · {p.code}: {p.message}")
    return "\n".join(out) if out else tr("No problems.")


class SalesImportDialog(QDialog):
    def __init__(
        self,
        sales: Sales,
        store: StoreInfo | None,
        session: StaffSession,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        isolated: Isolated | None = None,
    ) -> None:
        super().__init__(parent)
        self.sales, self.store, self.session, self.tasks = sales, store, session, tasks
        # the file is read and written in a child process (as the catalogue import): a file that
        # needs more memory than allowed stops that process, never the window
        self.isolated = isolated
        self.report: Report | None = None
        self.checked: tuple[str, str, str, bool] | None = None  # what the last dry run read
        self.token: CancelToken | None = None
        self.setObjectName("salesImportDialog")
        self.setAccessibleName(tr("Sales and customers import"))
        self.setWindowTitle(tr("Sales and customers import"))
        self._build()
        self._lay_out()
        self._connect()
        self._fill_formats()
        self.resize(960, 620)
        self.refresh_history()

    def _build(self) -> None:
        self.source = named(QLineEdit(), "salesImportSource", tr("File or URL to import"))
        self.browse = action_button(tr("&Browse…"), "salesImportBrowse", tr("Choose a file"))
        self.kind = named(QComboBox(), "salesImportKind", tr("What the file holds"))
        self.kind.addItem(tr("Orders (sales)"), "sales")
        self.kind.addItem(tr("Customers"), "customers")
        self.format = named(QComboBox(), "salesImportFormat", tr("Format"))
        self.skip = named(
            QCheckBox(tr("S&kip rows with errors")), "salesImportSkipInvalid", tr("Skip rows with errors")
        )
        self.check = action_button(
            tr("&Check (dry run)"), "salesImportCheck", tr("Check the file without changing anything")
        )
        self.apply_btn = action_button(tr("&Apply"), "salesImportApply", tr("Import the checked file"))
        self.cancel_btn = action_button(tr("Ca&ncel"), "salesImportCancel", tr("Stop the import; nothing is changed"))
        self.apply_btn.setEnabled(False)
        self.cancel_btn.setEnabled(False)
        self.progress = named(QProgressBar(), "salesImportProgress", tr("Import progress"))
        self.summary = QLabel(tr("Choose a file or paste a URL, then Check."))
        self.summary.setObjectName("salesImportSummary")
        self.summary.setWordWrap(True)
        self.problems = named(QPlainTextEdit(), "salesImportProblems", tr("Problems by row"))
        self.problems.setReadOnly(True)
        self.problems.setTabChangesFocus(True)
        self.problems.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.history = named(QListWidget(), "salesImportHistory", tr("Imported versions"))

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(buddy(tr("&Source:"), self.source))
        top.addWidget(self.source, 1)
        top.addWidget(self.browse)
        top.addWidget(buddy(tr("&Import:"), self.kind))
        top.addWidget(self.kind)
        top.addWidget(self.format)
        actions = QHBoxLayout()
        actions.addWidget(self.skip)
        for b in (self.check, self.apply_btn, self.cancel_btn):
            actions.addWidget(b)
        actions.addWidget(self.progress, 1)
        tabs = QTabWidget()
        tabs.setObjectName("salesImportTabs")
        tabs.addTab(tab_page(self.problems), tr("&Problems"))
        tabs.addTab(tab_page(self.history), tr("Hi&story"))
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(actions)
        lay.addWidget(self.summary)
        lay.addWidget(tabs, 1)

    def _connect(self) -> None:
        self.browse.clicked.connect(self._browse)
        self.kind.currentIndexChanged.connect(lambda *_: self._fill_formats())
        self.check.clicked.connect(lambda: self.run(dry=True))
        self.apply_btn.clicked.connect(lambda: self.run(dry=False))
        self.cancel_btn.clicked.connect(self._cancel)
        self.source.returnPressed.connect(lambda: self.run(dry=True))
        for w in (self.source, self.kind, self.format, self.skip):
            signal = (
                w.textChanged
                if isinstance(w, QLineEdit)
                else (w.toggled if isinstance(w, QCheckBox) else w.currentIndexChanged)
            )
            signal.connect(lambda *_: self._busy(False))  # a changed choice needs a new check

    def _fill_formats(self) -> None:
        formats = SALE_FORMATS if self.kind.currentData() == "sales" else CUSTOMER_FORMATS
        self.format.blockSignals(True)
        self.format.clear()
        for f in ("auto", *formats):
            self.format.addItem(tr("Detect the format") if f == "auto" else f, f)
        self.format.blockSignals(False)
        self._busy(False)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Choose a file"), "", "CSV (*.csv *.tsv *.txt);;* (*)")
        if path:
            self.source.setText(path)

    def _choice(self) -> tuple[str, str, str, bool]:
        return (
            self.source.text().strip(),
            str(self.kind.currentData()),
            str(self.format.currentData()),
            self.skip.isChecked(),
        )

    def _busy(self, busy: bool) -> None:
        for w in (self.check, self.source, self.browse, self.kind, self.format, self.skip):
            w.setEnabled(not busy)
        self.cancel_btn.setEnabled(busy)
        r = self.report
        self.apply_btn.setEnabled(
            not busy
            and r is not None
            and r.dry_run
            and self.checked == self._choice()
            and (not r.errors or self.skip.isChecked())
        )

    def run(self, dry: bool) -> None:
        """Check (``dry``) or import what is chosen, off the GUI thread."""
        choice = self._choice()
        source, kind, fmt, skip = choice
        if not source:
            self.summary.setText(tr("Choose a file or paste a URL first."))
            self.source.setFocus()
            return
        opts = options_for(self.store, fmt, dry=dry, skip_invalid=skip)
        sales, session = self.sales, self.session
        holder = tr("{name} (import window)", name=session.name)
        self._busy(True)
        self.progress.setRange(0, 0)
        self.summary.setText(tr("Checking…") if dry else tr("Applying… (Cancel leaves everything as it was)"))

        isolated = self.isolated

        def work(progress: Progress, token: CancelToken) -> Report:
            method = "import_sales" if kind == "sales" else "import_customers"
            who = None if dry else session
            if isolated is not None:
                report = isolated.call(
                    ChildCall("sales", method, (who, source, opts), {"holder": holder}),
                    progress=progress,
                    cancelled=lambda: token.cancelled,
                )
                if not isinstance(report, Report):
                    raise TypeError(f"the import process answered {type(report).__name__}, not a report")
                return report
            direct = sales.import_sales if kind == "sales" else sales.import_customers
            return direct(who, source, opts, progress=progress, cancelled=lambda: token.cancelled, holder=holder)

        self.checked = choice if dry else None
        self.token = self.tasks.run_long(work, on_done=self._done, on_error=self._failed, on_progress=self._progress)

    def _progress(self, stage: str, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        self.progress.setFormat(
            tr("{stage}: {done:,} of {total:,}", stage=stage, done=done, total=total)
            if total
            else tr("{stage}: {done:,}", stage=stage, done=done)
        )

    def _cancel(self) -> None:
        if self.token is not None:
            self.token.cancel()
            self.summary.setText(tr("Cancelling…"))

    def _failed(self, err: BaseException) -> None:
        self.token = None
        self.checked = None
        self.progress.setRange(0, 1)
        self._busy(False)
        self.tasks.messages.error(err, inline=self.summary)

    def _done(self, report: Any) -> None:
        self.token = None
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        if report is CANCELLED or not isinstance(report, Report):
            self.checked = None
            self.summary.setText(tr("Cancelled; nothing was changed."))
            self._busy(False)
            return
        self.report = report
        self.summary.setText(self.summary_text(report))
        self.problems.setPlainText(problems_text(report))
        self._busy(False)
        if not report.dry_run:
            self.refresh_history()

    @staticmethod
    def summary_text(report: Report) -> str:
        state = (
            tr("Checked (nothing written)")
            if report.dry_run
            else (
                tr("Applied as import {version}", version=report.version)
                if report.version
                else (tr("Nothing to change") if report.applied else tr("Not applied"))
            )
        )
        c = report.counts
        if isinstance(c, SaleCounts):
            counts = tr(
                "{rows:,} rows, {orders:,} orders, {lines:,} lines, {customers:,} customers, {refunds:,} with refunds: <b>{created:,}</b> new, <b>{updated:,}</b> changed, {unchanged:,} unchanged, {skipped:,} skipped",
                rows=c.rows,
                orders=c.orders,
                lines=c.lines,
                customers=c.customers,
                refunds=c.refunds,
                created=c.created,
                updated=c.updated,
                unchanged=c.unchanged,
                skipped=c.skipped,
            )
        else:
            counts = tr(
                "{rows:,} rows, {customers:,} customers: <b>{created:,}</b> new, <b>{updated:,}</b> changed, {merged:,} merged, {unchanged:,} unchanged, {skipped:,} skipped",
                rows=c.rows,
                customers=c.customers,
                created=c.created,
                updated=c.updated,
                merged=c.merged,
                unchanged=c.unchanged,
                skipped=c.skipped,
            )
        blocked = (
            " " + tr("Fix the errors (or tick 'Skip rows with errors') to apply.")
            if report.errors and not report.applied
            else ""
        )
        return tr(
            "<b>{state}</b> · {format} · {counts} · <b>{errors}</b> errors, {warnings} warnings.{blocked}",
            state=state,
            format=escape(report.format),
            counts=counts,
            errors=report.errors,
            warnings=report.warnings,
            blocked=blocked,
        )

    def refresh_history(self) -> None:
        sales = self.sales
        self.tasks.submit(sales.history, on_done=self._show_history, inline=self.summary, key="sales-import-history")

    def _show_history(self, rows: list[ImportRow]) -> None:
        self.history.clear()
        for r in rows:
            c = r.counts or {}
            self.history.addItem(
                f"#{r.id} · {r.started_at:%Y-%m-%d %H:%M} · {r.kind} · {r.format} · "
                f"+{c.get('created', 0)} ~{c.get('updated', 0)} · {r.source}"
            )
        if self.history.count():
            self.history.setCurrentRow(0)

    def reject(self) -> None:
        """Closing (or the counter locking) while an import runs cancels it: nothing is changed."""
        if self.token is not None:
            self.token.cancel()
        super().reject()
