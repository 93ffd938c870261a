"""Receipts on paper: the slip's words and layout (``layout``), ESC/POS thermal printers
(``escpos_out``, through python-escpos), PDF pages and the system printer (``pdf``, Qt), where
a receipt goes (``targets``) and what a printer's failure means for the associate (``faults``).

Pure of the database: it turns a :class:`posassist.domain.receipt.ReceiptDoc` into bytes, pages
or a print job. Qt is imported only by ``pdf``, and only when a page is asked for."""
