"""Speed goals of issue 6: CV annex of 300 claims and 60 leerbewijzen under 1 s, EVC dossier
with 20 attachments under 3 s. Run with ``pytest -m benchmark --benchmark-enable tests/export``."""

from __future__ import annotations

from typing import Any

import pytest

from benchmarks.export_bench import CREATED, fill_big, fill_evidence
from portfolio_app.export.cv_annex import render_cv
from portfolio_app.export.evc_dossier import render_evc
from portfolio_app.export.options import CvOptions, EvcOptions
from portfolio_app.vault import Portfolio

pytestmark = pytest.mark.benchmark


def test_cv_annex_300_claims(portfolio: Portfolio, benchmark: Any) -> None:
    fill_big(portfolio)
    benchmark.pedantic(
        lambda: render_cv(portfolio, CvOptions(created=CREATED)), rounds=5, iterations=1
    )
    assert benchmark.stats.stats.median < 1.0


def test_evc_dossier_20_attachments(portfolio: Portfolio, benchmark: Any) -> None:
    qualification = fill_evidence(portfolio)
    benchmark.pedantic(
        lambda: render_evc(portfolio, qualification, EvcOptions(created=CREATED)),
        rounds=3,
        iterations=1,
    )
    assert benchmark.stats.stats.median < 3.0
