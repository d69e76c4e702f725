"""Planning arithmetic: when each milestone can start and ends, and dependency cycles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from studio.core.brief import Milestone, Planning


@dataclass(frozen=True)
class Span:
    """Computed dates of one milestone; either may be unknown when the planning is incomplete."""

    start: date | None
    end: date | None


def find_cycle(milestones: tuple[Milestone, ...]) -> list[str]:
    """Ids of one dependency cycle (in order), or [] when the dependencies form a DAG."""
    by_id = {m.id: m for m in milestones}
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for dep in by_id[node].depends_on:
            if dep not in by_id:
                continue
            if state.get(dep) == 1:
                return path[path.index(dep) :]
            if dep not in state:
                found = visit(dep)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return []

    # Iterative callers would be nicer, but plannings are hundreds of milestones at most.
    for m in milestones:
        if m.id not in state:
            cycle = visit(m.id)
            if cycle:
                return cycle
    return []


def schedule(planning: Planning) -> dict[str, Span]:
    """Start and end of every milestone.

    A milestone starts when the planning starts and all its dependencies have ended; it ends
    on its due date, or `duration_days` after its start. Dependencies inside a cycle are
    ignored here (validation reports the cycle).
    """
    by_id = {m.id: m for m in planning.milestones}
    in_cycle = set(find_cycle(planning.milestones))
    spans: dict[str, Span] = {}
    visiting: set[str] = set()

    def span_of(mid: str) -> Span:
        if mid in spans:
            return spans[mid]
        visiting.add(mid)
        m = by_id[mid]
        start = planning.start
        for dep in m.depends_on:
            if dep not in by_id or dep in visiting or (mid in in_cycle and dep in in_cycle):
                continue
            dep_end = span_of(dep).end
            if dep_end is not None and (start is None or dep_end > start):
                start = dep_end
        end: date | None
        if m.due is not None:
            end = m.due
            if start is None and m.duration_days is not None:
                start = m.due - timedelta(days=m.duration_days)
        elif start is not None and m.duration_days is not None:
            end = start + timedelta(days=m.duration_days)
        else:
            end = None
        visiting.discard(mid)
        spans[mid] = Span(start, end)
        return spans[mid]

    for m in planning.milestones:
        span_of(m.id)
    return spans


def planning_end(planning: Planning) -> date | None:
    """The last end date among the milestones, if any is known."""
    ends = [s.end for s in schedule(planning).values() if s.end is not None]
    return max(ends) if ends else None
