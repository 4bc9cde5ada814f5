"""Search-as-you-type in the competence language: a line edit whose popup lists the best
matches (exact, prefix, alternative label, typo-tolerant) while the user types, fully usable
with the keyboard (arrows, Enter, Escape)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from portfolio_app.domain import ConceptRef
from portfolio_app.language import CompetenceLanguage, SearchHit

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class ConceptSearch(QLineEdit):
    picked = Signal(object)  # SearchHit

    def __init__(
        self,
        language: CompetenceLanguage,
        kinds: Iterable[str] = ("concept",),
        parent: QWidget | None = None,
        limit: int = 12,
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.kinds = set(kinds)
        self.limit = limit
        self.hits: list[SearchHit] = []
        self._model = QStandardItemModel(self)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(10)
        completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self.setCompleter(completer)
        self.textEdited.connect(self._search)
        self.setClearButtonEnabled(True)

    def _search(self, text: str) -> None:
        self.hits = (
            self.language.search(text, limit=self.limit, kinds=self.kinds) if text.strip() else []
        )
        self._model.clear()
        kinds = {
            "occupation": self.tr("beroep"),
            "qualification": self.tr("beroepskwalificatie"),
        }
        for hit in self.hits:
            text = hit.label
            if hit.matched_text and hit.matched_text.casefold() != hit.label.casefold():
                text += f"  ({hit.matched_text})"
            if len(self.kinds) > 1 and hit.kind in kinds:
                text += f" — {kinds[hit.kind]}"
            item = QStandardItem(text)
            item.setData(hit, HIT_ROLE)
            item.setEditable(False)
            self._model.appendRow(item)
        completer = self.completer()
        completer.setCompletionPrefix("")
        if self.hits:
            completer.complete()
        else:
            popup = completer.popup()
            if popup is not None:
                popup.hide()

    def ref_for(self, hit: SearchHit, lang: str) -> ConceptRef:
        """The reference to store for a hit: the concept's label in the user's language."""
        concept = self.language.concept(hit.uri)
        return ConceptRef(uri=hit.uri, label=concept.label(lang) if concept else hit.label)

    def typed_ref(self, lang: str) -> ConceptRef | None:
        """What Enter (or an Add button) means: the hit with exactly the typed name, else
        the text as free text; None when nothing is typed."""
        text = self.text().strip()
        if not text:
            return None
        for hit in self.hits:
            if hit.label.casefold() == text.casefold():
                return self.ref_for(hit, lang)
        return ConceptRef(uri=None, label=text)

    def _activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.setText(hit.label)
            self.picked.emit(hit)
