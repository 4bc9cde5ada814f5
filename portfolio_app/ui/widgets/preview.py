"""A look at an attachment inside the app: images through QImage, PDFs through QtPdf.

The bytes come straight from the vault (or from a file just picked) and stay in memory: the
PDF is read from a ``QBuffer``, never from a temporary file, because a portfolio is personal
data and nothing of it may lie around unencrypted. What is taken from the bytes is decided by
the bytes themselves (a file's name can lie), and anything the renderers refuse shows a plain
"Geen voorbeeld mogelijk" instead of an error.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMargins, Qt
from PySide6.QtGui import QCloseEvent, QImage, QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.vault.attachments import sniff_media_type


class AttachmentPreview(QStackedWidget):
    """Shows one attachment; ``kind`` tells a test (or a screen reader) what is on screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Voorbeeld van de bijlage"))
        self.kind = "none"
        self._image = QImage()
        self.image_label = QLabel(self)
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_scroll = QScrollArea(self)
        self.image_scroll.setWidget(self.image_label)
        self.image_scroll.setWidgetResizable(True)
        self.image_scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setAccessibleName(self.tr("Voorbeeld van de PDF"))
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        font = self.message.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.message.setFont(font)
        for widget in (self.image_scroll, self.pdf_view, self.message):
            self.addWidget(widget)
        self.clear()

    def show_bytes(self, data: bytes, filename: str) -> str:
        """Render ``data``; returns what is shown: "image", "pdf" or "none"."""
        self.clear()
        media_type = sniff_media_type(data, filename)
        if media_type == "application/pdf" and self._load_pdf(data):
            self.kind = "pdf"
            self.setCurrentWidget(self.pdf_view)
        elif media_type.startswith("image/") and self._load_image(data):
            self.kind = "image"
            self.setCurrentWidget(self.image_scroll)
        else:
            self._no_preview()
        return self.kind

    def zoom(self, factor: float) -> None:
        """Zoom the PDF in or out from what is shown now (a scan's small print)."""
        current = self.pdf_view.zoomFactor()
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.pdf_view.setZoomFactor(min(max(current * factor, 0.25), 8.0))

    def fit_width(self) -> None:
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def clear(self) -> None:
        """Drop whatever was shown, so no personal data stays in a hidden widget."""
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray())
        self._image = QImage()
        self.image_label.clear()
        self.kind = "none"
        self.message.setText("")
        self.setCurrentWidget(self.message)

    def _no_preview(self) -> None:
        self.kind = "none"
        self.message.setText(
            self.tr("Geen voorbeeld mogelijk.\nDe app kan dit bestand niet tonen.")
        )
        self.setCurrentWidget(self.message)

    def _load_pdf(self, data: bytes) -> bool:
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            self.document.close()
            self._buffer.close()
            return False
        return True

    def _load_image(self, data: bytes) -> bool:
        image = QImage.fromData(data)
        if image.isNull():
            return False
        self._image = image
        self._fit_image()
        return True

    def _fit_image(self) -> None:
        """Scale down to the visible area (never up: a small photo stays sharp)."""
        if self._image.isNull():
            return
        # the stack lays out only its current page, so measure the stack itself
        frame = self.image_scroll.frameWidth() * 2
        room = self.contentsRect().size().shrunkBy(QMargins(frame, frame, 0, 0))
        pixmap = QPixmap.fromImage(self._image)
        if pixmap.width() > room.width() or pixmap.height() > room.height():
            pixmap = pixmap.scaled(
                room,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.image_label.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_image()


class PreviewDialog(QDialog):
    """A window with one attachment; closing it clears the preview."""

    def __init__(self, data: bytes, filename: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Voorbeeld: %1").replace("%1", filename))
        self.preview = AttachmentPreview(self)
        self.zoom_bar = QWidget(self)
        bar = QHBoxLayout(self.zoom_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        actions = (
            (
                self.tr("Ver&kleinen"),
                QKeySequence.StandardKey.ZoomOut,
                lambda: self.preview.zoom(0.8),
            ),
            (
                self.tr("Ver&groten"),
                QKeySequence.StandardKey.ZoomIn,
                lambda: self.preview.zoom(1.25),
            ),
            (self.tr("&Passend maken"), QKeySequence("Ctrl+0"), self.preview.fit_width),
        )
        for text, keys, act in actions:
            button = QPushButton(text, self.zoom_bar)
            button.clicked.connect(act)
            bar.addWidget(button)
            QShortcut(keys, self, act)
        self.pages = QLabel(self.zoom_bar)
        bar.addWidget(self.pages)
        bar.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Sluiten"))
        close.setAccessibleName(self.tr("Sluit het voorbeeld"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.zoom_bar)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry()
        self.resize(min(760, screen.width() * 9 // 10), min(900, screen.height() * 9 // 10))
        shown = self.preview.show_bytes(data, filename)
        self.zoom_bar.setVisible(shown == "pdf")
        count = self.preview.document.pageCount()
        self.pages.setText(self.tr("Pagina's: %1").replace("%1", str(count)))

    def done(self, result: int) -> None:
        self.preview.clear()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.preview.clear()
        super().closeEvent(event)
