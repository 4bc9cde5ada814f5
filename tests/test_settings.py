from __future__ import annotations

import json

from portfolio_app import settings
from portfolio_app.paths import AppPaths


def test_defaults_when_missing_or_broken(tmp_path) -> None:  # type: ignore[no-untyped-def]
    paths = AppPaths(tmp_path)
    assert settings.load(paths) == settings.Settings()
    paths.settings_file.write_text("{not json")
    assert settings.load(paths).language == "nl"
    paths.settings_file.write_text(
        json.dumps({"language": "fr", "autolock_minutes": -5, "extra": 1})
    )
    loaded = settings.load(paths)
    assert loaded.language == "nl" and loaded.autolock_minutes == 0


def test_round_trip(tmp_path) -> None:  # type: ignore[no-untyped-def]
    paths = AppPaths(tmp_path / "nieuw")
    settings.save(paths, settings.Settings(language="en", autolock_minutes=3))
    assert settings.load(paths) == settings.Settings(language="en", autolock_minutes=3)
    assert not list(paths.data_dir.glob("*.part"))


def test_migrations_run_in_order(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(settings, "VERSION", 3)
    monkeypatch.setattr(
        settings,
        "MIGRATIONS",
        {1: lambda d: {**d, "step": [1]}, 2: lambda d: {**d, "step": d["step"] + [2]}},
    )
    assert settings.migrate({"version": 1}) == {"version": 3, "step": [1, 2]}
