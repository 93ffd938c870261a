"""The product card: the answer in one glance, and the colour × size grid with stock everywhere."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap, QResizeEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from posassist import i18n
from posassist.i18n import tr
from posassist.services.product_card import ProductCard
from posassist.ui.appearance_labels import RichLabel
from posassist.ui.lookup.model import money_text, stock_text, stock_words
from posassist.ui.messages import alert_frame
from posassist.ui.widgets import named, readable

PARTS = Qt.ItemDataRole.UserRole + 1  # a grid cell's stock per store, to lay out side by side or stacked
NUMBERS = Qt.ItemDataRole.UserRole + 2  # the same, numbers only (the stores named once, above the grid)
WIDE, COMPACT, STACKED = "wide", "compact", "stacked"  # how a cell shows each store's stock


def hint_text() -> str:
    return tr("Scan a barcode or type a few letters, then press Enter on a result.")


class CardView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productCard")
        self.setAccessibleName(tr("Product card"))
        self.summary = RichLabel(hint_text())
        self.summary.setObjectName("cardSummary")
        readable(self.summary, tr("Product details"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.grid = named(
            QTableWidget(),
            "cardGrid",
            tr("Colour and size grid with stock per store"),
            tr("Stock here first, then the nearest stores; ? means unknown"),
        )
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setTabKeyNavigation(False)
        self.grid.hide()  # shown with the first card; until then the hint stands alone
        # large text: "3 · 0 · 4" in each cell and the stores named once here, so each colour
        # stays one line high and the whole grid fits under the price on a 768 px high screen
        self.legend = QLabel("")
        self.legend.setObjectName("cardGridLegend")
        readable(self.legend, tr("The stores in each cell of the grid, in order"))
        self.legend.hide()
        self.cell_mode = WIDE
        self.warning = QLabel("")  # an allergy conflict with the open customer's alerts
        self.warning.setObjectName("cardAllergyConflict")
        readable(self.warning, tr("Allergy conflict"))
        self.warning.setWordWrap(True)
        alert_frame(self.warning)
        bold = self.warning.font()
        bold.setBold(True)
        self.warning.setFont(bold)
        self.warning.hide()
        self.image = QLabel()
        self.image.setObjectName("cardImage")
        self.image.setAccessibleName(tr("Product picture"))
        self.image.hide()
        top = QWidget()
        top.setObjectName("cardTop")
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.summary, 1)
        row.addWidget(self.image, 0, Qt.AlignmentFlag.AlignTop)
        self.details_scroll = QScrollArea()  # large text: the details scroll instead of being cut off
        self.details_scroll.setObjectName("cardScroll")
        self.details_scroll.setAccessibleName(tr("Product details"))
        self.details_scroll.setWidget(top)
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.details_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        lay = QVBoxLayout(self)
        lay.addWidget(self.warning)
        lay.addWidget(self.details_scroll, 1)
        lay.addWidget(self.legend, 0)
        lay.addWidget(self.grid, 0)
        self.card: ProductCard | None = None
        self._glance = ""

    def show_card(self, c: ProductCard) -> None:
        self.card = c
        price = money_text(c.price_minor, c.currency)
        variant = ", ".join(x for x in (c.colour, c.size) if x) or tr("one size")
        lines = [
            f"<h2 style='margin:0'>{escape(c.title)}</h2>",
            "<div>"
            + escape(
                tr(
                    "{brand} · {department} · {variant} · SKU {sku} · GTIN {gtin}",
                    brand=c.brand or "",
                    department=c.department or "",
                    variant=variant,
                    sku=c.sku or "—",
                    gtin=c.gtin or "—",
                )
            )
            + "</div>",
            f"<p style='font-size:xx-large;margin:6px 0'><b>{escape(price)}</b>",
        ]
        lines.append("</p>")
        if c.promotion:  # in the body's size: at large text an xx-large line would push the rest away
            lines.append(
                "<p style='margin:0'><span style='color:#0a7d32'>"
                + escape(
                    tr(
                        "({promotion}; regular {price})",
                        promotion=c.promotion,
                        price=money_text(c.regular_minor, c.currency),
                    )
                )
                + "</span></p>"
            )
        if c.compare_at_minor:
            lines.append(f"<p style='margin:0'><s>{escape(money_text(c.compare_at_minor, c.currency))}</s></p>")
        if c.allergens:  # at a glance, under the price: never below the fold at large text
            named_ = escape(tr("Allergens"))
            lines.append(f"<p style='margin:0 0 4px 0'><b>{named_}</b>&nbsp; {escape(c.allergens)}</p>")
        self._glance = "".join(lines)
        lines.append("<table cellspacing=4>")
        until = (" " + tr("Until {day} if bought today.", day=i18n.day(c.return_until))) if c.return_until else ""
        rows = [
            (tr("Dimensions"), c.dimensions),
            (tr("Weight"), c.weight),
            (tr("Warranty"), c.warranty),
            (tr("Returns"), c.return_rule + until),
            (tr("Stock here"), _stock_here(c)),
        ]
        rows += [(k.capitalize(), str(v)) for k, v in c.specs.items()]
        for name, value in rows:
            if value:
                lines.append(f"<tr><td><b>{escape(name)}</b></td><td>{escape(value)}</td></tr>")
        lines.append("</table>")
        if not c.active:
            lines.append("<p style='color:#b00020'><b>" + tr("Not sold any more (inactive).") + "</b></p>")
        if c.description:
            lines.append(f"<p>{escape(c.description)}</p>")
        self.summary.setText("".join(lines))
        self._show_image(c.image)
        self._fill_grid(c)
        self.grid.show()
        room = max(120, int(self.height() * 0.6))
        self.details_scroll.setMinimumHeight(min(self.glance_height(), room))  # the glance stays in view

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.card is not None:
            self.fit_grid()

    def glance_height(self) -> int:
        """How tall the name, price and allergens are at the card's width and text size."""
        doc = QTextDocument()
        doc.setDefaultFont(self.summary.font())
        doc.setHtml(self._glance)
        doc.setTextWidth(max(50, self.details_scroll.viewport().width() - 2 * self.summary.margin()))
        return int(doc.size().height()) + 4

    def needed_height(self) -> int:
        """The glance, the whole grid and the warning: what the card must show without scrolling."""
        g = self.grid
        grid = g.maximumHeight() if g.isVisible() or self.card is not None else 0
        warn = self.warning.sizeHint().height() if not self.warning.isHidden() else 0
        legend = self.legend.sizeHint().height() if not self.legend.isHidden() else 0
        lay = self.layout()
        assert lay is not None
        margins = lay.contentsMargins()
        return self.glance_height() + grid + warn + legend + margins.top() + margins.bottom() + 3 * lay.spacing()

    def glance_html(self) -> str:
        """The top of the card: name, variant, price and allergens (what must be seen unscrolled)."""
        return self._glance if self.card is not None else ""

    def clear_card(self, text: str | None = None) -> None:
        """No card: a new look-up has started, found nothing, or the associate started over. The
        previous item's price never stays on screen beside another code."""
        self.card = None
        self.set_warning(None)
        self.summary.setText(escape(text) if text else hint_text())
        self.image.clear()
        self.image.hide()
        self.grid.clear()
        self.grid.setRowCount(0)
        self.grid.setColumnCount(0)
        self.grid.hide()
        self.legend.hide()
        self.legend.clear()
        self.details_scroll.setMinimumHeight(0)

    def set_warning(self, text: str | None) -> None:
        self.warning.setText(text or "")
        self.warning.setVisible(bool(text))

    def _lay_cells(self, mode: str) -> None:
        """Each cell's stock per store: side by side with the store codes ("DT 3  NORTH 0  MALL 4"),
        numbers only with the stores named once above the grid ("3 · 0 · 4", large text), or one
        store a line (narrow columns, many sizes). A screen reader hears the codes in every mode."""
        g = self.grid
        self.cell_mode = mode
        g.setWordWrap(mode == STACKED)
        for r in range(g.rowCount()):
            for col in range(g.columnCount()):
                item = g.item(r, col)
                parts = item.data(PARTS) if item is not None else None
                if item is None or not parts:
                    continue
                if mode == COMPACT:
                    item.setText(" · ".join(item.data(NUMBERS)))
                else:
                    item.setText(("\n" if mode == STACKED else "  ").join(parts))
        stores = self.card.stores if self.card is not None else ()
        self.legend.setText(tr("Stock in each cell: {stores}", stores=" · ".join(stores)) if stores else "")
        self.legend.setVisible(mode == COMPACT and bool(stores) and self.card is not None)

    def _grid_width(self) -> int:
        g = self.grid
        g.resizeColumnsToContents()
        return sum(g.columnWidth(c) for c in range(g.columnCount())) + g.verticalHeader().width() + 2 * g.frameWidth()

    def fit_grid(self) -> None:
        """The whole grid in view: the stores side by side in each cell, or numbers only when the
        sizes do not fit that way (large text), or stacked when even those do not fit; as tall
        as its rows (the details get the rest)."""
        g = self.grid
        if g.columnCount():
            modes = [WIDE, COMPACT, STACKED] if self.card is not None and self.card.stores else [WIDE, STACKED]
            for mode in modes:
                self._lay_cells(mode)
                if self._grid_width() <= g.width() or mode == STACKED:
                    break
            g.resizeRowsToContents()
            cells = [g.item(r, col) for r in range(g.rowCount()) for col in range(g.columnCount())]
            wanted = self.card.variant_id if self.card is not None else None
            mine = next((i for i in cells if i is not None and i.data(Qt.ItemDataRole.UserRole) == wanted), None)
            if mine is not None:  # the variant scanned stays in view when the other rows scroll
                g.scrollToItem(mine, QAbstractItemView.ScrollHint.EnsureVisible)
        rows = sum(g.rowHeight(r) for r in range(g.rowCount()))
        bar = g.horizontalScrollBar().sizeHint().height()
        g.setMaximumHeight(max(g.horizontalHeader().height() + rows + 2 * g.frameWidth() + bar, 60))

    def update_card(self, c: ProductCard) -> None:
        """The same card with fresh numbers: the selected cell and the focus stay where they were."""
        if self.card is None or c.variant_id != self.card.variant_id:
            return
        row, col = self.grid.currentRow(), self.grid.currentColumn()
        self.show_card(c)
        if row >= 0 and col >= 0:
            self.grid.setCurrentCell(row, col)

    def _show_image(self, image: str | None) -> None:
        """A local picture is shown; a web address is named (the counter works offline)."""
        self.image.clear()
        self.image.hide()
        if not image:
            return
        path = Path(image[7:] if image.startswith("file://") else image)
        if not image.lower().startswith(("http://", "https://")) and path.is_file():
            pix = QPixmap(str(path))
            if not pix.isNull():
                self.image.setPixmap(
                    pix.scaled(160, 160, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
                )
                self.image.show()
                return
        self.image.setText(tr("Picture online: {image}", image=image))
        self.image.show()

    def _fill_grid(self, c: ProductCard) -> None:
        colours = list(c.colours)
        sizes = list(c.sizes)
        self.grid.clear()
        self.grid.setRowCount(len(colours))
        self.grid.setColumnCount(len(sizes))
        self.grid.setVerticalHeaderLabels([x or "—" for x in colours])
        self.grid.setHorizontalHeaderLabels([x or tr("one size") for x in sizes])
        for cell in c.grid:
            r, col = colours.index(cell.colour), sizes.index(cell.size)
            here = cell.stock[0][1] if cell.stock else None
            held = dict(cell.held)  # units held for customers: reserved stock, shown beside it
            text = "  ".join(f"{code} {stock_text(q, held.get(code, 0))}" for code, q in cell.stock)
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, cell.variant_id)
            item.setData(PARTS, [f"{code} {stock_text(q, held.get(code, 0))}" for code, q in cell.stock])
            item.setData(NUMBERS, [stock_text(q, held.get(code, 0)) for code, q in cell.stock])
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                ", ".join(f"{code} {stock_words(q, held.get(code, 0))}" for code, q in cell.stock),
            )
            item.setToolTip(
                f"{cell.sku}: " + ", ".join(f"{code}: {stock_words(q, held.get(code, 0))}" for code, q in cell.stock)
            )
            if cell.variant_id == c.variant_id:
                f = item.font()
                f.setBold(True)
                item.setFont(f)
            if here is not None and here > 0:
                item.setBackground(Qt.GlobalColor.transparent)
            self.grid.setItem(r, col, item)
        self.grid.resizeColumnsToContents()
        self.fit_grid()


def _stock_here(c: ProductCard) -> str:
    """This store's stock of the card's item, and how much of it is held: "3 in stock, 1 held"."""
    cell = next((g for g in c.grid if g.variant_id == c.variant_id), None)
    if cell is None or not cell.stock or not c.stores:
        return ""
    code, qty = cell.stock[0]
    return stock_words(qty, dict(cell.held).get(code, 0))
