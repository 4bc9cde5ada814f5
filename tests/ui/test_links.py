"""A link made anywhere shows everywhere: on the Competenties, Leerbewijzen and Ervaringen
pages and in the three dialogs, from both sides; taking it away in a dialog takes it away on
both sides, and one Ctrl+Z brings it back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidget
from pytestqt.qtbot import QtBot

from portfolio_app.demo import create_demo
from portfolio_app.domain import CompetenceClaim, ConceptRef, Experience, Leerbewijs
from portfolio_app.language import CompetenceLanguage
from portfolio_app.paths import AppPaths
from portfolio_app.settings import Settings
from portfolio_app.ui.dialogs.claim_dialog import ID_ROLE, ClaimDialog
from portfolio_app.ui.dialogs.experience_dialog import ExperienceDialog
from portfolio_app.ui.dialogs.leerbewijs_dialog import LeerbewijsDialog
from portfolio_app.ui.models.experiences import ExperiencesModel
from portfolio_app.ui.models.leerbewijzen import LeerbewijzenModel
from portfolio_app.ui.pages.competences import CompetencesPage
from portfolio_app.ui.pages.experiences import ExperiencesPage
from portfolio_app.ui.pages.leerbewijzen import LeerbewijzenPage
from portfolio_app.ui.session import Session

FORKLIFT = ConceptRef(
    uri="http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da",
    label="heftruck besturen",
)
STACKING = ConceptRef(
    uri="http://data.europa.eu/esco/skill/3d086228-d7fc-4c23-972a-22b7d44a6173",
    label="goederen stapelen",
)


def claim_of(session: Session, ref: ConceptRef, **fields: object) -> CompetenceClaim:
    return session.portfolio.claims.add(
        CompetenceClaim(concept_uri=ref.uri, label=ref.label, **fields)  # type: ignore[arg-type]
    )


def save(dialog: ClaimDialog | LeerbewijsDialog | ExperienceDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def checked(widget: QListWidget) -> list[str]:
    return [
        widget.item(r).text()
        for r in range(widget.count())
        if widget.item(r).checkState() == Qt.CheckState.Checked
    ]


def cell(page: CompetencesPage | LeerbewijzenPage | ExperiencesPage, row: int, col: int) -> str:
    return str(page.model.index(row, col).data())


def tip(page: CompetencesPage | LeerbewijzenPage | ExperiencesPage, row: int, col: int) -> str:
    return str(page.model.index(row, col).data(Qt.ItemDataRole.ToolTipRole))


def test_a_link_made_on_the_claim_shows_on_the_experience(session: Session, qtbot: QtBot) -> None:
    """The demo's "Competenties –": the competences list an experience as evidence, the
    Ervaringen page must say so."""
    job = session.portfolio.experiences.add(Experience(role="Magazijnier"))
    claim_of(session, FORKLIFT, experience_ids=[job.id])
    page = ExperiencesPage(session)
    qtbot.addWidget(page)
    page.refresh()
    column = page.model._headers.index("Competenties")
    assert cell(page, 0, column) == "1"
    assert tip(page, 0, column) == "heftruck besturen"
    # and in the experience's own form, ticked
    dialog = ExperienceDialog(session, job)
    qtbot.addWidget(dialog)
    assert [r.label for r in dialog.checklist.checked_refs()] == ["heftruck besturen"]


def test_a_link_made_on_the_leerbewijs_shows_on_the_claim(session: Session, qtbot: QtBot) -> None:
    attest = session.portfolio.leerbewijzen.add(
        Leerbewijs(title="Attest heftruckchauffeur", competences=[FORKLIFT])
    )
    forklift = claim_of(session, FORKLIFT)
    page = CompetencesPage(session)
    qtbot.addWidget(page)
    page.refresh()
    assert cell(page, 0, 5) == "ja"
    assert tip(page, 0, 5) == "Aangetoond met: Attest heftruckchauffeur"
    dialog = ClaimDialog(session, forklift)
    qtbot.addWidget(dialog)
    assert checked(dialog.evidence) == ["Leerbewijs: Attest heftruckchauffeur"]
    # the Leerbewijzen page names it too
    proofs = LeerbewijzenPage(session)
    qtbot.addWidget(proofs)
    proofs.refresh()
    column = proofs.model._headers.index("Competenties")
    assert cell(proofs, 0, column) == "1" and tip(proofs, 0, column) == "heftruck besturen"
    assert attest.id


def test_a_link_made_on_the_claim_shows_in_the_leerbewijs_form(
    session: Session, qtbot: QtBot
) -> None:
    attest = session.portfolio.leerbewijzen.add(Leerbewijs(title="Attest"))
    claim_of(session, FORKLIFT, leerbewijs_ids=[attest.id])
    dialog = LeerbewijsDialog(session, attest)
    qtbot.addWidget(dialog)
    assert [r.label for r in dialog.competences.refs()] == ["heftruck besturen"]


def test_unticking_in_the_claim_form_unlinks_both_sides_and_one_undo_restores(
    session: Session, qtbot: QtBot
) -> None:
    portfolio = session.portfolio
    attest = portfolio.leerbewijzen.add(Leerbewijs(title="Attest", competences=[FORKLIFT]))
    job = portfolio.experiences.add(Experience(role="Magazijnier"))
    forklift = claim_of(session, FORKLIFT)
    dialog = ClaimDialog(session, forklift)
    qtbot.addWidget(dialog)
    for row in range(dialog.evidence.count()):
        item = dialog.evidence.item(row)
        want = item.data(ID_ROLE) == ("ex", job.id)
        item.setCheckState(Qt.CheckState.Checked if want else Qt.CheckState.Unchecked)
    save(dialog)
    links = portfolio.links.read()
    assert links.leerbewijzen_for(forklift) == []
    assert [e.id for e in links.experiences_for(forklift)] == [job.id]
    assert portfolio.leerbewijzen.get(attest.id).competences == []
    assert portfolio.undo_description() == "Competentie gewijzigd"
    portfolio.undo()
    links = portfolio.links.read()
    assert [p.id for p in links.leerbewijzen_for(forklift)] == [attest.id]
    assert links.experiences_for(forklift) == []


def test_picking_a_concept_ticks_what_already_shows_it(session: Session, qtbot: QtBot) -> None:
    """A new claim for a concept a leerbewijs lists: the form shows the link it will have."""
    session.portfolio.leerbewijzen.add(Leerbewijs(title="Attest", competences=[FORKLIFT]))
    dialog = ClaimDialog(session)
    qtbot.addWidget(dialog)
    assert checked(dialog.evidence) == []
    qtbot.keyClicks(dialog.search, "heftruck besturen")
    hit = next(h for h in dialog.search.hits if h.uri == FORKLIFT.uri)
    dialog._pick(hit)
    assert checked(dialog.evidence) == ["Leerbewijs: Attest"]
    save(dialog)
    (claim,) = session.portfolio.claims.list()
    assert [p.title for p in session.portfolio.links.read().leerbewijzen_for(claim)] == ["Attest"]


def test_removing_a_competence_in_the_leerbewijs_form_unlinks_the_claim(
    session: Session, qtbot: QtBot
) -> None:
    portfolio = session.portfolio
    attest = portfolio.leerbewijzen.add(Leerbewijs(title="Attest", competences=[STACKING]))
    forklift = claim_of(session, FORKLIFT, leerbewijs_ids=[attest.id])
    dialog = LeerbewijsDialog(session, attest)
    qtbot.addWidget(dialog)
    assert [r.label for r in dialog.competences.refs()] == ["goederen stapelen", FORKLIFT.label]
    dialog.competences.list.setCurrentRow(1)
    dialog.competences.remove_current()
    save(dialog)
    assert portfolio.claims.get(forklift.id).leerbewijs_ids == []
    assert portfolio.leerbewijzen.get(attest.id).competences == [STACKING]
    portfolio.undo()  # one step: the form's save
    assert portfolio.claims.get(forklift.id).leerbewijs_ids == [attest.id]


def test_a_competence_added_in_the_leerbewijs_form_reaches_the_claim(
    session: Session, qtbot: QtBot
) -> None:
    forklift = claim_of(session, FORKLIFT)
    dialog = LeerbewijsDialog(session)
    qtbot.addWidget(dialog)
    dialog.title.setText("Attest heftruckchauffeur")
    dialog.competences.add_ref(FORKLIFT)
    save(dialog)
    (attest,) = session.portfolio.leerbewijzen.list()
    assert session.portfolio.claims.get(forklift.id).leerbewijs_ids == [attest.id]
    assert session.portfolio.undo_description() == "Leerbewijs toegevoegd"


def test_unticking_in_the_experience_form_unlinks_the_claim(session: Session, qtbot: QtBot) -> None:
    portfolio = session.portfolio
    job = portfolio.experiences.add(Experience(role="Magazijnier"))
    forklift = claim_of(session, FORKLIFT, experience_ids=[job.id])
    dialog = ExperienceDialog(session, job)
    qtbot.addWidget(dialog)
    dialog.checklist.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    save(dialog)
    assert portfolio.claims.get(forklift.id).experience_ids == []
    assert portfolio.claims.count() == 1  # and no claim came back


def test_pages_follow_links_made_elsewhere(session: Session, qtbot: QtBot) -> None:
    """A link is a change to claims or to items: every page that shows links listens."""
    job = session.portfolio.experiences.add(Experience(role="Magazijnier"))
    attest = session.portfolio.leerbewijzen.add(Leerbewijs(title="Attest"))
    forklift = claim_of(session, FORKLIFT)
    pages = [ExperiencesPage(session), LeerbewijzenPage(session), CompetencesPage(session)]
    for page in pages:
        qtbot.addWidget(page)
        page.show()
    session.portfolio.links.link(forklift, "experience", job.id)
    session.portfolio.links.link(FORKLIFT, "leerbewijs", attest.id)
    experiences, proofs, competences = pages
    assert cell(experiences, 0, experiences.model._headers.index("Competenties")) == "1"
    assert cell(proofs, 0, proofs.model._headers.index("Competenties")) == "1"
    assert tip(competences, 0, 5) == "Aangetoond met: Attest\nGebruikt bij: Magazijnier"


def test_the_demo_shows_every_experience_the_competences_cite(
    qapp: object, language: CompetenceLanguage, tmp_path: Path, qtbot: QtBot
) -> None:
    """The issue's finding: the demo's Ervaringen page said "Competenties –" for experiences
    the competences list as evidence."""
    with create_demo(tmp_path / "demo.vault", language) as portfolio:
        session = Session(portfolio, language, AppPaths(tmp_path / "app"), Settings())
        page = ExperiencesPage(session)
        qtbot.addWidget(page)
        page.refresh()
        column = ExperiencesModel.COMPETENCES_COLUMN
        shown = {
            page.model.experience_at(r).role: cell(page, r, column)
            for r in range(page.model.rowCount())
        }
        assert "–" not in shown.values()
        assert shown["Magazijnmedewerker"] == "5"
        proofs = LeerbewijzenPage(session)
        qtbot.addWidget(proofs)
        proofs.refresh()
        column = LeerbewijzenModel.COMPETENCES_COLUMN
        names = {
            proofs.model.proof_at(r).title: tip(proofs, r, column)
            for r in range(proofs.model.rowCount())
        }
        assert names["VCA Basisveiligheid"] == (
            "veiligheidsregels in het magazijn\nveilig en gezond werken"
        )
