"""F11, the end of an interaction: what came of it (solved now, needs a follow-up, could not help:
first-visit resolution), whether it is about something the customer came about before (an
earlier matter, so the later contact counts against the first), and the customer's rating."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from posassist import i18n
from posassist.i18n import QT_TR_NOOP, tr
from posassist.labels import label
from posassist.services.notes import RESOLUTIONS, MatterView, Notes
from posassist.ui.customers.dialogs import RateDialog
from posassist.ui.tasks import TaskRunner
from posassist.ui.widgets import named

RESOLUTION_WORDS = {
    "solved": QT_TR_NOOP("Solved now"),
    "follow_up": QT_TR_NOOP("Needs a follow-up"),
    "not_helped": QT_TR_NOOP("Could not help"),
}
STANDING_WORDS = {
    "solved": QT_TR_NOOP("solved"),
    "follow_up": QT_TR_NOOP("waiting for a follow-up"),
    "not_helped": QT_TR_NOOP("could not help"),
    None: QT_TR_NOOP("no outcome yet"),
}


def matter_text(m: MatterView) -> str:
    return tr(
        "{day}: {topic} — {summary} ({standing}, {contacts} contact(s))",
        day=i18n.day(m.opened_at.date(), "d MMM"),
        topic=label(m.topic),
        summary=m.summary,
        standing=tr(STANDING_WORDS.get(m.resolution, STANDING_WORDS[None])),
        contacts=m.contacts,
    )


class OutcomeDialog(RateDialog):
    """The rating and comment first (as before: the customer is still there), then the outcome
    (S / N / C by its first letter; solved now unless changed) and the earlier matter it belongs
    to (the customer's open matters first); Enter closes it from any field."""

    def __init__(
        self,
        notes: Notes,
        tasks: TaskRunner,
        customer_id: int,
        parent: QWidget | None = None,
        *,
        matter_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("End of the interaction"))
        self.setAccessibleName(tr("End of the interaction"))
        self.outcome = named(QComboBox(), "interactionOutcome", tr("What came of it"))
        for key in RESOLUTIONS:
            self.outcome.addItem(tr(RESOLUTION_WORDS[key]), key)
        self.matter = named(
            QComboBox(),
            "interactionMatter",
            tr("About something the customer came about before"),
            tr("↓ to choose the earlier matter this visit was about"),
        )
        self.matter.addItem(tr("No — something new"), None)
        self.form.addRow(tr("&Outcome:"), self.outcome)
        self.form.addRow(tr("&Earlier matter:"), self.matter)
        self.setTabOrder(self.comment, self.outcome)
        self.setTabOrder(self.outcome, self.matter)
        self.resolution: str = "solved"
        self.matter_id: int | None = None
        self.matters: list[MatterView] = []
        self._wanted_matter = matter_id
        tasks.submit(lambda: notes.matters(customer_id), on_done=self._show_matters, key="outcome-matters")

    def _show_matters(self, matters: list[MatterView]) -> None:
        self.matters = matters
        for m in matters:
            self.matter.addItem(matter_text(m), m.id)
        if self._wanted_matter is not None:
            self.matter.setCurrentIndex(max(0, self.matter.findData(self._wanted_matter)))

    def work(self) -> None:
        super().work()
        self.resolution = self.outcome.currentData()
        self.matter_id = self.matter.currentData()
        return None
