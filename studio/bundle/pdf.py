"""brief.pdf: the printable spec, made with reportlab (bundle/ stays Qt-free), text selectable.

A title page with the contents, then every section: the milestone table and a timeline
drawing, the cost table with its totals, acceptance criteria as checklists. Each section that
has a chapter links to index.html#t=SECONDS, which the viewer opens at that moment.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from studio.bundle.chapters import clock
from studio.bundle.document import Document
from studio.bundle.manifest import INDEX_HTML
from studio.bundle.pdf_style import (
    CheckBox,
    fonts,
    styles,
    table_style,
    text,
    timeline_drawing,
)
from studio.bundle.spec import Section, cost_table, milestone_rows, size_text, timeline
from studio.core.brief import Brief

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
Story = list[Flowable]


def _p(value: str, style: str = "body") -> Paragraph:
    return Paragraph(value, styles()[style])


def _day(value: date | None) -> str:
    return "—" if value is None else value.isoformat()


def _table(
    rows: list[list[str]], widths: list[float], right: frozenset[int] = frozenset(), totals: int = 0
) -> Table:
    """A table of plain-text cells; the header row and the last `totals` rows in bold."""
    bold = {0, *range(len(rows) - totals, len(rows))}
    cells = [
        [
            _p(
                f"<b>{text(c)}</b>" if r in bold else text(c),
                "cell_right" if i in right else "cell",
            )
            for i, c in enumerate(row)
        ]
        for r, row in enumerate(rows)
    ]
    table = Table(cells, colWidths=[w * WIDTH for w in widths], repeatRows=1)
    table.setStyle(table_style(totals=totals))
    return table


def _bullets(items: tuple[str, ...]) -> Story:
    kept = [i for i in items if i.strip()]
    if not kept:
        return [_p("Not specified.", "muted")]
    return [Paragraph(text(i), styles()["bullet"], bulletText="•") for i in kept]


# ---- sections --------------------------------------------------------------------------


def _summary(document: Document) -> Story:
    paragraphs = [p for p in document.brief.summary.split("\n\n") if p.strip()]
    return [_p(text(p)) for p in paragraphs] or [_p("Not specified.", "muted")]


def _inputs(document: Document) -> Story:
    inputs = document.brief.inputs
    if not inputs:
        return [_p("Not specified.", "muted")]
    rows = [["Input", "Kind", "Available from", "Description"]]
    rows += [
        [i.name or "—", i.kind.value, _day(i.available_from), i.description or "—"] for i in inputs
    ]
    return [_table(rows, [0.25, 0.12, 0.16, 0.47])]


def _planning(document: Document) -> Story:
    brief = document.brief
    story: Story = [
        _p(
            f"<b>Start:</b> {_day(brief.planning.start)} &nbsp;&nbsp; "
            f"<b>Deadline:</b> {_day(brief.planning.deadline)}"
        )
    ]
    rows = milestone_rows(brief)
    if not rows:
        return [*story, _p("No milestones yet.", "muted")]
    story += [Spacer(1, 3 * mm), timeline_drawing(timeline(brief), WIDTH), Spacer(1, 3 * mm)]
    table = [["#", "Milestone", "Start", "End", "Days", "Depends on", "Produces"]]
    table += [
        [
            str(r.number),
            r.title,
            _day(r.start),
            _day(r.end),
            r.duration or "—",
            r.depends_on or "—",
            r.produces or "—",
        ]
        for r in rows
    ]
    story.append(_table(table, [0.04, 0.2, 0.145, 0.145, 0.08, 0.19, 0.2], right=frozenset({0, 4})))
    for r in rows:
        if r.description:
            story.append(_p(f"<b>{text(r.title)}:</b> {text(r.description)}"))
    return story


def _costs(document: Document) -> Story:
    costs = cost_table(document.brief, document.locale)
    story: Story = [
        _p(f"<b>Currency:</b> {costs.currency} &nbsp;&nbsp; <b>Pricing:</b> {costs.pricing}")
    ]
    if costs.lines:
        rows = [["Item", "Quantity", "Unit", "Unit price", "Total"]]
        rows += [[c.label, c.quantity, c.unit, c.unit_price, c.total] for c in costs.lines]
        rows += [
            ["Subtotal", "", "", "", costs.subtotal],
            [costs.contingency_label, "", "", "", costs.contingency],
            ["Total", "", "", "", costs.total],
        ]
        table = _table(rows, [0.4, 0.12, 0.12, 0.18, 0.18], right=frozenset({1, 3, 4}), totals=1)
        story.append(table)
    else:
        story.append(_p("No cost lines yet.", "muted"))
    story.append(_p(f"<b>Budget range:</b> {text(costs.budget)}"))
    if costs.payments:
        story.append(_p("Payment schedule", "h2"))
        rows = [["Payment", "Due at milestone", "Share", "Amount"]]
        rows += [[p.label, p.milestone, p.share, p.amount] for p in costs.payments]
        story.append(_table(rows, [0.35, 0.35, 0.12, 0.18], right=frozenset({2, 3})))
    return story


def _results(document: Document) -> Story:
    results = document.brief.results
    story: Story = []
    for n, d in enumerate(results.deliverables, 1):
        part: Story = [_p(f"{n}. {text(d.title) or 'Untitled deliverable'}", "h2")]
        if d.description.strip():
            part.append(_p(text(d.description)))
        if d.format.strip():
            part.append(_p(f"<b>Format:</b> {text(d.format)}"))
        criteria = [c for c in d.acceptance_criteria if c.strip()]
        part.append(_p("<b>Acceptance criteria:</b>" + ("" if criteria else " none yet.")))
        if criteria:
            boxes = Table(
                [[CheckBox(), _p(text(c))] for c in criteria], colWidths=[7 * mm, WIDTH - 7 * mm]
            )
            boxes.setStyle(table_style(header=False))
            part.append(boxes)
        story += part
    if not results.deliverables:
        story.append(_p("No deliverables yet.", "muted"))
    story.append(_p("Success metrics", "h2"))
    return story + _bullets(results.success_metrics)


def _risks(document: Document) -> Story:
    risks = document.brief.risks
    if not risks:
        return [_p("Not specified.", "muted")]
    rows = [["Risk", "Likelihood", "Impact", "Mitigation"]]
    rows += [
        [r.description or "—", r.likelihood.value, r.impact.value, r.mitigation or "—"]
        for r in risks
    ]
    return [_table(rows, [0.36, 0.14, 0.1, 0.4])]


def _attachments(document: Document) -> Story:
    files = document.brief.attachments
    if not files:
        return [_p("No attachments.", "muted")]
    story: Story = [_p("The files are in the bundle's attachments folder.", "muted")]
    for a in files:
        link = f'<a href="{text(a.path)}" color="#2563eb">{text(a.name or a.path)}</a>'
        story.append(_p(f"{link} — {text(a.media_type)}, {size_text(a.size)}", "bullet"))
    return story


_BUILDERS: dict[str, Callable[[Document], Story]] = {
    "summary": _summary,
    "inputs": _inputs,
    "planning": _planning,
    "costs": _costs,
    "results": _results,
    "skills": lambda d: _bullets(d.brief.skills),
    "languages": lambda d: _bullets(d.brief.languages),
    "risks": _risks,
    "attachments": _attachments,
}


# ---- the document ----------------------------------------------------------------------


def video_link(section: Section) -> str:
    """The viewer at this section's moment; index.html honours #t=SECONDS."""
    return f"{INDEX_HTML}#t={section.start:g}" if section.start is not None else ""


def _heading(number: int, section: Section) -> Story:
    anchor = f'<a name="section-{section.key}"/>'
    story: Story = [_p(f"{anchor}{number}. {text(section.title)}", "h1")]
    if section.start is not None:
        story.append(
            _p(
                f'<a href="{video_link(section)}" color="#2563eb">Watch this section '
                f"in the video (from {clock(section.start)})</a>",
                "link",
            )
        )
    return story


def _title_page(document: Document) -> Story:
    brief = document.brief
    client = ", ".join(x for x in (brief.client.name, brief.client.company) if x.strip())
    story: Story = [Spacer(1, 30 * mm), _p(text(brief.title) or "Untitled brief", "title")]
    story.append(_p("Project brief" + (f" from {text(client)}" if client else ""), "subtitle"))
    facts = [
        ("Status", brief.status.value.capitalize()),
        ("Deadline", _day(brief.planning.deadline)),
        ("Total estimate", cost_table(brief, document.locale).total),
        ("Contact", brief.client.contact or "—"),
        ("Updated", _day(brief.updated.date())),
        ("Brief id", brief.id),
    ]
    story += [_p(f"<b>{k}:</b> {text(v)}") for k, v in facts]
    if document.video:
        story.append(Spacer(1, 6 * mm))
        story.append(
            _p(
                f'A video walks through this brief: open <a href="{INDEX_HTML}" '
                'color="#2563eb">index.html</a> in the same folder.'
            )
        )
    story += [Spacer(1, 10 * mm), _p("Contents", "h2")]
    for n, s in enumerate(document.sections, 1):
        at = f" — video {clock(s.start)}" if s.start is not None else ""
        story.append(_p(f'{n}. <a href="#section-{s.key}" color="#1f2933">{text(s.title)}</a>{at}'))
    return [*story, PageBreak()]


def _footer(title: str) -> Callable[[Canvas, SimpleDocTemplate], None]:
    def draw(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(fonts()["regular"], 8)
        canvas.setFillGray(0.45)
        canvas.drawString(MARGIN, 10 * mm, title[:90])
        canvas.drawRightString(A4[0] - MARGIN, 10 * mm, f"Page {doc.page}")
        canvas.restoreState()

    return draw


def render_pdf(document: Document) -> bytes:
    brief: Brief = document.brief
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=brief.title or "Untitled brief",
        author=brief.client.company or brief.client.name,
        subject="Project brief",
        creator=f"Brief Studio {document.app_version}".strip(),
        lang=brief.language,
    )
    story = _title_page(document)
    for number, section in enumerate(document.sections, 1):
        content = _BUILDERS[section.key](document)
        # A heading never ends a page alone: it keeps its first parts with it. (Nested
        # KeepTogethers force a page break in reportlab, so the builders return none.)
        story += [KeepTogether([*_heading(number, section), *content[:3]]), *content[3:]]
        story.append(Spacer(1, 6 * mm))
    footer = _footer(" ".join(brief.title.split()))
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()
