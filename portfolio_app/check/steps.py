"""From an open point (or a plan step) to a concrete learning step: the kind of route, one
sentence of what to do, where to look, and what can help pay for it.

Seed 002 asks that the check lead to "een actieplan waaraan een concreet opleidings- en
begeleidingsaanbod gekoppeld is" (l. 684) and to recommenders for training (l. 738-912). The
app holds no course offer of its own and stays offline; it points to the public catalogues
(``catalogues``) with the competence or the qualification to look for, and to the rights
that fit the person's situation (``portfolio_app.rights``), which the EVC card uses too.

- opleiding, for a competence in a deelkwalificatie of the target's BK: route
  deelkwalificatie; Onderwijskiezer and VDAB-opleidingen (the DK), Kwalificatiedatabank (the
  BK);
- opleiding otherwise: route opleiding; VDAB-opleidingen (the competence), Onderwijskiezer
  (the BK, when there is one);
- werkplekleren: route werkplekleren; no catalogue (ask at work, or the VDAB counsellor);
- EVC-traject: route EVC; the EVC page with its register of test centres, Kwalificatiedatabank
  (the BK).

Other actions (check what you can, gather evidence, renew, a talk with a counsellor) are
not a learning route and get no step.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from portfolio_app.check import texts
from portfolio_app.check.catalogues import catalogue_link
from portfolio_app.check.history import Followup, followups
from portfolio_app.check.model import Target
from portfolio_app.check.texts import Text
from portfolio_app.domain import ActionPlanItem, CheckResult, ConceptRef, TargetRef
from portfolio_app.domain.enums import ActionKind, WorkStatus
from portfolio_app.domain.steps import Catalogue, CatalogueLink, LearningStep, Route
from portfolio_app.rights.model import Applies
from portfolio_app.rights.view import RightsView

LEARNING = (ActionKind.OPLEIDING, ActionKind.WERKPLEKLEREN, ActionKind.EVC_TRAJECT)


def _pay(kind: ActionKind, rights: RightsView | None) -> tuple[Text, list[str]]:
    """What can help pay for an action of ``kind``: the rights for this situation (or, with
    no situation, all of them, as depending on it); for an EVC-traject the fee that
    applies."""
    if rights is None:
        return ("", ""), []
    helping = [r for r in rights.helping(kind) if r.applies in (Applies.JA, None)]
    if not helping:
        return ("", ""), []
    ids = [r.id for r in helping]
    parts: list[Text] = []
    if kind is ActionKind.EVC_TRAJECT:
        evc = rights.get("evc-traject")
        if evc is not None and evc.figures:
            parts += [f.text for f in evc.figures]
        helping = [r for r in helping if r.id != "evc-traject"]
    if helping:
        listed = (
            ", ".join(r.rule.name[0] for r in helping),
            ", ".join(r.rule.name[1] for r in helping),
        )
        if rights.situation is None:
            parts.append(
                (
                    f"Afhankelijk van je situatie kan dit helpen: {listed[0]}. Zie Mijn rechten.",
                    f"Depending on your situation this can help: {listed[1]}. See My rights.",
                )
            )
        else:
            parts.append(
                (
                    f"Dit kan helpen: {listed[0]}. Zie Mijn rechten.",
                    f"This can help: {listed[1]}. See My rights.",
                )
            )
    return texts.join(*parts), ids


_PAY: dict[tuple[int, ActionKind], tuple[Text, list[str], RightsView]] = {}


def _pay_cached(kind: ActionKind, rights: RightsView | None) -> tuple[Text, list[str]]:
    """``_pay`` once per rights view and kind: the same for every point of a check."""
    if rights is None:
        return ("", ""), []
    key = (id(rights), kind)
    found = _PAY.get(key)
    if found is None or found[2] is not rights:
        if len(_PAY) > 64:
            _PAY.clear()
        text, ids = _pay(kind, rights)
        found = (text, ids, rights)
        _PAY[key] = found
    return found[0], list(found[1])


def learning_step(
    kind: ActionKind,
    competence: ConceptRef | None,
    qualification: TargetRef | None = None,
    part: TargetRef | None = None,
    evc_qualification: TargetRef | None = None,
    rights: RightsView | None = None,
) -> LearningStep | None:
    """The step for one action; None for an action that is not a learning route.

    ``qualification`` is the BK behind the target, ``part`` the deelkwalificatie of it that
    holds the competence, ``evc_qualification`` the BK (or DK) an EVC-traject leads to."""
    if kind not in LEARNING:
        return None
    name = texts.short(competence.label, 80) if competence is not None else ""
    bk = texts.short(qualification.label, 80) if qualification is not None else ""
    situation = rights.situation.status if rights and rights.situation else None
    links: list[CatalogueLink] = []
    if kind is ActionKind.OPLEIDING and part is not None and qualification is not None:
        dk = texts.short(part.label, 80)
        route = Route.DEELKWALIFICATIE
        text: Text = (
            f"'{name}' hoort bij de deelkwalificatie '{dk}' van de beroepskwalificatie "
            f"'{bk}'. Zoek een opleiding voor die deelkwalificatie: daarmee behaal je een "
            "deelcertificaat.",
            f"'{name}' is part of the partial qualification '{dk}' of the professional "
            f"qualification '{bk}'. Look for a course for that partial qualification: it "
            "leads to a partial certificate.",
        )
        links = [
            catalogue_link(Catalogue.ONDERWIJSKIEZER, dk),
            catalogue_link(Catalogue.VDAB_OPLEIDINGEN, dk),
            catalogue_link(Catalogue.KWALIFICATIEDATABANK, bk),
        ]
    elif kind is ActionKind.OPLEIDING:
        route = Route.OPLEIDING
        subject = name or bk
        text = (f"Zoek een opleiding in '{subject}'.", f"Look for a course in '{subject}'.")
        if subject:
            links.append(catalogue_link(Catalogue.VDAB_OPLEIDINGEN, subject))
        if bk:
            links.append(catalogue_link(Catalogue.ONDERWIJSKIEZER, bk))
    elif kind is ActionKind.WERKPLEKLEREN:
        route = Route.WERKPLEKLEREN
        if situation is WorkStatus.WERKZOEKEND:
            text = (
                f"Leer '{name}' op de werkvloer: vraag je VDAB-consulent welke mogelijkheden "
                "er zijn.",
                f"Learn '{name}' on the job: ask your VDAB counsellor what is possible.",
            )
        else:
            text = (
                f"Leer '{name}' op de werkvloer: vraag op je werk of je het kan oefenen, samen "
                "met een collega die het al kan.",
                f"Learn '{name}' on the job: ask at work whether you can practise it, with a "
                "colleague who can already do it.",
            )
    else:
        route = Route.EVC
        target = evc_qualification or qualification
        evc_name = texts.short(target.label, 80) if target is not None else ""
        text = (
            f"Laat je competenties erkennen in een EVC-traject voor '{evc_name}'.",
            f"Have your competences recognised in an EVC procedure for '{evc_name}'.",
        )
        if evc_name:
            links.append(catalogue_link(Catalogue.EVC_TESTCENTRA, evc_name))
        if bk:
            links.append(catalogue_link(Catalogue.KWALIFICATIEDATABANK, bk))
    pay, ids = _pay_cached(kind, rights)
    return LearningStep(
        route=route,
        action=kind,
        text=text[0],
        text_en=text[1],
        links=links,
        pay=pay[0],
        pay_en=pay[1],
        rights=ids,
    )


def learning_steps(
    actions: Sequence[ActionKind],
    competence: ConceptRef | None,
    qualification: TargetRef | None = None,
    part: TargetRef | None = None,
    evc_qualification: TargetRef | None = None,
    rights: RightsView | None = None,
) -> list[LearningStep]:
    """One step per learning action, in the order of ``actions``."""
    found = (
        learning_step(kind, competence, qualification, part, evc_qualification, rights)
        for kind in actions
    )
    return [step for step in found if step is not None]


@dataclass(frozen=True, slots=True)
class PlanEntry:
    """A step of the action plan as the plan page, ``portfolio plan`` and the counsellor
    report show it: the item, its learning step (where to look, what helps pay) and, once it
    is done and checked again, what changed."""

    item: ActionPlanItem
    step: LearningStep | None
    followup: Followup | None


def plan_entries(
    items: Sequence[ActionPlanItem],
    targets: Mapping[str, Target],
    checks: Sequence[CheckResult],
    rights: RightsView | None,
) -> list[PlanEntry]:
    """Every item with its step (for a target the language knows, from that target's BK
    and deelkwalificaties) and its follow-up; open items first, then by due date."""
    after = followups(items, checks)
    found = []
    for item in items:
        target = targets.get(item.target.uri) if item.target is not None else None
        competence_uri = item.competence.uri if item.competence is not None else None
        kind, prefix = item.action_kind, ("", "")
        if kind is ActionKind.ZELF_NAGAAN and item.competence is not None:
            # "check whether you can already do it": if not, this is where to learn it
            kind, prefix = ActionKind.OPLEIDING, ("Kan je het nog niet? ", "Can't do it yet? ")
        step = learning_step(
            kind,
            item.competence,
            qualification=target.qualification if target else None,
            part=target.part_of(competence_uri) if target else None,
            evc_qualification=target.evc.qualification if target and target.evc else None,
            rights=rights,
        )
        if step is not None and prefix[0]:
            step = step.model_copy(
                update={"text": prefix[0] + step.text, "text_en": prefix[1] + step.text_en}
            )
        found.append(PlanEntry(item, step, after.get(item.id)))
    found.sort(key=lambda e: (not e.item.is_open, e.item.due or date.max, e.item.goal))
    return found
