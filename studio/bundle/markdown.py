"""The brief as Markdown: the plain-text spec of `show --markdown` and the bundle's brief.md."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal

from studio.core.brief import Brief, CostEstimate, Planning, PricingModel
from studio.core.costs import line_total, payment_amounts, totals
from studio.core.money import format_money
from studio.core.planning import schedule

NOT_SPECIFIED = "_Not specified._"
PRICING = {PricingModel.FIXED: "Fixed price", PricingModel.HOURLY: "Hourly rate"}


def brief_to_markdown(brief: Brief, locale: str = "en_US") -> str:
    """Every section of the brief, in order; empty sections say so rather than vanish.

    `locale` only changes how amounts are written (fr_FR gives `1 234,56 €`).
    """
    blocks: list[str] = [
        f"# {_inline(brief.title) or 'Untitled brief'}",
        _overview(brief),
        _section("Summary", [brief.summary.strip()] if brief.summary.strip() else []),
        _section("Inputs the client provides", _inputs(brief)),
        _section("Planning", _planning(brief.planning, brief)),
        _section("Cost estimate", _costs(brief.costs, brief, locale)),
        _section("Expected results", _results(brief)),
        _section("Skills", _bullets(brief.skills)),
        _section("Languages", _bullets(brief.languages)),
        _section("Risks", _risks(brief)),
        _section("Attachments", _attachments(brief)),
    ]
    return "\n\n".join(b for b in blocks if b) + "\n"


# ---- helpers ---------------------------------------------------------------------------


def _inline(text: str) -> str:
    """One line of text: line breaks become spaces."""
    return " ".join(text.split())


def cell(text: object) -> str:
    """Text safe inside a table cell: `|` escaped, line breaks kept as <br>."""
    value = str(text).replace("\\", "\\\\").replace("|", "\\|")
    lines = [line.strip() for line in value.strip().splitlines()]
    return "<br>".join(lines)


def table(header: Sequence[str], rows: Iterable[Sequence[object]], align: str = "") -> str:
    """A pipe table; `align` holds one letter per column ("l" or "r"), left when missing."""
    rules = ["---:" if align[i : i + 1] == "r" else "---" for i in range(len(header))]
    lines = ["| " + " | ".join(cell(h) for h in header) + " |", "| " + " | ".join(rules) + " |"]
    lines.extend("| " + " | ".join(cell(c) for c in row) + " |" for row in rows)
    return "\n".join(lines)


def _section(title: str, parts: list[str], level: int = 2) -> str:
    body = "\n\n".join(p for p in parts if p) or NOT_SPECIFIED
    return f"{'#' * level} {title}\n\n{body}"


def _bullets(items: Iterable[str]) -> list[str]:
    lines = [f"- {_inline(i)}" for i in items if i.strip()]
    return ["\n".join(lines)] if lines else []


def _number(value: Decimal) -> str:
    """A plain decimal without exponent or trailing zeros: 10, 2.5, 0.125."""
    if not value.is_finite():
        return str(value)
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _day(value: object) -> str:
    return "—" if value is None else str(value)


def _size(size: int) -> str:
    amount = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if amount < 1024 or unit == "GB":
            return f"{size} bytes" if unit == "bytes" else f"{amount:.1f} {unit}"
        amount /= 1024
    return f"{size} bytes"  # pragma: no cover - the loop always returns


# ---- sections --------------------------------------------------------------------------


def _overview(brief: Brief) -> str:
    client = brief.client
    who = ", ".join(p for p in (_inline(client.name), _inline(client.company)) if p)
    if client.contact.strip():
        who = f"{who} ({_inline(client.contact)})" if who else _inline(client.contact)
    lines = [
        f"- **Status:** {brief.status.value.capitalize()}",
        f"- **Client:** {who or 'not specified'}",
        f"- **Language:** {brief.language or 'not specified'}",
        f"- **Updated:** {brief.updated.date().isoformat()}",
        f"- **Brief id:** `{brief.id}`",
    ]
    return "\n".join(lines)


def _inputs(brief: Brief) -> list[str]:
    if not brief.inputs:
        return []
    rows = [
        (i.name or "—", i.kind.value, _day(i.available_from), i.description or "—")
        for i in brief.inputs
    ]
    return [table(("Input", "Kind", "Available from", "Description"), rows)]


def _milestone_names(planning: Planning) -> dict[str, str]:
    return {
        m.id: _inline(m.title) or f"Milestone {n}" for n, m in enumerate(planning.milestones, 1)
    }


def _planning(planning: Planning, brief: Brief) -> list[str]:
    dates = f"- **Start:** {_day(planning.start)}\n- **Deadline:** {_day(planning.deadline)}"
    if not planning.milestones:
        return [dates, "### Milestones\n\n" + NOT_SPECIFIED]
    names = _milestone_names(planning)
    spans = schedule(planning)
    rows = []
    for n, m in enumerate(planning.milestones, 1):
        span = spans[m.id]
        deps = ", ".join(names.get(d, "(missing milestone)") for d in m.depends_on)
        produces = ", ".join(
            _inline(d.title) or "(untitled deliverable)"
            for d in (brief.deliverable(did) for did in m.deliverables)
            if d is not None
        )
        duration = "" if m.duration_days is None else f"{m.duration_days} d"
        start, end = _day(span.start), _day(span.end)
        rows.append((n, names[m.id], start, end, duration, deps or "—", produces or "—"))
    header = ("#", "Milestone", "Start", "End", "Duration", "Depends on", "Produces")
    parts = [dates, "### Milestones\n\n" + table(header, rows, "rlllrll")]
    described = [
        f"- **{names[m.id]}:** {_inline(m.description)}"
        for m in planning.milestones
        if m.description.strip()
    ]
    if described:
        parts.append("\n".join(described))
    return parts


def _costs(costs: CostEstimate, brief: Brief, locale: str) -> list[str]:
    def money(amount: Decimal) -> str:
        return format_money(amount, costs.currency, locale)

    parts = [f"- **Currency:** {costs.currency}\n- **Pricing:** {PRICING[costs.pricing]}"]
    if costs.items:
        rows: list[tuple[object, ...]] = [
            (
                i.label or "—",
                _number(i.quantity),
                i.unit,
                money(i.unit_price),
                money(line_total(i, costs.currency)),
            )
            for i in costs.items
        ]
        sums = totals(costs)
        rows.append(("**Subtotal**", "", "", "", f"**{money(sums.subtotal)}**"))
        contingency = f"Contingency ({_number(costs.contingency_percent)} %)"
        rows.append((contingency, "", "", "", money(sums.contingency)))
        rows.append(("**Total**", "", "", "", f"**{money(sums.total)}**"))
        parts.append(table(("Item", "Quantity", "Unit", "Unit price", "Total"), rows, "lrlrr"))
    else:
        parts.append("No cost lines yet.")
    parts.append(f"**Budget range:** {_budget(costs, money)}")
    if costs.payments:
        names = _milestone_names(brief.planning)
        pay_rows = [
            (
                p.label or f"Payment {n}",
                names.get(p.milestone_id, "(missing milestone)") if p.milestone_id else "—",
                f"{_number(p.percent)} %",
                money(amount),
            )
            for n, (p, amount) in enumerate(payment_amounts(costs), 1)
        ]
        header = ("Payment", "Due at milestone", "Share", "Amount")
        parts.append("### Payment schedule\n\n" + table(header, pay_rows, "llrr"))
    return parts


def _budget(costs: CostEstimate, fmt: Callable[[Decimal], str]) -> str:
    low, high = costs.budget_min, costs.budget_max
    if low is not None and high is not None:
        return f"{fmt(low)} – {fmt(high)}"
    if low is not None:
        return f"at least {fmt(low)}"
    if high is not None:
        return f"up to {fmt(high)}"
    return "not specified"


def _results(brief: Brief) -> list[str]:
    parts: list[str] = []
    deliverables = []
    for n, d in enumerate(brief.results.deliverables, 1):
        lines = [f"#### {n}. {_inline(d.title) or 'Untitled deliverable'}"]
        if d.description.strip():
            lines.append(d.description.strip())
        if d.format.strip():
            lines.append(f"**Format:** {_inline(d.format)}")
        criteria = [f"- [ ] {_inline(c)}" for c in d.acceptance_criteria if c.strip()]
        lines.append(
            "**Acceptance criteria:**\n\n" + "\n".join(criteria)
            if criteria
            else "**Acceptance criteria:** none yet."
        )
        deliverables.append("\n\n".join(lines))
    parts.append(_section("Deliverables", deliverables, level=3))
    parts.append(_section("Success metrics", _bullets(brief.results.success_metrics), level=3))
    return parts


def _risks(brief: Brief) -> list[str]:
    if not brief.risks:
        return []
    rows = [
        (r.description or "—", r.likelihood.value, r.impact.value, r.mitigation or "—")
        for r in brief.risks
    ]
    return [table(("Risk", "Likelihood", "Impact", "Mitigation"), rows)]


def _attachments(brief: Brief) -> list[str]:
    if not brief.attachments:
        return []
    rows = [
        (a.name or a.path, a.media_type, _size(a.size), f"`{a.sha256}`" if a.sha256 else "—")
        for a in brief.attachments
    ]
    return [table(("File", "Type", "Size", "SHA-256"), rows, "llr")]
