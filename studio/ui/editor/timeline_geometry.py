"""Where the planning timeline draws things: dates to x, milestones to rows, bars, arrows, ticks.

Pure and Qt-free, so it is tested without painting; `TimelineView` (timeline.py) paints it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from studio.core.planning import Span


class BarKind(Enum):
    SPAN = "span"  # start and end known
    POINT = "point"  # only the end (a due date) known
    UNKNOWN = "unknown"  # no end: a placeholder where it would start


@dataclass(frozen=True)
class Bar:
    row: int
    kind: BarKind
    x0: float
    x1: float


@dataclass(frozen=True)
class Tick:
    day: date
    x: float
    major: bool  # the first of a month


@dataclass(frozen=True)
class TimelineGeometry:
    origin: date
    days: int
    day_width: float
    left: float  # x of the origin: right of the title column
    top: float  # y of the first row: below the header
    row_height: float
    bars: tuple[Bar, ...]
    arrows: tuple[tuple[int, int], ...]  # (row of the dependency, row of the dependent)
    ticks: tuple[Tick, ...]

    @property
    def width(self) -> float:
        return self.left + self.days * self.day_width

    @property
    def height(self) -> float:
        return self.top + len(self.bars) * self.row_height

    def x(self, day: date) -> float:
        return self.left + (day - self.origin).days * self.day_width

    def row_top(self, row: int) -> float:
        return self.top + row * self.row_height

    def rows_between(self, y0: float, y1: float) -> range:
        """Rows that intersect the band [y0, y1) of content coordinates."""
        first = max(0, int((y0 - self.top) // self.row_height))
        last = min(len(self.bars), int((y1 - self.top) // self.row_height) + 1)
        return range(first, max(first, last))


def timeline_geometry(
    spans: Sequence[Span],
    depends_on: Sequence[Sequence[int]],
    start: date | None,
    deadline: date | None,
    today: date,
    width: float,
    left: float = 200,
    top: float = 40,
    row_height: float = 26,
    min_day_width: float = 2.0,
    max_day_width: float = 40.0,
) -> TimelineGeometry:
    """Where everything goes: the days from the earliest to the latest known date (padded)
    fill `width` (within the day-width bounds); rows follow the milestones' order."""
    known = [d for s in spans for d in (s.start, s.end) if d is not None]
    known += [d for d in (start, deadline) if d is not None]
    first, last = (min(known), max(known)) if known else (today, today + timedelta(days=30))
    near = max(14, (last - first).days // 4)
    if first - timedelta(days=near) <= today <= last + timedelta(days=near):
        first, last = min(first, today), max(last, today)  # show "today" when it is close by
    pad = max(2, (last - first).days // 20)
    origin = first - timedelta(days=pad)
    days = (last - origin).days + pad + 1
    day_width = max(min_day_width, min(max_day_width, (width - left) / days))

    def x(day: date) -> float:
        return left + (day - origin).days * day_width

    bars = []
    for row, span in enumerate(spans):
        if span.end is None:
            x0 = x(span.start or start or origin)
            bars.append(Bar(row, BarKind.UNKNOWN, x0, x0 + max(60.0, 7 * day_width)))
        elif span.start is None:
            bars.append(Bar(row, BarKind.POINT, x(span.end), x(span.end)))
        else:
            x0, x1 = sorted((x(span.start), x(span.end)))
            bars.append(Bar(row, BarKind.SPAN, x0, max(x1, x0 + 2)))
    arrows = tuple(
        (dep, row)
        for row, deps in enumerate(depends_on)
        for dep in deps
        if dep != row and bars[dep].kind is not BarKind.UNKNOWN and bars[row].kind is BarKind.SPAN
    )
    weekly = day_width * 7 >= 44
    ticks = []
    for offset in range(days + 1):
        day = origin + timedelta(days=offset)
        if day.day == 1 or (weekly and day.weekday() == 0):
            ticks.append(Tick(day, x(day), day.day == 1))
    return TimelineGeometry(
        origin, days, day_width, left, top, row_height, tuple(bars), arrows, tuple(ticks)
    )
