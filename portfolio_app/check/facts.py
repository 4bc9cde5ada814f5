"""What the check states next to the competences, each with its source and date: the
labour-market figures, the EVC costs, the regulated professions, the future competences and
the rights and incentives (``portfolio_app.rights``) the EVC card and the learning steps
use.

They come in as one value so a check, a test or a benchmark can state exactly which facts it
used (none at all: the check then says nothing about them).
"""

from __future__ import annotations

from dataclasses import dataclass

from portfolio_app.check.evc import EvcCosts
from portfolio_app.check.rules import FutureList, RegulatedProfessions
from portfolio_app.check.signals import SignalTable
from portfolio_app.rights.model import Rules


@dataclass(frozen=True, slots=True)
class Facts:
    signals: SignalTable | None = None
    evc_costs: EvcCosts | None = None
    regulated: RegulatedProfessions | None = None
    future: FutureList | None = None
    rights: Rules | None = None
