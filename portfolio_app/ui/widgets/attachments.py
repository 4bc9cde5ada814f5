"""The attachments of a leerbewijs or an experience, as a form edits them.

Files the user adds (with the file dialog or by dropping them) are read into memory and only
written to the vault when the form is saved, in the same change as the object that holds
them: a cancelled form leaves nothing behind, and one Ctrl+Z removes both. The size limit is
checked before a file is read, so a huge file is refused at once with the core's message.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, Qt
from PySide6.QtGui import QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain import Attachment
from portfolio_app.errors import InvalidInput, NotFound, PortfolioError, TooLarge, human_size
from portfolio_app.ui import file_dialogs
from portfolio_app.ui.session import Session
from portfolio_app.ui.widgets.preview import PreviewDialog
from portfolio_app.vault import Portfolio
from portfolio_app.vault.attachments import sniff_media_type
from portfolio_app.vault.connection import storage_error

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class PendingFile:
    """A file read but not yet stored; its id is chosen now so the form can cite it."""

    attachment: Attachment
    data: bytes


def dropped_paths(mime: QMimeData) -> list[Path]:
    """The local files in a drag; links to web pages and dragged text are not files."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def read_file(path: Path, max_bytes: int) -> PendingFile:
    """Read one file for attaching, refusing it before reading when it is too large."""
    try:
        if not path.is_file():
            if not path.exists():
                raise NotFound(
                    what=f"Het bestand {path.name}", en=f"The file {path.name} was not found."
                )
            raise InvalidInput(
                f"{path.name} is geen gewoon bestand.", f"{path.name} is not a regular file."
            )
        size = path.stat().st_size
        if size > max_bytes:
            raise TooLarge(name=path.name, size=human_size(size), limit=human_size(max_bytes))
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise storage_error(exc) from None
    if len(data) > max_bytes:  # it grew while we looked
        raise TooLarge(name=path.name, size=human_size(len(data)), limit=human_size(max_bytes))
    attachment = Attachment(
        filename=path.name or "bijlage",
        media_type=sniff_media_type(data, path.name),
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
    )
    return PendingFile(attachment, data)


def kind_word(attachment: Attachment) -> str:
    if attachment.is_pdf:
        return QCoreApplication.translate("attachments", "PDF")
    if attachment.is_image:
        return QCoreApplication.translate("attachments", "afbeelding")
    return QCoreApplication.translate("attachments", "bestand")


class FileDrops(QObject):
    """Lets any widget take files dropped on it (and on its children that do not want them)."""

    def __init__(self, widget: QWidget, on_drop: Callable[[list[Path]], object]) -> None:
        super().__init__(widget)
        self._on_drop = on_drop
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            assert isinstance(event, QDropEvent)  # DragEnter and DragMove derive from it
            paths = dropped_paths(event.mimeData())
            if not paths:
                return False
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            if kind == QEvent.Type.Drop:
                self._on_drop(paths)
            return True
        return False


class AttachmentsEditor(QWidget):
    """The list of a form's attachments: stored ones by id, new ones as bytes in memory."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._known: dict[str, Attachment] = {}
        self._pending: dict[str, PendingFile] = {}
        self._original: list[str] = []
        self.list = QListWidget(self)
        self.list.setObjectName("attachmentList")
        self.list.setAccessibleName(self.tr("Bijlagen"))
        self.list.setAccessibleDescription(
            self.tr("Enter toont de gekozen bijlage, Delete haalt ze weg.")
        )
        # four lines, then it scrolls
        self.list.setFixedHeight((self.fontMetrics().height() + 10) * 4)
        self.list.itemActivated.connect(lambda _item: self.preview_current())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.hint = QLabel(
            self.tr("Sleep een scan, foto of PDF hierheen, of kies een bestand."), self
        )
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.problems = QLabel(self)
        self.problems.setObjectName("errorText")
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(self.tr("Problemen met de bijlagen"))
        self.problems.hide()
        self.add_button = QPushButton(self.tr("Bestand &kiezen…"), self)
        self.add_button.setAccessibleName(self.tr("Kies een bestand om toe te voegen"))
        self.add_button.setAccessibleDescription(
            self.tr("Een scan, foto of PDF; hij wordt versleuteld in je portfolio bewaard.")
        )
        self.add_button.clicked.connect(self.choose_files)
        self.view_button = QPushButton(self.tr("Bek&ijken"), self)
        self.view_button.setAccessibleName(self.tr("Bekijk de gekozen bijlage"))
        self.view_button.setAccessibleDescription(self.tr("Opent de bijlage in een venster."))
        self.view_button.clicked.connect(self.preview_current)
        self.remove_button = QPushButton(self.tr("Bijlage weg&halen"), self)
        self.remove_button.setAccessibleName(self.tr("Haal de gekozen bijlage weg"))
        self.remove_button.setAccessibleDescription(
            self.tr("Ze verdwijnt pas als je het formulier bewaart.")
        )
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.view_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self.remove_current)
        FileDrops(self, self.add_paths)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._update_buttons()

    # -- what the form loads and saves ------------------------------------------------------

    def set_attachments(self, ids: list[str]) -> None:
        """Show the stored attachments of the object being edited."""
        repo = self.session.portfolio.attachments
        self.list.clear()
        self._pending.clear()
        self._known = {}
        for key in ids:
            found = repo.find(key)
            if found is not None:
                self._known[key] = found
                self._append(found)
        self._original = list(self._known)
        self._update_buttons()

    def attachment_ids(self) -> list[str]:
        return [self.list.item(row).data(ID_ROLE) for row in range(self.list.count())]

    def store(self, portfolio: Portfolio, holder: tuple[str, str]) -> None:
        """Write new files and drop removed ones; call inside the form's ``portfolio.change``,
        after the holder (table, id) itself has been saved."""
        current = set(self.attachment_ids())
        for key, pending in self._pending.items():
            if key in current:
                portfolio.attachments.store(pending.attachment, pending.data)
        for key in self._original:
            if key not in current:
                portfolio.attachments.delete_if_unused(key, ignoring=holder)

    # -- adding, removing, looking ----------------------------------------------------------

    def choose_files(self) -> None:
        chosen = file_dialogs.open_files(
            self,
            self.tr("Kies een of meer bestanden"),
            self.tr(
                "Scans, foto's en PDF's (*.pdf *.png *.jpg *.jpeg *.gif *.webp);;Alle bestanden (*)"
            ),
        )
        if chosen:
            self.add_paths(chosen)

    def add_paths(self, paths: list[Path]) -> int:
        """Read the files into the form; returns how many were added. Problems are shown
        under the list, one plain sentence per file, and the other files still go in."""
        max_bytes = self.session.portfolio.attachments.max_bytes
        lang = self.session.lang
        problems: list[str] = []
        have = {self._attachment(key).sha256 for key in self.attachment_ids()}
        added = 0
        for path in paths:
            try:
                pending = read_file(path, max_bytes)
            except PortfolioError as exc:
                problems.append(exc.message(lang))
                continue
            if pending.attachment.sha256 in have:
                problems.append(self.tr("%1 staat al bij de bijlagen.").replace("%1", path.name))
                continue
            have.add(pending.attachment.sha256)
            self._pending[pending.attachment.id] = pending
            self._append(pending.attachment)
            added += 1
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        if added:
            self.list.setCurrentRow(self.list.count() - 1)
        self._update_buttons()
        return added

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        item = self.list.takeItem(row)
        self._pending.pop(item.data(ID_ROLE), None)
        self._update_buttons()

    def preview_current(self) -> PreviewDialog | None:
        item = self.list.currentItem()
        if item is None:
            return None
        key = item.data(ID_ROLE)
        pending = self._pending.get(key)
        data = (
            pending.data
            if pending is not None
            else self.session.run(self, lambda: self.session.portfolio.attachments.data(key))
        )
        if data is None:
            return None
        dialog = PreviewDialog(data, self._attachment(key).filename, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # modal, without blocking: the form stays as it was behind it
        return dialog

    def _attachment(self, key: str) -> Attachment:
        pending = self._pending.get(key)
        return pending.attachment if pending is not None else self._known[key]

    def _append(self, attachment: Attachment) -> None:
        text = self.tr("%1  (%2, %3)")
        text = text.replace("%1", attachment.filename).replace("%2", kind_word(attachment))
        item = QListWidgetItem(text.replace("%3", human_size(attachment.size)), self.list)
        item.setData(ID_ROLE, attachment.id)
        item.setToolTip(self.tr("Dubbelklik of druk op Enter om te bekijken"))

    def _update_buttons(self) -> None:
        has_current = self.list.currentRow() >= 0
        self.view_button.setEnabled(has_current)
        self.remove_button.setEnabled(has_current)
