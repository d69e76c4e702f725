from dataclasses import replace
from datetime import date
from decimal import Decimal as D

from studio.core.brief import (
    Brief,
    CostEstimate,
    CostItem,
    Deliverable,
    Milestone,
    Payment,
    Planning,
    Results,
)
from studio.core.problem import Formats, Severity
from studio.core.validation import has_errors, validate


def good_brief() -> Brief:
    d = Deliverable(title="App", acceptance_criteria=("Runs",))
    m1 = Milestone(title="Design", duration_days=10, deliverables=(d.id,))
    m2 = Milestone(title="Build", due=date(2026, 3, 1), depends_on=(m1.id,))
    return Brief(
        title="Shop",
        planning=Planning(start=date(2026, 1, 1), deadline=date(2026, 4, 1), milestones=(m1, m2)),
        costs=CostEstimate(
            currency="EUR",
            items=(CostItem(label="Dev", quantity=D(10), unit="day", unit_price=D(500)),),
            budget_min=D(4000),
            budget_max=D(6000),
            payments=(
                Payment(percent=D(30), milestone_id=m1.id),
                Payment(percent=D(70), milestone_id=m2.id),
            ),
        ),
        results=Results(deliverables=(d,)),
    )


def paths(brief: Brief, severity: Severity | None = None) -> list[str]:
    return [p.path for p in validate(brief) if severity is None or p.severity is severity]


def test_a_good_brief_has_no_problems() -> None:
    assert validate(good_brief()) == []


def test_empty_title() -> None:
    problems = validate(replace(good_brief(), title="  "))
    assert [p.path for p in problems] == ["title"]
    assert problems[0].severity is Severity.ERROR
    assert "title" in problems[0].message
    assert has_errors(problems)


def test_milestone_due_before_start_and_after_deadline() -> None:
    b = good_brief()
    ms = b.planning.milestones
    early = replace(
        b, planning=replace(b.planning, milestones=(ms[0], replace(ms[1], due=date(2025, 12, 1))))
    )
    assert "planning.milestones[1].due" in paths(early)
    late = replace(
        b, planning=replace(b.planning, milestones=(ms[0], replace(ms[1], due=date(2026, 5, 1))))
    )
    problems = [p for p in validate(late) if p.path == "planning.milestones[1].due"]
    assert problems and "after the deadline" in problems[0].message


def test_dependency_cycle() -> None:
    b = good_brief()
    m1, m2 = b.planning.milestones
    cyc = replace(
        b, planning=replace(b.planning, milestones=(replace(m1, depends_on=(m2.id,)), m2))
    )
    messages = [p.message for p in validate(cyc)]
    assert any("circle" in m and "Design" in m and "Build" in m for m in messages)


def test_depending_on_a_milestone_that_ends_later() -> None:
    b = good_brief()
    m1, m2 = b.planning.milestones
    m1 = replace(m1, duration_days=None, due=date(2026, 3, 20))
    bad = replace(b, planning=replace(b.planning, milestones=(m1, m2)))
    problems = [p for p in validate(bad) if p.path == "planning.milestones[1].depends_on"]
    assert problems and "ends later" in problems[0].message


def test_negative_and_non_numeric_amounts() -> None:
    b = good_brief()
    items = (
        CostItem(quantity=D(-1), unit_price=D(5)),
        CostItem(quantity=D(1), unit_price=D("NaN")),
    )
    bad = replace(b, costs=replace(b.costs, items=items))
    found = paths(bad, Severity.ERROR)
    assert "costs.items[0].quantity" in found
    assert "costs.items[1].unit_price" in found


def test_budget_min_above_max_and_unknown_currency() -> None:
    b = good_brief()
    bad = replace(b, costs=replace(b.costs, budget_min=D(9000), budget_max=D(100), currency="ABC"))
    found = paths(bad, Severity.ERROR)
    assert "costs.budget_min" in found
    assert "costs.currency" in found


def test_total_outside_budget_is_a_warning() -> None:
    b = good_brief()
    over = replace(b, costs=replace(b.costs, budget_max=D(4500)))
    problems = [p for p in validate(over) if p.path == "costs.items"]
    assert [p.severity for p in problems] == [Severity.WARNING]
    assert "5,000.00" in problems[0].message
    under = replace(b, costs=replace(b.costs, budget_min=D(5500)))
    assert [p.severity for p in validate(under)] == [Severity.WARNING]


def test_deliverable_without_acceptance_criteria_is_a_warning() -> None:
    b = good_brief()
    d = replace(b.results.deliverables[0], acceptance_criteria=(" ",))
    problems = validate(replace(b, results=Results(deliverables=(d,))))
    assert [(p.path, p.severity) for p in problems] == [
        ("results.deliverables[0].acceptance_criteria", Severity.WARNING)
    ]


def test_payment_schedule_must_add_up() -> None:
    b = good_brief()
    bad = replace(
        b, costs=replace(b.costs, payments=(Payment(percent=D(30)), Payment(percent=D(60))))
    )
    problems = [p for p in validate(bad) if p.path == "costs.payments"]
    assert problems and "90 %" in problems[0].message


def test_payment_tied_to_a_removed_milestone() -> None:
    b = good_brief()
    bad = replace(
        b, costs=replace(b.costs, payments=(Payment(percent=D(100), milestone_id="f" * 32),))
    )
    assert "costs.payments[0].milestone_id" in paths(bad)


def test_problem_prints_as_path_severity_message() -> None:
    p = validate(replace(good_brief(), title=""))[0]
    assert str(p).startswith("title: error: ")


def test_messages_are_rendered_through_the_translator() -> None:
    b = good_brief()
    bad = replace(b, costs=replace(b.costs, items=(CostItem(quantity=D(-2), unit_price=D(1)),)))
    (problem,) = [p for p in validate(bad) if p.path == "costs.items[0].quantity"]
    assert problem.message == "Line 1: the quantity is negative. Enter 0 or more."
    french = {
        "{what} is negative. Enter 0 or more.": "{what} est négatif. Saisissez 0 ou plus.",
        "Line {number}: the quantity": "Ligne {number} : la quantité",
    }
    rendered = problem.render(Formats(translate=lambda text: french.get(text, text)))
    assert rendered == "Ligne 1 : la quantité est négatif. Saisissez 0 ou plus."


def test_amounts_the_document_cannot_hold_are_errors() -> None:
    b = good_brief()
    items = (CostItem(quantity=D("1.1234567"), unit_price=D("1e16")),)
    found = paths(replace(b, costs=replace(b.costs, items=items)), Severity.ERROR)
    assert "costs.items[0].quantity" in found
    assert "costs.items[0].unit_price" in found


def test_names_dates_amounts_and_numbers_are_written_in_the_ui_language() -> None:
    b = good_brief()
    m1, m2 = b.planning.milestones
    late = replace(m2, title="", due=date(2026, 5, 1))
    shares = (Payment(percent=D("12.5")), Payment(percent=D(60)))
    bad = replace(
        b,
        planning=replace(b.planning, milestones=(m1, late)),
        costs=replace(b.costs, budget_max=D(4500), payments=shares),
    )
    french = {
        "Milestone {number}": "Jalon {number}",
        "{name} ends {end}, after the deadline ({deadline}). Shorten it or move the deadline.": (
            "{name} se termine le {end}, après l’échéance ({deadline})."
        ),
    }
    formats = Formats(
        translate=lambda text: french.get(text, text),
        date_text=lambda day: day.strftime("%d/%m/%Y"),
        money_text=lambda amount: f"{amount.value:.2f} {amount.currency}".replace(".", ","),
        number_text=lambda number: str(number).replace(".", ","),
    )
    texts = {p.path: p.render(formats) for p in validate(bad)}
    assert texts["planning.milestones[1].due"] == (
        "Jalon 2 se termine le 01/05/2026, après l’échéance (01/04/2026)."
    )
    assert "(5000,00 EUR)" in texts["costs.items"] and "4500,00 EUR" in texts["costs.items"]
    assert "72,5 %" in texts["costs.payments"]
    # Without formats: English, ISO dates (the CLI and the logs).
    english = {p.path: p.message for p in validate(bad)}
    assert english["planning.milestones[1].due"].startswith("Milestone 2 ends 2026-05-01")
