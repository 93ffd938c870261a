"""The wizard's condition list is the store's set-up (its condition codes, in order, with the
admin's words for a code the program has none for); until it has been read, and in a store that
set none, the policy's own conditions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox

from posassist.i18n import tr
from posassist.services.returns_service import Returns
from posassist.ui.returns.page_parts import WORDS
from posassist.ui.tasks import TaskRunner


def fill(box: QComboBox, codes: list[tuple[str, str]]) -> None:
    """Put ``codes`` in ``box``, keeping the chosen code when it is still there."""
    if not codes:
        return
    chosen = box.currentData()
    box.blockSignals(True)
    box.clear()
    for code, label in codes:
        box.addItem(tr(WORDS[code]) if code in WORDS else (label or code.replace("_", " ").capitalize()), code)
    box.setCurrentIndex(max(0, box.findData(chosen)))
    box.blockSignals(False)


def load(box: QComboBox, tasks: TaskRunner, returns: Returns, after: Callable[[], None] = lambda: None) -> None:
    """Read the store's condition codes off the GUI thread, show them in ``box``, then ``after()``
    (the page shows its line's condition again: a store's own code is in the list now)."""

    def loaded(codes: list[tuple[str, str]]) -> None:
        fill(box, codes)
        after()

    tasks.submit(returns.condition_codes, on_done=loaded, key="return-conditions")
