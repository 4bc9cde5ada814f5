"""The bundled rights file: every rule has a source and a date, every link is well-formed,
and a rule without them is refused when read."""

from __future__ import annotations

import copy
import json
from datetime import date
from urllib.parse import urlsplit

import pytest

from portfolio_app.check import load_evc_costs
from portfolio_app.domain.enums import WorkStatus
from portfolio_app.errors import InvalidInput
from portfolio_app.rights.files import bundled_rights_text, load_rights
from portfolio_app.rights.model import Rules, parse_rights

NAMED_BY_THE_ISSUE = {
    "loopbaancheques",
    "opleidingscheques",
    "vlaams-opleidingsverlof",
    "vlaams-opleidingskrediet",
    "evc-traject",
    "knelpuntpremie",
    "b-kot",
}


def _rules() -> Rules:
    rules = load_rights(load_evc_costs())
    assert rules is not None
    return rules


def _doc() -> dict:  # type: ignore[type-arg]
    text = bundled_rights_text()
    assert text is not None
    return json.loads(text)  # type: ignore[no-any-return]


def test_every_rule_has_a_source_and_a_date() -> None:
    rules = _rules()
    assert NAMED_BY_THE_ISSUE <= {r.id for r in rules.rules}
    for rule in rules.rules:
        assert rule.sources, rule.id
        assert all(s.title for s in rule.sources), rule.id
        assert rule.as_of.first_day <= rules.drawn_up, rule.id
        # the rule's date is stated by a dated source, or by its own figures
        dated = [s.date.first_day for s in rule.sources if s.date is not None]
        assert dated or rule.figures, rule.id
        for figure in rule.figures:
            assert figure.as_of <= rules.drawn_up, rule.id
        assert set(rule.applies) == set(WorkStatus), rule.id
        assert rule.conditions and rule.what[0] and rule.who[0], rule.id


def test_every_link_in_the_rules_is_well_formed() -> None:
    for rule in _rules().rules:
        urls = [rule.check_url, *(s.url for s in rule.sources)]
        for url in filter(None, urls):
            parts = urlsplit(url)
            assert parts.scheme == "https" and parts.netloc and " " not in url, url


@pytest.mark.parametrize("field", ["sources", "date"])
def test_a_rule_without_a_source_or_a_date_is_refused(field: str) -> None:
    doc = copy.deepcopy(_doc())
    doc["rules"][0].pop(field)
    with pytest.raises(InvalidInput):
        parse_rights(doc)
    doc = copy.deepcopy(_doc())
    doc["rules"][0][field] = [] if field == "sources" else ""
    with pytest.raises(InvalidInput):
        parse_rights(doc)


def test_a_rule_must_say_something_for_every_situation() -> None:
    doc = copy.deepcopy(_doc())
    doc["rules"][1]["for"].pop("student")
    with pytest.raises(InvalidInput):
        parse_rights(doc)


def test_a_plain_http_or_spaced_link_is_refused() -> None:
    for bad in ("http://www.vdab.be", "https://www.vdab.be/met spatie", "javascript:alert(1)"):
        doc = copy.deepcopy(_doc())
        doc["rules"][0]["check_at"]["url"] = bad
        with pytest.raises(InvalidInput):
            parse_rights(doc)


def test_the_evc_right_states_the_amounts_of_the_evc_costs_file() -> None:
    rules, costs = _rules(), load_evc_costs()
    assert costs is not None
    evc = rules.get("evc-traject")
    assert evc is not None
    texts = " ".join(f.text[0] for f in evc.figures)
    assert costs.school_year in texts
    for fee in costs.fees:
        if fee.amount:
            assert f"{fee.amount:.0f} euro" in texts
    assert "gratis voor werkzoekenden" in texts
    assert all(f.as_of == date(2023, 9, 1) for f in evc.figures)


def test_the_evc_costs_payment_options_name_existing_rules() -> None:
    rules, costs = _rules(), load_evc_costs()
    assert costs is not None
    assert {o.right for o in costs.payment_options} == {
        "opleidingscheques",
        "vlaams-opleidingsverlof",
    }
    assert all(rules.get(o.right) for o in costs.payment_options if o.right)
