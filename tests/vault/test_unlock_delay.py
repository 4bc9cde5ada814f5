"""The unlock delay beside the vault: counted, timed, atomic, and without anything secret."""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from portfolio_app.vault import unlock_delay
from portfolio_app.vault.unlock_delay import Failures, delay_file, retry_delay

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def test_retry_delay_grows_and_caps() -> None:
    assert [retry_delay(n) for n in range(0, 8)] == [0, 1, 2, 4, 8, 16, 30, 30]
    assert retry_delay(10**9) == 30  # a tampered file cannot make it compute for ever


def test_failures_are_counted_in_a_small_file_beside_the_vault(tmp_path: Path) -> None:
    vault = tmp_path / "portfolio.vault"
    assert unlock_delay.load(vault) == Failures()
    for n in range(1, 4):
        assert unlock_delay.record_failure(vault, T0 + timedelta(seconds=n)).count == n
    written = delay_file(vault)
    assert written == tmp_path / "portfolio.vault.unlock-delay"
    data = json.loads(written.read_text())
    assert data == {"version": 1, "failures": 3, "last": (T0 + timedelta(seconds=3)).isoformat()}
    assert sorted(p.name for p in tmp_path.iterdir()) == [written.name]  # no temp file left
    if os.name == "posix":
        assert stat.S_IMODE(written.stat().st_mode) == 0o600
    # read back as a new start of the app would
    failures = unlock_delay.load(vault)
    assert failures.count == 3
    assert failures.wait_left(T0 + timedelta(seconds=4)) == 3.0  # 4 s after the 3rd, 1 s gone
    assert failures.wait_left(T0 + timedelta(seconds=60)) == 0.0
    unlock_delay.clear(vault)
    assert not written.exists() and unlock_delay.load(vault) == Failures()
    unlock_delay.clear(vault)  # twice is fine


def test_a_clock_set_back_waits_the_whole_delay() -> None:
    failures = Failures(5, T0)
    assert failures.wait_left(T0 - timedelta(hours=1)) == 16.0


@pytest.mark.parametrize(
    "content",
    [b"", b"{", b"[]", b'{"failures": "x", "last": "2026"}', b'{"failures": 2}', b"\xff\xfe"],
)
def test_a_damaged_file_counts_as_no_failures(tmp_path: Path, content: bytes) -> None:
    vault = tmp_path / "portfolio.vault"
    delay_file(vault).write_bytes(content)
    assert unlock_delay.load(vault) == Failures()
    assert unlock_delay.record_failure(vault, T0).count == 1


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a read-only folder")
def test_a_read_only_folder_still_counts_this_time(tmp_path: Path) -> None:
    vault = tmp_path / "portfolio.vault"
    tmp_path.chmod(0o500)
    try:
        assert unlock_delay.record_failure(vault, T0).count == 1
    finally:
        tmp_path.chmod(0o700)
    assert not delay_file(vault).exists()
