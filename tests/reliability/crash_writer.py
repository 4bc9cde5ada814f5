"""The child of the crash harness: it writes through the real repositories until it is killed.

Run as ``python -m tests.reliability.crash_writer VAULT SEED FIRST_SEQ`` from the repository
root, with the passphrase in ``CRASH_PASSPHRASE``. It speaks one line at a time on stdout,
flushed at once, so the parent knows exactly what was promised when the SIGKILL came:

``READY``            the vault is open (and any WAL left by the previous kill was recovered)
``BEGIN <json>``     about to write ``{"seq", "kind", "bytes", "effects"}``; ``effects`` is
                     what the vault will hold once this commit is in (see ``crash_model``)
``ACK <seq>``        the commit call has returned: from now on the commit must survive

It mixes what a user does: single adds and edits, a leerbewijs with up to three attachments
(up to about 1 MB each) and the claims citing it in one ``portfolio.change``, deletes that
cascade (a leerbewijs takes its attachments along and is unlinked from its claims), and undo.
Only the vault and domain packages are imported, so a child is writing about half a second
after it starts. It stops by itself when its parent goes away, so it can never run on alone.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

from portfolio_app.domain import ActionPlanItem, Attachment, CompetenceClaim, Leerbewijs
from portfolio_app.domain.enums import PlanStatus
from portfolio_app.vault import Portfolio
from tests.reliability import crash_model as model

ATTACHMENT_CAP = 12_000_000
"""Above this many attachment bytes in the vault, the writer deletes before it adds, so a
vault reused for hundreds of kills stays a realistic size."""
MAX_RUNTIME = 120.0
LIE = os.environ.get("CRASH_LIE") == "1"
"""The harness's own test: acknowledge before writing, which the parent must catch."""

Action = Callable[[], object]


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _attachment_size(rng: random.Random) -> int:
    """Mostly scans of a few kB, now and then a photo or a PDF of up to about 1 MB."""
    roll = rng.random()
    if roll < 0.55:
        return rng.randint(100, 20_000)
    if roll < 0.85:
        return rng.randint(20_000, 300_000)
    return rng.randint(300_000, 1_000_000)


class Writer:
    def __init__(self, portfolio: Portfolio, rng: random.Random, seq: int) -> None:
        self.portfolio = portfolio
        self.rng = rng
        self.seq = seq
        self.state = model.read_state(portfolio)
        self.sizes = {a.id: a.size for a in portfolio.attachments.list()}
        self.undo_effects: model.Effects | None = None

    def ids(self, kind: str) -> list[str]:
        prefix = f"{kind}/"
        return [k[len(prefix) :] for k in self.state if k.startswith(prefix)]

    # -- the operations: each returns (kind, bytes, effects, action) ----------------------

    def claim_add(self) -> tuple[str, int, model.Effects, Action]:
        claim = CompetenceClaim(
            id=f"c{self.seq}",
            label=f"Competentie {self.seq}",
            note="n" * self.rng.randint(0, 3000),
        )
        return (
            "claim_add",
            len(claim.note),
            {f"claims/{claim.id}": model.claim_fp(claim)},
            (lambda: self.portfolio.claims.add(claim)),
        )

    def claim_update(self) -> tuple[str, int, model.Effects, Action] | None:
        ids = self.ids("claims")
        if not ids:
            return None
        claim = self.portfolio.claims.get(self.rng.choice(ids))
        claim.note = f"herzien {self.seq} " + "x" * self.rng.randint(0, 5000)
        return (
            "claim_update",
            len(claim.note),
            {f"claims/{claim.id}": model.claim_fp(claim)},
            (lambda: self.portfolio.claims.update(claim)),
        )

    def claim_delete(self) -> tuple[str, int, model.Effects, Action] | None:
        ids = self.ids("claims")
        if len(ids) < 20:
            return None
        key = self.rng.choice(ids)
        return (
            "claim_delete",
            0,
            {f"claims/{key}": None},
            (lambda: self.portfolio.claims.delete(key)),
        )

    def plan_add(self) -> tuple[str, int, model.Effects, Action]:
        item = ActionPlanItem(id=f"p{self.seq}", goal=f"Doel {self.seq}")
        return (
            "plan_add",
            0,
            {f"plan/{item.id}": model.plan_fp(item)},
            (lambda: self.portfolio.plan.add(item)),
        )

    def plan_update(self) -> tuple[str, int, model.Effects, Action] | None:
        ids = self.ids("plan")
        if not ids:
            return None
        item = self.portfolio.plan.get(self.rng.choice(ids))
        item.status = self.rng.choice(list(PlanStatus))
        item.notes = f"stap {self.seq}"
        return (
            "plan_update",
            0,
            {f"plan/{item.id}": model.plan_fp(item)},
            (lambda: self.portfolio.plan.update(item)),
        )

    def proof_add(self) -> tuple[str, int, model.Effects, Action]:
        """A leerbewijs, its attachments and the claims citing it: one change."""
        seq = self.seq
        blobs = [
            self.rng.randbytes(_attachment_size(self.rng)) for _ in range(self.rng.randint(0, 3))
        ]
        attachments = [
            Attachment.model_validate(
                {
                    "id": f"a{seq}x{i}",
                    "filename": f"scan-{seq}-{i}.png",
                    "media_type": "image/png",
                    "size": len(data),
                    "sha256": hashlib.sha256(data).hexdigest(),
                }
            )
            for i, data in enumerate(blobs)
        ]
        proof = Leerbewijs(
            id=f"l{seq}", title=f"Attest {seq}", attachment_ids=[a.id for a in attachments]
        )
        claims = [
            CompetenceClaim(id=f"c{seq}x{i}", label=f"Bewezen {seq}", leerbewijs_ids=[proof.id])
            for i in range(self.rng.randint(1, 2))
        ]
        effects: model.Effects = {f"leerbewijzen/{proof.id}": model.leerbewijs_fp(proof)}
        for attachment, data in zip(attachments, blobs, strict=True):
            effects[f"attachments/{attachment.id}"] = model.new_attachment_fp(attachment, data)
        for claim in claims:
            effects[f"claims/{claim.id}"] = model.claim_fp(claim)

        def action() -> None:
            with self.portfolio.change("Leerbewijs toegevoegd", "Proof of learning added"):
                for attachment, data in zip(attachments, blobs, strict=True):
                    self.portfolio.attachments.store(attachment, data)
                self.portfolio.leerbewijzen.add(proof)
                for claim in claims:
                    self.portfolio.claims.add(claim)
            for attachment in attachments:
                self.sizes[attachment.id] = attachment.size

        return "proof_add", sum(map(len, blobs)), effects, action

    def proof_delete(self) -> tuple[str, int, model.Effects, Action] | None:
        """Deleting a leerbewijs also drops its attachments and unlinks its claims."""
        ids = self.ids("leerbewijzen")
        if not ids:
            return None
        proof = self.portfolio.leerbewijzen.get(self.rng.choice(ids))
        effects: model.Effects = {f"leerbewijzen/{proof.id}": None}
        for attachment_id in proof.attachment_ids:
            effects[f"attachments/{attachment_id}"] = None
        for claim in self.portfolio.claims.list():
            if proof.id in claim.leerbewijs_ids:
                claim.leerbewijs_ids = [i for i in claim.leerbewijs_ids if i != proof.id]
                effects[f"claims/{claim.id}"] = model.claim_fp(claim)
        size = sum(self.sizes.get(a, 0) for a in proof.attachment_ids)

        def action() -> None:
            self.portfolio.leerbewijzen.delete(proof.id)
            for attachment_id in proof.attachment_ids:
                self.sizes.pop(attachment_id, None)

        return "proof_delete", size, effects, action

    def undo(self) -> tuple[str, int, model.Effects, Action] | None:
        """Undo this process's last change (undo is a write of its own)."""
        if self.undo_effects is None or not self.portfolio.can_undo:
            return None
        effects = self.undo_effects
        return "undo", 0, effects, self.portfolio.undo

    # -- the loop -------------------------------------------------------------------------

    def pick(self) -> tuple[str, int, model.Effects, Action]:
        if sum(self.sizes.values()) > ATTACHMENT_CAP:
            forced = self.proof_delete()
            if forced is not None:
                return forced
        makers: list[Callable[[], tuple[str, int, model.Effects, Action] | None]] = [
            self.claim_add,
            self.claim_update,
            self.claim_delete,
            self.plan_add,
            self.plan_update,
            self.proof_add,
            self.proof_delete,
            self.undo,
        ]
        weights = [0.22, 0.10, 0.06, 0.12, 0.08, 0.30, 0.07, 0.05]
        while True:
            made = self.rng.choices(makers, weights)[0]()
            if made is not None:
                return made

    def step(self) -> None:
        kind, size, effects, action = self.pick()
        before = {key: self.state.get(key) for key in effects}
        announced = {"seq": self.seq, "kind": kind, "bytes": size, "effects": effects}
        _say("BEGIN " + json.dumps(announced))
        if LIE:
            _say(f"ACK {self.seq}")
        action()
        if not LIE:
            _say(f"ACK {self.seq}")
        self.state = model.apply(self.state, effects)
        for attachment_key, value in effects.items():
            if attachment_key.startswith("attachments/") and value is None:
                self.sizes.pop(attachment_key.split("/", 1)[1], None)
        # After an undo there is nothing more to undo that we could describe.
        self.undo_effects = None if kind == "undo" else before
        if kind == "undo":
            self.sizes = {a.id: a.size for a in self.portfolio.attachments.list()}
        self.seq += 1


def main(argv: list[str]) -> int:
    vault, seed, first_seq = Path(argv[0]), int(argv[1]), int(argv[2])
    parent = os.getppid()
    started = time.monotonic()
    portfolio = Portfolio.open(vault, os.environ["CRASH_PASSPHRASE"])
    writer = Writer(portfolio, random.Random(seed), first_seq)
    _say("READY")
    while os.getppid() == parent and time.monotonic() - started < MAX_RUNTIME:
        writer.step()
    portfolio.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
