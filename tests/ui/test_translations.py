"""The translations: complete, in sync with the UI code, compiled, and really used by the app.

The UI's source strings are Dutch. resources/translations/portfolio_en.ts holds every string
in English; portfolio_nl.ts only the strings with a count, for the Dutch singular and plural.
When one of these tests fails after a change to the UI, the fix is nearly always
``python tools/update_translations.py``, then translating what it reports, then running it
again (``python tools/translation_report.py`` lists what is left).
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QPushButton

from portfolio_app.domain import CompetenceClaim
from portfolio_app.ui import i18n
from portfolio_app.ui.controller import AppController
from portfolio_app.ui.main_window import MainWindow
from portfolio_app.ui.pages.overview import OverviewPage
from portfolio_app.ui.session import Session
from tests.conftest import REPO_ROOT


def _tool(name: str) -> ModuleType:
    """A script of tools/ (not a package) as a module."""
    spec = importlib.util.spec_from_file_location(
        f"_tools_{name}", REPO_ROOT / "tools" / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


update = _tool("update_translations")
report = _tool("translation_report")

FIX = "Run `python tools/update_translations.py`, translate what it reports, and run it again."

#: each .ts file with the options tools/update_translations.py gives lupdate for it
LUPDATE_OPTIONS: dict[Path, tuple[str, ...]] = {
    update.TS: ("-source-language", "nl", "-target-language", "en"),
    update.PLURALS_TS: ("-pluralonly", "-source-language", "nl", "-target-language", "nl"),
}
TS_FILES = pytest.mark.parametrize("ts", sorted(LUPDATE_OPTIONS), ids=lambda path: path.name)

SIDEBAR_NL = [
    "Overzicht",
    "Competenties",
    "Leerbewijzen",
    "Ervaringen",
    "Competentiecheck",
    "Actieplan",
    "Mijn rechten",
    "Exporteren",
    "Instellingen",
]
SIDEBAR_EN = [
    "Overview",
    "Competences",
    "Proofs of learning",
    "Experiences",
    "Competence check",
    "Action plan",
    "My rights",
    "Export",
    "Settings",
]


# -- the files ----------------------------------------------------------------------------


@TS_FILES
def test_every_message_is_translated(ts: Path) -> None:
    messages = report.messages(ts)
    assert messages, f"{ts.name} holds no messages"
    todo = [
        f"{m.where} [{m.context}] {m.source!r}"
        for m in messages
        if not m.finished or not m.forms or not all(form.strip() for form in m.forms)
    ]
    assert not todo, f"{len(todo)} unfinished or empty in {ts.name}:\n" + "\n".join(todo)


@TS_FILES
def test_plural_messages_have_both_forms(ts: Path) -> None:
    """Dutch and English both have a singular and a plural form."""
    wrong = [m.source for m in report.messages(ts) if m.numerus and len(m.forms) != 2]
    assert not wrong, f"{ts.name}: numerus messages without two forms: {wrong}"


@TS_FILES
def test_placeholders_survive(ts: Path) -> None:
    """%1, %2 and %n are filled in by the code; one lost in a translation loses the value."""
    wrong = [
        f"{m.where} {m.source!r} -> {form!r}"
        for m in report.messages(ts)
        for form in m.forms
        if report.placeholders(form) != report.placeholders(m.source)
    ]
    assert not wrong, "placeholders differ from the source:\n" + "\n".join(wrong)


def test_mnemonics_survive() -> None:
    """A label with a keyboard shortcut (&) keeps one in English, for full keyboard use."""
    wrong = [
        f"{m.where} {m.source!r} -> {form!r}"
        for m in report.messages(update.TS)
        for form in m.forms
        if bool(report.MNEMONIC.search(m.source)) != bool(report.MNEMONIC.search(form))
    ]
    assert not wrong, "mnemonic (&) lost or added:\n" + "\n".join(wrong)


@TS_FILES
def test_ts_is_in_sync_with_the_code(ts: Path, tmp_path: Path) -> None:
    """lupdate over the UI code finds no string the .ts lacks, and none the code dropped."""
    fresh = tmp_path / ts.name
    shutil.copyfile(ts, fresh)
    update.lupdate(fresh, *LUPDATE_OPTIONS[ts])
    have = {m.key for m in report.messages(ts)}
    code = {m.key for m in report.messages(fresh)}
    new = sorted(f"[{c}] {s!r}" for c, s, _ in code - have)
    gone = sorted(f"[{c}] {s!r}" for c, s, _ in have - code)
    assert not new, f"{ts.name} lacks strings of the code:\n" + "\n".join(new) + f"\n{FIX}"
    assert not gone, (
        f"{ts.name} holds strings the code no longer has:\n" + "\n".join(gone) + (f"\n{FIX}")
    )


@TS_FILES
def test_qm_is_compiled_from_the_ts(ts: Path, tmp_path: Path) -> None:
    compiled = tmp_path / ts.with_suffix(".qm").name
    update.lrelease(ts, compiled)
    shipped = ts.with_suffix(".qm")
    assert shipped.is_file(), f"{shipped.name} is missing. {FIX}"
    assert shipped.read_bytes() == compiled.read_bytes(), f"{shipped.name} is out of date. {FIX}"


@pytest.mark.parametrize("language", ["en", "nl"])
def test_qm_loads(qapp: QApplication, language: str) -> None:
    translator = QTranslator()
    assert translator.load(str(update.FOLDER / f"portfolio_{language}.qm"))
    assert translator.language() == language and not translator.isEmpty()


# -- the app ------------------------------------------------------------------------------


@pytest.fixture
def use_language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Install the app's translators as the app does; afterwards none is left installed,
    so the other tests see the bare (Dutch) source strings again."""
    locale = QLocale()
    yield lambda language: i18n.install(qapp, language)
    for translator in i18n._installed:
        qapp.removeTranslator(translator)
    i18n._installed.clear()
    QLocale.setDefault(locale)


@pytest.fixture
def controller(use_language: Callable[[str], None], controller: AppController) -> AppController:
    """The shared controller, made after the language is chosen."""
    return controller


def sidebar(window: MainWindow) -> list[str]:
    return [window.sidebar.item(row).text() for row in range(window.sidebar.count())]


def counts_card(window: MainWindow) -> list[str]:
    """The texts of the overview's first card: competences, leerbewijzen, experiences."""
    overview = window.pages["overview"]
    assert isinstance(overview, OverviewPage)
    overview.refresh()
    return [button.text() for button in overview.counts.findChildren(QPushButton)]


def test_switching_to_english_and_back(controller: AppController) -> None:
    controller.set_language("nl")
    controller.open_demo()
    assert controller.session is not None
    claims = controller.session.portfolio.counts()["claims"]
    assert claims > 1

    controller.set_language("en")
    window = controller.window
    assert isinstance(window, MainWindow)
    assert sidebar(window) == SIDEBAR_EN
    assert window.pages["settings"].heading.text() == "Settings"
    assert window.pages["competences"].heading.text() == "Competences"
    assert f"{claims} competences" in counts_card(window)
    assert "SAMPLE" in window.windowTitle()

    controller.set_language("nl")
    window = controller.window
    assert isinstance(window, MainWindow)
    assert sidebar(window) == SIDEBAR_NL
    assert window.pages["settings"].heading.text() == "Instellingen"
    assert f"{claims} competenties" in counts_card(window)
    assert "VOORBEELD" in window.windowTitle()


def test_dutch_counts_say_one_and_many(
    session: Session, use_language: Callable[[str], None]
) -> None:
    """'1 competentie', '0 leerbewijzen': the Dutch file gives counted strings their form."""
    use_language("nl")
    session.portfolio.claims.add(CompetenceClaim(label="Koken"))
    page = OverviewPage(session)
    page.refresh()
    texts = [button.text() for button in page.counts.findChildren(QPushButton)]
    assert texts == ["1 competentie", "0 leerbewijzen", "0 ervaringen"]
    page.deleteLater()
