"""The app's languages. Source strings are Dutch (the default); English comes from a Qt
translation file under resources/translations, together with Qt's own strings (buttons of
standard dialogs). Dutch has a small file of its own too: only the strings with a count,
so that "1 competentie" and "16 competenties" come out right."""

from __future__ import annotations

from importlib.resources import as_file, files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str) -> None:
    """Switch the app's translators; widgets re-read their texts on LanguageChange."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Dutch)
    )
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    resource = files("portfolio_app.resources") / "translations" / f"portfolio_{language}.qm"
    with as_file(resource) as path:
        own = QTranslator(app)
        if own.load(str(path)):
            app.installTranslator(own)
            _installed.append(own)


def current() -> str:
    """The app's language now ("nl" or "en"), for texts the core writes in either."""
    return "en" if QLocale().language() == QLocale.Language.English else "nl"
