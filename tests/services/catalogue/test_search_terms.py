"""The term list behind typo-tolerant search learns the words of what an import creates or changes
(on SQLite only the re-indexed documents' words are read, not the whole vocabulary), and a search
finds the new and changed items, on both engines."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import bindparam, text

from posassist.db.session import Database
from posassist.services import catalogue_sync
from tests.services.catalogue.test_resync import opts
from tests.signin import manager


def _file(path: Path, title: str, extra: str = "") -> Path:
    lines = ["sku,style,title,colour,size,price"]
    for i in range(12):
        lines.append(f"TW-{i},TW-{i // 4},{title if i < 4 else 'Plain Vest'} {i // 4},Red,{['S', 'M'][i % 2]},10.00")
    if extra:
        lines.append(extra)
    path.write_text("\n".join(lines) + "\n")
    return path


def _terms(db: Database, *words: str) -> set[str]:
    with db.read() as s:
        q = text("SELECT term FROM search_terms WHERE term IN :w").bindparams(bindparam("w", expanding=True))
        rows = s.execute(q, {"w": list(words)})
        return {r[0] for r in rows}


def _count(db: Database, word: str) -> int:
    with db.read() as s:
        if s.get_bind().dialect.name == "sqlite":
            q = "SELECT count(*) FROM variant_fts WHERE variant_fts MATCH :w"
        else:
            q = "SELECT count(*) FROM variant_search WHERE tsv @@ to_tsquery('simple', :w)"
        return int(s.execute(text(q), {"w": word}).scalar_one())


def test_new_and_changed_words_reach_the_term_list(demo_db: Database, tmp_path: Path) -> None:
    first = catalogue_sync.apply(
        demo_db, str(_file(tmp_path / "a.csv", "Zorblatt Parka")), opts(demo_db), staff=manager(demo_db)
    )
    assert first.applied
    assert _terms(demo_db, "zorblatt", "parka") == {"zorblatt", "parka"}
    # a re-sync renames one product and adds one variant: only those documents are read again
    changed = _file(tmp_path / "b.csv", "Quillfeather Parka", "TW-99,TW-9,Vandermoot Anorak 9,Blue,L,30.00")
    second = catalogue_sync.apply(demo_db, str(changed), opts(demo_db), staff=manager(demo_db))
    assert second.applied and second.counts.created == 1
    assert _terms(demo_db, "quillfeather", "vandermoot", "anorak") == {"quillfeather", "vandermoot", "anorak"}
    assert _count(demo_db, "quillfeather") == 4 and _count(demo_db, "zorblatt") == 0
    assert _count(demo_db, "vandermoot") == 1
    # a new colour changes the document; a new price does not need one
    text_b = changed.read_text().replace(
        "TW-5,TW-1,Plain Vest 1,Red,M,10.00", "TW-5,TW-1,Plain Vest 1,Zinnober,M,10.00"
    )
    third_file = tmp_path / "c.csv"
    third_file.write_text(text_b.replace("TW-6,TW-1,Plain Vest 1,Red,S,10.00", "TW-6,TW-1,Plain Vest 1,Red,S,11.00"))
    third = catalogue_sync.apply(demo_db, str(third_file), opts(demo_db), staff=manager(demo_db))
    assert third.applied and third.counts.updated == 2
    assert _count(demo_db, "zinnober") == 1 and _terms(demo_db, "zinnober") == {"zinnober"}
