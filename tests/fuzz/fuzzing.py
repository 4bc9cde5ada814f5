"""Shared parts of the fuzz tests: settings, counting, byte mutations, and the one rule.

The rule (issue 7, item 4): whatever the input, an importer either succeeds or raises a
``PortfolioError`` with a plain, non-empty Dutch message. Any other exception is a crash
and fails the test with the input hypothesis found (and shrank).

Every target counts the inputs it tried and how they ended, so the figures in the report
come from the run (see ``tests.reliability.figures``). Hypothesis runs inside the test
function (``run_fuzz``) rather than as a decorated test, so the test can use the ordinary
function-scoped fixtures (a vault, a temporary folder) once, for all examples.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from portfolio_app.errors import PortfolioError
from tests.reliability import figures

DEFAULT = "default"
SLOW = "slow"

_TALLIES: dict[str, Counter[str]] = {}


def tally(target: str) -> Counter[str]:
    return _TALLIES.setdefault(target, Counter())


def publish() -> None:
    for target, counts in _TALLIES.items():
        data = dict(sorted(counts.items()))
        data["tried"] = sum(v for k, v in counts.items() if not k.startswith("_"))
        figures.record("fuzz", target, data)


def assert_plain(error: PortfolioError) -> None:
    """A message a person can read: Dutch, not empty, not a Python repr."""
    text = error.message("nl")
    assert text.strip(), repr(error)
    assert "Traceback" not in text and "Error(" not in text, text
    assert error.message("en").strip(), repr(error)


def outcome(run: Callable[[], Any]) -> tuple[str, Any]:
    """("ok", result) or ("refused: <ErrorClass>", error); anything else propagates."""
    try:
        return "ok", run()
    except PortfolioError as error:
        assert_plain(error)
        return f"refused: {type(error).__name__}", error


def run_fuzz(strategy: st.SearchStrategy[Any], check: Callable[[Any], None], examples: int) -> None:
    """Run ``check`` on ``examples`` inputs drawn from ``strategy``."""

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
            HealthCheck.filter_too_much,
        ],
    )
    @given(strategy)
    def fuzz(value: Any) -> None:
        check(value)

    try:
        fuzz()
    finally:
        publish()


# -- mutations of a valid file ------------------------------------------------------------


def _flip(data: bytes, at: int, value: int) -> bytes:
    if not data:
        return bytes([value])
    at %= len(data)
    return data[:at] + bytes([value]) + data[at + 1 :]


def _insert(data: bytes, at: int, chunk: bytes) -> bytes:
    at = at % (len(data) + 1)
    return data[:at] + chunk + data[at:]


def _delete(data: bytes, at: int, length: int) -> bytes:
    if not data:
        return data
    at %= len(data)
    return data[:at] + data[at + length :]


def byte_mutations(valid: bytes) -> st.SearchStrategy[bytes]:
    """``valid`` with a few bytes flipped, inserted or deleted, or cut short."""
    position = st.integers(min_value=0, max_value=max(len(valid) * 2, 1))
    one = st.one_of(
        st.tuples(st.just("flip"), position, st.integers(0, 255)),
        st.tuples(st.just("insert"), position, st.binary(min_size=1, max_size=16)),
        st.tuples(st.just("delete"), position, st.integers(1, 64)),
        st.tuples(st.just("cut"), position, st.just(0)),
    )

    def apply(steps: list[tuple[str, int, Any]]) -> bytes:
        data = valid
        for kind, at, arg in steps:
            if kind == "flip":
                data = _flip(data, at, arg)
            elif kind == "insert":
                data = _insert(data, at, arg)
            elif kind == "delete":
                data = _delete(data, at, arg)
            else:
                data = data[: at % (len(data) + 1)]
        return data

    return st.lists(one, min_size=1, max_size=6).map(apply)


def json_values(max_leaves: int = 8) -> st.SearchStrategy[Any]:
    """Any JSON value, including the awkward ones: huge and negative numbers, long and
    odd strings, NaN and infinities (Python's json reads those)."""
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.sampled_from([10**400, -(10**40), 2**63, -(2**63) - 1, 0, -1]),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=40),
        st.sampled_from(["", " ", "\x00", "é" * 3000, "9999-12-31", "0000-00-00", "-1"]),
    )
    return st.recursive(
        scalars,
        lambda inner: st.one_of(
            st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)
        ),
        max_leaves=max_leaves,
    )


def paths_in(document: Any) -> list[tuple[Any, ...]]:
    """Every path to a value inside a parsed JSON document."""
    found: list[tuple[Any, ...]] = [()]
    if isinstance(document, dict):
        for key, value in document.items():
            found += [(key, *rest) for rest in paths_in(value)]
    elif isinstance(document, list):
        for index, value in enumerate(document):
            found += [(index, *rest) for rest in paths_in(value)]
    return found


def replaced(document: Any, path: tuple[Any, ...], value: Any) -> Any:
    """A copy of ``document`` with the value at ``path`` replaced."""
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(document, dict):
        copy = dict(document)
        copy[head] = replaced(document[head], rest, value)
        return copy
    copy_list = list(document)
    copy_list[head] = replaced(document[head], rest, value)
    return copy_list


def removed(document: Any, path: tuple[Any, ...]) -> Any:
    """A copy of ``document`` without the value at ``path`` (a non-empty path)."""
    head, rest = path[0], path[1:]
    if rest:
        if isinstance(document, dict):
            return {**document, head: removed(document[head], rest)}
        copy_list = list(document)
        copy_list[head] = removed(document[head], rest)
        return copy_list
    if isinstance(document, dict):
        return {k: v for k, v in document.items() if k != head}
    return [v for i, v in enumerate(document) if i != head]
