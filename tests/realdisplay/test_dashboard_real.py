"""The shift lead's dashboard on a counter's 1280×800 screen at 200 % text (issue 18: labels ran
into each other, axes counted in fractions): the window is whole on the screen, and a screen
reader reads each chart's figures, not a picture."""

from __future__ import annotations

from tests.realdisplay.desktop import Counter
from tests.realdisplay.flows import shown, sign_in


def test_the_dashboard_at_200_percent_fits_and_reads_its_figures(counter: Counter) -> None:
    sign_in(counter, "201")  # Sam, a shift lead
    counter.key("ctrl+plus", times=4)  # 200 %
    shown(counter, "statusBar", "Text size 200", "the text at 200 %")
    counter.key("ctrl+d")
    summary = shown(counter, "dashSummary", "returns", "the dashboard's figures")
    assert "interactions" in summary.readable()
    chart = shown(counter, "plot_response", "under 5", "the first-response chart's figures, as text")
    assert any(ch.isdigit() for ch in chart.description), chart.description
    counter.keep("dashboard-200-percent")
    tree = counter.tree()
    window = tree.find("dashboard")
    assert window is not None
    x, y, w, h = window.extents
    assert x >= 0 and y >= 0 and x + w <= 1280 and y + h <= 800, f"the dashboard off the screen: {window.extents}"
    refresh = tree.find("dashRefresh")
    assert refresh is not None and refresh.inside(window), "Refresh out of sight"
