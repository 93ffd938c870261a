"""Build the translations: python -m posassist.ui.i18n_build [update|release|check]

update   pyside6-lupdate collects every tr("…") under posassist/ into resources/i18n/posassist_LANG.ts
         (kept translations stay; texts no longer used are dropped)
release  pyside6-lrelease compiles each .ts into the .qm the app loads
check    prints how many texts each shipped language (i18n.LANGUAGES) still lacks, counting texts the
         code has but the .ts does not yet (run update); exit 1 if any

The .ts files are edited with Qt Linguist (pyside6-linguist) or any XML editor."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from posassist.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "posassist"
OUT = ROOT / "resources" / "i18n"
TARGETS = {"fr": "fr_CA"}  # the .ts's language where it is a regional variant (French as written in Canada)


def shipped() -> list[str]:
    """The translated languages (English is the source)."""
    return [code for code in LANGUAGES if code != "en"]


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).with_name(f"pyside6-{name}"))
    if not Path(found).exists():
        raise SystemExit(f"pyside6-{name} is missing: install PySide6 (pip install -e '.[test]').")
    return found


def ts_file(language: str, folder: Path = OUT) -> Path:
    return folder / f"posassist_{language}.ts"


def update(folder: Path = OUT) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = sorted(str(p) for p in SOURCES.rglob("*.py") if "i18n_build" not in p.name)
    out = []
    for lang in shipped():
        ts = ts_file(lang, folder)
        subprocess.run(
            [
                _tool("lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                TARGETS.get(lang, lang),
                *files,
                "-ts",
                str(ts),
            ],
            check=True,
            capture_output=True,
        )
        out.append(ts)
    return out


def release(folder: Path = OUT) -> list[Path]:
    out = []
    for ts in sorted(folder.glob("posassist_*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)
        out.append(qm)
    return out


def missing(ts: Path) -> list[str]:
    """Source texts without a finished translation."""
    root = ET.parse(ts).getroot()
    out = []
    for m in root.iter("message"):
        translation = m.find("translation")
        if translation is None or not (translation.text or "").strip() or translation.get("type") == "unfinished":
            out.append(m.findtext("source") or "")
    return out


def check() -> dict[str, list[str]]:
    """Every shipped language's texts still lacking a translation, measured against what the code says
    today (lupdate into a scratch copy, so a .ts nobody updated counts its new texts as missing)."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for lang in shipped():
            if ts_file(lang).exists():
                shutil.copy(ts_file(lang), ts_file(lang, folder))
        return {ts.name: missing(ts) for ts in update(folder)}


def main(argv: list[str]) -> int:
    what = argv[0] if argv else "update"
    if what == "update":
        for ts in update():
            print(f"{ts.relative_to(ROOT)}: {len(missing(ts))} texts to translate")
        return 0
    if what == "release":
        for qm in release():
            print(qm.relative_to(ROOT))
        return 0
    if what == "check":
        gaps = check()
        for name, texts in gaps.items():
            print(f"{name}: {len(texts)} missing" + "".join(f"\n  {t}" for t in texts[:20]))
        return 1 if any(gaps.values()) else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
