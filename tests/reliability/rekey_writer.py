"""A child for the whole-file operations: it changes the passphrase back and forth, makes
backups and adds claims, until it is killed.

A passphrase change rewrites the whole vault under a new key and renames it over the old
one; a backup copies the whole file. Both must leave, at any moment of a SIGKILL, a vault
that opens with one of the two passphrases and holds everything acknowledged.

Run as ``python -m tests.reliability.rekey_writer VAULT SEED FIRST_SEQ BACKUP_DIR`` with
``CRASH_PASSPHRASE`` (the current one) and ``CRASH_OTHER_PASSPHRASE`` set. Lines as in
``crash_writer``; a ``BEGIN`` carries ``kind`` ("rekey", "backup", "claim_add"), the
``passphrase`` the vault has once it is done, the backup ``path`` and the ``effects``.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path

from portfolio_app.domain import CompetenceClaim
from portfolio_app.vault import Portfolio
from tests.reliability import crash_model as model

MAX_RUNTIME = 120.0


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    vault, seed, seq, backups = Path(argv[0]), int(argv[1]), int(argv[2]), Path(argv[3])
    current, other = os.environ["CRASH_PASSPHRASE"], os.environ["CRASH_OTHER_PASSPHRASE"]
    rng = random.Random(seed)
    parent, started = os.getppid(), time.monotonic()
    portfolio = Portfolio.open(vault, current)
    _say("READY")
    while os.getppid() == parent and time.monotonic() - started < MAX_RUNTIME:
        kind = rng.choices(["rekey", "backup", "claim_add"], [0.4, 0.3, 0.3])[0]
        record: dict[str, object] = {"seq": seq, "kind": kind, "effects": {}, "bytes": 0}
        if kind == "rekey":
            record["passphrase"] = other
            _say("BEGIN " + json.dumps(record))
            portfolio.change_passphrase(current, other)
            current, other = other, current
        elif kind == "backup":
            path = backups / f"backup-{seq}.pfbackup"
            record["path"] = str(path)
            _say("BEGIN " + json.dumps(record))
            portfolio.backup(path)
        else:
            claim = CompetenceClaim(id=f"c{seq}", label=f"Competentie {seq}")
            record["effects"] = {f"claims/{claim.id}": model.claim_fp(claim)}
            _say("BEGIN " + json.dumps(record))
            portfolio.claims.add(claim)
        _say(f"ACK {seq}")
        seq += 1
    portfolio.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
