"""index.html: the bundle's offline viewer, one file (CSS and script inlined) that reads only
the bundle's own files, so it works straight from disk (file://) in any browser.

The template and its CSS and script live in resources/viewer/; this module renders the
brief into it section by section, every piece of text escaped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from functools import lru_cache
from html import escape
from string import Template

from studio.bundle.chapters import clock
from studio.bundle.document import Document
from studio.bundle.manifest import BRIEF_MD, BRIEF_PDF
from studio.bundle.spec import Section, cost_table, milestone_rows, size_text, timeline
from studio.core.brief import Brief
from studio.resources import resource_path


@lru_cache(maxsize=4)
def _resource(name: str) -> str:
    return resource_path("viewer", name).read_text("utf-8")


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _para(value: str) -> str:
    """Paragraphs (blank-line separated) with their line breaks kept."""
    blocks = [b.strip() for b in value.split("\n\n") if b.strip()]
    return "".join(f"<p>{'<br>'.join(_e(line) for line in b.splitlines())}</p>" for b in blocks)


def _none(text: str = "Not specified.") -> str:
    return f'<p class="none">{_e(text)}</p>'


def _day(value: date | None) -> str:
    return "—" if value is None else value.isoformat()


def _table(
    header: Iterable[str],
    rows: Iterable[Iterable[str]],
    numeric: set[int],
    dates: frozenset[int] = frozenset(),
) -> str:
    """Cells are already HTML. `numeric` columns align right; `dates` never wrap."""

    def cls(i: int) -> str:
        return ' class="n"' if i in numeric else ' class="date"' if i in dates else ""

    head = "".join(f"<th{cls(i)}>{_e(h)}</th>" for i, h in enumerate(header))
    body = "".join(
        "<tr>" + "".join(f"<td{cls(i)}>{c}</td>" for i, c in enumerate(row)) + "</tr>"
        for row in rows
    )
    return (
        f'<div class="table-scroll"><table><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table></div>"
    )


def _list(items: Iterable[str]) -> str:
    kept = [i for i in items if i.strip()]
    return "<ul>" + "".join(f"<li>{_e(i)}</li>" for i in kept) + "</ul>" if kept else _none()


# ---- sections --------------------------------------------------------------------------


def _inputs(brief: Brief, document: Document) -> str:
    rows = [
        (_e(i.name or "—"), _e(i.kind.value), _day(i.available_from), _e(i.description or "—"))
        for i in brief.inputs
    ]
    header = ("Input", "Kind", "Available from", "Description")
    return _table(header, rows, set(), frozenset({2})) if rows else _none()


def _gantt(brief: Brief) -> str:
    line = timeline(brief)
    scale = ""
    if line.first and line.last:
        scale = f'<div class="gantt-scale"><span>{line.first}</span><span>{line.last}</span></div>'
    rows = []
    for bar in line.bars:
        if bar.dated:
            left, width = bar.start * 100, max((bar.end - bar.start) * 100, 0.5)
            inner = f'<span class="gantt-bar" style="left:{left:.2f}%;width:{width:.2f}%"></span>'
        else:
            inner = '<span class="gantt-undated">dates not set</span>'
        rows.append(
            f'<div class="gantt-row"><span class="gantt-label" title="{_e(bar.title)}">'
            f'{_e(bar.title)}</span><span class="gantt-track">{inner}</span></div>'
        )
    label = "Planning timeline: one bar per milestone"
    return f'<div class="gantt" role="img" aria-label="{label}">{scale}{"".join(rows)}</div>'


def _planning(brief: Brief, document: Document) -> str:
    dates = (
        f'<p class="meta"><b>Start:</b> {_day(brief.planning.start)} · '
        f"<b>Deadline:</b> {_day(brief.planning.deadline)}</p>"
    )
    rows = milestone_rows(brief)
    if not rows:
        return dates + _none("No milestones yet.")
    table = _table(
        ("#", "Milestone", "Start", "End", "Days", "Depends on", "Produces"),
        [
            (
                str(r.number),
                _e(r.title),
                _day(r.start),
                _day(r.end),
                _e(r.duration or "—"),
                _e(r.depends_on or "—"),
                _e(r.produces or "—"),
            )
            for r in rows
        ],
        {0, 4},
        frozenset({2, 3}),
    )
    notes = "".join(
        f"<li><b>{_e(r.title)}:</b> {_e(r.description)}</li>" for r in rows if r.description
    )
    return dates + _gantt(brief) + table + (f"<ul>{notes}</ul>" if notes else "")


def _costs(brief: Brief, document: Document) -> str:
    costs = cost_table(brief, document.locale)
    parts = [
        f'<p class="meta"><b>Currency:</b> {_e(costs.currency)} · <b>Pricing:</b> '
        f"{_e(costs.pricing)}</p>"
    ]
    if costs.lines:
        rows = [
            (_e(c.label), _e(c.quantity), _e(c.unit), _e(c.unit_price), _e(c.total))
            for c in costs.lines
        ]
        table = _table(("Item", "Quantity", "Unit", "Unit price", "Total"), rows, {1, 3, 4})
        sums = (
            f'<tr><td colspan="4">Subtotal</td><td class="n">{_e(costs.subtotal)}</td></tr>'
            f'<tr><td colspan="4">{_e(costs.contingency_label)}</td>'
            f'<td class="n">{_e(costs.contingency)}</td></tr>'
            f'<tr class="total"><td colspan="4">Total</td><td class="n">{_e(costs.total)}</td></tr>'
        )
        parts.append(table.replace("</tbody>", sums + "</tbody>"))
    else:
        parts.append(_none("No cost lines yet."))
    parts.append(f"<p><b>Budget range:</b> {_e(costs.budget)}</p>")
    if costs.payments:
        pay = [(_e(p.label), _e(p.milestone), _e(p.share), _e(p.amount)) for p in costs.payments]
        parts.append("<h3>Payment schedule</h3>")
        parts.append(_table(("Payment", "Due at milestone", "Share", "Amount"), pay, {2, 3}))
    return "".join(parts)


def _results(brief: Brief, document: Document) -> str:
    parts = []
    for n, d in enumerate(brief.results.deliverables, 1):
        parts.append(f"<h3>{n}. {_e(d.title or 'Untitled deliverable')}</h3>")
        parts.append(_para(d.description))
        if d.format.strip():
            parts.append(f"<p><b>Format:</b> {_e(d.format)}</p>")
        criteria = [c for c in d.acceptance_criteria if c.strip()]
        parts.append("<p><b>Acceptance criteria:</b>" + ("" if criteria else " none yet.") + "</p>")
        if criteria:
            items = "".join(
                f'<li><input type="checkbox" aria-label="Done: {_e(c)}"><span>{_e(c)}</span></li>'
                for c in criteria
            )
            parts.append(f'<ul class="checklist">{items}</ul>')
    if not brief.results.deliverables:
        parts.append(_none("No deliverables yet."))
    parts.append("<h3>Success metrics</h3>" + _list(brief.results.success_metrics))
    return "".join(parts)


def _risks(brief: Brief, document: Document) -> str:
    rows = [
        (
            _e(r.description or "—"),
            _e(r.likelihood.value),
            _e(r.impact.value),
            _e(r.mitigation or "—"),
        )
        for r in brief.risks
    ]
    header = ("Risk", "Likelihood", "Impact", "Mitigation")
    return _table(header, rows, set()) if rows else _none()


def _attachments(brief: Brief, document: Document) -> str:
    if not brief.attachments:
        return _none("No attachments.")
    items = "".join(
        f'<li><a href="{_e(a.path)}">{_e(a.name or a.path)}</a> '
        f'<span class="meta">— {_e(a.media_type)}, {size_text(a.size)}</span></li>'
        for a in brief.attachments
    )
    return f'<ul class="files">{items}</ul>'


_BODIES: dict[str, Callable[[Brief, Document], str]] = {
    "summary": lambda b, d: _para(b.summary) or _none(),
    "inputs": _inputs,
    "planning": _planning,
    "costs": _costs,
    "results": _results,
    "skills": lambda b, d: _list(b.skills),
    "languages": lambda b, d: _list(b.languages),
    "risks": _risks,
    "attachments": _attachments,
}


def _section(number: int, section: Section, document: Document) -> str:
    at = ""
    seek = ""
    if section.start is not None:
        at = f' data-t="{section.start:g}"'
        seek = (
            f'<button type="button" class="seek" data-t="{section.start:g}" '
            f'aria-label="Play the video from {clock(section.start)}">'
            f"▶ {clock(section.start)}</button>"
        )
    body = _BODIES[section.key](document.brief, document)
    return (
        f'<section id="section-{section.key}"{at}>'
        f'<h2{at}><span class="num">{number}.</span> {_e(section.title)} {seek}</h2>{body}'
        "</section>"
    )


def _player(document: Document) -> str:
    downloads = [
        f'<li><a href="{BRIEF_PDF}">The brief as a PDF, to print</a></li>',
        f'<li><a href="{BRIEF_MD}">The brief as plain text</a></li>',
    ]
    if not document.video:
        return (
            f'<aside class="player downloads"><h2>Files</h2><ul>{"".join(downloads)}</ul></aside>'
        )
    poster = f' poster="{_e(document.poster)}"' if document.poster else ""
    items = "".join(
        f'<li><button type="button" class="chapter" data-t="{c.start:g}" aria-current="false">'
        f'<span class="time">{clock(c.start)}</span><span>{_e(c.title)}</span></button></li>'
        for c in document.chapters
    )
    downloads.append(f'<li><a href="{_e(document.video)}">The video file</a></li>')
    return (
        '<aside class="player" aria-label="Video walkthrough">'
        f'<video id="video" controls playsinline preload="metadata"{poster} '
        f'src="{_e(document.video)}"></video>'
        + (
            f'<nav class="chapters" aria-label="Chapters"><h2>Chapters</h2><ol>{items}</ol></nav>'
            if items
            else ""
        )
        + f'<div class="downloads"><h2>Files</h2><ul>{"".join(downloads)}</ul></div></aside>'
    )


def render_index(document: Document) -> str:
    brief = document.brief
    client = ", ".join(x for x in (brief.client.name, brief.client.company) if x.strip())
    facts = [
        ("Deadline", _day(brief.planning.deadline)),
        ("Total estimate", cost_table(brief, document.locale).total),
        ("Status", brief.status.value.capitalize()),
    ]
    sections = "\n".join(_section(n, s, document) for n, s in enumerate(document.sections, 1))
    return Template(_resource("index.html")).substitute(
        lang=_e(brief.language or "en"),
        title=_e(" ".join(brief.title.split()) or "Untitled brief"),
        eyebrow=_e("Project brief" + (f" · {client}" if client else "")),
        facts="".join(f"<li><b>{_e(k)}:</b> {_e(v)}</li>" for k, v in facts),
        player=_player(document),
        sections=sections,
        body_class="has-video" if document.video else "no-video",
        created=document.created.date().isoformat(),
        brief_id=_e(brief.id),
        app_version=_e(document.app_version),
        style=_resource("viewer.css"),
        script=_resource("viewer.js"),
    )
