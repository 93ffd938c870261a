"""What a screen reader sees of one application: its AT-SPI tree as JSON on stdout.

Run by a Python that has PyGObject and the Atspi typelib (Debian: python3-gi, gir1.2-atspi-2.0),
usually the system's, not the project's venv: ``python3 atspi_tree.py APP_NAME [PID]``. Each node:
role, name, description, accessible id (Qt: the objectName path), where it is on the screen
(extents: x, y, width, height), the names of the labels it is labelled by, text (the Text interface), states, and children (large lists and tables are cut at ``MAX_CHILDREN``). An application that is
not (yet) on the bus prints ``[]``."""

from __future__ import annotations

import json
import sys

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

MAX_CHILDREN = 120
STATES = {
    Atspi.StateType.FOCUSED: "focused",
    Atspi.StateType.SHOWING: "showing",
    Atspi.StateType.VISIBLE: "visible",
    Atspi.StateType.ACTIVE: "active",
    Atspi.StateType.CHECKED: "checked",
    Atspi.StateType.SELECTED: "selected",
    Atspi.StateType.ENABLED: "enabled",
    Atspi.StateType.FOCUSABLE: "focusable",
    Atspi.StateType.EDITABLE: "editable",
}


def _text(obj: Atspi.Accessible) -> str | None:
    try:
        if "Text" not in obj.get_interfaces():
            return None
        n = Atspi.Text.get_character_count(obj)
        return str(Atspi.Text.get_text(obj, 0, n)) if n else ""
    except Exception:  # an object going away while read
        return None


def _node(obj: Atspi.Accessible, depth: int) -> dict[str, object]:
    states = obj.get_state_set()
    d: dict[str, object] = {
        "role": obj.get_role_name(),
        "name": obj.get_name() or "",
        "description": obj.get_description() or "",
        "id": obj.get_accessible_id() or "",
        "states": [nick for st, nick in STATES.items() if states.contains(st)],
    }
    try:  # where it is on the screen: x, y, width, height
        box = obj.get_extents(Atspi.CoordType.SCREEN)
        d["extents"] = [box.x, box.y, box.width, box.height]
    except Exception:  # no Component interface, or going away while read
        d["extents"] = []
    labels = []
    try:
        for rel in obj.get_relation_set() or []:
            if rel.get_relation_type() == Atspi.RelationType.LABELLED_BY:
                for i in range(rel.get_n_targets()):
                    labels.append(rel.get_target(i).get_name() or "")
    except Exception:  # a label going away while read
        pass
    d["labelled_by"] = labels
    text = _text(obj)
    if text is not None:
        d["text"] = text
    kids = []
    if depth < 40 and (depth == 0 or "showing" in d["states"]):  # what is not shown is not read
        for i in range(min(obj.get_child_count(), MAX_CHILDREN)):
            child = obj.get_child_at_index(i)
            if child is not None:
                try:
                    kids.append(_node(child, depth + 1))
                except Exception:  # a child going away while read
                    continue
    d["children"] = kids
    return d


def main(argv: list[str]) -> int:
    name = argv[1] if len(argv) > 1 else "posassist"
    pid = int(argv[2]) if len(argv) > 2 else None
    desktop = Atspi.get_desktop(0)
    apps = []
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is None:
            continue
        try:
            if app.get_name() != name or (pid is not None and app.get_process_id() != pid):
                continue
            apps.append(_node(app, 0))
        except Exception:  # an application leaving the bus while read
            continue
    json.dump(apps, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
