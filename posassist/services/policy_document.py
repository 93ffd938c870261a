"""The return policy as a document a person edits (TOML, or JSON): read with the line of every
problem (``windows.SHOE (line 7): …``), and written back so that reading it gives the same rules.
Nothing here touches the database."""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import tomlkit

from posassist.errors import InvalidInput
from posassist.i18n import tr
from posassist.services.policy_checks import _bad, validate
from posassist.services.policy_dto import PolicyVersion

DOC_META = ("note", "effective_from")  # a document may carry these beside the rules


@dataclass(frozen=True)
class PolicyDocument:
    rules: dict[str, Any]
    note: str = ""
    effective_from: datetime | None = None


def _format_of(text: str, name: str | None) -> str:
    if name and name.lower().endswith(".json"):
        return "json"
    if name and name.lower().endswith(".toml"):
        return "toml"
    return "json" if text.lstrip().startswith("{") else "toml"


def line_of(text: str, path: str, fmt: str) -> int | None:
    """The line where a setting's path (``conditions.opened.window_days``, ``approval_tiers[2].role``)
    is written: each part is looked for after the one before it."""
    parts = [p for p in re.split(r"\.|\[(\d+)\]", path) if p]
    lines = text.splitlines()
    at, found = 0, None
    for part in parts:
        if part.isdigit():  # the n-th item of a list: its n-th [[table]] header or {, after here
            n, seen = int(part), 0
            for i in range(at, len(lines)):
                if re.match(r"^\s*(\[\[|\{)", lines[i]) or (fmt == "json" and "{" in lines[i]):
                    seen += 1
                    if seen == n:
                        at, found = i, i + 1
                        break
            continue
        key = re.escape(part)
        pattern = rf'"{key}"\s*:' if fmt == "json" else rf'(^|[\s.{{,\[])("{key}"|\'{key}\'|{key})\s*(=|\]|\.)'
        for i in range(at, len(lines)):
            if re.search(pattern, lines[i]):
                at, found = i, i + 1
                break
        else:
            return found
    return found


def read_document(text: str, name: str | None = None) -> PolicyDocument:
    """A policy document, checked: InvalidInput names the setting and its line
    (``windows.SHOE (line 7): …``); nothing here touches the database."""
    fmt = _format_of(text, name)
    try:
        raw: Any = json.loads(text) if fmt == "json" else tomllib.loads(text)
    except json.JSONDecodeError as err:
        raise InvalidInput(
            tr("line {line}: not valid JSON ({err}).", line=err.lineno, err=err.msg), field="rules", row=err.lineno
        ) from None
    except tomllib.TOMLDecodeError as err:
        at = re.search(r"line (\d+)", str(err))
        raise InvalidInput(
            tr("not valid TOML: {err}.", err=str(err)), field="rules", row=int(at.group(1)) if at else None
        ) from None
    if not isinstance(raw, dict):
        raise InvalidInput(tr("The policy must be a JSON object."), field="rules")
    rules = {k: v for k, v in raw.items() if k not in DOC_META}
    note = raw.get("note", "")
    when = raw.get("effective_from")
    try:
        if not isinstance(note, str):
            raise _bad(tr("{path} must be text.", path="note"), "note")
        if isinstance(when, str):
            try:
                when = datetime.fromisoformat(when)
            except ValueError:
                raise _bad(
                    tr("{path} must be a date and time such as 2026-12-01T00:00:00-05:00.", path="effective_from"),
                    "effective_from",
                ) from None
        if when is not None and not (isinstance(when, datetime) and when.tzinfo is not None):
            raise _bad(tr("The start date needs a time zone."), "effective_from")
        validate(rules)
    except InvalidInput as err:
        row = line_of(text, err.field or "", fmt) if err.field not in (None, "rules") else None
        message = tr("line {line}: {message}", line=row, message=err.message) if row else err.message
        raise InvalidInput(message, field=err.field, row=row) from None
    return PolicyDocument(rules, note, when)


def _plain(value: Any) -> Any:
    """Without None values (TOML has none; an absent setting means the default)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_plain(v) for v in value if v is not None]
    return value


def write_document(v: PolicyVersion, fmt: str = "toml") -> str:
    """The version as a document that ``read_document`` reads back to the same rules."""
    rules = _plain(v.rules)
    if fmt == "json":
        return json.dumps(rules, indent=2, ensure_ascii=False) + "\n"
    doc = tomlkit.document()
    doc.add(
        tomlkit.comment(f"posassist return policy, version {v.version} (in force from {v.effective_from.isoformat()})")
    )
    doc.add(tomlkit.comment("posassist policy import FILE makes it a new version"))
    for key, value in sorted(rules.items(), key=lambda kv: isinstance(kv[1], dict | list)):
        if isinstance(value, list) and value and all(isinstance(x, dict) for x in value):
            aot = tomlkit.aot()
            for item in value:
                aot.append(tomlkit.item(item))
            doc.add(key, aot)
        else:
            doc.add(key, tomlkit.item(value))
    return tomlkit.dumps(doc)


def as_json(v: PolicyVersion) -> dict[str, Any]:
    """``policy show --json``: the version and its rules."""
    return {
        "version": v.version,
        "effective_from": v.effective_from.isoformat(),
        "note": v.note,
        "rules": v.rules,
    }
