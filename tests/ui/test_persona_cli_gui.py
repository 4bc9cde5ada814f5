"""One EVC candidate, built twice: once only from the command line (links included), once
through the app's own pages and dialogs. Both give the same EVC dossier, word for word.

Sara wants her competences as a kinderbegeleider recognised. She has a getuigschrift (a scan),
a werkgeversverklaring (a scan), an expired first-aid attest and four years of work. In the
terminal she links with ``--competence``, ``link`` and ``unlink``; in the app she links some
of the same things from the other side (the competence's "Bewijs" list, the leerbewijs's
"Competenties", the experience's checklist). A link is a link wherever it was made, so the
dossiers must not differ.
"""

from __future__ import annotations

import io
import re
import shlex
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from portfolio_app.cli import main
from portfolio_app.domain.enums import LeerbewijsKind, SourceKind
from portfolio_app.domain.links import Links
from portfolio_app.export.evc_dossier import find_qualification, qualification_labels, render_evc
from portfolio_app.ui.dialogs.claim_dialog import ClaimDialog
from portfolio_app.ui.dialogs.experience_dialog import ExperienceDialog
from portfolio_app.ui.dialogs.leerbewijs_dialog import LeerbewijsDialog
from portfolio_app.ui.pages.export import ExportPage
from portfolio_app.ui.pages.settings_page import SettingsPage
from portfolio_app.ui.session import Session
from portfolio_app.ui.widgets.concept_search import ConceptSearch
from portfolio_app.vault import Portfolio
from tests.conftest import PASSPHRASE
from tests.ui.conftest import pdf_bytes

BK = "urn:portfolio-app:bk:kinderbegeleider-babys-peuters"
CREATED = date(2025, 3, 3)
LAST_USED = date(2025, 6, 1)
EMPLOYER = "Kinderdagverblijf Zonnetje"
STATEMENT = "Werkgeversverklaring Kinderdagverblijf Zonnetje"
WORK = "Ik verzorgde baby's en peuters, speelde met hen en sprak elke dag met de ouders."

# (name, level, willen, source)
CLAIMS = [
    ("kinderen verzorgen", 3, 3, None),
    ("babyverzorging", 2, 3, None),
    ("toezicht houden op kinderen", 3, 3, EMPLOYER),
    ("spelen met kinderen", 3, 3, None),
    ("contact houden met ouders", 2, 2, None),
]


@pytest.fixture
def scans(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "scans"
    folder.mkdir()
    files = {}
    for name, text in (
        ("getuigschrift.pdf", "Getuigschrift kinderbegeleider baby's en peuters - Sara Peeters"),
        ("werkgeversverklaring.pdf", "Verklaring van de werkgever - Sara Peeters"),
    ):
        files[name] = folder / name
        files[name].write_bytes(pdf_bytes(text))
    return files


TERMINAL = f"""
init
profile --given-name Sara --family-name Peeters --email sara@example.org \
    --phone "0470 11 22 33" --city Mechelen
competence add "kinderen verzorgen" --level 3 --want 3 --last-used 2025-06
competence add babyverzorging --level 2 --want 3 --last-used 2025-06
competence add "toezicht houden op kinderen" --level 3 --want 3 --last-used 2025-06 \
    --source werkgever --source-name "{EMPLOYER}"
competence add "spelen met kinderen" --level 3 --want 3 --last-used 2025-06
competence add "contact houden met ouders" --level 2 --want 2 --last-used 2025-06
leerbewijs add --kind getuigschrift --title "Getuigschrift kinderbegeleider" \
    --issuer "CVO Mechelen" --issued 2021-06-30 --vks 4 --file SCANS/getuigschrift.pdf \
    --competence "kinderen verzorgen" --competence babyverzorging \
    --competence "hygiënisch werken"
leerbewijs add --kind attest --title "{STATEMENT}" --issuer "{EMPLOYER}" \
    --issued 2025-01-15 --file SCANS/werkgeversverklaring.pdf
leerbewijs add --kind attest --title "Attest EHBO" --issuer "Rode Kruis" \
    --issued 2020-03-01 --expires 2023-03-01 --competence "eerste hulp verlenen"
experience add --role Begeleider --organisation "{EMPLOYER}" --start 2021-09 \
    --description "{WORK}" --competence "spelen met kinderen"
link "toezicht houden op kinderen" --leerbewijs werkgeversverklaring --experience Begeleider
link "contact houden met ouders" --leerbewijs werkgeversverklaring
link rapporteren --leerbewijs werkgeversverklaring
unlink rapporteren --leerbewijs werkgeversverklaring
link "kinderen verzorgen" --experience Begeleider
export evc OUT --bk "kinderbegeleider baby's en peuters" --date {CREATED.isoformat()}
"""
"""Sara's session in the terminal, one command a line (a mistake linked and taken back)."""


def build_in_the_terminal(scans: Path, out: Path) -> Path:
    for line in TERMINAL.replace("\\\n", " ").strip().splitlines():
        argv = shlex.split(line.replace("SCANS", str(scans)).replace("OUT", str(out)))
        assert main(argv) == 0, line
    return out


def type_in(search: ConceptSearch, text: str) -> None:
    """Type into a competence search as a user does (the search runs, its list pops up),
    then close the list (many forms in a row leave popups about in the offscreen platform)."""
    search.setText(text)
    search.textEdited.emit(text)
    popup = search.completer().popup()
    if popup is not None:
        popup.hide()


def save(dialog: ClaimDialog | LeerbewijsDialog | ExperienceDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.problems.text() == "", dialog.problems.text()


def tick(dialog: ClaimDialog, title: str) -> None:
    for row in range(dialog.evidence.count()):
        item = dialog.evidence.item(row)
        if item.text().endswith(": " + title):
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"{title} not in the form")


def build_in_the_app(session: Session, qtbot: QtBot, scans: dict[str, Path]) -> Portfolio:
    settings = SettingsPage(session)
    qtbot.addWidget(settings)
    settings.refresh()
    about = settings.profile
    about.given.setText("Sara")
    about.family.setText("Peeters")
    about.emails.setText("sara@example.org")
    about.phone.setText("0470 11 22 33")
    about.city.setText("Mechelen")
    about.save()

    def open_claim(name: str) -> ClaimDialog:
        existing = [c for c in session.portfolio.claims.list() if c.label == name]
        dialog = ClaimDialog(session, existing[0] if existing else None)
        qtbot.addWidget(dialog)
        return dialog

    for name, level, want, source in CLAIMS:
        dialog = open_claim(name)
        type_in(dialog.search, name)
        dialog._pick(next(h for h in dialog.search.hits if h.label == name))
        dialog.level.setCurrentIndex(dialog.level.findData(level))
        dialog.willen.setCurrentIndex(dialog.willen.findData(want))
        dialog.last_used.set_value(LAST_USED)
        if source:
            dialog.sources.kind.setCurrentIndex(dialog.sources.kind.findData(SourceKind.WERKGEVER))
            dialog.sources.name.setText(source)
            dialog.sources._add()
        save(dialog)

    def leerbewijs(
        title: str,
        kind: LeerbewijsKind,
        issuer: str,
        issued: date,
        expires: date | None = None,
        vks: int | None = None,
        scan: Path | None = None,
        competences: tuple[str, ...] = (),
    ) -> None:
        dialog = LeerbewijsDialog(session, files=[scan] if scan else None)
        qtbot.addWidget(dialog)
        dialog.title.setText(title)
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        dialog.issuer.setText(issuer)
        dialog.issued.set_value(issued)
        dialog.expires.set_value(expires)
        dialog.vks.setCurrentIndex(max(dialog.vks.findData(vks), 0))
        for name in competences:
            type_in(dialog.competences.search, name)
            dialog.competences.add_typed()
        save(dialog)

    leerbewijs(
        "Getuigschrift kinderbegeleider",
        LeerbewijsKind.GETUIGSCHRIFT,
        "CVO Mechelen",
        date(2021, 6, 30),
        vks=4,
        scan=scans["getuigschrift.pdf"],
        competences=("kinderen verzorgen", "babyverzorging", "hygiënisch werken"),
    )
    leerbewijs(
        STATEMENT,
        LeerbewijsKind.ATTEST,
        EMPLOYER,
        date(2025, 1, 15),
        scan=scans["werkgeversverklaring.pdf"],
    )
    leerbewijs("Attest EHBO", LeerbewijsKind.ATTEST, "Rode Kruis", date(2020, 3, 1),
               expires=date(2023, 3, 1), competences=("eerste hulp verlenen",))  # fmt: skip

    work = ExperienceDialog(session)
    qtbot.addWidget(work)
    work.role.setText("Begeleider")
    work.organisation.setText(EMPLOYER)
    work.start.set_value(date(2021, 9, 1))
    work.description.setPlainText(WORK)
    type_in(work.checklist.search, "spelen met kinderen")
    work.checklist.add_typed()
    save(work)

    # links from the competence's side, where the terminal used ``link``
    dialog = open_claim("toezicht houden op kinderen")
    tick(dialog, STATEMENT)
    tick(dialog, f"Begeleider – {EMPLOYER}")
    save(dialog)
    # from the leerbewijs's side: two more, one of them a mistake
    (statement,) = [p for p in session.portfolio.leerbewijzen.list() if p.title == STATEMENT]
    form = LeerbewijsDialog(session, statement)
    qtbot.addWidget(form)
    assert [r.label for r in form.competences.refs()] == ["toezicht houden op kinderen"]
    for name in ("contact houden met ouders", "rapporteren"):
        type_in(form.competences.search, name)
        form.competences.add_typed()
    save(form)
    form = LeerbewijsDialog(session, session.portfolio.leerbewijzen.get(statement.id))
    qtbot.addWidget(form)
    form.competences.list.setCurrentRow(2)  # ...taken back
    assert form.competences.list.currentItem().text() == "rapporteren"
    form.competences.remove_current()
    save(form)
    dialog = open_claim("kinderen verzorgen")
    tick(dialog, f"Begeleider – {EMPLOYER}")
    save(dialog)
    return session.portfolio


def flat_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def link_table(links: Links) -> list[tuple[str, str, tuple[str, ...]]]:
    """Every link by names, not ids (the two portfolios have ids of their own)."""
    rows = []
    for kind, items in (("leerbewijs", links.leerbewijzen), ("experience", links.experiences)):
        for item in items.values():
            names = tuple(c.label for c in links.competences_of(kind, item.id))  # type: ignore[arg-type]
            rows.append((kind, item.title, names))
    return rows


def test_the_terminal_and_the_app_give_the_same_dossier(
    session: Session,
    qtbot: QtBot,
    scans: dict[str, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    keep: Callable[[str, bytes], None],
) -> None:
    monkeypatch.setenv("PORTFOLIO_PASSPHRASE", PASSPHRASE)
    folder = scans["getuigschrift.pdf"].parent
    from_cli = build_in_the_terminal(folder, tmp_path / "cli.pdf").read_bytes()
    capsys.readouterr()

    portfolio = build_in_the_app(session, qtbot, scans)
    page = ExportPage(session)
    qtbot.addWidget(page)
    page.panel.preselect_evc(BK)
    qualification = page.panel.bk.qualification
    assert qualification is not None and qualification == find_qualification(session.language, BK)
    options = page.panel.evc_options().model_copy(update={"created": CREATED})
    labels = qualification_labels(session.language, qualification, options.lang)
    from_gui = render_evc(portfolio, qualification, options, labels)
    keep("cli", from_cli)
    keep("gui", from_gui)

    # the same links, by name, on both sides
    from portfolio_app.paths import AppPaths

    with Portfolio.open(AppPaths.default().vault, PASSPHRASE) as cli_portfolio:
        assert link_table(cli_portfolio.links.read()) == link_table(portfolio.links.read())
    text = flat_text(from_gui)
    assert flat_text(from_cli) == text
    # and the dossier holds what the candidate gathered, from either side
    assert "IN ÉÉN OOGOPSLAG: 6 VAN DE 12 COMPETENTIES MET BEWIJS" in text
    for evidence in (
        # linked from the competence's side in the app: the statement and the job
        f"toezicht houden op kinderen document leerbewijs L2: {STATEMENT}",
        "beschreven ervaring ervaring E1: Begeleider – Kinderdagverblijf Zonnetje, 2021 – nu",
        # linked from the leerbewijs's side
        f"contact houden met ouders document leerbewijs L2: {STATEMENT}",
        # no claim: the getuigschrift lists it
        "hygiënisch werken document leerbewijs L1: Getuigschrift kinderbegeleider",
        "eerste hulp verlenen oordeel van iemand anders leerbewijs L3: Attest EHBO, Rode Kruis, "
        "mrt. 2020, verlopen op 1 maart 2023: telt niet als bewijs nog te bewijzen",
        "werkgeversverklaring.pdf · Hoort bij: toezicht houden op kinderen, contact houden met "
        "ouders",
    ):
        assert evidence in text, evidence
    assert "rapporteren leerbewijs" not in text  # the link taken back is gone


@pytest.fixture
def keep(tmp_path: Path) -> Callable[[str, bytes], None]:
    """Keep a rendered PDF beside the test's files, to look at when a test fails."""

    def write(name: str, data: bytes) -> None:
        (tmp_path / f"dossier-{name}.pdf").write_bytes(data)

    return write
