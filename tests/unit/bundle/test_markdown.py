"""The Markdown rendering of a brief (show --markdown, and the bundle's brief.md)."""

import re
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from hypothesis import given, settings

from studio.bundle.markdown import brief_to_markdown, cell
from studio.core.brief import (
    Attachment,
    Brief,
    Client,
    CostEstimate,
    CostItem,
    Deliverable,
    Input,
    InputKind,
    Level,
    Milestone,
    Payment,
    Planning,
    PricingModel,
    Results,
    Risk,
    Status,
)
from studio.core.costs import payment_amounts, totals
from studio.core.money import format_money
from studio.core.planning import schedule
from studio.store.templates import brief_from_template, template_names
from tests.unit.core.strategies import briefs


def full_brief() -> Brief:
    spec = Deliverable(
        title="Specification",
        description="What the shop does.",
        format="PDF",
        acceptance_criteria=("Covers every page", "Approved by the client"),
    )
    site = Deliverable(title="Web shop", acceptance_criteria=())
    design = Milestone(title="Design", duration_days=10, deliverables=(spec.id,))
    build = Milestone(
        title="Build | launch",
        description="Two sprints.",
        duration_days=20,
        depends_on=(design.id,),
        deliverables=(site.id,),
    )
    return Brief(
        title="Online shop",
        summary="A small shop for handmade soap.\n\nSecond paragraph.",
        client=Client(name="Ana Lima", company="Savon & Co", contact="ana@example.com"),
        language="en",
        status=Status.READY,
        updated=datetime(2025, 2, 1, 9, 30, tzinfo=UTC),
        inputs=(
            Input(
                name="Logo",
                description="SVG | PNG",
                kind=InputKind.DOCUMENT,
                available_from=date(2025, 3, 1),
            ),
        ),
        planning=Planning(
            start=date(2025, 3, 3), deadline=date(2025, 5, 1), milestones=(design, build)
        ),
        costs=CostEstimate(
            currency="EUR",
            pricing=PricingModel.FIXED,
            items=(
                CostItem(
                    label="Design", quantity=Decimal("2.5"), unit="day", unit_price=Decimal("480")
                ),
                CostItem(
                    label="Build", quantity=Decimal("10"), unit="day", unit_price=Decimal("512.35")
                ),
            ),
            contingency_percent=Decimal("10"),
            budget_min=Decimal("5000"),
            budget_max=Decimal("8000"),
            payments=(
                Payment(label="Deposit", milestone_id=design.id, percent=Decimal("30")),
                Payment(label="Launch", milestone_id=build.id, percent=Decimal("70")),
            ),
        ),
        results=Results(deliverables=(spec, site), success_metrics=("10 orders a week",)),
        skills=("Shopify", "CSS"),
        languages=("English", "Portuguese"),
        risks=(
            Risk(
                description="Late photos",
                likelihood=Level.HIGH,
                impact=Level.LOW,
                mitigation="Use stock photos",
            ),
        ),
        attachments=(
            Attachment(
                name="brand.pdf",
                path="media/x/brand.pdf",
                size=2_500_000,
                sha256="ab" * 32,
                media_type="application/pdf",
            ),
        ),
    )


def table_rows(markdown: str, header_start: str) -> list[str]:
    lines = markdown.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(header_start))
    rows = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        rows.append(line)
    return rows


def cells(row: str) -> list[str]:
    """Split a table row on unescaped pipes."""
    return [c.strip() for c in re.split(r"(?<!\\)\|", row)[1:-1]]


def test_sections_come_in_order() -> None:
    md = brief_to_markdown(full_brief())
    headings = [line for line in md.splitlines() if line.startswith("#")]
    assert headings[:2] == ["# Online shop", "## Summary"]
    top = [h for h in headings if h.startswith("## ")]
    assert top == [
        "## Summary",
        "## Inputs the client provides",
        "## Planning",
        "## Cost estimate",
        "## Expected results",
        "## Skills",
        "## Languages",
        "## Risks",
        "## Attachments",
    ]
    assert md.endswith("\n") and not md.endswith("\n\n")


def test_overview_names_status_and_client() -> None:
    md = brief_to_markdown(full_brief())
    assert "- **Status:** Ready" in md
    assert "- **Client:** Ana Lima, Savon & Co (ana@example.com)" in md
    assert "A small shop for handmade soap.\n\nSecond paragraph." in md


def test_inputs_table_escapes_pipes() -> None:
    rows = table_rows(brief_to_markdown(full_brief()), "| Input |")
    assert cells(rows[2]) == ["Logo", "document", "2025-03-01", "SVG \\| PNG"]


def test_milestones_show_computed_dates_and_dependencies_by_title() -> None:
    brief = full_brief()
    spans = schedule(brief.planning)
    design = brief.planning.milestones[0]
    rows = table_rows(brief_to_markdown(brief), "| # | Milestone |")
    assert len(rows) == 4
    assert cells(rows[2]) == [
        "1",
        "Design",
        str(spans[design.id].start),
        str(spans[design.id].end),
        "10 d",
        "—",
        "Specification",
    ]
    assert cells(rows[3]) == [
        "2",
        "Build \\| launch",
        "2025-03-13",
        "2025-04-02",
        "20 d",
        "Design",
        "Web shop",
    ]
    assert "- **Build | launch:** Two sprints." in brief_to_markdown(brief)


def test_cost_table_has_line_totals_subtotal_contingency_and_total() -> None:
    brief = full_brief()
    md = brief_to_markdown(brief)
    rows = [cells(r) for r in table_rows(md, "| Item |")]
    sums = totals(brief.costs)
    assert rows[2] == ["Design", "2.5", "day", "€480.00", "€1,200.00"]
    assert rows[3] == ["Build", "10", "day", "€512.35", "€5,123.50"]
    assert (
        rows[4][0] == "**Subtotal**" and rows[4][-1] == f"**{format_money(sums.subtotal, 'EUR')}**"
    )
    assert rows[5] == ["Contingency (10 %)", "", "", "", "€632.35"]
    assert rows[6][-1] == "**€6,955.85**" == f"**{format_money(sums.total, 'EUR')}**"
    assert "**Budget range:** €5,000.00 – €8,000.00" in md
    assert "- **Pricing:** Fixed price" in md


def test_payment_schedule_uses_the_computed_amounts() -> None:
    brief = full_brief()
    rows = [cells(r) for r in table_rows(brief_to_markdown(brief), "| Payment |")]
    amounts = [format_money(a, "EUR") for _, a in payment_amounts(brief.costs)]
    assert rows[2] == ["Deposit", "Design", "30 %", amounts[0]]
    assert rows[3] == ["Launch", "Build \\| launch", "70 %", amounts[1]]
    assert amounts == ["€2,086.76", "€4,869.09"]  # they add up to the total exactly


def test_deliverables_have_checklists() -> None:
    md = brief_to_markdown(full_brief())
    assert "#### 1. Specification" in md
    assert "**Format:** PDF" in md
    assert "- [ ] Covers every page\n- [ ] Approved by the client" in md
    assert "#### 2. Web shop" in md
    assert "**Acceptance criteria:** none yet." in md
    assert "### Success metrics\n\n- 10 orders a week" in md


def test_skills_languages_risks_attachments() -> None:
    md = brief_to_markdown(full_brief())
    assert "## Skills\n\n- Shopify\n- CSS" in md
    assert "## Languages\n\n- English\n- Portuguese" in md
    risk = [cells(r) for r in table_rows(md, "| Risk |")]
    assert risk[2] == ["Late photos", "high", "low", "Use stock photos"]
    files = [cells(r) for r in table_rows(md, "| File |")]
    assert files[2] == ["brand.pdf", "application/pdf", "2.4 MB", f"`{'ab' * 32}`"]


def test_an_empty_brief_says_what_is_not_specified() -> None:
    md = brief_to_markdown(Brief())
    assert md.startswith("# Untitled brief\n")
    for heading in ("## Summary", "## Inputs the client provides", "## Risks", "## Attachments"):
        assert f"{heading}\n\n_Not specified._" in md
    assert "No cost lines yet." in md
    assert "**Budget range:** not specified" in md


def test_missing_dependency_and_payment_milestone_are_named() -> None:
    m = Milestone(title="Only", depends_on=("gone",))
    brief = Brief(
        title="T",
        planning=Planning(milestones=(m,)),
        costs=CostEstimate(
            payments=(Payment(label="P", milestone_id="gone", percent=Decimal(100)),)
        ),
    )
    md = brief_to_markdown(brief)
    assert "| 1 | Only | — | — |  | (missing milestone) | — |" in md
    assert "| P | (missing milestone) | 100 % |" in md


def test_amounts_follow_the_locale() -> None:
    md = brief_to_markdown(full_brief(), locale="fr_FR")
    assert re.search(r"6\s955,85\s€", md)


def test_cells_escape_pipes_and_keep_line_breaks() -> None:
    assert cell("a | b") == "a \\| b"
    assert cell("one\ntwo\n") == "one<br>two"
    assert cell("C:\\dir|x") == "C:\\\\dir\\|x"


@pytest.mark.parametrize("name", template_names())
def test_every_template_renders(name: str) -> None:
    md = brief_to_markdown(brief_from_template(name, "From a template", date(2025, 1, 6)))
    assert md.startswith("# From a template\n")


@settings(max_examples=60, deadline=None)
@given(briefs)
def test_any_brief_renders_with_well_formed_tables(brief: Brief) -> None:
    md = brief_to_markdown(brief)
    lines = md.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("| ") and i + 1 < len(lines) and lines[i + 1].startswith("| ---"):
            width = len(cells(line))
            j = i
            while j < len(lines) and lines[j].startswith("|"):
                assert len(cells(lines[j])) == width, lines[j]
                j += 1
