"""SIGKILL during whole-file operations: passphrase changes and backups (see
``rekey_writer``), checked the way ``crash_harness`` checks ordinary writes.

After every kill the vault must open with the passphrase of the last acknowledged change,
or with the new one when a change was in flight (never with neither), pass both integrity
checks and hold every acknowledged claim; every acknowledged backup must pass its checksum.
Files a killed operation leaves behind (a half-written copy under a temporary name) are
counted: they are encrypted, but they take room until someone removes them.
"""

from __future__ import annotations

import random
from pathlib import Path

from portfolio_app.errors import WrongPassphrase
from portfolio_app.vault import Portfolio
from portfolio_app.vault.backups import verify
from tests.reliability import crash_model as model
from tests.reliability.crash_harness import Harness, Run


class RekeyHarness(Harness):
    module = "tests.reliability.rekey_writer"
    strategies = (("startup", 0.1), ("random", 0.6), ("ack", 0.3))
    random_delay = 2.5

    def __init__(self, vault: Path, passphrases: tuple[str, str], seed: int) -> None:
        super().__init__(vault, passphrases[0], seed)
        self.other = passphrases[1]
        self.backups = vault.parent / "backups"
        self.rng = random.Random(seed)

    def _env(self) -> dict[str, str]:
        return {
            "CRASH_PASSPHRASE": self.passphrase,
            "CRASH_OTHER_PASSPHRASE": self.other,
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        }

    def _args(self) -> list[str]:
        return [str(self.backups)]

    def _check(self, run: Run, label: str) -> None:
        figures = self.figures
        expected, passphrase, other = dict(self.state), self.passphrase, self.other
        backups: list[Path] = []
        for seq in run.acked:
            record = run.begun[seq]
            expected = model.apply(expected, record["effects"])
            if record["kind"] == "rekey":
                passphrase, other = other, passphrase
            elif record["kind"] == "backup":
                backups.append(Path(record["path"]))
        figures.acknowledged += len(run.acked)
        pending = [seq for seq in run.begun if seq not in run.acked]
        in_flight = run.begun[pending[-1]] if pending else None
        figures.note_in_flight(in_flight)
        candidates = [(passphrase, other)]
        if in_flight is not None and in_flight["kind"] == "rekey":
            candidates.append((other, passphrase))
        opened = None
        for first, second in candidates:
            try:
                with Portfolio.open(self.vault, first) as portfolio:
                    opened = (first, second, portfolio.integrity_problems())
                    actual = model.read_state(portfolio)
                break
            except WrongPassphrase:
                continue
        if opened is None:
            figures.failures.append(f"{label}: the vault opens with neither passphrase")
            raise AssertionError(figures.failures[-1])
        self.passphrase, self.other, problems = opened
        with_in_flight = model.apply(expected, in_flight["effects"]) if in_flight else expected
        if problems:
            figures.failures.append(f"{label}: integrity problems: {problems[:5]}")
        lost = [k for k in expected if actual.get(k) != expected[k]]
        figures.lost += len(lost)
        if lost or actual not in (expected, with_in_flight):
            figures.failures.append(f"{label}: content differs after the kill: {lost[:5]}")
        for path in backups:
            try:
                verify(path)
            except Exception as exc:  # noqa: BLE001 - any failure is the finding
                figures.failures.append(f"{label}: acknowledged backup {path.name}: {exc!r}")
        if in_flight is not None:
            done = self.passphrase != passphrase or actual != expected
            if in_flight["kind"] == "backup":
                done = Path(in_flight["path"]).exists()
            figures.in_flight_committed += done
            figures.in_flight_absent += not done
        # Opening the vault (above) must have cleared a copy a killed change left behind.
        copies = [p.name for p in self.vault.parent.iterdir() if _leftover(p)]
        if copies:
            figures.failures.append(f"{label}: left beside the vault after reopening: {copies}")
        figures.leftover_files += len(copies)
        figures.leftover_backup_parts = len([p for p in self._backup_files() if _leftover(p)])
        if not problems and not lost and actual in (expected, with_in_flight):
            figures.survived += 1
        self.state = actual

    def _backup_files(self) -> list[Path]:
        return list(self.backups.iterdir()) if self.backups.is_dir() else []


def _leftover(path: Path) -> bool:
    return ".rekey-" in path.name or ".new-" in path.name or path.name.endswith(".part")
