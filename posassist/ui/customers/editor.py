"""The customer's record by keyboard (Ctrl+E in the pane): details, consents, dates, related
customers and the history of changes, each on a tab (Ctrl+Tab moves between them).

Details and consents are saved together by OK (one transaction: only what changed is sent); a
date, a link and an unlink are saved at once. Every call runs through the task runner; errors go
through ui/messages, inline, with the field the service named marked."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from posassist import i18n
from posassist.i18n import tr
from posassist.labels import label
from posassist.services.customer_edit import CONSENT_SOURCES, RELATIONS, Change, CustomerRecord
from posassist.services.customer_fields import CHANNELS, CONSENT_CHANNELS
from posassist.services.customers import Customers
from posassist.services.dto import StaffSession
from posassist.ui.customers.dialogs import Work
from posassist.ui.customers.editor_links import DatesAndLinks
from posassist.ui.customers.words import field_label, relation_label, source_label
from posassist.ui.tasks import TaskRunner
from posassist.ui.widgets import message_line, named, readable


def _plain(widget: QPlainTextEdit) -> QPlainTextEdit:
    widget.setTabChangesFocus(True)  # Tab leaves the box: the form stays keyboard-first
    widget.setMaximumHeight(70)
    return widget


class CustomerEditor(DatesAndLinks):
    """Every field of one customer; ``record`` is what was loaded (only changes are saved)."""

    def __init__(
        self,
        customers: Customers,
        session: StaffSession,
        tasks: TaskRunner,
        record: CustomerRecord,
        parent: QWidget | None = None,
        *,
        open_customer: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__(tr("Customer record — {name}", name=record.full_name or ""), "customerEditor", tasks, parent)
        self.customers, self.session, self.record = customers, session, record
        self.open_customer = open_customer
        self.tabs = named(QTabWidget(), "customerEditorTabs", tr("Parts of the customer's record"))
        self.form.addRow(self.tabs)
        self._details()
        self._consents()
        self._dates()
        self._related()
        self._history()
        firsts = [self.full_name, self.consent_boxes["email"], self.date_label, self.link_find, self.history]
        self.tabs.currentChanged.connect(lambda i: firsts[i].setFocus())  # Ctrl+Tab: into the page
        self.resize(620, 560)
        self._fill(record)
        QTimer.singleShot(0, self.full_name, self.full_name.setFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter saves from any field of the details and consents (the lists, the boxes that
        take lines, the find and occasion fields keep Enter for themselves)."""
        own = (self.date_label, self.link_find, self.date_month, self.date_day, self.date_remind)
        focus = self.focusWidget()
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and not isinstance(focus, (QAbstractItemView, QPlainTextEdit, QPushButton))
            and focus not in own
        ):
            self._ok()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            focus in own or isinstance(focus, QAbstractItemView)
        ):
            return  # Enter on a list or while adding a date or finding someone never closes the record
        super().keyPressEvent(event)

    # -- details ------------------------------------------------------------------------------
    def _details(self) -> None:
        page = QWidget()
        form = QFormLayout(page)

        def line(name: str, obj: str) -> QLineEdit:
            w = named(QLineEdit(), obj, field_label(name))
            return w

        self.full_name = line("full_name", "editFullName")
        self.preferred_name = line("preferred_name", "editPreferredName")
        self.pronunciation = line("pronunciation", "editPronunciation")
        self.email = line("email", "editEmail")
        self.phone = line("phone", "editPhone")
        self.loyalty_card = line("loyalty_card", "editLoyaltyCard")
        self.address = named(_plain(QPlainTextEdit()), "editAddress", field_label("address"))
        self.birth_year = line("birth_year", "editBirthYear")
        self.birth_year.setMaxLength(4)
        self.preferred_channel = named(QComboBox(), "editPreferredChannel", field_label("preferred_channel"))
        self.preferred_channel.addItem(tr("any channel"), "")
        for ch in CHANNELS:
            self.preferred_channel.addItem(label(ch), ch)
        self.preferred_language = named(QComboBox(), "editPreferredLanguage", field_label("preferred_language"))
        self.preferred_language.addItem(tr("not said"), "")
        for code, name in i18n.LANGUAGES.items():
            self.preferred_language.addItem(name, code)
        self.free_shipping = named(
            QCheckBox(tr("Lifetime &free shipping")), "editFreeShipping", field_label("lifetime_free_shipping")
        )
        self.preferences = named(
            _plain(QPlainTextEdit()),
            "editPreferences",
            field_label("preferences"),
            tr("One per line, e.g. 'fit: slim' or 'sizes: M, L'"),
        )
        self.tags = named(line("tags", "editTags"), "editTags", field_label("tags"), tr("Separated by commas"))
        for text, w in (
            (tr("&Name:"), self.full_name),
            (tr("&Call them:"), self.preferred_name),
            (tr("Pron&unciation:"), self.pronunciation),
            (tr("&Email:"), self.email),
            (tr("&Phone:"), self.phone),
            (tr("Loyalty car&d:"), self.loyalty_card),
            (tr("&Address:"), self.address),
            (tr("&Birth year:"), self.birth_year),
            (tr("Prefers c&hannel:"), self.preferred_channel),
            (tr("&Language:"), self.preferred_language),
            ("", self.free_shipping),
            (tr("P&references:"), self.preferences),
            (tr("&Tags:"), self.tags),
        ):
            form.addRow(text, w)
        self.tabs.addTab(page, tr("Details"))

    def _consents(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        self.consent_boxes: dict[str, QCheckBox] = {}
        self.consent_since: dict[str, QLabel] = {}
        words = {"email": tr("Offers by &email"), "sms": tr("Offers by &SMS"), "phone": tr("Offers by p&hone call")}
        for ch in CONSENT_CHANNELS:
            box = named(QCheckBox(words[ch]), f"consent_{ch}", field_label(f"consent_{ch}"))
            since = readable(QLabel(""), tr("When and where this consent was given or withdrawn"))
            since.setObjectName(f"consentSince_{ch}")
            self.consent_boxes[ch], self.consent_since[ch] = box, since
            form.addRow(box, since)
        self.consent_source = named(QComboBox(), "consentSource", tr("Where the customer said so"))
        for src in CONSENT_SOURCES:
            self.consent_source.addItem(source_label(src), src)
        form.addRow(tr("Said &where:"), self.consent_source)
        self.tabs.addTab(page, tr("Consents"))

    def _dates(self) -> None:
        page = QWidget()
        lay = QVBoxLayout(page)
        self.date_list = named(
            QListWidget(), "customerDates", tr("Gift and occasion dates"), tr("Delete removes the selected date")
        )
        lay.addWidget(self.date_list)
        form = QFormLayout()
        self.date_label = named(QLineEdit(), "dateLabel", tr("Occasion, e.g. wife's birthday"))
        self.date_month = named(QSpinBox(), "dateMonth", tr("Month, 1 to 12"))
        self.date_month.setRange(1, 12)
        self.date_day = named(QSpinBox(), "dateDay", tr("Day of the month"))
        self.date_day.setRange(1, 31)
        self.date_remind = named(QSpinBox(), "dateRemind", tr("Remind this many days before"))
        self.date_remind.setRange(0, 90)
        self.date_remind.setValue(7)
        form.addRow(tr("&Occasion:"), self.date_label)
        form.addRow(tr("&Month:"), self.date_month)
        form.addRow(tr("Da&y:"), self.date_day)
        form.addRow(tr("&Remind days before:"), self.date_remind)
        lay.addLayout(form)
        self.date_add = named(QPushButton(tr("Add &date")), "dateAdd", tr("Add the date"))
        self.date_add.setAutoDefault(False)
        self.date_add.clicked.connect(self._add_date)
        self.date_label.returnPressed.connect(self._add_date)
        lay.addWidget(self.date_add)
        self.date_message = message_line("dateMessage")
        lay.addWidget(self.date_message)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.date_list, self._remove_date)
        self.tabs.addTab(page, tr("Dates"))

    def _related(self) -> None:
        page = QWidget()
        lay = QVBoxLayout(page)
        self.link_list = named(
            QListWidget(),
            "customerLinks",
            tr("Related customers"),
            tr("Enter opens the related customer; Delete unlinks them"),
        )
        self.link_list.itemActivated.connect(self._open_link)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.link_list, self._unlink)
        lay.addWidget(self.link_list)
        row = QHBoxLayout()
        self.link_find = named(QLineEdit(), "linkFind", tr("Find the related customer: name, phone, card"))
        self.link_find.returnPressed.connect(self._find_link)
        self.link_relation = named(QComboBox(), "linkRelation", tr("What they are to this customer"))
        for r in RELATIONS:
            self.link_relation.addItem(relation_label(r), r)
        row.addWidget(self.link_find, 2)
        row.addWidget(self.link_relation, 1)
        form = QFormLayout()
        form.addRow(tr("&Find:"), row)
        lay.addLayout(form)
        self.link_results = named(
            QListWidget(), "linkResults", tr("Customers found"), tr("Enter links the selected customer")
        )
        self.link_results.itemActivated.connect(self._link)
        self.link_results.setMaximumHeight(110)
        lay.addWidget(self.link_results)
        self.link_message = message_line("linkMessage")
        lay.addWidget(self.link_message)
        self.tabs.addTab(page, tr("Related"))

    def _history(self) -> None:
        page = QWidget()
        lay = QVBoxLayout(page)
        self.history = QLabel(tr("No changes yet."))
        self.history.setObjectName("customerHistory")
        readable(self.history, tr("History of changes: who changed what, old and new, when"))
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.history.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by Tab, read aloud
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        lay.addWidget(self.history, 1)
        self.tabs.addTab(page, tr("History"))
        self._load_history()

    # -- showing ------------------------------------------------------------------------------
    def _fill(self, r: CustomerRecord) -> None:
        self.record = r
        for w, name in self._text_fields():
            text = r.text(name)
            if isinstance(w, QPlainTextEdit):
                w.setPlainText(text)
            else:
                w.setText(text)
        self.preferred_channel.setCurrentIndex(max(0, self.preferred_channel.findData(r.preferred_channel or "")))
        self.preferred_language.setCurrentIndex(max(0, self.preferred_language.findData(r.preferred_language or "")))
        self.free_shipping.setChecked(r.lifetime_free_shipping)
        for c in r.consents:
            self.consent_boxes[c.channel].setChecked(c.granted)
            self.consent_since[c.channel].setText(
                tr("since {day}, {source}", day=i18n.day(c.at, "d MMM yyyy"), source=source_label(c.source))
                if c.at and c.source
                else ""
            )
        self.date_list.clear()
        for d in r.dates:
            item = QListWidgetItem(
                tr(
                    "{label}: {day} · reminder {n} days before",
                    label=d.label,
                    day=i18n.day(_on(d.month, d.day), "d MMMM"),
                    n=d.remind_days,
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            self.date_list.addItem(item)
        self.link_list.clear()
        for x in r.links:
            item = QListWidgetItem(tr("{name} — {relation}", name=x.other_name, relation=relation_label(x.relation)))
            item.setData(Qt.ItemDataRole.UserRole, x.other_id)
            self.link_list.addItem(item)
        if self.date_list.count():
            self.date_list.setCurrentRow(0)
        if self.link_list.count():
            self.link_list.setCurrentRow(0)

    def _text_fields(self) -> list[tuple[Any, str]]:
        return [
            (self.full_name, "full_name"),
            (self.preferred_name, "preferred_name"),
            (self.pronunciation, "pronunciation"),
            (self.email, "email"),
            (self.phone, "phone"),
            (self.loyalty_card, "loyalty_card"),
            (self.address, "address"),
            (self.birth_year, "birth_year"),
            (self.preferences, "preferences"),
            (self.tags, "tags"),
        ]

    def _load_history(self) -> None:
        assert self.tasks is not None
        customers, cid = self.customers, self.record.id
        self.tasks.submit(lambda: customers.history(cid), on_done=self._show_history, inline=self.error)

    def _show_history(self, changes: list[Change]) -> None:
        lines = [
            tr(
                "{when} · {who} · {field}: {old} → {new}",
                when=i18n.moment(c.at.astimezone(), "d MMM yyyy HH:mm"),
                who=escape(c.staff or tr("import")),
                field=escape(field_label(c.field)),
                old=escape(c.old or "—"),
                new=escape(c.new or "—"),
            )
            for c in changes
        ]
        self.history.setText("<br>".join(lines) or tr("No changes yet."))

    # -- saving -------------------------------------------------------------------------------
    def fields(self) -> dict[str, QWidget]:
        out: dict[str, QWidget] = {name: w for w, name in self._text_fields()}
        out.update(
            preferred_channel=self.preferred_channel,
            preferred_language=self.preferred_language,
            lifetime_free_shipping=self.free_shipping,
            consent_source=self.consent_source,
        )
        out.update({f"consent_{ch}": box for ch, box in self.consent_boxes.items()})
        return out

    def changes(self) -> dict[str, Any]:
        """What differs from the record as loaded (other counters' changes to other fields stay)."""
        r, out = self.record, {}
        for w, name in self._text_fields():
            text = w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()
            if text.strip() != r.text(name).strip():
                out[name] = text
        for name, combo in (
            ("preferred_channel", self.preferred_channel),
            ("preferred_language", self.preferred_language),
        ):
            if (combo.currentData() or "") != (getattr(r, name) or ""):
                out[name] = combo.currentData() or ""
        if self.free_shipping.isChecked() != r.lifetime_free_shipping:
            out["lifetime_free_shipping"] = self.free_shipping.isChecked()
        for ch, box in self.consent_boxes.items():
            if box.isChecked() != r.consent(ch):
                out[f"consent_{ch}"] = box.isChecked()
        return out

    def work(self) -> Work | None:
        changes = self.changes()
        if not changes:
            return None  # nothing changed: OK just closes
        customers, session, cid, source = (
            self.customers,
            self.session,
            self.record.id,
            self.consent_source.currentData(),
        )
        return lambda: customers.update(session, cid, changes, consent_source=source)

    def saved(self, result: Any) -> None:
        if isinstance(result, CustomerRecord):
            self.record = result


def _on(month: int, day: int) -> Any:
    from datetime import date

    return date(2024, month, day)  # a leap year: 29 February is a date too
