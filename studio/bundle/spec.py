"""The brief laid out for reading, shared by index.html and brief.pdf: the sections in order
with the chapter of the video that covers each, the milestone rows and timeline bars, and the
cost table with its totals formatted in the brief's currency.

A chapter belongs to a section when its title names it: "Planning", "3. Planning",
"Costs" and "Cost estimate" all find the cost section; the first chapter that fits wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from studio.core.brief import Brief, PricingModel
from studio.core.costs import line_total, payment_amounts, totals
from studio.core.money import format_money
from studio.core.planning import schedule
from studio.core.take import Chapter

SECTIONS: tuple[tuple[str, str], ...] = (
    ("summary", "Summary"),
    ("inputs", "Inputs the client provides"),
    ("planning", "Planning"),
    ("costs", "Cost estimate"),
    ("results", "Expected results"),
    ("skills", "Skills"),
    ("languages", "Languages"),
    ("risks", "Risks"),
    ("attachments", "Attachments"),
)
_ALIASES: dict[str, tuple[str, ...]] = {
    "summary": ("summary", "context", "overview", "introduction", "intro", "background"),
    "inputs": ("inputs the client provides", "inputs", "what we provide", "client inputs"),
    "planning": ("planning", "milestones", "timeline", "schedule", "plan"),
    "costs": ("cost estimate", "costs", "cost", "budget", "pricing", "price"),
    "results": ("expected results", "results", "deliverables", "acceptance criteria"),
    "skills": ("skills", "skills needed", "required skills"),
    "languages": ("languages",),
    "risks": ("risks", "risk"),
    "attachments": ("attachments", "files", "documents"),
}
PRICING = {PricingModel.FIXED: "Fixed price", PricingModel.HOURLY: "Hourly rate"}


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    start: float | None = None  # where its chapter starts in the video, seconds


def _normal(text: str) -> str:
    text = re.sub(r"^\s*\d+\s*[.):-]?\s*", "", text.casefold())  # "3. Planning" → planning
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def section_of(chapter_title: str) -> str | None:
    """The key of the section a chapter title names, or None."""
    name = _normal(chapter_title)
    for key, aliases in _ALIASES.items():
        if any(name == a or name.startswith(a + " ") for a in aliases):
            return key
    return None


def sections(chapters: tuple[Chapter, ...] = ()) -> tuple[Section, ...]:
    starts: dict[str, float] = {}
    for chapter in chapters:
        key = section_of(chapter.title)
        if key is not None and key not in starts:
            starts[key] = chapter.start
    return tuple(Section(key, title, starts.get(key)) for key, title in SECTIONS)


# ---- planning --------------------------------------------------------------------------


@dataclass(frozen=True)
class MilestoneRow:
    number: int
    title: str
    start: date | None
    end: date | None
    duration: str  # days
    depends_on: str
    produces: str
    description: str


@dataclass(frozen=True)
class Bar:
    """One milestone on the timeline; fractions of the planning's span (0 to 1)."""

    title: str
    start: float
    end: float
    dated: bool  # False when its dates are unknown: drawn as a placeholder


@dataclass(frozen=True)
class Timeline:
    first: date | None
    last: date | None
    bars: tuple[Bar, ...]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _milestone_names(brief: Brief) -> dict[str, str]:
    return {
        m.id: _one_line(m.title) or f"Milestone {n}"
        for n, m in enumerate(brief.planning.milestones, 1)
    }


def milestone_rows(brief: Brief) -> list[MilestoneRow]:
    planning = brief.planning
    names = _milestone_names(brief)
    spans = schedule(planning)
    rows = []
    for n, m in enumerate(planning.milestones, 1):
        produces = (brief.deliverable(d) for d in m.deliverables)
        rows.append(
            MilestoneRow(
                number=n,
                title=names[m.id],
                start=spans[m.id].start,
                end=spans[m.id].end,
                duration="" if m.duration_days is None else str(m.duration_days),
                depends_on=", ".join(names.get(d, "(missing milestone)") for d in m.depends_on),
                produces=", ".join(
                    _one_line(d.title) or "(untitled deliverable)" for d in produces if d
                ),
                description=m.description.strip(),
            )
        )
    return rows


def timeline(brief: Brief) -> Timeline:
    rows = milestone_rows(brief)
    days = [d for r in rows for d in (r.start, r.end) if d is not None]
    days += [d for d in (brief.planning.start, brief.planning.deadline) if d is not None]
    if not days:
        return Timeline(None, None, tuple(Bar(r.title, 0.0, 0.0, False) for r in rows))
    first, last = min(days), max(days)
    span = max((last - first).days, 1)
    bars = []
    for r in rows:
        start = r.start or r.end
        end = r.end or r.start
        if start is None or end is None:
            bars.append(Bar(r.title, 0.0, 0.0, False))
            continue
        a, b = sorted(((start - first).days / span, (end - first).days / span))
        bars.append(Bar(r.title, a, b, True))
    return Timeline(first, last, tuple(bars))


# ---- costs -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CostLine:
    label: str
    quantity: str
    unit: str
    unit_price: str
    total: str


@dataclass(frozen=True)
class PaymentLine:
    label: str
    milestone: str
    share: str
    amount: str


@dataclass(frozen=True)
class CostTable:
    currency: str
    pricing: str
    lines: tuple[CostLine, ...]
    subtotal: str
    contingency_label: str
    contingency: str
    total: str
    budget: str
    payments: tuple[PaymentLine, ...]


def number(value: Decimal) -> str:
    """A plain decimal without exponent or trailing zeros: 10, 2.5, 0.125."""
    if not value.is_finite():
        return str(value)
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def cost_table(brief: Brief, locale: str = "en_US") -> CostTable:
    costs = brief.costs

    def money(amount: Decimal) -> str:
        return format_money(amount, costs.currency, locale)

    sums = totals(costs)
    low, high = costs.budget_min, costs.budget_max
    if low is not None and high is not None:
        budget = f"{money(low)} – {money(high)}"
    elif low is not None:
        budget = f"at least {money(low)}"
    elif high is not None:
        budget = f"up to {money(high)}"
    else:
        budget = "not specified"
    names = _milestone_names(brief)
    return CostTable(
        currency=costs.currency,
        pricing=PRICING[costs.pricing],
        lines=tuple(
            CostLine(
                _one_line(i.label) or "—",
                number(i.quantity),
                i.unit,
                money(i.unit_price),
                money(line_total(i, costs.currency)),
            )
            for i in costs.items
        ),
        subtotal=money(sums.subtotal),
        contingency_label=f"Contingency ({number(costs.contingency_percent)} %)",
        contingency=money(sums.contingency),
        total=money(sums.total),
        budget=budget,
        payments=tuple(
            PaymentLine(
                _one_line(p.label) or f"Payment {n}",
                names.get(p.milestone_id, "(missing milestone)") if p.milestone_id else "—",
                f"{number(p.percent)} %",
                money(amount),
            )
            for n, (p, amount) in enumerate(payment_amounts(costs), 1)
        ),
    )


def size_text(size: int) -> str:
    amount = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if amount < 1024 or unit == "GB":
            return f"{size} bytes" if unit == "bytes" else f"{amount:.1f} {unit}"
        amount /= 1024
    return f"{size} bytes"
