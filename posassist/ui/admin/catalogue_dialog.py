"""Catalogue import for admins: choose a file or URL, check it (dry run), look at every change and
problem, apply with progress and cancel, and roll back from the history. Work runs off the GUI
thread; cancel leaves the database exactly as it was."""

from __future__ import annotations

import gc
from dataclasses import replace
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from posassist.i18n import tr
from posassist.services.catalogue_sync.capability import Catalogue
from posassist.services.catalogue_sync.diff_words import change_text
from posassist.services.catalogue_sync.model import Options, Report
from posassist.services.catalogue_sync.problems_csv import write_problems
from posassist.services.catalogue_sync.sync import VersionRow
from posassist.services.dto import StaffSession, StoreInfo
from posassist.services.isolated import ChildCall, Isolated
from posassist.ui.admin.import_words import action_words, field_words, severity_words
from posassist.ui.admin.report_table import ReportTable
from posassist.ui.tasks import CANCELLED, CancelToken, Progress, TaskRunner
from posassist.ui.widgets import action_button, buddy, named, open_dialog, tab_page


class CatalogueDialog(QDialog):
    def __init__(
        self,
        catalogue: Catalogue,
        store: StoreInfo | None,
        session: StaffSession,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        isolated: Isolated | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalogue, self.store, self.session, self.tasks = catalogue, store, session, tasks
        # the window's import runs in a child process (a file that needs too much memory stops
        # that process, not the counter); without one (tests of the dialog alone) it runs in a thread
        self.isolated = isolated
        self.report: Report | None = None
        self.token: CancelToken | None = None
        self.setObjectName("catalogueDialog")
        self.setAccessibleName(tr("Catalogue import"))
        self.setWindowTitle(tr("Catalogue import"))
        self._build_source()
        self._build_actions()
        self._build_tables()
        self._lay_out()
        self._connect()
        self.resize(1000, 680)
        self.refresh_history()

    def _build_source(self) -> None:
        self.source = named(QLineEdit(), "importSource", tr("File or URL to import"))
        self.browse = action_button(tr("&Browse…"), "importBrowse", tr("Choose a file"))
        self.map_btn = action_button(
            tr("&Map columns…"), "importMap", tr("Say which column is which (generic CSV); remembered per source")
        )
        self.format = named(QComboBox(), "importFormat", tr("Format"))
        for f in ("auto", "csv", "json", "shopify", "google", "woocommerce"):
            self.format.addItem(tr("Detect the format") if f == "auto" else f, f)
        self.full = named(
            QCheckBox(tr("&Full sync (deactivate what the file no longer lists)")), "importFull", tr("Full sync")
        )
        self.skip = named(QCheckBox(tr("S&kip rows with errors")), "importSkipInvalid", tr("Skip rows with errors"))

    def _build_actions(self) -> None:
        self.check = action_button(
            tr("&Check (dry run)"), "importCheck", tr("Check the file without changing anything")
        )
        self.apply_btn = action_button(tr("&Apply"), "importApply", tr("Apply the file to the catalogue"))
        self.cancel_btn = action_button(tr("Ca&ncel"), "importCancel", tr("Stop the import; nothing is changed"))
        self.apply_btn.setEnabled(False)
        self.cancel_btn.setEnabled(False)
        self.progress = named(QProgressBar(), "importProgress", tr("Import progress"))
        self.summary = QLabel(tr("Choose a file or paste a URL, then Check."))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)

    def _build_tables(self) -> None:
        self.show_kind = named(QComboBox(), "importChangeFilter", tr("Show changes"))
        for k in ("all", "created", "updated", "deactivated"):
            self.show_kind.addItem(action_words(k), k)
        # the report's rows are made as the table paints them: a big report never holds the window
        self.changes = named(
            ReportTable([tr("Change"), tr("SKU"), tr("Item"), tr("Fields (before → after)")]),
            "importChanges",
            tr("What will change"),
        )
        self.problems = named(
            ReportTable([tr("Row"), tr("Line"), tr("Field"), tr("Value"), tr("Severity"), tr("What to do")]),
            "importProblems",
            tr("Problems by row"),
        )
        self.export = action_button(
            tr("&Export problems (CSV)…"), "importExportProblems", tr("Save the problems as CSV")
        )
        self.history = named(QListWidget(), "importHistory", tr("Imported versions"))
        self.rollback_btn = action_button(
            tr("&Roll back selected version"), "importRollback", tr("Roll back the selected version")
        )

    def _lay_out(self) -> None:
        tabs = QTabWidget()
        tabs.setObjectName("importTabs")
        tabs.addTab(tab_page(self.show_kind, self.changes), tr("C&hanges"))
        tabs.addTab(tab_page(self.problems, self.export), tr("&Problems"))
        tabs.addTab(tab_page(self.history, self.rollback_btn), tr("Hi&story"))
        top = QHBoxLayout()
        top.addWidget(buddy(tr("&Source:"), self.source))
        top.addWidget(self.source, 1)
        top.addWidget(self.browse)
        top.addWidget(self.map_btn)
        top.addWidget(self.format)
        opts = QHBoxLayout()
        opts.addWidget(self.full)
        opts.addWidget(self.skip)
        actions = QHBoxLayout()
        for b in (self.check, self.apply_btn, self.cancel_btn):
            actions.addWidget(b)
        actions.addWidget(self.progress, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(opts)
        lay.addLayout(actions)
        lay.addWidget(self.summary)
        lay.addWidget(tabs, 1)

    def _connect(self) -> None:
        self.browse.clicked.connect(self._browse)
        self.map_btn.clicked.connect(self._map)
        self.check.clicked.connect(lambda: self._run(dry=True))
        self.apply_btn.clicked.connect(lambda: self._run(dry=False))
        self.cancel_btn.clicked.connect(self._cancel)
        self.show_kind.currentIndexChanged.connect(lambda *_: self._fill_changes())
        self.export.clicked.connect(self._export)
        self.rollback_btn.clicked.connect(self._rollback)
        self.source.returnPressed.connect(lambda: self._run(dry=True))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Catalogue file"), "", tr("Catalogues (*.csv *.tsv *.txt *.json *.jsonl *.xml);;All files (*)")
        )
        if path:
            self.source.setText(path)

    def _map(self) -> None:
        from posassist.ui.admin.mapping_dialog import MappingDialog

        source = self.source.text().strip()
        if not source or source.lower().startswith(("http://", "https://")):
            self.summary.setText(tr("Choose a local file first; the mapping is remembered for its source."))
            return
        open_dialog(self, MappingDialog(self.catalogue, source, self.tasks, self))

    def _options(self, dry: bool, confirmed: bool = False) -> Options:
        """The options as chosen; the saved column mapping is read with the work, off the GUI thread."""
        return Options(
            confirm_full=confirmed,
            format=self.format.currentData(),
            currency=self.store.currency if self.store else "USD",
            full=self.full.isChecked(),
            dry_run=dry,
            skip_invalid=self.skip.isChecked(),
            store_id=self.store.id if self.store else None,
        )

    def _busy(self, busy: bool) -> None:
        for w in (
            self.check,
            self.apply_btn,
            self.source,
            self.browse,
            self.format,
            self.full,
            self.skip,
            self.rollback_btn,
        ):
            w.setEnabled(not busy)
        self.cancel_btn.setEnabled(busy)
        if not busy:
            self.apply_btn.setEnabled(
                self.report is not None and self.report.dry_run and (not self.report.errors or self.skip.isChecked())
            )

    def _run(self, dry: bool) -> None:
        source = self.source.text().strip()
        if not source:
            self.summary.setText(tr("Choose a file or paste a URL first."))
            return
        confirmed = False
        if not dry and self.full.isChecked() and self.report and self.report.counts.deactivated:
            most = any(p.code == "full_sync_deactivates_most" for p in self.report.problems)
            answer = QMessageBox.question(
                self,
                tr("Full sync"),
                (
                    tr(
                        "This deactivates {deactivated:,} items the file no longer lists, most of the catalogue (they are not deleted). Continue?",
                        deactivated=self.report.counts.deactivated,
                    )
                    if most
                    else tr(
                        "This deactivates {deactivated:,} items the file no longer lists (they are not deleted). Continue?",
                        deactivated=self.report.counts.deactivated,
                    )
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            confirmed = True
        opts, catalogue, session = self._options(dry, confirmed), self.catalogue, self.session
        holder = tr("{name} (import window)", name=session.name)
        self._busy(True)
        self.progress.setRange(0, 0)
        self.summary.setText(tr("Checking…") if dry else tr("Applying… (Cancel leaves everything as it was)"))

        isolated = self.isolated
        # the objects the application holds so far are left out of the garbage collector's full
        # passes (gc.freeze, no collection now): one ran on the GUI thread while the import's
        # progress and answer arrived and walked the whole application (30-60 ms of GUI CPU)
        gc.freeze()

        def work(progress: Progress, token: CancelToken) -> Report:
            chosen = replace(opts, mapping=catalogue.saved_mapping(source))
            if isolated is not None:
                call = ChildCall("catalogue", "apply", (session, source, chosen), {"holder": holder})
                report = isolated.call(call, progress=progress, cancelled=lambda: token.cancelled)
                if not isinstance(report, Report):
                    raise TypeError(f"the import process answered {type(report).__name__}, not a report")
                return report
            return catalogue.apply(
                session, source, chosen, progress=progress, cancelled=lambda: token.cancelled, holder=holder
            )

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
        self._busy(False)
        self.progress.setRange(0, 1)
        self.tasks.messages.error(err, inline=self.summary)

    def _done(self, report: Any) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        if report is CANCELLED or not isinstance(report, Report):
            self.summary.setText(tr("Cancelled; the catalogue is exactly as it was."))
            self._busy(False)
            return
        self.report = report
        c = report.counts
        state = (
            tr("Checked (nothing written)")
            if report.dry_run
            else (
                tr("Applied as version {version}", version=report.version)
                if report.version
                else (tr("Nothing to change") if report.applied else tr("Not applied"))
            )
        )
        blocked = (
            " " + tr("Fix the errors (or tick 'Skip rows with errors') to apply.")
            if report.errors and not report.applied
            else ""
        )
        self.summary.setText(
            tr(
                "<b>{state}</b> · {format} · {rows:,} rows, {products:,} products, {variants:,} variants: <b>{created:,}</b> new, <b>{updated:,}</b> changed, {unchanged:,} unchanged, <b>{deactivated:,}</b> to deactivate, {skipped:,} skipped · <b>{errors}</b> errors, {warnings} warnings.{blocked}",
                state=state,
                format=escape(report.format),
                rows=c.rows,
                products=c.products,
                variants=c.variants,
                created=c.created,
                updated=c.updated,
                unchanged=c.unchanged,
                deactivated=c.deactivated,
                skipped=c.skipped,
                errors=report.errors,
                warnings=report.warnings,
                blocked=blocked,
            )
        )
        self._fill_changes()
        self._fill_problems()
        self._busy(False)
        self.refresh_history()

    def _fill_changes(self) -> None:
        kind = self.show_kind.currentData()
        rows = [c for c in (self.report.changes if self.report else []) if kind == "all" or c.action == kind]
        # the fields in the associate's words: 'price: 129.00 → 139.00'
        self.changes.show_rows(rows, lambda c: (action_words(c.action), c.sku or "—", c.title, change_text(c)))

    def _fill_problems(self) -> None:
        probs = self.report.problems if self.report else []
        self.problems.show_rows(
            probs,
            lambda p: tuple(
                "" if v is None else str(v)
                for v in (p.row, p.line, field_words(p.field), p.value, severity_words(p.severity), p.message)
            ),
            lambda p: p.severity == "error",
        )

    def export_problems(self, path: Path) -> None:
        write_problems(self.report, path)  # formulas from the file are written as text

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Save problems"), "import-problems.csv", tr("CSV (*.csv)"))
        if path:
            self.export_problems(Path(path))

    def refresh_history(self) -> None:
        catalogue = self.catalogue
        self.tasks.submit(catalogue.history, on_done=self._show_history, inline=self.summary, key="import-history")

    def _show_history(self, versions: list[VersionRow]) -> None:
        self.history.clear()
        for v in versions:
            c = v.counts or {}
            item = QListWidgetItem(
                f"#{v.id} · {v.started_at:%Y-%m-%d %H:%M} · {v.status} · {v.format} · "
                f"+{c.get('created', 0)} ~{c.get('updated', 0)} -{c.get('deactivated', 0)} · {v.source}"
            )
            item.setData(Qt.ItemDataRole.UserRole, v.id)
            self.history.addItem(item)

    def _rollback(self) -> None:
        item = self.history.currentItem()
        if item is None:
            return
        catalogue, session, version = self.catalogue, self.session, int(item.data(Qt.ItemDataRole.UserRole))
        self.tasks.submit(lambda: catalogue.rollback(session, version), on_done=self._rolled_back, inline=self.summary)

    def _rolled_back(self, undone: list[int]) -> None:
        self.summary.setText(tr("Rolled back version(s) {map}.", map=", ".join(map(str, undone))))
        self.refresh_history()

    def reject(self) -> None:
        """Closing (or the counter locking) while an import runs cancels it: nothing is changed."""
        if self.token is not None:
            self.token.cancel()
        super().reject()
