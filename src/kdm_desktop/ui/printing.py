"""The one way the window prints: the native print dialog, then the page laid out in memory.

Every page that offers printing (letters, safety plan, case summary, calendar
lists) calls `print_document` with a function that asks its service for a
`PrintDocument`. That function runs only after she confirmed the print dialog,
so the audit entry (and a letter's number) is written only for a real print.
The HTML is laid out on the printer by QTextDocument in memory: we write no
file, so no plaintext copy of a letter or a plan is left in a temp folder.

The dialog is shown with `QDialog.open` (window-modal, no nested event loop):
a nested `exec()` would outlive the page when the app locks. PySide6 exposes
only QPrintDialog's two-argument `open(receiver, member)` overload, so calling
`dialog.open()` raises TypeError; the base-class `QDialog.open` is the
overload C++ brings in with `using QDialog::open`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget
from shiboken6 import isValid

from kdm_desktop.errors import KdmError
from kdm_desktop.reports.printing import PRINTABLES, PrintDocument
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.fonts import POINT_SIZE, SANS, load_fonts

_MARGIN_MM = 18


def new_printer(kind: str) -> QPrinter:
    """An A4 printer set up for `kind`, with a neutral job name for the print queue."""
    printable = PRINTABLES[kind]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(printable.job_title)
    orientation = (
        QPageLayout.Orientation.Landscape
        if printable.landscape
        else QPageLayout.Orientation.Portrait
    )
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            orientation,
            QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    return printer


def render(document: PrintDocument, printer: QPrinter) -> bool:
    """Lay `document` out on `printer`; False if the printer reported an error."""
    load_fonts()
    text = QTextDocument()
    # DejaVu draws ş ğ ı İ on every system, as in the PDFs.
    text.setDefaultFont(QFont(SANS, POINT_SIZE))
    text.setHtml(document.html)
    text.print_(printer)
    return printer.printerState() != QPrinter.PrinterState.Error


def print_document(
    parent: QWidget,
    kind: str,
    produce: Callable[[], PrintDocument | None],
    on_printed: Callable[[PrintDocument], None] | None = None,
) -> QPrintDialog:
    """Ask where to print, then print what `produce` returns (after she confirmed).

    A `KdmError` from `produce` (no consent, no permission …) is shown as its
    Turkish message; nothing is printed then. `produce` returns None when it
    refused and already told her why.
    """
    printer = new_printer(kind)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print"))

    def confirmed() -> None:
        # The page may have gone (locked) while the dialog was open.
        if not isValid(parent):
            return
        try:
            document = produce()
        except KdmError as exc:
            dialogs.warn(parent, exc.message)
            return
        if document is None:
            return
        if not render(document, printer):
            dialogs.warn(
                parent,
                QCoreApplication.translate(
                    "Printing",
                    "The printer reported an error; the page may not have been printed. "
                    "Check the printer and print again.",
                ),
            )
            return
        if on_printed is not None:
            on_printed(document)

    dialog.accepted.connect(confirmed)
    # QPrintDialog keeps a raw pointer to the printer until its destructor has run,
    # so the printer must outlive the dialog: it is let go only once the dialog is gone.
    keep_alive = [printer]
    dialog.destroyed.connect(lambda *_: keep_alive.clear())
    dialog.finished.connect(dialog.deleteLater)
    QDialog.open(dialog)
    return dialog
