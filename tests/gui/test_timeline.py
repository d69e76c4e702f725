"""The planning timeline: its geometry (pure) and painting a large planning."""

from __future__ import annotations

import time
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from studio.core.brief import Milestone, Planning
from studio.core.planning import Span, schedule
from studio.ui.editor.timeline import TimelineView
from studio.ui.editor.timeline_geometry import BarKind, timeline_geometry

pytestmark = pytest.mark.gui
D = date(2026, 12, 1)


def test_dates_map_linearly_to_x_and_fill_the_width() -> None:
    spans = [Span(D, D + timedelta(days=10)), Span(D + timedelta(days=10), D + timedelta(days=40))]
    g = timeline_geometry(
        spans, [[], [0]], D, D + timedelta(days=50), today=D, width=1200, left=200
    )
    assert g.origin < D and g.width == pytest.approx(1200, abs=g.day_width)
    assert g.x(D + timedelta(days=10)) - g.x(D) == pytest.approx(10 * g.day_width)
    first, second = g.bars
    assert first.kind is BarKind.SPAN and first.x0 == g.x(D)
    assert first.x1 == pytest.approx(second.x0)  # the second starts when the first ends
    assert g.arrows == ((0, 1),)
    assert g.row_top(1) == g.top + g.row_height


def test_bars_without_dates_are_placeholders_and_a_due_date_alone_is_a_point() -> None:
    spans = [Span(None, None), Span(D, None), Span(None, D + timedelta(days=5))]
    g = timeline_geometry(spans, [[], [0], [1]], D, None, today=D, width=800)
    assert [b.kind for b in g.bars] == [BarKind.UNKNOWN, BarKind.UNKNOWN, BarKind.POINT]
    assert g.bars[1].x0 == g.x(D) and g.bars[1].x1 > g.bars[1].x0
    assert g.bars[2].x0 == g.bars[2].x1 == g.x(D + timedelta(days=5))
    assert g.arrows == ()  # arrows need a known end on one side and a known start on the other


def test_long_plannings_keep_a_minimum_day_width_and_scroll() -> None:
    spans = [Span(D, D + timedelta(days=3 * 365))]
    g = timeline_geometry(spans, [[]], D, None, today=D, width=800, min_day_width=2)
    assert g.day_width == 2 and g.width > 800
    assert all(t.day.day == 1 for t in g.ticks)  # months only when weeks would be too tight
    short = timeline_geometry([Span(D, D + timedelta(days=20))], [[]], D, None, today=D, width=1200)
    assert any(t.day.day != 1 and t.day.weekday() == 0 for t in short.ticks)  # Mondays


def test_today_is_shown_only_when_near_the_planning() -> None:
    spans = [Span(D, D + timedelta(days=30))]
    near = timeline_geometry(spans, [[]], D, None, today=D - timedelta(days=5), width=900)
    assert near.origin <= D - timedelta(days=5)
    far = timeline_geometry(spans, [[]], D, None, today=D - timedelta(days=400), width=900)
    assert far.origin > D - timedelta(days=400)


def test_rows_between_gives_the_rows_in_a_band() -> None:
    g = timeline_geometry(
        [Span(D, D)] * 300, [[]] * 300, D, None, today=D, width=900, top=40, row_height=20
    )
    assert g.rows_between(40, 100) == range(0, 4)
    assert g.rows_between(40 + 20 * 295, 10_000) == range(295, 300)
    assert g.rows_between(0, 39) == range(0, 0)


def chained_planning(count: int) -> Planning:
    milestones: list[Milestone] = []
    for i in range(count):
        depends = (milestones[-1].id,) if milestones and i % 10 else ()
        milestones.append(
            Milestone(title=f"Milestone {i + 1}", duration_days=3 + i % 5, depends_on=depends)
        )
    return Planning(start=D, deadline=D + timedelta(days=200), milestones=tuple(milestones))


def test_paints_300_milestones(qtbot: QtBot) -> None:
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        planning = chained_planning(300)
        spans = schedule(planning)
        rows = {m.id: i for i, m in enumerate(planning.milestones)}
        view = TimelineView()
        qtbot.addWidget(view)
        view.resize(1200, 600)
        view.set_planning(
            [m.title for m in planning.milestones],
            [spans[m.id] for m in planning.milestones],
            [[rows[d] for d in m.depends_on] for m in planning.milestones],
            planning.start,
            planning.deadline,
        )
        view.set_error_rows(frozenset({3, 299}))
        view.show()
        qtbot.waitExposed(view)
        painted: list[int] = []
        paint_bar = view._paint_bar
        view._paint_bar = lambda p, g, bar: (painted.append(bar.row), paint_bar(p, g, bar))  # type: ignore[method-assign]
        started = time.perf_counter()
        pixmap = view.grab()
        top_rows = sorted(set(painted))
        painted.clear()
        view.set_current_row(299)  # follows the table's current row: scrolls to the end
        assert view.verticalScrollBar().value() == view.verticalScrollBar().maximum() > 0
        bottom = view.grab()
        elapsed = (time.perf_counter() - started) / 2
        assert not pixmap.isNull() and not bottom.isNull()
        assert pixmap.toImage() != bottom.toImage()
        assert top_rows[0] == 0 and len(top_rows) < 30  # only the rows in view are painted
        assert max(painted) == 299 and len(set(painted)) < 30
        assert elapsed < 1.0, elapsed
        assert view.geometry_now() is view.geometry_now()  # cached per value and width
    finally:
        QLocale.setDefault(QLocale("en_US"))
