"""Reading the bundled rights file (``resources/rights/rights.json``); the only module of
``portfolio_app.rights`` that touches the file system."""

from __future__ import annotations

from portfolio_app.bundled import bundled_text, json_or_none
from portfolio_app.check.evc import EvcCosts
from portfolio_app.rights.evc_figures import evc_figures
from portfolio_app.rights.model import Rules, parse_rights


def bundled_rights_text() -> str | None:
    return bundled_text("rights", "rights.json")


def load_rights(costs: EvcCosts | None = None) -> Rules | None:
    """The bundled rules (None when the file is not installed); ``costs`` gives the EVC
    right its figures."""
    text = bundled_rights_text()
    if text is None:
        return None
    extra = {"evc_costs": evc_figures(costs)} if costs is not None else {}
    return parse_rights(json_or_none(text), extra)
