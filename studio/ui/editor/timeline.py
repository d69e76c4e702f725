"""The planning timeline: a Gantt chart of the milestones, repainted as the brief changes.

The geometry (timeline_geometry.py) is computed once per brief value and viewport width;
the widget paints only the rows in view, with the titles and the date header kept in place.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from studio.core.planning import Span
from studio.ui.editor.timeline_geometry import Bar, BarKind, TimelineGeometry, timeline_geometry
from studio.ui.editor.value_edits import date_text, to_qdate

ERROR = QColor("#d32f2f")
DEADLINE = QColor("#c62828")
TODAY = QColor("#1e88e5")


class TimelineView(QAbstractScrollArea):
    """Gantt chart of the milestones; the titles and the date header stay put while scrolling."""

    rowClicked = Signal(int)  # noqa: N815 - Qt naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.titles: tuple[str, ...] = ()
        self.spans: tuple[Span, ...] = ()
        self.depends_on: tuple[tuple[int, ...], ...] = ()
        self.error_rows: frozenset[int] = frozenset()
        self.start: date | None = None
        self.deadline: date | None = None
        self.current_row = -1
        self._cache_key: tuple[object, ...] = ()
        self._geometry: TimelineGeometry | None = None
        self.viewport().setMouseTracking(True)
        self.setMinimumHeight(120)

    def set_planning(
        self,
        titles: Sequence[str],
        spans: Sequence[Span],
        depends_on: Sequence[Sequence[int]],
        start: date | None,
        deadline: date | None,
    ) -> None:
        self.titles, self.spans = tuple(titles), tuple(spans)
        self.depends_on = tuple(tuple(d) for d in depends_on)
        self.start, self.deadline = start, deadline
        self._changed()

    def set_error_rows(self, rows: frozenset[int]) -> None:
        if rows != self.error_rows:
            self.error_rows = rows
            self.viewport().update()

    def set_current_row(self, row: int) -> None:
        """Highlight the row being edited in the table, scrolling it into view."""
        if row == self.current_row:
            return
        self.current_row = row
        if 0 <= row < len(self.spans):
            g = self.geometry_now()
            bar = self.verticalScrollBar()
            top, visible = g.row_top(row) - g.top, self.viewport().height() - g.top
            if top < bar.value():
                bar.setValue(int(top))
            elif top + g.row_height > bar.value() + visible:
                bar.setValue(int(top + g.row_height - visible))
        self.viewport().update()

    def geometry_now(self) -> TimelineGeometry:
        """The layout for the current data and width, computed once per change."""
        fm = QFontMetrics(self.font())
        key = (
            self.titles,
            self.spans,
            self.depends_on,
            self.start,
            self.deadline,
            self.viewport().width(),
            date.today(),
            fm.height(),
        )
        if self._geometry is None or key != self._cache_key:
            widest = max((fm.horizontalAdvance(t) for t in self.titles), default=0)
            self._geometry = timeline_geometry(
                self.spans,
                self.depends_on,
                self.start,
                self.deadline,
                date.today(),
                self.viewport().width(),
                left=min(280, max(120, widest + 24)),
                top=2 * fm.height() + 10,
                row_height=max(24, fm.height() + 10),
            )
            self._cache_key = key
        return self._geometry

    def _changed(self) -> None:
        self._update_scrollbars()
        self.viewport().update()

    def _update_scrollbars(self) -> None:
        g = self.geometry_now()
        size = self.viewport().size()
        self.horizontalScrollBar().setRange(0, max(0, int(g.width - size.width())))
        self.horizontalScrollBar().setPageStep(size.width())
        self.verticalScrollBar().setRange(0, max(0, int(g.height - size.height())))
        self.verticalScrollBar().setPageStep(size.height())
        self.verticalScrollBar().setSingleStep(int(g.row_height))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._update_scrollbars()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        self.viewport().update()

    # ---- mouse -------------------------------------------------------------------------

    def _row_at(self, y: float) -> int:
        g = self.geometry_now()
        if y < g.top:
            return -1
        row = int((y - g.top + self.verticalScrollBar().value()) // g.row_height)
        return row if 0 <= row < len(self.spans) else -1

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        row = self._row_at(event.position().y())
        if row >= 0:
            self.rowClicked.emit(row)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            row = self._row_at(event.pos().y())
            if row >= 0:
                span = self.spans[row]
                when = f"{date_text(span.start) or '?'} – {date_text(span.end) or '?'}"
                QToolTip.showText(event.globalPos(), f"{self.titles[row]}\n{when}", self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    # ---- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        g = self.geometry_now()
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        w, h = self.viewport().width(), self.viewport().height()
        sx, sy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        painter.fillRect(self.viewport().rect(), palette.color(QPalette.ColorRole.Base))
        exposed = event.rect()
        rows = g.rows_between(sy + max(g.top, exposed.top()), sy + exposed.bottom() + 1)

        painter.save()  # the chart: scrolled both ways, clipped right of the titles
        painter.setClipRect(QRectF(g.left, g.top, w - g.left, h - g.top))
        painter.translate(-sx, -sy)
        self._paint_rows_background(painter, g, rows, sx + w)
        self._paint_grid(painter, g, sy, sy + h)
        self._paint_arrows(painter, g, rows)
        for row in rows:
            self._paint_bar(painter, g, g.bars[row])
        painter.restore()

        painter.save()  # the header: scrolled sideways only
        painter.setClipRect(QRectF(g.left, 0, w - g.left, g.top))
        painter.translate(-sx, 0)
        self._paint_header(painter, g)
        painter.restore()

        painter.save()  # the titles: scrolled up and down only
        painter.setClipRect(QRectF(0, g.top, g.left, h - g.top))
        painter.translate(0, -sy)
        self._paint_titles(painter, g, rows)
        painter.restore()
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(QPointF(g.left, 0), QPointF(g.left, h))
        painter.drawLine(QPointF(0, g.top), QPointF(w, g.top))

    def _paint_rows_background(
        self, p: QPainter, g: TimelineGeometry, rows: range, right: float
    ) -> None:
        alternate = self.palette().color(QPalette.ColorRole.AlternateBase)
        highlight = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        highlight.setAlpha(40)
        for row in rows:
            rect = QRectF(g.left, g.row_top(row), right - g.left, g.row_height)
            if row == self.current_row:
                p.fillRect(rect, highlight)
            elif row % 2:
                p.fillRect(rect, alternate)

    def _paint_grid(self, p: QPainter, g: TimelineGeometry, y0: float, y1: float) -> None:
        mid = self.palette().color(QPalette.ColorRole.Midlight)
        for tick in g.ticks:
            p.setPen(QPen(mid, 1, Qt.PenStyle.SolidLine if tick.major else Qt.PenStyle.DotLine))
            p.drawLine(QPointF(tick.x, y0), QPointF(tick.x, y1))
        for day, color in ((date.today(), TODAY), (self.deadline, DEADLINE)):
            if day is not None and g.origin <= day <= g.origin + timedelta(days=g.days):
                p.setPen(
                    QPen(
                        color, 2, Qt.PenStyle.DashLine if color == TODAY else Qt.PenStyle.SolidLine
                    )
                )
                p.drawLine(QPointF(g.x(day), y0), QPointF(g.x(day), y1))

    def _paint_arrows(self, p: QPainter, g: TimelineGeometry, rows: range) -> None:
        if not rows:
            return
        p.setPen(QPen(self.palette().color(QPalette.ColorRole.Dark), 1.2))
        for dep, row in g.arrows:
            if max(dep, row) < rows.start or min(dep, row) >= rows.stop:
                continue
            x0, x1 = g.bars[dep].x1, g.bars[row].x0
            y0 = g.row_top(dep) + g.row_height / 2
            y1 = g.row_top(row) + g.row_height / 2
            elbow = x0 + 8
            path = QPainterPath(QPointF(x0, y0))
            path.lineTo(elbow, y0)
            if x1 >= elbow + 4:  # room to come down and go right into the bar
                path.lineTo(elbow, y1)
            else:  # the dependent starts before: go round, between the two rows
                between = g.row_top(row) if row > dep else g.row_top(row) + g.row_height
                path.lineTo(elbow, between)
                path.lineTo(x1 - 8, between)
                path.lineTo(x1 - 8, y1)
            path.lineTo(x1, y1)
            p.drawPath(path)
            p.setBrush(p.pen().color())
            p.drawPolygon([QPointF(x1, y1), QPointF(x1 - 5, y1 - 3.5), QPointF(x1 - 5, y1 + 3.5)])
            p.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_bar(self, p: QPainter, g: TimelineGeometry, bar: Bar) -> None:
        error = bar.row in self.error_rows
        color = ERROR if error else self.palette().color(QPalette.ColorRole.Highlight)
        y = g.row_top(bar.row) + g.row_height * 0.2
        height = g.row_height * 0.6
        if bar.kind is BarKind.SPAN:
            p.setPen(QPen(color.darker(130), 1))
            p.setBrush(color)
            p.drawRoundedRect(QRectF(bar.x0, y, bar.x1 - bar.x0, height), 3, 3)
        elif bar.kind is BarKind.POINT:
            c = QPointF(bar.x0, y + height / 2)
            r = height / 2
            p.setPen(QPen(color.darker(130), 1))
            p.setBrush(color)
            p.drawPolygon(
                [c + QPointF(0, -r), c + QPointF(r, 0), c + QPointF(0, r), c + QPointF(-r, 0)]
            )
        else:
            rect = QRectF(bar.x0, y, bar.x1 - bar.x0, height)
            muted = ERROR if error else self.palette().color(QPalette.ColorRole.PlaceholderText)
            p.setPen(QPen(muted, 1, Qt.PenStyle.DashLine))
            p.setBrush(QBrush(muted, Qt.BrushStyle.BDiagPattern))
            p.drawRect(rect)
            p.setPen(muted)
            p.drawText(
                rect.adjusted(rect.width() + 6, 0, 400, 0),
                Qt.AlignmentFlag.AlignVCenter,
                self.tr("no dates yet: give a due date or a duration"),
            )
        p.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_header(self, p: QPainter, g: TimelineGeometry) -> None:
        locale, fm = QLocale(), QFontMetrics(self.font())
        text_color = self.palette().color(QPalette.ColorRole.Text)
        line = fm.height() + 4
        last_right = {True: -1e9, False: -1e9}
        for tick in g.ticks:
            label = locale.toString(to_qdate(tick.day), "MMM yyyy" if tick.major else "d")
            y = 2 if tick.major else line
            if tick.x > last_right[tick.major]:
                p.setPen(
                    text_color
                    if tick.major
                    else self.palette().color(QPalette.ColorRole.PlaceholderText)
                )
                p.drawText(QPointF(tick.x + 3, y + fm.ascent()), label)
                last_right[tick.major] = tick.x + fm.horizontalAdvance(label) + 8
        marks = (
            (date.today(), TODAY, self.tr("Today"), False),
            (self.deadline, DEADLINE, self.tr("Deadline"), True),
        )
        for day, color, label, left_of in marks:
            if day is None or not g.origin <= day <= g.origin + timedelta(days=g.days):
                continue
            width = fm.horizontalAdvance(label) + 6
            x = g.x(day) - width - 1 if left_of else g.x(day) + 1
            p.fillRect(
                QRectF(x, line, width, fm.height()), self.palette().color(QPalette.ColorRole.Base)
            )
            p.setPen(color)
            p.drawText(QPointF(x + 3, line + fm.ascent()), label)

    def _paint_titles(self, p: QPainter, g: TimelineGeometry, rows: range) -> None:
        fm = QFontMetrics(self.font())
        text = self.palette().color(QPalette.ColorRole.Text)
        for row in rows:
            p.setPen(ERROR if row in self.error_rows else text)
            title = fm.elidedText(self.titles[row], Qt.TextElideMode.ElideRight, int(g.left - 16))
            rect = QRectF(8, g.row_top(row), g.left - 12, g.row_height)
            p.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, title)
