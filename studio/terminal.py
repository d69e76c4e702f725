"""How the command line shows briefs in a terminal: the library table and a brief at a glance."""

from __future__ import annotations

from studio.core.brief import Brief, PricingModel
from studio.core.costs import totals
from studio.core.money import format_money
from studio.core.planning import planning_end, schedule
from studio.core.problem import Severity
from studio.core.validation import validate
from studio.store.library import BriefSummary

SHORT_ID = 8  # characters of an id shown in tables and hints
PRICING = {PricingModel.FIXED: "fixed price", PricingModel.HOURLY: "hourly rate"}


def summary_dict(row: BriefSummary) -> dict[str, object]:
    return {
        "id": row.id,
        "title": row.title,
        "status": row.status.value,
        "client": row.client,
        "created": row.created.isoformat(),
        "updated": row.updated.isoformat(),
        "trashed_at": row.trashed_at.isoformat() if row.trashed_at else None,
    }


def summary_table(rows: list[BriefSummary]) -> str:
    width = SHORT_ID  # longer only if two listed ids share their first 8 characters
    while len({r.id[:width] for r in rows}) < len(rows) and width < 32:
        width += 1
    lines = [f"{'ID':<{width}}  {'STATUS':<8}  {'UPDATED':<10}  TITLE"]
    for r in rows:
        day = r.updated.astimezone().date().isoformat()
        lines.append(f"{r.id[:width]}  {r.status.value:<8}  {day}  {' '.join(r.title.split())}")
    return "\n".join(lines)


def brief_overview(brief: Brief) -> str:
    """The terminal view: the brief at a glance; --markdown has everything."""
    plan, costs = brief.planning, brief.costs
    client = ", ".join(
        p for p in (brief.client.name, brief.client.company, brief.client.contact) if p
    )
    end = planning_end(plan)
    counts = [
        count(len(brief.inputs), "input"),
        count(len(plan.milestones), "milestone"),
        count(len(brief.results.deliverables), "deliverable"),
        count(len(brief.risks), "risk"),
        count(len(brief.attachments), "attachment"),
    ]
    fields = [
        ("id", brief.id),
        ("status", brief.status.value),
        ("client", client or "—"),
        (
            "updated",
            f"{brief.updated.astimezone():%Y-%m-%d %H:%M} "
            f"(created {brief.created.astimezone():%Y-%m-%d})",
        ),
        ("planning", f"{plan.start or '?'} → {end or '?'}, deadline {plan.deadline or 'none'}"),
        (
            "total",
            f"{format_money(totals(costs).total, costs.currency)} "
            f"({count(len(costs.items), 'cost line')}, {PRICING[costs.pricing]})",
        ),
        ("contents", ", ".join(counts)),
    ]
    if brief.skills:
        fields.append(("skills", ", ".join(brief.skills)))
    lines = [" ".join(brief.title.split()) or "Untitled"]
    lines += [f"  {name:<10}{value}" for name, value in fields]
    if brief.summary.strip():
        lines += ["", *(f"  {line}" for line in brief.summary.strip().splitlines())]
    spans = schedule(plan)
    if plan.milestones:
        lines += ["", "Milestones"]
        for n, m in enumerate(plan.milestones, 1):
            span = spans[m.id]
            lines.append(f"  {n:>2}. {span.start or '?'} → {span.end or '?'}  {m.title or '—'}")
    problems = validate(brief)
    errors = sum(p.severity is Severity.ERROR for p in problems)
    lines.append("")
    if problems:
        lines.append(
            f"{count(errors, 'error')}, {count(len(problems) - errors, 'warning')}: "
            f"see brief-studio validate {brief.id[:SHORT_ID]}"
        )
    else:
        lines.append("No problems found.")
    return "\n".join(lines)


def count(n: int, noun: str) -> str:
    """`1 risk`, `3 risks` (English plural; the CLI is not translated)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
