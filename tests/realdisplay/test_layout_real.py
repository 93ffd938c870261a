"""Large text on a counter's small screen, on a real display (issue 18): at 200 % in French (the
longest translation) on 1366×768, with Chef Moreau's allergy pinned and the jacket scanned, the
price, the whole colour × size grid, the pane's title and the status bar are what the screen shows
— checked by where the screen reader finds each thing on the screen (AT-SPI extents)."""

from __future__ import annotations

import pytest

from tests.realdisplay.conftest import open_counter
from tests.realdisplay.desktop import Counter, Node
from tests.realdisplay.flows import customer, focused, shown, sign_in

JACKET = "DEMO-FIELDJKT-NAVY-M"


@pytest.fixture
def small_french(request: pytest.FixtureRequest, tmp_path, counter_data) -> Counter:  # type: ignore[no-untyped-def]
    return open_counter(request, tmp_path, counter_data, size=(1366, 768), lang="fr")


def _cells(grid: Node) -> list[Node]:
    return [n for n in grid.walk() if n.role == "table cell"]


def test_200_percent_french_on_1366x768(small_french: Counter) -> None:
    c = small_french
    sign_in(c)
    c.key("ctrl+plus", times=4)  # 200 % (the keys are handled in order: before the F3 below)
    customer(c, "Daniel Moreau")
    shown(c, "alertBanner", "milk allergy")
    c.key("F2")
    focused(c, "lookupSearch")
    c.scan(JACKET)
    card = shown(c, "cardSummary", "103,20", "the jacket's card with its price")
    assert "Field Jacket" in card.readable()
    c.keep("200-percent-french-jacket")
    tree = c.tree()

    # the whole grid: three colours × three sizes, every cell on the screen inside the grid
    grid = tree.find("cardGrid")
    assert grid is not None
    cells = [n for n in _cells(grid) if n.showing]
    assert len(cells) == 9, [n.name for n in cells]
    cut = [n.name for n in cells if not n.inside(grid)]
    assert cut == [], f"grid cells cut off: {cut}"
    assert any("DT 3" in n.name and "MALL 4" in n.name for n in cells)  # heard with the stores' codes
    legend = tree.find("cardGridLegend")
    assert legend is not None and "DT" in legend.readable() and "MALL" in legend.readable()

    # the pane's title in the text size: as tall as a line of the look-up's text
    title = tree.find("customerDockTitle")
    count = tree.find("lookupStatus")
    assert title is not None and count is not None
    assert "Client" in title.readable()
    assert title.extents[3] >= 0.8 * count.extents[3], (title.extents, count.extents)

    # the status bar: fields apart, on the screen, leaving room for messages
    bar = tree.find("statusBar")
    assert bar is not None
    fields = sorted(
        (n for n in bar.walk() if n.showing and n.object_name in ("statusStore", "statusCounter", "statusStaff")),
        key=lambda n: n.extents[0],
    )
    assert any(n.object_name == "statusStaff" for n in fields)
    for a, b in zip(fields, fields[1:], strict=False):
        assert a.extents[0] + a.extents[2] <= b.extents[0], f"{a.object_name} runs into {b.object_name}"
    assert all(n.inside(bar) for n in fields)
    assert sum(n.extents[2] for n in fields) <= 0.7 * bar.extents[2]


@pytest.fixture
def german(request: pytest.FixtureRequest, tmp_path, counter_data) -> Counter:  # type: ignore[no-untyped-def]
    return open_counter(request, tmp_path, counter_data, size=(1280, 800), lang="de")


def test_150_percent_german_shows_every_customer_tab(german: Counter) -> None:
    """The customer's three tabs (timeline, follow-ups, note) are all on the screen inside the tab
    bar at 150 % in German on 1280×800: none behind scroll arrows, where a screen reader finds
    them but the associate does not."""
    c = german
    sign_in(c)
    c.key("ctrl+plus", times=2)  # 150 %
    customer(c, "Daniel Moreau")
    shown(c, "alertBanner", "milk allergy")
    c.keep("150-percent-german-customer")
    tree = c.tree()
    tabs = tree.find("customerTabs")
    assert tabs is not None
    pages = [n for n in tabs.walk() if n.role == "page tab"]
    assert len(pages) == 3, [n.name for n in pages]
    hidden = [n.name for n in pages if not n.showing or not n.inside(tabs)]
    assert hidden == [], f"customer tabs out of sight: {hidden}"


def test_the_window_opens_maximised_on_1280x800(counter: Counter) -> None:
    """On a counter's 1280×800 screen the window fills it (the window manager's title bar aside)
    and nothing of it lies off the screen."""
    sign_in(counter)
    tree = counter.tree()
    frame = tree.find("mainWindow", role="frame")
    assert frame is not None
    x, y, w, h = frame.extents
    assert x >= 0 and y >= 0 and x + w <= 1280 and y + h <= 800, frame.extents
    assert w >= 1270 and h >= 0.9 * 800, f"not maximised: {frame.extents}"
