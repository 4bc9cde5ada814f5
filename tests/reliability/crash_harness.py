"""The parent of the crash harness: start a writer, SIGKILL it at a random moment, check.

A SIGKILL is the harshest thing a process can meet short of a power cut: no ``finally``, no
atexit, no flush, half a transaction in the WAL. After every kill the vault must open, pass
SQLite's ``integrity_check`` and SQLCipher's ``cipher_integrity_check``, and hold exactly
what the writer had acknowledged, plus at most the one change it had begun (which may or may
not have reached its commit, but must then be there whole).

Kills are aimed four ways, so they land in every phase of a write and not only where a
uniform delay tends to fall:

- ``startup``: at a random moment after the spawn, often while the vault is being opened
  (key derivation, WAL recovery after the previous kill);
- ``random``: a random delay after the writer is ready;
- ``large``: a few milliseconds after the writer announced a change with a large attachment,
  so the kill lands while hundreds of kB of pages are being written;
- ``ack``: right after an acknowledgement, where the commit and the WAL's auto-checkpoint run.

One vault is reused for all kills, as a user's vault lives through many crashes.
"""

from __future__ import annotations

import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from portfolio_app.vault import Portfolio
from tests.reliability import crash_model as model

REPO_ROOT = Path(__file__).resolve().parents[2]
LARGE = 300_000
STRATEGIES = (("startup", 0.10), ("random", 0.40), ("large", 0.25), ("ack", 0.25))


@dataclass
class Figures:
    """What the harness reports; every kill ends in exactly one of survived or failures."""

    seed: int
    kills: int = 0
    survived: int = 0
    acknowledged: int = 0
    lost: int = 0
    in_flight_committed: int = 0
    in_flight_absent: int = 0
    half_written: int = 0
    killed_in_large_write: int = 0
    killed_before_ready: int = 0
    leftover_files: int = 0
    leftover_backup_parts: int = 0
    by_strategy: dict[str, int] = field(default_factory=dict)
    killed_during: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def note_in_flight(self, in_flight: dict[str, Any] | None) -> None:
        kind = in_flight["kind"] if in_flight is not None else "between writes"
        self.killed_during[kind] = self.killed_during.get(kind, 0) + 1

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "failures"} | {
            "failures": len(self.failures)
        }


@dataclass
class Run:
    """What one writer said before it died."""

    ready: bool = False
    begun: dict[int, dict[str, Any]] = field(default_factory=dict)
    acked: list[int] = field(default_factory=list)
    exit_status: int | None = None
    stderr: str = ""


def _reader(stream: IO[str], lines: queue.Queue[str | None]) -> None:
    for line in stream:
        lines.put(line.rstrip("\n"))
    lines.put(None)


def _record(run: Run, line: str) -> None:
    if line == "READY":
        run.ready = True
    elif line.startswith("BEGIN "):
        try:
            record = json.loads(line[6:])
        except ValueError:
            return  # cut off by the kill: the write it announces never started
        run.begun[int(record["seq"])] = record
    elif line.startswith("ACK "):
        run.acked.append(int(line[4:]))


def _pick(rng: random.Random, strategies: tuple[tuple[str, float], ...]) -> str:
    roll = rng.random()
    for name, weight in strategies:
        roll -= weight
        if roll <= 0:
            return name
    return strategies[-1][0]


class Harness:
    module = "tests.reliability.crash_writer"
    strategies = STRATEGIES
    random_delay = 0.6

    def __init__(self, vault: Path, passphrase: str, seed: int, *, lie: bool = False) -> None:
        self.lie = lie
        self.vault = vault
        self.passphrase = passphrase
        self.rng = random.Random(seed)
        self.figures = Figures(seed=seed)
        with Portfolio.open(vault, passphrase) as portfolio:
            self.state = model.read_state(portfolio)

    def run(self, kills: int, *, until_failure: bool = False) -> Figures:
        started = time.monotonic()
        for number in range(kills):
            self.one_kill(number)
            if until_failure and self.figures.failures:
                break
        self.figures.seconds = round(time.monotonic() - started, 1)
        return self.figures

    # -- one kill -------------------------------------------------------------------------

    def one_kill(self, number: int) -> None:
        strategy = "large" if self.lie else _pick(self.rng, self.strategies)
        child_seed = self.rng.randrange(2**32)
        run = self._kill_writer(strategy, child_seed, first_seq=(number + 1) * 1_000_000)
        label = f"kill {number} ({strategy}, child seed {child_seed})"
        if run.exit_status != -signal.SIGKILL:
            self.figures.failures.append(
                f"{label}: the writer ended by itself (status {run.exit_status}): "
                f"{run.stderr[-2000:]}"
            )
            return
        self.figures.kills += 1
        self.figures.by_strategy[strategy] = self.figures.by_strategy.get(strategy, 0) + 1
        self.figures.killed_before_ready += not run.ready
        self._check(run, label)

    def _kill_writer(self, strategy: str, seed: int, first_seq: int) -> Run:
        env = dict(os.environ, **self._env())
        command = [sys.executable, "-m", self.module]
        command += [str(self.vault), str(seed), str(first_seq), *self._args()]
        run = Run()
        lines: queue.Queue[str | None] = queue.Queue()
        with subprocess.Popen(
            command,
            cwd=REPO_ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        ) as child:
            assert child.stdout is not None and child.stderr is not None
            reader = threading.Thread(target=_reader, args=(child.stdout, lines), daemon=True)
            reader.start()
            errors: list[str] = []
            err_reader = threading.Thread(
                target=lambda: errors.append(child.stderr.read()),  # type: ignore[union-attr]
                daemon=True,
            )
            err_reader.start()
            self._aim(strategy, child, lines, run)
            try:
                os.kill(child.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass  # it ended by itself; the status says how
            run.exit_status = child.wait()
            reader.join(timeout=10)
            err_reader.join(timeout=10)
            run.stderr = "".join(errors)
        while True:
            try:
                line = lines.get_nowait()
            except queue.Empty:
                break
            if line is not None:
                _record(run, line)
        return run

    def _env(self) -> dict[str, str]:
        return {"CRASH_PASSPHRASE": self.passphrase, "CRASH_LIE": str(int(self.lie))}

    def _args(self) -> list[str]:
        return []

    def _aim(
        self,
        strategy: str,
        child: subprocess.Popen[str],
        lines: queue.Queue[str | None],
        run: Run,
    ) -> None:
        """Wait for the moment to kill, following the writer's lines as they come."""

        def next_line(deadline: float) -> str | None:
            try:
                line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                return None
            if line is not None:
                _record(run, line)
            return line

        if strategy == "startup":
            time.sleep(self.rng.uniform(0.05, 0.7))
            return
        deadline = time.monotonic() + 30
        while not run.ready:
            if next_line(deadline) is None and (time.monotonic() > deadline or child.poll()):
                return
        if strategy == "random":
            time.sleep(self.rng.uniform(0.0, self.random_delay))
        elif strategy == "large":
            deadline = time.monotonic() + 4
            while time.monotonic() < deadline:
                line = next_line(deadline)
                if line is None and child.poll() is not None:
                    return
                if line and line.startswith("BEGIN ") and run.begun:
                    if run.begun[max(run.begun)]["bytes"] >= LARGE:
                        time.sleep(self.rng.uniform(0.0, 0.03))
                        return
        elif strategy == "ack":
            wanted = len(run.acked) + self.rng.randint(1, 6)
            deadline = time.monotonic() + 10
            while len(run.acked) < wanted and time.monotonic() < deadline:
                if next_line(deadline) is None and child.poll() is not None:
                    return

    # -- the check after a kill -----------------------------------------------------------

    def _check(self, run: Run, label: str) -> None:
        figures = self.figures
        expected = dict(self.state)
        last_writer: dict[str, int] = {}
        for seq in run.acked:
            for key in run.begun[seq]["effects"]:
                last_writer[key] = seq
            expected = model.apply(expected, run.begun[seq]["effects"])
        figures.acknowledged += len(run.acked)
        pending = [seq for seq in run.begun if seq not in run.acked]
        in_flight = run.begun[pending[-1]] if pending else None
        if in_flight is not None and in_flight["bytes"] >= LARGE:
            figures.killed_in_large_write += 1
        figures.note_in_flight(in_flight)
        try:
            with Portfolio.open(self.vault, self.passphrase) as portfolio:
                problems = portfolio.integrity_problems()
                actual = model.read_state(portfolio)
        except Exception as exc:  # noqa: BLE001 - any failure to open is the finding
            figures.failures.append(f"{label}: the vault did not open: {exc!r}")
            raise AssertionError(figures.failures[-1]) from exc
        if problems:
            figures.failures.append(f"{label}: integrity problems: {problems[:5]}")
        lost = {
            seq
            for key, seq in last_writer.items()
            if actual.get(key) != expected.get(key)
            and not (in_flight is not None and key in in_flight["effects"])
        }
        figures.lost += len(lost)
        with_in_flight = (
            model.apply(expected, in_flight["effects"]) if in_flight is not None else None
        )
        if actual == expected:
            figures.in_flight_absent += in_flight is not None
        elif actual == with_in_flight:
            figures.in_flight_committed += 1
        else:
            if lost:
                figures.failures.append(f"{label}: acknowledged commits lost: {sorted(lost)}")
            else:
                figures.half_written += 1
                figures.failures.append(
                    f"{label}: the vault holds neither the acknowledged state nor that plus "
                    f"the change in flight ({in_flight and in_flight['kind']}): "
                    f"{_difference(expected, actual)}"
                )
        if not problems and (actual == expected or actual == with_in_flight):
            figures.survived += 1
        self.state = actual


def _difference(expected: model.State, actual: model.State) -> str:
    keys = sorted(k for k in expected.keys() | actual.keys() if expected.get(k) != actual.get(k))
    return ", ".join(keys[:10]) + (" ..." if len(keys) > 10 else "")
