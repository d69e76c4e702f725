from datetime import date

from studio.core.brief import Milestone, Planning
from studio.core.planning import find_cycle, planning_end, schedule


def test_milestones_start_after_their_dependencies() -> None:
    a = Milestone(title="A", duration_days=10)
    b = Milestone(title="B", duration_days=5, depends_on=(a.id,))
    c = Milestone(title="C", due=date(2026, 3, 1), depends_on=(b.id,))
    spans = schedule(Planning(start=date(2026, 1, 1), milestones=(c, b, a)))
    assert spans[a.id].end == date(2026, 1, 11)
    assert spans[b.id].start == date(2026, 1, 11)
    assert spans[b.id].end == date(2026, 1, 16)
    assert spans[c.id].start == date(2026, 1, 16)
    assert spans[c.id].end == date(2026, 3, 1)
    assert planning_end(Planning(start=date(2026, 1, 1), milestones=(a, b, c))) == date(2026, 3, 1)


def test_cycle_is_found_and_does_not_hang_schedule() -> None:
    a = Milestone(id="a" * 32, title="A", duration_days=1)
    b = Milestone(id="b" * 32, title="B", duration_days=1, depends_on=(a.id,))
    a = Milestone(id=a.id, title="A", duration_days=1, depends_on=(b.id,))
    planning = Planning(start=date(2026, 1, 1), milestones=(a, b))
    assert sorted(find_cycle(planning.milestones)) == sorted([a.id, b.id])
    assert set(schedule(planning)) == {a.id, b.id}


def test_no_cycle_in_a_dag() -> None:
    a = Milestone(title="A")
    b = Milestone(title="B", depends_on=(a.id,))
    c = Milestone(title="C", depends_on=(a.id, b.id))
    assert find_cycle((a, b, c)) == []


def test_unknown_dates_stay_unknown() -> None:
    m = Milestone(title="A", duration_days=3)
    assert schedule(Planning(milestones=(m,)))[m.id].end is None
