"""Backup and restore time for a large vault (issue 7): ``--mb 500`` attachments of 1 MB;
and what the page checks of issue 12 cost: before every backup, for ``status``, at the first
open of a day (with its daily backup), and after a wrong passphrase.

Run: ``.venv/bin/python benchmarks/backup_bench.py [--mb 500]``.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from portfolio_app.errors import WrongPassphrase
from portfolio_app.vault import Portfolio
from portfolio_app.vault.backups import BackupPolicy, describe, restore

PASSPHRASE = "paars fietsje leest graag"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        vault = folder / "groot.vault"
        with Portfolio.create(vault, PASSPHRASE) as portfolio:
            blob = os.urandom(1_000_000)
            for start in range(0, args.mb, 50):
                with portfolio.change("bijlagen", "attachments"):
                    for i in range(start, min(start + 50, args.mb)):
                        portfolio.attachments.add_bytes(
                            blob[:-8] + i.to_bytes(8, "big"), f"{i}.bin"
                        )
            size = vault.stat().st_size
            began = time.perf_counter()
            assert portfolio.page_problems() == []
            checks_s = time.perf_counter() - began
            began = time.perf_counter()
            portfolio.backup(folder / "kopie.pfbackup")
            backup_s = time.perf_counter() - began
        policy = BackupPolicy(folder / "daily")
        began = time.perf_counter()
        Portfolio.open(vault, PASSPHRASE, backups=policy).close()
        first_open_s = time.perf_counter() - began
        began = time.perf_counter()
        Portfolio.open(vault, PASSPHRASE, backups=policy).close()
        later_open_s = time.perf_counter() - began
        began = time.perf_counter()
        try:
            Portfolio.open(vault, "niet de goede wachtzin")
        except WrongPassphrase:
            pass
        wrong_s = time.perf_counter() - began
        began = time.perf_counter()
        info = describe(folder / "kopie.pfbackup", PASSPHRASE, folder)
        describe_s = time.perf_counter() - began
        began = time.perf_counter()
        restore(folder / "kopie.pfbackup", PASSPHRASE, vault, folder / "backups")
        restore_s = time.perf_counter() - began
        print(f"vault {size / 1e6:.0f} MB, {info.counts['attachments']} attachments")
        print(f"page checks (cipher_integrity_check + quick_check): {checks_s:.2f} s")
        print(f"backup (checks, copy, fsync, read back and verify): {backup_s:.1f} s")
        print(f"first open of a day (with its daily backup): {first_open_s:.2f} s")
        print(f"a later open the same day: {later_open_s:.2f} s")
        print(f"a wrong passphrase (told apart from a damaged first page): {wrong_s:.2f} s")
        print(f"describe (verify checksum, integrity check, counts): {describe_s:.1f} s")
        print(f"restore (verify, inspect, keep current vault as backup, swap): {restore_s:.1f} s")


if __name__ == "__main__":
    main()
