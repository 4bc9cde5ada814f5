"""Export figures for issue 6: the CV annex of 300 claims and 60 leerbewijzen (goal < 1 s) and
an EVC dossier with 20 attachments (goal < 3 s).

Run: ``.venv/bin/python benchmarks/export_bench.py [--runs 5]``. Prints the median and the
worst of the runs and the page counts; timings are wall-clock on this machine. The builders
are shared with ``tests/export`` (the big-portfolio test and the pytest benchmarks).
"""

from __future__ import annotations

import argparse
import io
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from portfolio_app.domain import CompetenceClaim, Experience, Leerbewijs
from portfolio_app.domain.enums import CompetenceKind
from portfolio_app.export.cv_annex import render_cv
from portfolio_app.export.evc_dossier import render_evc
from portfolio_app.export.options import CvOptions, EvcOptions
from portfolio_app.language import Deelkwalificatie, Qualification
from portfolio_app.vault import Portfolio

PASSPHRASE = "paars fietsje leest graag"
CREATED = date(2025, 3, 3)


def fill_big(portfolio: Portfolio, claims: int = 300, proofs: int = 60) -> None:
    """A heavy user's portfolio, written in one change so it is quick to build."""
    kinds = list(CompetenceKind)
    made = [
        Leerbewijs(
            title=f"Leerbewijs nummer {i} over een vrij lang onderwerp in de zorg",
            issuer=f"Opleider {i % 7}",
            issued=date(2000 + i % 25, 1 + i % 12, 1),
            vks_level=1 + i % 8,
        )
        for i in range(proofs)
    ]
    ids = [p.id for p in made]
    with portfolio.change("benchmark", "benchmark"):
        portfolio.leerbewijzen.add_many(made)
        portfolio.claims.add_many(
            [
                CompetenceClaim(
                    label=f"Competentie {i}: zorgvuldig werken met materiaal en mensen",
                    kind=kinds[i % len(kinds)],
                    level=1 + i % 4,
                    last_used=date(2010 + i % 15, 1 + i % 12, 1),
                    leerbewijs_ids=[ids[i % len(ids)]] if i % 2 else [],
                )
                for i in range(claims)
            ]
        )


def _photo(i: int) -> bytes:
    """A phone-sized photo (3000 x 2000), as candidates take them of their work."""
    image = Image.new("RGB", (3000, 2000), (200 - i * 5, 210, 220))
    ImageDraw.Draw(image).rectangle((300, 300, 2700, 1700), outline=(20, 60, 80), width=30)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def _scan(i: int) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    for page in range(2):
        canvas.drawString(72, 760, f"Attest {i}, pagina {page + 1}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def fill_evidence(portfolio: Portfolio, attachments: int = 20) -> Qualification:
    """A BK of 12 competences, with experiences and 20 attachments (half photos, half
    two-page PDFs) spread over them; returns the qualification to render."""
    uris = [f"urn:bench:concept:{i}" for i in range(12)]
    job = portfolio.experiences.add(Experience(organisation="Magazijn Noord", role="Chauffeur"))
    files = [
        portfolio.attachments.add_bytes(_photo(i), f"foto-{i}.jpg")
        if i % 2
        else portfolio.attachments.add_bytes(_scan(i), f"attest-{i}.pdf")
        for i in range(attachments)
    ]
    for i, uri in enumerate(uris[:10]):
        portfolio.claims.add(
            CompetenceClaim(
                concept_uri=uri,
                label=f"Competentie {i} van de heftruckchauffeur",
                experience_ids=[job.id],
                attachment_ids=[files[2 * i].id, files[2 * i + 1].id],
            )
        )
    parts = (
        Deelkwalificatie("urn:bench:dk:1", "Rijden", "Driving", tuple(uris[:6])),
        Deelkwalificatie("urn:bench:dk:2", "Magazijn", "Warehouse", tuple(uris[6:])),
    )
    return Qualification(
        "urn:bench:bk", "Heftruckchauffeur", "Forklift operator", 2, None, True, "", (), parts
    )


def _time(label: str, runs: int, render: object) -> None:
    times, data = [], b""
    for _ in range(runs):
        start = time.perf_counter()
        data = render()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    pages = len(PdfReader(io.BytesIO(data)).pages)
    print(
        f"{label}: median {statistics.median(times) * 1000:.0f} ms, "
        f"worst {max(times) * 1000:.0f} ms, {pages} pages, {len(data) / 1000:.0f} kB"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        portfolio = Portfolio.create(Path(tmp) / "cv.vault", PASSPHRASE, check_strength=False)
        fill_big(portfolio)
        _time(
            "CV annex, 300 claims and 60 leerbewijzen (goal < 1 s)",
            args.runs,
            lambda: render_cv(portfolio, CvOptions(created=CREATED)),
        )
        portfolio.close()
        portfolio = Portfolio.create(Path(tmp) / "evc.vault", PASSPHRASE, check_strength=False)
        qualification = fill_evidence(portfolio)
        _time(
            "EVC dossier, 20 attachments (goal < 3 s)",
            args.runs,
            lambda: render_evc(portfolio, qualification, EvcOptions(created=CREATED)),
        )
        portfolio.close()


if __name__ == "__main__":
    main()
