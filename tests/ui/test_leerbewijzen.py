"""Leerbewijzen: drop a file to add one, attachments saved with the form (and only then),
previews inside the app, the expiry warning, every field of the form, delete and undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from portfolio_app.domain import ConceptRef, Leerbewijs
from portfolio_app.domain.enums import LeerbewijsKind, QualificationRoute
from portfolio_app.ui.dialogs.leerbewijs_dialog import LeerbewijsDialog
from portfolio_app.ui.models.leerbewijzen import LeerbewijsFilter, LeerbewijzenModel
from portfolio_app.ui.pages.leerbewijzen import LeerbewijzenPage
from portfolio_app.ui.session import Session
from portfolio_app.ui.widgets.preview import AttachmentPreview, PreviewDialog

Answer = Callable[[type[QDialog], Callable[[QDialog], object]], list[QDialog]]
Drop = Callable[[QWidget, list[Path]], bool]


def save(dialog: QDialog) -> None:
    assert isinstance(dialog, LeerbewijsDialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_dropping_a_file_on_the_page_adds_a_leerbewijs_with_it(
    session: Session, qtbot: QtBot, answer_dialog: Answer, drop_files: Drop, pdf_file: Path
) -> None:
    page = LeerbewijzenPage(session)
    qtbot.addWidget(page)
    page.show()

    def fill_in(dialog: QDialog) -> None:
        assert isinstance(dialog, LeerbewijsDialog)
        # the form opens with the dropped file already listed, nothing stored yet
        assert dialog.attachments.list.count() == 1
        assert "attest.pdf" in dialog.attachments.list.item(0).text()
        assert session.portfolio.attachments.count() == 0
        dialog.title.setText("Attest heftruckchauffeur")
        save(dialog)

    opened = answer_dialog(LeerbewijsDialog, fill_in)
    assert drop_files(page.table.viewport(), [pdf_file])  # on the table: the page takes it
    assert len(opened) == 1

    (proof,) = session.portfolio.leerbewijzen.list()
    assert proof.title == "Attest heftruckchauffeur"
    (attachment_id,) = proof.attachment_ids
    assert session.portfolio.attachments.data(attachment_id) == pdf_file.read_bytes()
    assert session.portfolio.attachments.get(attachment_id).media_type == "application/pdf"
    # the table shows it, selected, with its attachment counted
    assert page.model.rowCount() == 1
    assert page.model.index(0, LeerbewijzenModel.ATTACHMENTS_COLUMN).data() == "1"
    assert page.table.selectionModel().isRowSelected(0)

    # one save was one change: one undo takes the leerbewijs and its file away
    session.portfolio.undo()
    assert session.portfolio.leerbewijzen.count() == 0
    assert session.portfolio.attachments.count() == 0
    assert page.model.rowCount() == 0


def test_a_drop_without_files_is_refused(session: Session, qtbot: QtBot, drop_files: Drop) -> None:
    page = LeerbewijzenPage(session)
    qtbot.addWidget(page)
    assert not drop_files(page, [])


def test_cancelled_form_leaves_no_attachment_behind(
    session: Session, qtbot: QtBot, drop_files: Drop, png_file: Path, pdf_file: Path
) -> None:
    dialog = LeerbewijsDialog(session)
    qtbot.addWidget(dialog)
    assert drop_files(dialog, [png_file])  # anywhere on the form
    assert drop_files(dialog.description.viewport(), [pdf_file])  # even on a text box
    assert dialog.description.toPlainText() == ""  # which does not paste the path
    assert dialog.attachments.list.count() == 2
    assert drop_files(dialog.attachments, [png_file])  # the same file again is not doubled
    assert dialog.attachments.list.count() == 2
    assert "staat al bij de bijlagen" in dialog.attachments.problems.text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert session.portfolio.attachments.count() == 0
    assert session.portfolio.leerbewijzen.count() == 0


def test_a_too_large_file_gets_the_plain_message(
    session: Session, qtbot: QtBot, pdf_file: Path, png_file: Path
) -> None:
    session.portfolio.attachments.max_bytes = png_file.stat().st_size
    dialog = LeerbewijsDialog(session, files=[pdf_file, png_file])
    qtbot.addWidget(dialog)
    assert dialog.attachments.list.count() == 1  # the small one still goes in
    assert "attest.pdf is te groot" in dialog.attachments.problems.text()
    assert not dialog.attachments.problems.isHidden()


def test_previews_of_an_image_a_pdf_and_a_fake_pdf(
    qtbot: QtBot, png_file: Path, pdf_file: Path, fake_pdf_file: Path
) -> None:
    preview = AttachmentPreview()
    qtbot.addWidget(preview)
    preview.resize(400, 500)
    preview.show()

    assert preview.show_bytes(png_file.read_bytes(), "scan.png") == "image"
    assert preview.currentWidget() is preview.image_scroll
    pixmap = preview.image_label.pixmap()
    assert not pixmap.isNull() and pixmap.width() == 40

    assert preview.show_bytes(pdf_file.read_bytes(), "attest.pdf") == "pdf"
    assert preview.currentWidget() is preview.pdf_view
    assert preview.document.pageCount() == 1
    assert not preview.grab().isNull()  # the page really renders

    assert preview.show_bytes(fake_pdf_file.read_bytes(), "kapot.pdf") == "none"
    assert "Geen voorbeeld mogelijk" in preview.message.text()
    # a name that lies about the content is not believed either
    assert preview.show_bytes(b"gewone tekst", "foto.png") == "none"
    assert preview.show_bytes(b"\x89PNG\r\n\x1a\nkapot", "foto.png") == "none"

    preview.clear()  # nothing of the last file stays in the hidden widgets
    assert preview.document.pageCount() == 0 and preview.image_label.pixmap().isNull()


def test_preview_of_a_stored_attachment(session: Session, qtbot: QtBot, pdf_file: Path) -> None:
    with session.portfolio.change("test", "test"):
        attachment = session.portfolio.attachments.add_file(pdf_file)
        proof = Leerbewijs(title="Attest", attachment_ids=[attachment.id])
        session.portfolio.leerbewijzen.add(proof)
    dialog = LeerbewijsDialog(session, proof)
    qtbot.addWidget(dialog)
    dialog.attachments.list.setCurrentRow(0)
    shown = dialog.attachments.preview_current()
    assert isinstance(shown, PreviewDialog)
    assert shown.preview.kind == "pdf" and not shown.zoom_bar.isHidden()
    assert shown.pages.text() == "Pagina's: 1"
    shown.preview.zoom(1.25)
    assert shown.preview.pdf_view.zoomMode() is shown.preview.pdf_view.ZoomMode.Custom
    shown.preview.fit_width()
    shown.close()
    assert shown.preview.kind == "none"


def test_expired_and_expiring_leerbewijzen_are_marked(session: Session, qtbot: QtBot) -> None:
    today = date.today()
    proofs = [
        Leerbewijs(title="VCA", expires=today - timedelta(days=1)),
        Leerbewijs(title="EHBO", expires=today + timedelta(days=30)),
        Leerbewijs(title="Rijbewijs C", expires=today + timedelta(days=400)),
        Leerbewijs(title="Diploma"),
    ]
    model = LeerbewijzenModel()
    model.load(proofs)
    model.sort(LeerbewijzenModel.TITLE_COLUMN)
    column = LeerbewijzenModel.VALIDITY_COLUMN
    shown = {model.proof_at(r).title: model.index(r, column) for r in range(model.rowCount())}
    assert shown["VCA"].data().startswith("Verlopen op")
    assert shown["EHBO"].data().startswith("Verloopt binnenkort")
    assert shown["Rijbewijs C"].data().startswith("Geldig tot")
    assert shown["Diploma"].data() == "Verloopt niet"
    warned = {t for t, i in shown.items() if i.data(Qt.ItemDataRole.DecorationRole) is not None}
    assert warned == {"VCA", "EHBO"}

    page = LeerbewijzenPage(session)
    qtbot.addWidget(page)
    session.portfolio.leerbewijzen.add_many(proofs)
    page.refresh()
    page.show_needing_attention()
    assert {page.model.proof_at(r).title for r in range(page.model.rowCount())} == warned
    assert "2 van 4" in page.count.text()

    dialog = LeerbewijsDialog(session, proofs[0])
    qtbot.addWidget(dialog)
    assert not dialog.validity.isHidden() and "Verlopen" in dialog.validity.text()
    dialog.expires.set_value(today + timedelta(days=365))
    assert dialog.validity.isHidden()


def test_every_field_of_the_form_is_saved(session: Session, qtbot: QtBot, png_file: Path) -> None:
    dialog = LeerbewijsDialog(session)
    qtbot.addWidget(dialog)
    assert not dialog.details.expanded  # the rare fields start folded away
    assert not dialog.details.number.isVisibleTo(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(LeerbewijsKind.BEROEPSKWALIFICATIE))
    dialog.issuer.setText("CVO Antwerpen")
    dialog.issued.set_value(date(2023, 6, 30))
    dialog.expires.set_value(date(2033, 6, 30))
    dialog.description.setPlainText("Opleiding van een jaar.")
    qtbot.keyClicks(dialog.competences.search, "heftruck")
    dialog.competences._picked(dialog.competences.search.hits[0])
    dialog.competences.search.setText("Goed plannen")
    dialog.competences.add_typed()
    dialog.attachments.add_paths([png_file])
    dialog.note.setPlainText("Origineel in de kast.")
    details = dialog.details
    qtbot.keyClicks(details.qualification, "heftruck")
    details._pick(details.qualification.hits[0])  # fills in the empty title and VKS level
    details.number.setText("BK-2023-0042")
    details.verification_url.setText("https://example.org/check/42")
    details.route.setCurrentIndex(details.route.findData(QualificationRoute.VOLWASSENENONDERWIJS))
    details.naric_country.setText("Marokko")
    details.naric_decision.setText("gelijkwaardig aan secundair onderwijs")
    details.exemptions.setPlainText("Module 1\n\nModule 2\n")
    details.criteria.setPlainText("Veilig rijden")
    details.evidence.setPlainText("https://example.org/bewijs\nPraktijkproef")
    save(dialog)
    assert dialog.problems.text() == ""

    (proof,) = session.portfolio.leerbewijzen.list()
    assert proof.title and proof.vks_level is not None  # taken from the qualification
    assert proof.kind is LeerbewijsKind.BEROEPSKWALIFICATIE and proof.issuer == "CVO Antwerpen"
    assert (proof.issued, proof.expires) == (date(2023, 6, 30), date(2033, 6, 30))
    assert proof.competences[0].uri and proof.competences[1] == ConceptRef(label="Goed plannen")
    assert len(proof.attachment_ids) == 1 and proof.note == "Origineel in de kast."
    assert proof.qualification_uri == details.qualification_uri
    assert proof.credential_number == "BK-2023-0042"
    assert proof.verification_url == "https://example.org/check/42"
    assert proof.route is QualificationRoute.VOLWASSENENONDERWIJS
    assert proof.naric is not None and proof.naric.country == "Marokko"
    assert proof.exemptions == ["Module 1", "Module 2"]
    assert proof.criteria == "Veilig rijden"
    assert proof.evidence == ["https://example.org/bewijs", "Praktijkproef"]

    # editing opens the details by itself (they hold something) and keeps every field
    again = LeerbewijsDialog(session, proof)
    qtbot.addWidget(again)
    assert again.details.expanded and again.details.number.isVisibleTo(again)
    again.competences.list.setCurrentRow(1)
    again.competences.remove_current()
    again.attachments.list.setCurrentRow(0)
    again.attachments.remove_current()
    save(again)
    (changed,) = session.portfolio.leerbewijzen.list()
    assert changed.model_dump(exclude={"competences", "attachment_ids"}) == proof.model_dump(
        exclude={"competences", "attachment_ids"}
    )
    assert changed.competences == proof.competences[:1] and changed.attachment_ids == []
    assert session.portfolio.attachments.count() == 0  # the removed file left the vault


def test_problems_are_shown_in_plain_dutch(session: Session, qtbot: QtBot) -> None:
    dialog = LeerbewijsDialog(session)
    qtbot.addWidget(dialog)
    save(dialog)
    assert "Titel: mag niet leeg zijn" in dialog.problems.text()

    dialog.title.setText("Diploma")
    dialog.issued.set_value(date(2020, 1, 1))
    dialog.expires.set_value(date(2019, 1, 1))
    save(dialog)
    assert "vervaldatum ligt vóór de datum van uitreiking" in dialog.problems.text()

    dialog.expires.set_value(None)
    dialog.details.naric_country.setText("Syrië")
    save(dialog)
    assert "NARIC: vul ook de beslissing in" in dialog.problems.text()
    assert dialog.details.expanded  # opened, so the user sees the field to fix
    assert session.portfolio.leerbewijzen.count() == 0


def test_delete_and_undo(session: Session, qtbot: QtBot) -> None:
    session.portfolio.leerbewijzen.add_many(
        [Leerbewijs(title="A-attest"), Leerbewijs(title="B-diploma"), Leerbewijs(title="C")]
    )
    page = LeerbewijzenPage(session)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 3
    page.table.selectRow(0)
    page.table.selectionModel().select(
        page.model.index(1, 0),
        page.table.selectionModel().SelectionFlag.Select
        | page.table.selectionModel().SelectionFlag.Rows,
    )
    page.delete_selected()
    assert [p.title for p in session.portfolio.leerbewijzen.list()] == ["C"]
    assert page.model.rowCount() == 1
    assert session.portfolio.undo_description() == "2 leerbewijzen verwijderd"
    session.portfolio.undo()
    assert page.model.rowCount() == 3


def test_ten_thousand_rows_filter_and_sort_correctly() -> None:
    today = date.today()
    kinds = list(LeerbewijsKind)
    proofs = [
        Leerbewijs(
            title=f"Certificaat {i * 7919 % 10000:05d}",
            kind=kinds[i % len(kinds)],
            issuer="Syntra" if i % 3 == 0 else "VDAB",
            expires=today + timedelta(days=(i % 200) - 100),
            vks_level=i % 8 + 1,
        )
        for i in range(10_000)
    ]
    model = LeerbewijzenModel()
    model.load(proofs, today)
    assert model.rowCount() == 10_000

    model.sort(LeerbewijzenModel.TITLE_COLUMN, Qt.SortOrder.DescendingOrder)
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert titles == sorted((p.title for p in proofs), reverse=True)

    model.sort(4)  # VKS level
    levels = [model.proof_at(r).vks_level or 0 for r in range(model.rowCount())]
    assert levels == sorted(levels) and levels[0] == 1 and levels[-1] == 8

    model.sort(LeerbewijzenModel.VALIDITY_COLUMN)  # the urgent ones first
    first = model.proof_at(0)
    assert first.expires == today - timedelta(days=100)

    model.set_filter(LeerbewijsFilter(text="syntra", needs_attention=True))
    expected = [
        p
        for p in proofs
        if p.issuer == "Syntra" and p.expires and p.expires <= today + timedelta(90)
    ]
    assert model.rowCount() == len(expected) > 0
    shown = [model.proof_at(r) for r in range(model.rowCount())]
    assert all(p.issuer == "Syntra" for p in shown)
    assert [p.expires for p in shown] == sorted(p.expires or today for p in expected)  # sorted


def test_enter_in_the_competence_search_adds_without_closing_the_form(
    session: Session, qtbot: QtBot, png_file: Path
) -> None:
    dialog = LeerbewijsDialog(session, files=[png_file])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title.setText("Attest")
    dialog.competences.search.setFocus()
    qtbot.keyClicks(dialog.competences.search, "Goed plannen")
    qtbot.keyClick(dialog.competences.search, Qt.Key.Key_Return)
    assert [r.label for r in dialog.competences.refs()] == ["Goed plannen"]
    assert dialog.isVisible() and session.portfolio.leerbewijzen.count() == 0
    dialog.attachments.list.setFocus()
    dialog.attachments.list.setCurrentRow(0)
    qtbot.keyClick(dialog.attachments.list, Qt.Key.Key_Return)  # opens the preview
    assert dialog.isVisible() and session.portfolio.leerbewijzen.count() == 0
    previews = dialog.findChildren(PreviewDialog)
    assert len(previews) == 1 and previews[0].preview.kind == "image"
    previews[0].close()
    dialog.title.setFocus()
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)  # elsewhere Enter saves, as usual
    assert not dialog.isVisible() and session.portfolio.leerbewijzen.count() == 1
