from __future__ import annotations

import hashlib
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from portfolio_app.domain import (
    ActionPlanItem,
    CheckResult,
    CompetenceClaim,
    Experience,
    Leerbewijs,
    Profile,
    TargetRef,
)
from portfolio_app.errors import (
    InvalidInput,
    NotFound,
    TooLarge,
    VaultCorrupt,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from portfolio_app.vault import Portfolio
from tests.conftest import PASSPHRASE

NEW_PASSPHRASE = "groene tafel zingt luid"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_create_refuses_weak_passphrase_and_existing_file(tmp_path: Path, vault_path: Path) -> None:
    with pytest.raises(WeakPassphrase) as info:
        Portfolio.create(tmp_path / "new.vault", "kort")
    assert "12 tekens" in info.value.message()
    assert not (tmp_path / "new.vault").exists()
    before = sha(vault_path)
    with pytest.raises(VaultExists):
        Portfolio.create(vault_path, NEW_PASSPHRASE)
    assert sha(vault_path) == before


def test_wrong_passphrase_leaves_the_file_untouched(vault_path: Path) -> None:
    before = sha(vault_path)
    with pytest.raises(WrongPassphrase) as info:
        Portfolio.open(vault_path, "niet de goede wachtzin")
    assert "klopt niet" in info.value.message()
    assert sha(vault_path) == before
    assert not Path(f"{vault_path}-wal").exists()
    Portfolio.open(vault_path, PASSPHRASE).close()  # and the lock was released


def test_missing_and_damaged_files(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        Portfolio.open(tmp_path / "nope.vault", PASSPHRASE)
    junk = tmp_path / "junk.vault"
    junk.write_bytes(b"this is not a vault at all")
    with pytest.raises(VaultCorrupt):
        Portfolio.open(junk, PASSPHRASE)


def test_crud_for_every_object(portfolio: Portfolio) -> None:
    claim = portfolio.claims.add(CompetenceClaim(label="Heftruck besturen", level=3))
    proof = portfolio.leerbewijzen.add(Leerbewijs(title="Attest heftruck", vks_level=2))
    work = portfolio.experiences.add(Experience(role="Magazijnier", organisation="Colruyt"))
    item = portfolio.plan.add(ActionPlanItem(goal="VCA-cursus volgen"))
    check = portfolio.checks.add(
        CheckResult(
            target=TargetRef(uri="urn:x:occ:1", label="Heftruckchauffeur"), checked_on=date.today()
        )
    )
    portfolio.profile.save(Profile(given_name="An", emails=["an@example.org"]))

    assert portfolio.claims.get(claim.id) == claim
    assert portfolio.leerbewijzen.list() == [proof]
    assert portfolio.experiences.get(work.id).role == "Magazijnier"
    assert portfolio.plan.open_items() == [item]
    assert portfolio.checks.latest() == check
    assert portfolio.profile.get().given_name == "An"

    portfolio.claims.update(claim.model_copy(update={"level": 4}))
    assert portfolio.claims.get(claim.id).level == 4
    portfolio.plan.delete(item.id)
    assert portfolio.plan.count() == 0
    with pytest.raises(NotFound):
        portfolio.plan.get(item.id)
    with pytest.raises(NotFound):
        portfolio.claims.update(CompetenceClaim(label="Nooit bewaard"))
    with pytest.raises(InvalidInput):
        portfolio.claims.add(claim)


def test_delete_unlinks_and_undo_restores_everything(portfolio: Portfolio) -> None:
    scan = portfolio.attachments.add_bytes(b"%PDF-1.4 scan", "scan.pdf")
    proof = portfolio.leerbewijzen.add(Leerbewijs(title="VCA", attachment_ids=[scan.id]))
    claim = portfolio.claims.add(CompetenceClaim(label="Veilig werken", leerbewijs_ids=[proof.id]))

    portfolio.leerbewijzen.delete(proof.id)
    assert portfolio.claims.get(claim.id).leerbewijs_ids == []
    assert portfolio.attachments.count() == 0
    assert portfolio.undo_description() == "Leerbewijs verwijderd"

    event = portfolio.undo()
    assert event is not None and event.undone
    assert portfolio.claims.get(claim.id).leerbewijs_ids == [proof.id]
    assert portfolio.attachments.data(scan.id) == b"%PDF-1.4 scan"
    assert portfolio.leerbewijzen.get(proof.id) == proof


def test_shared_attachment_survives_deleting_one_holder(portfolio: Portfolio) -> None:
    scan = portfolio.attachments.add_bytes(b"\x89PNG\r\n\x1a\nphoto", "foto.png")
    first = portfolio.leerbewijzen.add(Leerbewijs(title="A", attachment_ids=[scan.id]))
    portfolio.experiences.add(Experience(role="Kok", attachment_ids=[scan.id]))
    portfolio.leerbewijzen.delete(first.id)
    assert portfolio.attachments.get(scan.id).media_type == "image/png"


def test_a_change_is_one_transaction(portfolio: Portfolio) -> None:
    with pytest.raises(RuntimeError), portfolio.change("Twee dingen", "Two things"):
        portfolio.claims.add(CompetenceClaim(label="Eerste"))
        raise RuntimeError("interrupted halfway")
    assert portfolio.claims.count() == 0
    assert not portfolio.can_undo


def test_subscribers_hear_about_changes(portfolio: Portfolio) -> None:
    events = []
    portfolio.subscribe(events.append)
    portfolio.claims.add(CompetenceClaim(label="Koken"))
    portfolio.undo()
    assert [(e.tables, e.undone) for e in events] == [
        (frozenset({"claims"}), False),
        (frozenset({"claims"}), True),
    ]


def test_attachment_limit_is_checked_before_reading(vault_path: Path, tmp_path: Path) -> None:
    big = tmp_path / "film.mp4"
    with open(big, "wb") as handle:  # sparse: large on paper, nothing read
        handle.truncate(2 * 1000 * 1000 * 1000)
    with Portfolio.open(vault_path, PASSPHRASE, max_attachment_bytes=1000) as portfolio:
        with pytest.raises(TooLarge) as info:
            portfolio.attachments.add_file(big)
        assert "te groot" in info.value.message() and "1,0 kB" in info.value.message()
        with pytest.raises(TooLarge):
            portfolio.attachments.add_bytes(b"x" * 1001, "x.bin")
        assert portfolio.attachments.count() == 0


def test_a_file_that_claims_to_be_a_pdf(portfolio: Portfolio) -> None:
    fake = portfolio.attachments.add_bytes(b"MZ\x90\x00 not a pdf", "rapport.pdf")
    assert fake.media_type == "application/octet-stream"


def test_stored_text_and_attachments_are_not_in_the_file(vault_path: Path) -> None:
    secret_label = "Zeldzame competentie Xylofoonstemmen"
    secret_bytes = b"ATTACHMENT-BYTES-" + bytes(range(256)) * 40
    with Portfolio.open(vault_path, PASSPHRASE) as portfolio:
        portfolio.claims.add(CompetenceClaim(label=secret_label))
        portfolio.attachments.add_bytes(secret_bytes, "geheim.bin")
        portfolio.profile.save(Profile(family_name="Vandenbroucke-Xyz"))
    raw = b"".join(p.read_bytes() for p in vault_path.parent.glob(vault_path.name + "*"))
    for needle in (secret_label.encode(), "Xylofoon".encode("utf-16-le"), b"Vandenbroucke-Xyz"):
        assert needle not in raw
    assert secret_bytes[:64] not in raw and secret_bytes[-64:] not in raw


def test_second_process_is_told_the_vault_is_open(vault_path: Path) -> None:
    script = (
        "import sys\n"
        "from portfolio_app.vault import Portfolio\n"
        "from portfolio_app.errors import VaultInUse\n"
        "try:\n"
        f"    Portfolio.open(sys.argv[1], {PASSPHRASE!r})\n"
        "except VaultInUse as exc:\n"
        "    print(exc.message()); sys.exit(4)\n"
    )
    with Portfolio.open(vault_path, PASSPHRASE):
        done = subprocess.run(
            [sys.executable, "-c", script, str(vault_path)], capture_output=True, text=True
        )
        assert done.returncode == 4, done.stderr
        assert "al geopend" in done.stdout
        with pytest.raises(VaultInUse):
            Portfolio.open(vault_path, PASSPHRASE)
    done = subprocess.run(
        [sys.executable, "-c", script, str(vault_path)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_change_passphrase(vault_path: Path, memory_keyring: object) -> None:
    from portfolio_app.vault import recall_passphrase, remember_passphrase

    with Portfolio.open(vault_path, PASSPHRASE) as portfolio:
        claim = portfolio.claims.add(CompetenceClaim(label="Lassen"))
        remember_passphrase(vault_path, PASSPHRASE)
        with pytest.raises(WrongPassphrase):
            portfolio.change_passphrase("fout fout fout fout", NEW_PASSPHRASE)
        with pytest.raises(WeakPassphrase):
            portfolio.change_passphrase(PASSPHRASE, "kort")
        portfolio.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
        assert portfolio.claims.get(claim.id).label == "Lassen"  # keeps working
        portfolio.claims.add(CompetenceClaim(label="Solderen"))
        assert recall_passphrase(vault_path) is None
    with pytest.raises(WrongPassphrase):
        Portfolio.open(vault_path, PASSPHRASE)
    with Portfolio.open(vault_path, NEW_PASSPHRASE) as portfolio:
        assert portfolio.claims.count() == 2
        assert portfolio.integrity_problems() == []
    beside = sorted(p.name for p in vault_path.parent.iterdir() if p.name != "home")
    assert beside == ["portfolio.vault", "portfolio.vault.lock"]  # "home": the data folder


def test_locking_closes_everything(vault_path: Path) -> None:
    from portfolio_app.errors import VaultLocked

    portfolio = Portfolio.open(vault_path, PASSPHRASE)
    portfolio.claims.add(CompetenceClaim(label="Koken"))
    portfolio.close()
    assert not portfolio.is_open and not portfolio.can_undo
    with pytest.raises(VaultLocked):
        portfolio.claims.list()
    Portfolio.open(vault_path, PASSPHRASE).close()  # the lock was released
