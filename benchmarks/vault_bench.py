"""Vault figures for issue 2: key derivation cost, bulk inserts, size, open time.

Run: ``.venv/bin/python benchmarks/vault_bench.py [--claims 10000] [--attachments 200]``.
Prints one line per figure; timings are wall-clock on this machine, so compare within a run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from portfolio_app.domain import CompetenceClaim, Leerbewijs
from portfolio_app.vault import Portfolio

PASSPHRASE = "paars fietsje leest graag"


def timed(fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--attachments", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.vault"
        seconds, portfolio = timed(lambda: Portfolio.create(path, PASSPHRASE))
        print(f"create (incl. 2 key derivations): {seconds * 1000:.0f} ms")
        portfolio.close()
        opens = []
        for _ in range(5):
            seconds, portfolio = timed(lambda: Portfolio.open(path, PASSPHRASE))
            opens.append(seconds)
            portfolio.close()
        print(
            f"unlock empty vault (key derivation): median {statistics.median(opens) * 1000:.0f} ms"
        )

        portfolio = Portfolio.open(path, PASSPHRASE)
        claims = [
            CompetenceClaim(label=f"Competentie {i}", level=1 + i % 4) for i in range(args.claims)
        ]
        seconds, _ = timed(lambda: portfolio.claims.add_many(claims))
        print(f"insert {args.claims} claims in one transaction: {seconds:.2f} s")
        singles = [CompetenceClaim(label=f"Los {i}") for i in range(200)]
        seconds, _ = timed(lambda: [portfolio.claims.add(c) for c in singles])
        per_save = seconds / 200 * 1000
        print(f"insert 200 claims one transaction each: {seconds:.2f} s ({per_save:.1f} ms each)")

        blob = os.urandom(1_000_000)

        def attach() -> None:
            for i in range(args.attachments):
                with portfolio.change("bijlage", "attachment"):
                    a = portfolio.attachments.add_bytes(
                        blob[:-8] + i.to_bytes(8, "big"), f"scan{i}.pdf"
                    )
                    portfolio.leerbewijzen.add(
                        Leerbewijs(title=f"Attest {i}", attachment_ids=[a.id])
                    )

        seconds, _ = timed(attach)
        print(f"{args.attachments} attachments of 1 MB (each with its leerbewijs): {seconds:.2f} s")
        seconds, listed = timed(portfolio.claims.list)
        print(f"load all {len(listed)} claims: {seconds * 1000:.0f} ms")
        portfolio.close()
        size = sum(p.stat().st_size for p in Path(tmp).glob("bench.vault*"))
        print(f"vault size: {size / 1e6:.1f} MB")
        opens = []
        for _ in range(3):
            seconds, portfolio = timed(lambda: Portfolio.open(path, PASSPHRASE))
            opens.append(seconds)
            portfolio.close()
        print(f"open full vault: median {statistics.median(opens) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
