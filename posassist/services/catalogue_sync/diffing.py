"""The departments an import names, by code or name (any case), and new ones created on demand."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from posassist.db.tables.catalogue import Department


def departments(s: Session) -> tuple[dict[str, int], dict[int, str]]:
    rows = s.execute(select(Department.id, Department.code, Department.name)).all()
    by_name = {}
    for i, code, name in rows:
        by_name[code.lower()] = i
        by_name[name.lower()] = i
    return by_name, {i: name for i, _c, name in rows}


def department_id(s: Session, name: str | None, by_name: dict[str, int], dept_of: dict[int, str]) -> int | None:
    """The department called ``name`` (code or name, any case), created when the catalogue has
    none yet; ``by_name`` and ``dept_of`` (from ``departments``) learn the new one."""
    if not name:
        return None
    key = name.strip().lower()
    if key not in by_name:
        code = re.sub(r"[^A-Z0-9]", "", name.upper())[:20] or "DEPT"
        while s.execute(select(Department.id).where(Department.code == code)).first():
            code = f"{code[:16]}{len(by_name) % 1000}"
        d = Department(code=code, name=name.strip()[:200])
        s.add(d)
        s.flush()
        by_name[key] = d.id
        dept_of[d.id] = d.name
    return by_name[key]
