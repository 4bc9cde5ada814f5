"""Search-as-you-type in the competence language: a line edit whose popup lists the best
matches (exact, prefix, alternative label, typo-tolerant) while the user types, fully usable
with the keyboard (arrows, Enter, Escape).

The popup shows more than the name (the word that matched, the kind, "al in je portfolio"),
but picking a line writes only the name into the field. A search for an occupation or a
qualification that finds nothing says so in the popup (``nothing_found``: the one place for
that sentence); a competence search does not, since free text is welcome there.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QHideEvent, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QListView, QWidget

from portfolio_app.domain import ConceptRef
from portfolio_app.language import CompetenceLanguage, SearchHit, nothing_found
from portfolio_app.ui import i18n

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
LABEL_ROLE = Qt.ItemDataRole.UserRole + 2  # what picking a line writes into the field


class _Popup(QListView):
    """The completer's list, telling when it closes (a form waits for that before it
    changes its layout under the list)."""

    hidden = Signal()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        super().hideEvent(event)
        self.hidden.emit()


class ConceptSearch(QLineEdit):
    picked = Signal(object)  # SearchHit
    popup_hidden = Signal()

    def __init__(
        self,
        language: CompetenceLanguage,
        kinds: Iterable[str] = ("concept",),
        parent: QWidget | None = None,
        limit: int = 12,
        owned: Callable[[], Collection[str]] | None = None,
    ) -> None:
        """``owned``: the URIs the portfolio already holds; their lines say so."""
        super().__init__(parent)
        self.language = language
        self.kinds = set(kinds)
        self.limit = limit
        self.owned = owned
        self.hits: list[SearchHit] = []
        self._model = QStandardItemModel(self)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionRole(LABEL_ROLE)
        completer.setMaxVisibleItems(10)
        self._popup = _Popup(self)  # owned by Qt (the completer keeps it), not by Python
        completer.setPopup(self._popup)
        self._popup.hidden.connect(self.popup_hidden)
        completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self.setCompleter(completer)
        self.textEdited.connect(self._search)
        self.setClearButtonEnabled(True)

    def is_owned(self, hit: SearchHit) -> bool:
        return self.owned is not None and hit.uri in self.owned()

    def popup_visible(self) -> bool:
        popup = self.completer().popup()
        return popup is not None and popup.isVisible()

    def nothing_found(self, text: str) -> str:
        """The sentence for a search that found nothing; empty where free text is welcome."""
        if "concept" in self.kinds:
            return ""
        if self.kinds == {"occupation"}:
            found = nothing_found(text, i18n.current())
            return f"{found.message} {found.import_hint}"
        if self.kinds == {"qualification"}:
            return self.tr("Geen beroepskwalificatie gevonden voor ‘%1’.").replace("%1", text)
        return self.tr("Geen beroep of beroepskwalificatie gevonden voor ‘%1’.").replace("%1", text)

    def _search(self, text: str) -> None:
        self.hits = (
            self.language.search(text, limit=self.limit, kinds=self.kinds) if text.strip() else []
        )
        self._model.clear()
        kinds = {
            "occupation": self.tr("beroep"),
            "qualification": self.tr("beroepskwalificatie"),
        }
        owned = set(self.owned()) if self.owned is not None else set()
        for hit in self.hits:
            shown = hit.label
            # the word that matched, when the name itself does not show it ("Excel")
            if hit.matched_text and hit.matched_text.casefold() not in hit.label.casefold():
                shown += f"  ({hit.matched_text})"
            if hit.marker:  # a name the language has only in English
                shown += f"  [{hit.marker}]"
            if len(self.kinds) > 1 and hit.kind in kinds:
                shown += f" — {kinds[hit.kind]}"
            if hit.uri in owned:
                shown += "  ✓ " + self.tr("al in je portfolio")
            item = QStandardItem(shown)
            item.setData(hit, HIT_ROLE)
            item.setData(hit.label, LABEL_ROLE)
            item.setEditable(False)
            self._model.appendRow(item)
        message = self.nothing_found(text.strip()) if text.strip() and not self.hits else ""
        if message:
            item = QStandardItem(message)
            item.setFlags(Qt.ItemFlag.NoItemFlags)  # a sentence, not a line to pick
            # readable, not greyed out as a disabled line would be
            item.setForeground(self.palette().color(QPalette.ColorRole.Text))
            self._model.appendRow(item)
        completer = self.completer()
        completer.setCompletionPrefix("")
        if self._model.rowCount():
            completer.complete()
        else:
            popup = completer.popup()
            if popup is not None:
                popup.hide()

    def ref_for(self, hit: SearchHit, lang: str) -> ConceptRef:
        """The reference to store for a hit: the concept's label in the user's language."""
        concept = self.language.concept(hit.uri)
        return ConceptRef(uri=hit.uri, label=concept.label(lang) if concept else hit.label)

    def exact_hit(self) -> SearchHit | None:
        """The hit whose name is exactly what is typed (case aside), if any."""
        text = self.text().strip().casefold()
        for hit in self.hits:
            if text and hit.label.casefold() == text:
                return hit
        return None

    def typed_ref(self, lang: str) -> ConceptRef | None:
        """What Enter (or an Add button) means: the hit with exactly the typed name, else
        the text as free text; None when nothing is typed."""
        text = self.text().strip()
        if not text:
            return None
        hit = self.exact_hit()
        if hit is not None:
            return self.ref_for(hit, lang)
        return ConceptRef(uri=None, label=text)

    def _activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.setText(hit.label)
            self.picked.emit(hit)
