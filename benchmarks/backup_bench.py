"""Backup and restore time for a large vault (issue 7): ``--mb 500`` attachments of 1 MB.

Run: ``.venv/bin/python benchmarks/backup_bench.py [--mb 500]``.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from portfolio_app.vault import Portfolio
from portfolio_app.vault.backups import describe, restore

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
            portfolio.backup(folder / "kopie.pfbackup")
            backup_s = time.perf_counter() - began
        began = time.perf_counter()
        info = describe(folder / "kopie.pfbackup", PASSPHRASE, folder)
        describe_s = time.perf_counter() - began
        began = time.perf_counter()
        restore(folder / "kopie.pfbackup", PASSPHRASE, vault, folder / "backups")
        restore_s = time.perf_counter() - began
        print(f"vault {size / 1e6:.0f} MB, {info.counts['attachments']} attachments")
        print(f"backup (copy, fsync, read back and verify): {backup_s:.1f} s")
        print(f"describe (verify checksum, integrity check, counts): {describe_s:.1f} s")
        print(f"restore (verify, inspect, keep current vault as backup, swap): {restore_s:.1f} s")


if __name__ == "__main__":
    main()
