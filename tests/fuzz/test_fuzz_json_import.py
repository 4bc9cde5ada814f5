"""Fuzzing the JSON import: ``parse_document`` then ``import_document``.

Inputs: random bytes, a valid export cut short, re-encoded (UTF-16, UTF-32, Latin-1,
cp1252), nested thousands of levels deep, with huge or odd numbers, with duplicate IDs and
duplicate keys, and with random changes to its JSON or its bytes. Each either imports or
is refused with a plain Dutch message; a refused import leaves the vault exactly as it was
(empty, or the content a "replace" import would have replaced), and the file stays sound.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import strategies as st

from portfolio_app.domain import CompetenceClaim, ConceptRef, Leerbewijs, Profile
from portfolio_app.export.json_document import import_document, parse_document, write_json
from portfolio_app.vault import Portfolio
from tests.conftest import PASSPHRASE
from tests.fuzz import fuzzing
from tests.reliability.content import add_saved_content, snapshot

GROUPS = ("claims", "leerbewijzen", "experiences", "attachments", "plan", "checks")


@pytest.fixture(scope="module")
def valid_export(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A real export with something in every list, non-ASCII text and a saved check."""
    folder = tmp_path_factory.mktemp("valid-export")
    with Portfolio.create(folder / "bron.vault", PASSPHRASE) as portfolio:
        add_saved_content(portfolio)
        portfolio.profile.save(
            Profile(given_name="Zoë", family_name="Van den Brûle", emails=["zoe@voorbeeld.be"])
        )
        portfolio.leerbewijzen.add(
            Leerbewijs(
                title="Getuigschrift lassen – niveau 2",
                issued=date(2020, 6, 30),
                expires=date(2030, 6, 30),
                vks_level=3,
                competences=[ConceptRef(uri="urn:x:lassen", label="Lassen")],
            )
        )
        portfolio.claims.add(
            CompetenceClaim(label="Frans spreken", level_scale="cefr", level=4, willen=3)
        )
        _add_a_check(portfolio, folder)
        write_json(portfolio, folder / "export.json")
    return (folder / "export.json").read_bytes()


def _add_a_check(portfolio: Portfolio, folder: Path) -> None:
    """A saved competence check, when the check package can run one here."""
    try:
        from portfolio_app.check import language_view, resolve_target, run_check, snapshot
        from portfolio_app.domain.enums import TargetKind
        from portfolio_app.language import CompetenceLanguage
        from portfolio_app.paths import AppPaths
    except ImportError:  # the check package is still being built
        return
    with CompetenceLanguage.open_default(AppPaths(folder / "app")) as language:
        target = resolve_target(language, "heftruckchauffeur", TargetKind.BEROEP)
        data = snapshot(portfolio)
        view = language_view(language, data, [target])
        portfolio.checks.add(run_check(data, target, view, date.today()))


# -- the two ways to import ----------------------------------------------------------------


def _into_empty(portfolio: Portfolio, target: str) -> Callable[[bytes], None]:
    counts = fuzzing.tally(target)

    def check(raw: bytes) -> None:
        def run() -> Any:
            document = parse_document(raw, "export.json")
            import_document(portfolio, document)
            return document

        kind, result = fuzzing.outcome(run)
        counts[kind] += 1
        if kind == "ok":
            for group in GROUPS:
                stored = getattr(portfolio, "plan" if group == "plan" else group).count()
                assert stored == len(getattr(result, group)), group
            assert portfolio.profile.get() == result.profile
            assert portfolio.undo() is not None  # leave the vault empty for the next input
        assert portfolio.is_empty() and portfolio.profile.get() == Profile()

    return check


def _replacing(portfolio: Portfolio, target: str) -> Callable[[bytes], None]:
    counts = fuzzing.tally(target)
    add_saved_content(portfolio)
    before = snapshot(portfolio)

    def check(raw: bytes) -> None:
        def run() -> None:
            import_document(portfolio, parse_document(raw, "export.json"), replace=True)

        kind, _ = fuzzing.outcome(run)
        counts[kind] += 1
        if kind == "ok":
            portfolio.undo()
        assert snapshot(portfolio) == before

    return check


# -- inputs --------------------------------------------------------------------------------


def _truncated(valid: bytes) -> st.SearchStrategy[bytes]:
    return st.integers(0, len(valid)).map(lambda n: valid[:n])


def _encodings(valid: bytes) -> st.SearchStrategy[bytes]:
    text = valid.decode("utf-8")
    names = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1", "cp1252", "utf-8-sig"]

    def encode(choice: tuple[str, int]) -> bytes:
        name, cut = choice
        data = text.encode(name, errors="replace")
        return data if cut == 0 else data[: len(data) * cut // 10]

    return st.tuples(st.sampled_from(names), st.integers(0, 9)).map(encode)


def _deep(valid: bytes) -> st.SearchStrategy[bytes]:
    """Nesting at the top, or deep inside an otherwise valid export."""
    opener = st.sampled_from(["[", '{"a":', '{"claims":[', "[{}, "])

    def build(choice: tuple[int, str, bool]) -> bytes:
        depth, start, inside = choice
        closer = "".join("]" if c == "[" else "}" for c in start if c in "[{")[::-1]
        nested = start * depth + "1" + closer * depth
        if inside:
            return valid.replace(b'"summary": ""', b'"summary": ' + nested.encode(), 1)
        return nested.encode()

    return st.tuples(st.integers(1, 200_000), opener, st.booleans()).map(build)


NUMBERS = [
    "1e999999", "-1e999999", "1" * 5000, "-" + "9" * 4400, "NaN", "Infinity", "-Infinity",
    "1.7976931348623157e309", "1e-400", "18446744073709551616", "-0", "0.5", "1E2", "4.0",
]  # fmt: skip


def _numbers(valid: bytes) -> st.SearchStrategy[bytes]:
    """A number in the place of a value: where a number belongs, and where it does not."""
    document = json.loads(valid)
    paths = [p for p in fuzzing.paths_in(document) if p]

    def build(choice: tuple[int, str]) -> bytes:
        index, number = choice
        marked = fuzzing.replaced(document, paths[index], "@@NUMBER@@")
        return json.dumps(marked).replace('"@@NUMBER@@"', number).encode()

    number = st.one_of(st.sampled_from(NUMBERS), st.integers().map(str))
    return st.tuples(st.integers(0, len(paths) - 1), number).map(build)


def _duplicates(valid: bytes) -> st.SearchStrategy[bytes]:
    """The same ID twice in a list, one object's ID given to another, or a key twice."""
    document = json.loads(valid)
    groups = [g for g in GROUPS if document.get(g)]

    def build(choice: tuple[str, int, int, str]) -> bytes:
        group, first, second, how = choice
        items = list(document[group])
        a, b = items[first % len(items)], items[second % len(items)]
        if how == "copy":
            items.append(dict(a))
        elif how == "same id":
            if a is b:
                items.append({**b, "id": a["id"]})
            else:
                items[second % len(items)] = {**b, "id": a["id"]}
        elif how == "id of another kind":
            other = document[groups[(groups.index(group) + 1) % len(groups)]][0]
            items[first % len(items)] = {**a, "id": other["id"]}
        text = json.dumps({**document, group: items})
        if how == "key twice":
            text = text.replace('"format": ', '"format": "iets anders", "format": ', 1)
            text = text.replace(f'"{group}": ', f'"{group}": [], "{group}": ', 1)
        return text.encode()

    how = st.sampled_from(["copy", "same id", "id of another kind", "key twice"])
    return st.tuples(st.sampled_from(groups), st.integers(0, 20), st.integers(0, 20), how).map(
        build
    )


def _json_mutations(valid: bytes) -> st.SearchStrategy[bytes]:
    """One to three values replaced by any JSON value, removed, or joined by a stray key."""
    document = json.loads(valid)
    paths = [p for p in fuzzing.paths_in(document) if p]

    def build(steps: list[tuple[int, str, Any]]) -> bytes:
        current = document
        for index, kind, value in steps:
            live = [p for p in fuzzing.paths_in(current) if p] or [()]
            path = live[index % len(live)]
            if kind == "replace" or not path:
                current = fuzzing.replaced(current, path, value)
            elif kind == "remove":
                current = fuzzing.removed(current, path)
            elif isinstance(current, dict):
                current = {**current, "onbekend_veld": value}
        return json.dumps(current, allow_nan=True).encode()

    step = st.tuples(
        st.integers(0, max(len(paths) - 1, 0)),
        st.sampled_from(["replace", "replace", "remove", "extra"]),
        fuzzing.json_values(),
    )
    return st.lists(step, min_size=1, max_size=3).map(build)


def _random(valid: bytes) -> st.SearchStrategy[bytes]:
    return st.one_of(
        st.binary(max_size=4096),
        st.text(max_size=500).map(lambda t: t.encode("utf-8")),
        fuzzing.json_values(20).map(lambda v: json.dumps(v, allow_nan=True).encode()),
    )


INPUTS: dict[str, Callable[[bytes], st.SearchStrategy[bytes]]] = {
    "random bytes and JSON": _random,
    "truncated export": _truncated,
    "wrong encoding": _encodings,
    "deep nesting": _deep,
    "huge and odd numbers": _numbers,
    "duplicate ids and keys": _duplicates,
    "JSON mutations": _json_mutations,
    "byte mutations": fuzzing.byte_mutations,
}


def _fuzz_into_empty(portfolio: Portfolio, valid: bytes, examples: int) -> None:
    for name, make in INPUTS.items():
        check = _into_empty(portfolio, f"JSON import: {name}")
        fuzzing.run_fuzz(make(valid), check, examples)
    # The valid export itself imports (or the fuzzing above tested only refusals).
    _into_empty(portfolio, "JSON import: the valid export")(valid)
    assert fuzzing.tally("JSON import: the valid export")["ok"] >= 1
    assert portfolio.integrity_problems() == []


def test_json_import_into_an_empty_vault(portfolio: Portfolio, valid_export: bytes) -> None:
    _fuzz_into_empty(portfolio, valid_export, examples=30)


def test_json_import_replacing_content_changes_nothing_when_refused(
    portfolio: Portfolio, valid_export: bytes
) -> None:
    check = _replacing(portfolio, "JSON import with replace")
    strategy = st.one_of(_json_mutations(valid_export), _truncated(valid_export))
    fuzzing.run_fuzz(strategy, check, examples=40)
    assert portfolio.integrity_problems() == []


@pytest.mark.slow
def test_json_import_many_inputs(portfolio: Portfolio, valid_export: bytes) -> None:
    _fuzz_into_empty(portfolio, valid_export, examples=600)
