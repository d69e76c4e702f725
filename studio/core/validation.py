"""Validation: the problems of a brief, each with where, how bad, and what to do about it.

Messages are templates marked for translation (context "Validation", the
`studio.core.problem.CONTEXT`) with named fields, filled in when shown (`Problem.render`).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from studio.core.brief import Brief, CostEstimate, Planning
from studio.core.costs import totals
from studio.core.i18n import QT_TRANSLATE_NOOP
from studio.core.money import HUNDRED, ZERO, is_known_currency
from studio.core.planning import find_cycle, schedule
from studio.core.problem import Amount, Chain, Problem, Severity, Unnamed, Value

NO_TITLE = QT_TRANSLATE_NOOP("Validation", "The brief has no title. Give it a short, clear title.")
DEADLINE_BEFORE_START = QT_TRANSLATE_NOOP(
    "Validation", "The deadline ({deadline}) is before the start ({start}). Move one of them."
)
CYCLE = QT_TRANSLATE_NOOP(
    "Validation",
    "These milestones depend on each other in a circle: {names}. Remove one dependency.",
)
MILESTONE_NO_TITLE = QT_TRANSLATE_NOOP("Validation", "Milestone {number} has no title.")
NEGATIVE_DURATION = QT_TRANSLATE_NOOP(
    "Validation", "{name}: the duration is negative. Enter a number of days of 0 or more."
)
DUE_BEFORE_START = QT_TRANSLATE_NOOP(
    "Validation", "{name} ends {end}, before the project starts ({start}). Move its due date."
)
DUE_AFTER_DEADLINE = QT_TRANSLATE_NOOP(
    "Validation",
    "{name} ends {end}, after the deadline ({deadline}). Shorten it or move the deadline.",
)
MISSING_DEPENDENCY = QT_TRANSLATE_NOOP(
    "Validation", "{name} depends on a milestone that no longer exists. Remove the dependency."
)
DEPENDENCY_ENDS_LATER = QT_TRANSLATE_NOOP(
    "Validation", "{name} is due {due} but depends on {other}, which ends later ({other_end})."
)
NOT_A_NUMBER = QT_TRANSLATE_NOOP(
    "Validation", "{what} is not a number. Enter an amount like 1200.50."
)
NEGATIVE_AMOUNT = QT_TRANSLATE_NOOP("Validation", "{what} is negative. Enter 0 or more.")
AMOUNT_TOO_PRECISE = QT_TRANSLATE_NOOP(
    "Validation",
    "{what} is too large or has too many decimals. Use at most 15 digits and 6 decimals.",
)
UNKNOWN_CURRENCY = QT_TRANSLATE_NOOP(
    "Validation", "“{code}” is not an ISO 4217 currency code. Use one like EUR, USD or GBP."
)
BUDGET_MIN_ABOVE_MAX = QT_TRANSLATE_NOOP(
    "Validation", "The budget minimum is above the maximum. Swap them or correct one."
)
BELOW_BUDGET = QT_TRANSLATE_NOOP(
    "Validation",
    "The estimate ({total}) is below the budget range (minimum {low}). "
    "Check that nothing is missing.",
)
ABOVE_BUDGET = QT_TRANSLATE_NOOP(
    "Validation",
    "The estimate ({total}) is above the budget range (maximum {high}). "
    "Cut scope or raise the budget.",
)
PAYMENT_MISSING_MILESTONE = QT_TRANSLATE_NOOP(
    "Validation", "Payment {number} is tied to a milestone that no longer exists. Pick another."
)
PAYMENTS_NOT_100 = QT_TRANSLATE_NOOP(
    "Validation",
    "The payment schedule adds up to {percent} % of the total, not 100 %. Adjust the shares.",
)
DELIVERABLE_NO_TITLE = QT_TRANSLATE_NOOP("Validation", "Deliverable {number} has no title.")
NO_ACCEPTANCE = QT_TRANSLATE_NOOP(
    "Validation", "{name} has no acceptance criteria. Say how you will check it is done."
)
# Names of amounts used in {what}; translated the same way by the UI.
WHAT_QUANTITY = QT_TRANSLATE_NOOP("Validation", "Line {number}: the quantity")
WHAT_UNIT_PRICE = QT_TRANSLATE_NOOP("Validation", "Line {number}: the unit price")
WHAT_CONTINGENCY = QT_TRANSLATE_NOOP("Validation", "The contingency")
WHAT_BUDGET_MIN = QT_TRANSLATE_NOOP("Validation", "The budget minimum")
WHAT_BUDGET_MAX = QT_TRANSLATE_NOOP("Validation", "The budget maximum")
WHAT_PAYMENT_SHARE = QT_TRANSLATE_NOOP("Validation", "Payment {number}: the share")
UNNAMED_MILESTONE = QT_TRANSLATE_NOOP("Validation", "Milestone {number}")
UNNAMED_DELIVERABLE = QT_TRANSLATE_NOOP("Validation", "Deliverable {number}")


def _problem(path: str, severity: Severity, template: str, **params: Value) -> Problem:
    return Problem(path, severity, template, tuple(params.items()))


def validate(brief: Brief) -> list[Problem]:
    """Every problem found, errors and warnings, in the order of the brief's sections."""
    problems: list[Problem] = []
    if not brief.title.strip():
        problems.append(_problem("title", Severity.ERROR, NO_TITLE))
    problems.extend(_planning_problems(brief.planning))
    problems.extend(_cost_problems(brief))
    problems.extend(_result_problems(brief))
    return problems


def has_errors(problems: list[Problem]) -> bool:
    return any(p.severity is Severity.ERROR for p in problems)


def _milestone_name(planning: Planning, mid: str) -> str | Unnamed:
    for i, m in enumerate(planning.milestones):
        if m.id == mid:
            return f"“{m.title}”" if m.title.strip() else Unnamed(UNNAMED_MILESTONE, i + 1)
    return "?"


def _planning_problems(planning: Planning) -> Iterator[Problem]:
    if planning.start and planning.deadline and planning.deadline < planning.start:
        yield _problem(
            "planning.deadline",
            Severity.ERROR,
            DEADLINE_BEFORE_START,
            deadline=planning.deadline,
            start=planning.start,
        )
    index_of = {m.id: i for i, m in enumerate(planning.milestones)}
    spans = schedule(planning)
    cycle = find_cycle(planning.milestones)
    if cycle:
        names = Chain(tuple(_milestone_name(planning, mid) for mid in [*cycle, cycle[0]]))
        path = f"planning.milestones[{index_of[cycle[0]]}].depends_on"
        yield _problem(path, Severity.ERROR, CYCLE, names=names)
    for i, m in enumerate(planning.milestones):
        base = f"planning.milestones[{i}]"
        name = _milestone_name(planning, m.id)
        if not m.title.strip():
            yield _problem(f"{base}.title", Severity.ERROR, MILESTONE_NO_TITLE, number=i + 1)
        if m.duration_days is not None and m.duration_days < 0:
            yield _problem(f"{base}.duration_days", Severity.ERROR, NEGATIVE_DURATION, name=name)
        end = spans[m.id].end
        if end is not None and planning.start and end < planning.start:
            yield _problem(
                f"{base}.due",
                Severity.ERROR,
                DUE_BEFORE_START,
                name=name,
                end=end,
                start=planning.start,
            )
        if end is not None and planning.deadline and end > planning.deadline:
            yield _problem(
                f"{base}.due",
                Severity.ERROR,
                DUE_AFTER_DEADLINE,
                name=name,
                end=end,
                deadline=planning.deadline,
            )
        for dep in m.depends_on:
            if dep not in index_of:
                yield _problem(f"{base}.depends_on", Severity.ERROR, MISSING_DEPENDENCY, name=name)
                continue
            if dep == m.id or dep in cycle:
                continue
            dep_end = spans[dep].end
            if m.due is not None and dep_end is not None and dep_end > m.due:
                yield _problem(
                    f"{base}.depends_on",
                    Severity.ERROR,
                    DEPENDENCY_ENDS_LATER,
                    name=name,
                    due=m.due,
                    other=_milestone_name(planning, dep),
                    other_end=dep_end,
                )


def fits_document(value: Decimal) -> bool:
    """Whether the JSON form (schema v1) can hold this amount: 15 digits, 6 decimals."""
    _sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    decimals = max(0, -exponent)
    whole = max(0, len(digits) + exponent)
    return decimals <= 6 and whole <= 15


def _amount_problem(path: str, value: Decimal, what: str, number: int) -> Problem | None:
    """`what` is a template naming the amount (it may use {number})."""
    if not value.is_finite():
        template: str | None = NOT_A_NUMBER
    elif not fits_document(value):
        template = AMOUNT_TOO_PRECISE
    elif value < ZERO:
        template = NEGATIVE_AMOUNT
    else:
        template = None
    if template is None:
        return None
    params: tuple[tuple[str, Value], ...] = (("what", what), ("number", number))
    return Problem(path, Severity.ERROR, template, params, nested=("what",))


def _cost_problems(brief: Brief) -> Iterator[Problem]:
    costs: CostEstimate = brief.costs
    if not is_known_currency(costs.currency):
        yield _problem("costs.currency", Severity.ERROR, UNKNOWN_CURRENCY, code=costs.currency)
    # (path, amount, template naming it, its number in the list)
    checks: list[tuple[str, Decimal | None, str, int]] = []
    for i, item in enumerate(costs.items):
        checks.append((f"costs.items[{i}].quantity", item.quantity, WHAT_QUANTITY, i + 1))
        checks.append((f"costs.items[{i}].unit_price", item.unit_price, WHAT_UNIT_PRICE, i + 1))
    checks.append(("costs.contingency_percent", costs.contingency_percent, WHAT_CONTINGENCY, 0))
    checks.append(("costs.budget_min", costs.budget_min, WHAT_BUDGET_MIN, 0))
    checks.append(("costs.budget_max", costs.budget_max, WHAT_BUDGET_MAX, 0))
    for i, pay in enumerate(costs.payments):
        checks.append((f"costs.payments[{i}].percent", pay.percent, WHAT_PAYMENT_SHARE, i + 1))
    for path, value, what, number in checks:
        found = _amount_problem(path, value, what, number) if value is not None else None
        if found:
            yield found
    yield from _budget_problems(costs)
    milestone_ids = {m.id for m in brief.planning.milestones}
    for i, pay in enumerate(costs.payments):
        if pay.milestone_id is not None and pay.milestone_id not in milestone_ids:
            yield _problem(
                f"costs.payments[{i}].milestone_id",
                Severity.ERROR,
                PAYMENT_MISSING_MILESTONE,
                number=i + 1,
            )
    if costs.payments:
        shares = sum((p.percent for p in costs.payments if p.percent.is_finite()), ZERO)
        if shares != HUNDRED:
            yield _problem(
                "costs.payments",
                Severity.ERROR,
                PAYMENTS_NOT_100,
                percent=shares,
            )


def _budget_problems(costs: CostEstimate) -> Iterator[Problem]:
    low, high = costs.budget_min, costs.budget_max
    low = low if low is not None and low.is_finite() else None
    high = high if high is not None and high.is_finite() else None
    if low is not None and high is not None and low > high:
        yield _problem("costs.budget_min", Severity.ERROR, BUDGET_MIN_ABOVE_MAX)
    if not costs.items or not is_known_currency(costs.currency):
        return
    total = totals(costs).total

    def money(value: Decimal) -> Amount:
        return Amount(value, costs.currency)

    if low is not None and total < low:
        yield _problem(
            "costs.items", Severity.WARNING, BELOW_BUDGET, total=money(total), low=money(low)
        )
    if high is not None and total > high:
        yield _problem(
            "costs.items", Severity.WARNING, ABOVE_BUDGET, total=money(total), high=money(high)
        )


def _result_problems(brief: Brief) -> Iterator[Problem]:
    for i, d in enumerate(brief.results.deliverables):
        name = f"“{d.title}”" if d.title.strip() else Unnamed(UNNAMED_DELIVERABLE, i + 1)
        if not d.title.strip():
            yield _problem(
                f"results.deliverables[{i}].title",
                Severity.ERROR,
                DELIVERABLE_NO_TITLE,
                number=i + 1,
            )
        if not [c for c in d.acceptance_criteria if c.strip()]:
            yield _problem(
                f"results.deliverables[{i}].acceptance_criteria",
                Severity.WARNING,
                NO_ACCEPTANCE,
                name=name,
            )
