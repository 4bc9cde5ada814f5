"""Reading the CSV files of an ESCO download without trusting them.

A user may point the app at any folder: a download of another version, a file that a
spreadsheet program saved again, a copy cut short. Each file is read whole (the largest, the
relations, is some 20 MB), its header checked, and every row that cannot be used is reported
with its file, line and a Dutch reason, then skipped, so that one bad line never costs the
user the whole import.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from portfolio_app.errors import human_size
from portfolio_app.language.errors import ImportCancelled, ImportFailed

Progress = Callable[[str, int, int], None]
Cancel = Callable[[], bool]

_NOT_UTF8 = re.compile("[\udc80-\udcff]")
_REPORT_EVERY = 5000
MAX_LISTED = 1000  # bad rows kept in the report; the rest are only counted
MAX_FILE_BYTES = 250_000_000
"""Ten times ESCO's largest file (the relations, some 21 MB): each file is read whole, so a
wrong file of gigabytes is refused before it fills the memory."""


@dataclass(frozen=True)
class BadRow:
    file: str
    line: int
    reason: str  # Dutch, for the user
    reason_en: str


@dataclass
class Problems:
    rows: list[BadRow] = field(default_factory=list)
    total: int = 0
    seen: int = 0  # data rows read, good and bad
    by_file: dict[str, int] = field(default_factory=dict)  # bad rows per file

    def add(self, file: str, line: int, reason: str, reason_en: str) -> None:
        self.total += 1
        self.by_file[file] = self.by_file.get(file, 0) + 1
        if len(self.rows) < MAX_LISTED:
            self.rows.append(BadRow(file, line, reason, reason_en))

    @property
    def share(self) -> float:
        """The part of the rows that was skipped (0 to 1)."""
        return min(self.total / self.seen, 1.0) if self.seen else 0.0


@dataclass
class Reporter:
    """Progress and cancel for one import, checked every few thousand rows."""

    progress: Progress | None
    cancel: Cancel | None

    def tick(self, stage: str, done: int, total: int) -> None:
        if self.cancel is not None and self.cancel():
            raise ImportCancelled()
        self.show(stage, done, total)

    def show(self, stage: str, done: int, total: int) -> None:
        """Progress only: for the last step, when it is too late to cancel."""
        if self.progress is not None:
            self.progress(stage, done, total)


def index_folder(directory: Path) -> dict[str, Path]:
    """CSV files by lower-case name, from the folder and the folders right inside it: an
    unpacked download often sits one level down, and the Dutch and English packages may sit
    side by side."""
    if not directory.is_dir():
        raise ImportFailed(
            f"De map {directory} bestaat niet.", f"The folder {directory} does not exist."
        )
    found: dict[str, Path] = {}
    for folder in [directory, *sorted(p for p in directory.iterdir() if p.is_dir())]:
        for path in sorted(folder.glob("*.csv")):
            found.setdefault(path.name.lower(), path)
    return found


class CsvFile:
    """One CSV file of the download, with its columns checked."""

    def __init__(self, path: Path, required: tuple[str, ...]) -> None:
        self.path = path
        self.name = path.name
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise ImportFailed(
                    f"Het bestand {self.name} is te groot ({human_size(size)}) voor een "
                    "ESCO-bestand. Kies de map van de ESCO-download (CSV).",
                    f"The file {self.name} is too large ({human_size(size)}) for an ESCO file. "
                    "Choose the folder of the ESCO download (CSV).",
                )
            raw = path.read_bytes()
        except OSError:
            # A folder or a dangling link named *.csv, a file without read rights.
            raise ImportFailed(
                f"Het bestand {self.name} kan niet gelezen worden. Er is niets veranderd.",
                f"The file {self.name} cannot be read. Nothing was changed.",
            ) from None
        try:
            self._text = raw.decode("utf-8-sig")
            self._clean = True
        except UnicodeDecodeError:
            self._text = raw.decode("utf-8-sig", errors="surrogateescape")
            self._clean = False
        self._reader = csv.reader(io.StringIO(self._text, newline=""), strict=True)
        try:
            header = next(self._reader)
        except (StopIteration, csv.Error):
            header = []
        self.columns = {name.strip(): i for i, name in enumerate(header)}
        missing = [c for c in required if c not in self.columns]
        if missing:
            raise ImportFailed(
                f"Het bestand {self.name} mist de kolom(men) {', '.join(missing)}. "
                "Is dit wel een ESCO-bestand in CSV-formaat?",
                f"The file {self.name} lacks the column(s) {', '.join(missing)}. "
                "Is this an ESCO file in CSV format?",
            )
        self.width = len(header)

    def rows(
        self, problems: Problems, reporter: Reporter, stage: str
    ) -> Iterator[tuple[int, list[str]]]:
        """(line number, fields) of every usable row; the others go to ``problems``."""
        total = max(self._text.count("\n"), 1)
        reader = self._reader
        count = 0
        while True:
            line = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error:
                problems.seen += 1
                problems.add(
                    self.name, line,
                    "aanhalingstekens kloppen niet; de regel is overgeslagen",
                    "broken quoting; the line was skipped",
                )  # fmt: skip
                continue
            count += 1
            if count % _REPORT_EVERY == 0:
                reporter.tick(stage, reader.line_num, total)
            if not row or row == [""]:
                continue
            problems.seen += 1
            if len(row) != self.width:
                problems.add(
                    self.name, line,
                    f"{len(row)} kolommen in plaats van {self.width}",
                    f"{len(row)} columns instead of {self.width}",
                )  # fmt: skip
                continue
            if not self._clean and any(_NOT_UTF8.search(value) for value in row):
                problems.add(
                    self.name, line,
                    "tekens die geen UTF-8 zijn; sla het bestand op als UTF-8",
                    "characters that are not UTF-8; save the file as UTF-8",
                )  # fmt: skip
                continue
            yield line, row
        reporter.tick(stage, total, total)
