"""Regenerate resources/templates/*.json from the definitions below (run by hand, output committed).

Templates carry durations, not dates, so a brief made from one is planned from its own start.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal as D
from pathlib import Path

from studio.core.brief import (
    Brief,
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
)
from studio.core.serialize import brief_to_json

STAMP = datetime(2026, 1, 1, tzinfo=UTC)
OUT = Path(__file__).resolve().parent.parent / "resources" / "templates"


def software() -> Brief:
    spec = Deliverable(
        title="Technical specification",
        format="PDF or Markdown",
        acceptance_criteria=("Covers every user story", "Reviewed and approved by the client"),
    )
    app = Deliverable(
        title="Working application",
        format="Source code in a Git repository + deployed build",
        acceptance_criteria=(
            "All acceptance tests pass",
            "Deployed to the staging server",
            "README explains setup",
        ),
    )
    m1 = Milestone(title="Discovery and specification", duration_days=10, deliverables=(spec.id,))
    m2 = Milestone(title="First working version", duration_days=30, depends_on=(m1.id,))
    m3 = Milestone(
        title="Release and handover", duration_days=10, depends_on=(m2.id,), deliverables=(app.id,)
    )
    return Brief(
        title="Software project",
        summary="Describe the problem the software solves, who uses it, and what exists today.",
        created=STAMP,
        updated=STAMP,
        inputs=(
            Input(name="Existing code and documentation", kind=InputKind.DOCUMENT),
            Input(name="Access to servers and accounts", kind=InputKind.ACCESS),
            Input(name="A product owner available weekly", kind=InputKind.PEOPLE),
        ),
        planning=Planning(milestones=(m1, m2, m3)),
        costs=CostEstimate(
            currency="EUR",
            pricing=PricingModel.FIXED,
            items=(
                CostItem(label="Specification", quantity=D(5), unit="day", unit_price=D(500)),
                CostItem(label="Development", quantity=D(25), unit="day", unit_price=D(500)),
                CostItem(label="Testing and release", quantity=D(5), unit="day", unit_price=D(500)),
            ),
            contingency_percent=D(10),
            payments=(
                Payment(label="Deposit", milestone_id=m1.id, percent=D(30)),
                Payment(label="First version", milestone_id=m2.id, percent=D(40)),
                Payment(label="Handover", milestone_id=m3.id, percent=D(30)),
            ),
        ),
        results=Results(
            deliverables=(spec, app), success_metrics=("Users complete the main task without help",)
        ),
        skills=("Python", "Web development", "Automated testing"),
        languages=("English",),
        risks=(
            Risk(
                description="Scope grows during development",
                likelihood=Level.HIGH,
                impact=Level.MEDIUM,
                mitigation="Changes go through a written change request with a price",
            ),
        ),
    )


def design() -> Brief:
    concepts = Deliverable(
        title="Design concepts",
        format="PDF",
        acceptance_criteria=("Three distinct directions", "Shown on real content"),
    )
    final = Deliverable(
        title="Final design files",
        format="Figma + exported SVG/PNG",
        acceptance_criteria=("All agreed screens designed", "Style guide with colours and type"),
    )
    m1 = Milestone(title="Brief review and moodboard", duration_days=5)
    m2 = Milestone(
        title="Concepts", duration_days=10, depends_on=(m1.id,), deliverables=(concepts.id,)
    )
    m3 = Milestone(
        title="Final design", duration_days=15, depends_on=(m2.id,), deliverables=(final.id,)
    )
    return Brief(
        title="Design work",
        summary="Describe the brand, the audience, and what the design must achieve.",
        created=STAMP,
        updated=STAMP,
        inputs=(
            Input(name="Brand guidelines and logo files", kind=InputKind.DOCUMENT),
            Input(name="Content (texts, photos)", kind=InputKind.DATA),
        ),
        planning=Planning(milestones=(m1, m2, m3)),
        costs=CostEstimate(
            currency="EUR",
            pricing=PricingModel.FIXED,
            items=(
                CostItem(label="Concepts", quantity=D(1), unit="package", unit_price=D(1500)),
                CostItem(label="Final design", quantity=D(1), unit="package", unit_price=D(2500)),
            ),
            payments=(
                Payment(label="Start", milestone_id=m1.id, percent=D(50)),
                Payment(label="Delivery", milestone_id=m3.id, percent=D(50)),
            ),
        ),
        results=Results(deliverables=(concepts, final)),
        skills=("Visual design", "Figma", "Typography"),
        risks=(
            Risk(
                description="Feedback rounds take longer than planned",
                likelihood=Level.MEDIUM,
                impact=Level.MEDIUM,
                mitigation="Two feedback rounds included; more are billed per hour",
            ),
        ),
    )


def data_nlp() -> Brief:
    report = Deliverable(
        title="Study report",
        format="PDF + notebook",
        acceptance_criteria=(
            "Methods reproducible from the notebook",
            "Findings answer the study questions",
        ),
    )
    model = Deliverable(
        title="Trained model",
        format="Model files + inference script",
        acceptance_criteria=("Meets the agreed F1 score on the held-out set",),
    )
    m1 = Milestone(title="Data audit", duration_days=7)
    m2 = Milestone(
        title="Baseline and experiments",
        duration_days=20,
        depends_on=(m1.id,),
        deliverables=(model.id,),
    )
    m3 = Milestone(title="Report", duration_days=7, depends_on=(m2.id,), deliverables=(report.id,))
    return Brief(
        title="Data / NLP study",
        summary="Describe the question, the data you have, and the decision the study informs.",
        created=STAMP,
        updated=STAMP,
        inputs=(
            Input(name="Annotated text corpus", kind=InputKind.DATA),
            Input(name="Domain expert for annotation questions", kind=InputKind.PEOPLE),
            Input(name="Compute account", kind=InputKind.ACCESS),
        ),
        planning=Planning(milestones=(m1, m2, m3)),
        costs=CostEstimate(
            currency="EUR",
            pricing=PricingModel.HOURLY,
            items=(
                CostItem(label="Data audit", quantity=D(40), unit="hour", unit_price=D(80)),
                CostItem(label="Experiments", quantity=D(120), unit="hour", unit_price=D(80)),
                CostItem(label="Report", quantity=D(40), unit="hour", unit_price=D(80)),
            ),
            contingency_percent=D(15),
        ),
        results=Results(
            deliverables=(model, report), success_metrics=("F1 score on the held-out set",)
        ),
        skills=("Python", "NLP", "Machine learning", "Statistics"),
        risks=(
            Risk(
                description="The data is too small or too noisy",
                likelihood=Level.MEDIUM,
                impact=Level.HIGH,
                mitigation="The data audit ends with a go / no-go decision",
            ),
        ),
    )


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for name, build in (("software", software), ("design", design), ("data-nlp", data_nlp)):
        (OUT / f"{name}.json").write_text(brief_to_json(build()), encoding="utf-8")
        print("wrote", OUT / f"{name}.json")
