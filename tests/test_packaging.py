"""A wheel must hold every package: a forgotten one works in a checkout and breaks installs."""

from __future__ import annotations

import tomllib

from tests.conftest import REPO_ROOT


def test_every_package_is_listed_in_pyproject() -> None:
    config = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(REPO_ROOT).parts)
        for init in (REPO_ROOT / "portfolio_app").rglob("__init__.py")
    }
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"
    assert config["tool"]["setuptools"]["package-dir"]["portfolio_app.resources"] == "resources"
