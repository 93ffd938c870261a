"""The allergen check at the counter: the open customer's allergy alerts against the product on
the card (and the item about to be held or given in an exchange). A conflict is shown on the card
in red and asked about once per customer and item: the associate acknowledges that they told the
customer (Alt+A, or Tab to the button and Enter) before the item is held or handed over."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from posassist.domain.allergens import Conflict, conflicts
from posassist.i18n import tr
from posassist.services.customers import CustomerProfile
from posassist.ui.widgets import open_dialog


def warning_text(profile: CustomerProfile, found: list[Conflict], allergens: str) -> str:
    who = profile.preferred_name or profile.name
    alerts = "; ".join(dict.fromkeys(c.alert for c in found))
    return tr(
        "Allergy conflict: {customer}'s alert says “{alert}”; this product lists “{allergens}”.",
        customer=who,
        alert=alerts,
        allergens=allergens,
    )


class AllergyGuard(QObject):
    """Remembers which (customer, item) conflicts the associate acknowledged."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self.owner = owner
        self.acknowledged: set[tuple[int, int]] = set()
        self.asking: QMessageBox | None = None

    def conflicts(self, profile: CustomerProfile | None, allergens: str | None) -> list[Conflict]:
        if profile is None:
            return []
        return conflicts([(a.kind, a.text) for a in profile.alerts], allergens)

    def cleared(self, profile: CustomerProfile | None, variant_id: int, allergens: str | None) -> bool:
        """No conflict, or one already acknowledged for this customer and item."""
        if profile is None or not self.conflicts(profile, allergens):
            return True
        return (profile.id, variant_id) in self.acknowledged

    def ask(
        self,
        profile: CustomerProfile,
        variant_id: int,
        allergens: str,
        then: Callable[[], None] | None = None,
    ) -> None:
        """The conflict in a dialog; Acknowledge remembers it and goes on with ``then``."""
        found = self.conflicts(profile, allergens)
        if not found:
            if then is not None:
                then()
            return
        if self.asking is not None and self.asking.isVisible():
            return
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Allergy conflict"), warning_text(profile, found, allergens))
        box.setObjectName("allergyConflict")
        box.setAccessibleName(tr("Allergy conflict"))
        box.setInformativeText(tr("Tell the customer before going on."))
        ack = box.addButton(tr("&Acknowledge: I told the customer"), QMessageBox.ButtonRole.AcceptRole)
        ack.setObjectName("allergyAcknowledge")
        ack.setAccessibleName(tr("Acknowledge: I told the customer"))
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setObjectName("allergyCancel")
        cancel.setAccessibleName(tr("Cancel"))
        box.setDefaultButton(cancel)  # Enter alone never acknowledges an allergy by accident:
        box.setEscapeButton(cancel)  # Alt+A, or Tab to the button and Enter
        self.asking = box
        key = (profile.id, variant_id)

        def done(_r: int) -> None:
            self.asking = None
            if box.clickedButton() is ack:
                self.acknowledged.add(key)
                if then is not None:
                    then()

        box.finished.connect(done)
        open_dialog(self.owner, box)
        cancel.setFocus()
