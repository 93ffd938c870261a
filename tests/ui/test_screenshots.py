from pathlib import Path

from PySide6.QtGui import QImage

from posassist.ui.screenshots import SCREENS, render


def test_screenshot_script_renders_every_main_screen(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shots = render(tmp_path / "shots", data_dir=tmp_path / "data")
    assert [p.stem for p in shots] and {p.stem for p in shots} == set(SCREENS)
    for p in shots:
        img = QImage(str(p))
        assert not img.isNull() and img.width() > 300 and img.height() > 200
