from decimal import Decimal as D

from studio.core.brief import CostEstimate, CostItem, Payment
from studio.core.costs import payment_amounts, totals


def test_totals_are_rounded_per_line_then_summed() -> None:
    costs = CostEstimate(
        currency="EUR",
        items=(
            CostItem(quantity=D("3"), unit_price=D("33.333")),
            CostItem(quantity=D("1.5"), unit_price=D("10")),
        ),
        contingency_percent=D("10"),
    )
    t = totals(costs)
    assert t.subtotal == D("115.00")
    assert t.contingency == D("11.50")
    assert t.total == D("126.50")


def test_payment_amounts_add_up_exactly() -> None:
    costs = CostEstimate(
        items=(CostItem(quantity=D(1), unit_price=D("100.00")),),
        payments=(
            Payment(percent=D("33.33")),
            Payment(percent=D("33.33")),
            Payment(percent=D("33.34")),
        ),
    )
    amounts = [a for _, a in payment_amounts(costs)]
    assert sum(amounts) == D("100.00")
    assert amounts[0] == D("33.33")


def test_non_finite_lines_are_left_out_of_the_total() -> None:
    costs = CostEstimate(items=(CostItem(unit_price=D("NaN")), CostItem(unit_price=D("5"))))
    assert totals(costs).total == D("5.00")


def test_huge_amounts_do_not_break_the_arithmetic() -> None:
    big = D("999999999999999")
    costs = CostEstimate(items=(CostItem(quantity=big, unit_price=big),), contingency_percent=D(10))
    t = totals(costs)
    assert t.subtotal == D(999999999999999**2)
    assert t.contingency == D("99999999999999800000000000000.10")
    assert t.total == D("1099999999999997800000000000001.10")
