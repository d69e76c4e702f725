"""Derived figures of a cost estimate: computed from the line items, never stored."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from studio.core.brief import CostEstimate, CostItem, Payment
from studio.core.money import HUNDRED, ZERO, money_context, round_money


def line_total(item: CostItem, currency: str) -> Decimal:
    return round_money(item.quantity * item.unit_price, currency)


@dataclass(frozen=True)
class CostTotals:
    subtotal: Decimal
    contingency: Decimal
    total: Decimal


def totals(costs: CostEstimate) -> CostTotals:
    """Subtotal of the lines, the contingency on it, and the total; rounded per currency."""
    with money_context():
        return _totals(costs)


def _totals(costs: CostEstimate) -> CostTotals:
    finite = [i for i in costs.items if i.quantity.is_finite() and i.unit_price.is_finite()]
    subtotal = sum((line_total(i, costs.currency) for i in finite), ZERO)
    pct = costs.contingency_percent if costs.contingency_percent.is_finite() else ZERO
    contingency = round_money(subtotal * pct / HUNDRED, costs.currency)
    return CostTotals(subtotal, contingency, subtotal + contingency)


def payment_amounts(costs: CostEstimate) -> list[tuple[Payment, Decimal]]:
    """Each instalment's amount; rounding leftovers go to the last one so they sum exactly."""
    total = totals(costs).total
    with money_context():
        return _split(costs, total)


def _split(costs: CostEstimate, total: Decimal) -> list[tuple[Payment, Decimal]]:
    result: list[tuple[Payment, Decimal]] = []
    allotted = ZERO
    share_sum = sum((p.percent for p in costs.payments if p.percent.is_finite()), ZERO)
    for index, payment in enumerate(costs.payments):
        pct = payment.percent if payment.percent.is_finite() else ZERO
        amount = round_money(total * pct / HUNDRED, costs.currency)
        is_last = index == len(costs.payments) - 1
        if is_last and share_sum == HUNDRED:
            amount = total - allotted
        allotted += amount
        result.append((payment, amount))
    return result
