"""Counted phrases for texts the core makes in two languages at once (undo descriptions,
CLI lines), where Qt's plural forms are not available: "1 competentie", "3 competenties"."""

from __future__ import annotations


def counted(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"
