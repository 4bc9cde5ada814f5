"""The preview of a document about to be exported: a PDF with page buttons and zoom, or the
text of a JSON file, or a plain message.

Unlike the attachment preview (``preview.py``) this one is reloaded many times while the user
ticks options, so it keeps the page and the zoom the user was looking at across reloads. The
bytes stay in memory: the PDF is read from a ``QBuffer``, never from a temporary file, since
an unsaved export is personal data that must not lie around unencrypted.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.ui.widgets.flow import FlowLayout

ZOOM_STEPS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0)


class PdfPreview(QWidget):
    """``kind`` says what is on screen ("pdf", "text", "message"), for tests and screen
    readers alike."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = "message"
        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)

        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(self.fontMetrics().height() // 2)
        self.busy.setAccessibleName(self.tr("Het voorbeeld wordt gemaakt"))
        self.busy.hide()

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setAccessibleName(self.tr("Voorbeeld van het document"))
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Voorbeeld van het bestand"))
        self.message = QLabel(self)
        self.message.setObjectName("previewMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message.setMargin(self.fontMetrics().height())
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.message.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.message.setAccessibleName(self.tr("Melding over het voorbeeld"))
        self.message.setAccessibleDescription(
            self.tr("Waarom er geen voorbeeld is, en wat je kunt doen.")
        )
        # a long message at a large font scrolls instead of being cut off
        self.message_scroll = QScrollArea(self)
        self.message_scroll.setWidget(self.message)
        self.message_scroll.setWidgetResizable(True)
        self.message_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the message takes it
        self.stack = QStackedWidget(self)
        for widget in (self.view, self.text, self.message_scroll):
            self.stack.addWidget(widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._toolbar())
        layout.addWidget(self.busy)
        layout.addWidget(self.stack, 1)
        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._page_changed)
        self.view.zoomFactorChanged.connect(lambda _z: self._update_zoom_label())
        self.view.zoomModeChanged.connect(lambda _m: self._update_zoom_label())
        self._update_zoom_label()
        self.show_message("")

    def _toolbar(self) -> QWidget:
        """Page buttons and zoom buttons side by side, or in two rows when the preview is
        narrow (a large font): the toolbar never makes the window wider than the screen."""
        self.toolbar = QWidget(self)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.toolbar.setSizePolicy(policy)
        self.previous = self._button(self.tr("V&orige"), self.tr("Vorige pagina"))
        self.previous.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.page_box = QSpinBox(self.toolbar)
        self.page_box.setAccessibleName(self.tr("Paginanummer"))
        self.page_box.setAccessibleDescription(
            self.tr("Typ een nummer om naar die pagina te gaan.")
        )
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(lambda n: self.go_to(n - 1))
        self.page_total = QLabel(self.toolbar)
        self.next = self._button(self.tr("Vol&gende"), self.tr("Volgende pagina"))
        self.next.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.zoom_out = self._button("−", self.tr("Kleiner tonen"))
        self.zoom_out.clicked.connect(lambda: self._step_zoom(-1))
        self.zoom_label = QLabel(self.toolbar)
        self.zoom_in = self._button("+", self.tr("Groter tonen"))
        self.zoom_in.clicked.connect(lambda: self._step_zoom(1))
        self.fit = self._button(self.tr("Pag&inabreedte"), self.tr("Pagina even breed als het vak"))
        self.fit.setCheckable(True)
        self.fit.clicked.connect(self.fit_width)
        # two groups that stay together; the zoom group goes under the page group when the
        # preview is narrow (a large font), so no button is ever squeezed
        pages, zoom = QWidget(self.toolbar), QWidget(self.toolbar)
        self.pages_row, self.zoom_row = QHBoxLayout(pages), QHBoxLayout(zoom)
        for widget in (self.previous, self.page_box, self.page_total, self.next):
            self.pages_row.addWidget(widget)
        for widget in (self.zoom_out, self.zoom_label, self.zoom_in, self.fit):
            self.zoom_row.addWidget(widget)
        for row in (self.pages_row, self.zoom_row):
            row.setContentsMargins(0, 0, 0, 0)
        self.rows = FlowLayout(self.toolbar)
        self.rows.addWidget(pages)
        self.rows.addWidget(zoom)
        for keys, step in (
            (QKeySequence(QKeySequence.StandardKey.ZoomIn), 1),
            (QKeySequence("Ctrl+="), 1),
            (QKeySequence(QKeySequence.StandardKey.ZoomOut), -1),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(lambda s=step: self._step_zoom(s))
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return self.toolbar

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self.toolbar)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.setAutoDefault(False)
        return button

    # -- what is shown -------------------------------------------------------------------

    def show_pdf(self, data: bytes) -> bool:
        """Show ``data``, on the page the user was reading; False if Qt cannot read it."""
        keep = self.current_page() if self.kind == "pdf" else 0
        self._close_pdf()
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            self._close_pdf()
            self.show_message(self.tr("Het voorbeeld kan niet getoond worden."))
            return False
        self.kind = "pdf"
        self.stack.setCurrentWidget(self.view)
        pages = self.document.pageCount()
        self.page_box.blockSignals(True)
        self.page_box.setRange(1, pages)
        self.page_box.blockSignals(False)
        self.page_total.setText(self.tr("van %1").replace("%1", str(pages)))
        self._set_toolbar_visible(True)
        self.rows.invalidate()
        # the view lays out its pages on the next pass; jump once it has (the timer belongs
        # to this widget, so it never fires after the page was closed)
        QTimer.singleShot(0, self, lambda: self.go_to(min(keep, pages - 1)))
        self._page_changed(0)
        return True

    def show_text(self, text: str) -> None:
        self._close_pdf()
        self.kind = "text"
        self.text.setPlainText(text)
        self._set_toolbar_visible(False)
        self.stack.setCurrentWidget(self.text)

    def show_message(self, text: str) -> None:
        self._close_pdf()
        self.text.clear()
        self.kind = "message"
        self.message.setText(text)
        self.message.setAccessibleName(text or self.tr("Melding over het voorbeeld"))
        self._set_toolbar_visible(False)
        self.stack.setCurrentWidget(self.message_scroll)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    def _close_pdf(self) -> None:
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray())

    def _set_toolbar_visible(self, visible: bool) -> None:
        self.toolbar.setVisible(visible)

    # -- reading the PDF -----------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount() if self.kind == "pdf" else 0

    def all_text(self) -> str:
        """The text of every page, as the preview has it."""
        return "\n".join(self.document.getAllText(page).text() for page in range(self.page_count()))

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        if self.kind != "pdf":
            return
        page = max(0, min(page, self.page_count() - 1))
        navigator = self.view.pageNavigator()
        navigator.jump(page, QPointF(), navigator.currentZoom())
        self._page_changed(page)

    def _page_changed(self, page: int) -> None:
        pages = self.page_count()
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self.previous.setEnabled(page > 0)
        self.next.setEnabled(page < pages - 1)
        self.view.setAccessibleDescription(
            self.tr("Pagina %1 van %2").replace("%1", str(page + 1)).replace("%2", str(pages))
        )

    # -- zoom ----------------------------------------------------------------------------

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _step_zoom(self, direction: int) -> None:
        if self.kind != "pdf":
            return
        current = self._effective_zoom()
        if direction > 0:
            target = next((z for z in ZOOM_STEPS if z > current + 0.01), ZOOM_STEPS[-1])
        else:
            target = next((z for z in reversed(ZOOM_STEPS) if z < current - 0.01), ZOOM_STEPS[0])
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(target)

    def _effective_zoom(self) -> float:
        """In 'page width' mode the factor is whatever fits; work it out from the page size."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.page_count() == 0:
            return self.view.zoomFactor()
        page_points = self.document.pagePointSize(0).width()
        pixels = page_points * self.logicalDpiX() / 72
        room = self.view.viewport().width() - 2 * self.view.documentMargins().left()
        return room / pixels if pixels else 1.0

    def _update_zoom_label(self) -> None:
        fitted = self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
        self.fit.setChecked(fitted)
        self.zoom_label.setText("" if fitted else f"{round(self.view.zoomFactor() * 100)} %")
        self.zoom_label.setVisible(not fitted)
        self.rows.invalidate()
        self.zoom_label.setAccessibleName(
            self.tr("Zoom: %1").replace("%1", self.zoom_label.text() or self.fit.accessibleName())
        )
