"""Small helpers so every interactive widget gets an objectName and an accessible name."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QDialog, QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, object_name: str, accessible: str, tip: str | None = None) -> W:
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    if tip:
        widget.setToolTip(tip)
        widget.setAccessibleDescription(tip)
    return widget


def open_dialog(owner: QWidget, dialog: QDialog, on_accept: Callable[[], None] | None = None) -> QDialog:
    """Show a dialog modal to its window without blocking the event loop (scans, timers and live
    queues keep running); ``on_accept`` runs when it is accepted."""
    keep = owner.__dict__.setdefault("_open_dialogs", set())
    keep.add(dialog)
    if on_accept is not None:
        dialog.accepted.connect(on_accept)
    dialog.finished.connect(lambda _r: keep.discard(dialog))
    dialog.open()
    if dialog.windowHandle() is not None:
        dialog.windowHandle().requestActivate()
    return dialog
