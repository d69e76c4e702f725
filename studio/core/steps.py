"""The editor's guided steps: which fields belong to each, and how complete each is."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from studio.core.brief import Brief
from studio.core.problem import Problem


class Step(StrEnum):
    OVERVIEW = "overview"
    INPUTS = "inputs"
    PLANNING = "planning"
    COSTS = "costs"
    RESULTS = "results"
    RISKS = "risks"
    VIDEO = "video"
    SEND = "send"


# Top-level fields of a brief (the first part of a Problem's path) and their step.
_FIELD_STEP = {
    "title": Step.OVERVIEW,
    "summary": Step.OVERVIEW,
    "client": Step.OVERVIEW,
    "language": Step.OVERVIEW,
    "status": Step.OVERVIEW,
    "skills": Step.OVERVIEW,
    "languages": Step.OVERVIEW,
    "inputs": Step.INPUTS,
    "attachments": Step.INPUTS,
    "planning": Step.PLANNING,
    "costs": Step.COSTS,
    "results": Step.RESULTS,
    "risks": Step.RISKS,
}


def step_of(path: str) -> Step:
    """The step that shows the field at `path` (e.g. `costs.items[2].unit_price` → COSTS)."""
    head = path.split(".", 1)[0].split("[", 1)[0]
    return _FIELD_STEP.get(head, Step.OVERVIEW)


@dataclass(frozen=True)
class Completeness:
    done: int
    total: int

    @property
    def complete(self) -> bool:
        return self.done >= self.total


def completeness(brief: Brief, step: Step) -> Completeness:
    """How many of the things a freelancer expects in this step are filled in."""
    checks: list[bool]
    if step is Step.OVERVIEW:
        checks = [
            bool(brief.title.strip()),
            bool(brief.summary.strip()),
            bool(brief.client.name.strip() or brief.client.company.strip()),
            bool(brief.skills),
        ]
    elif step is Step.INPUTS:
        checks = [bool(brief.inputs), all(i.name.strip() for i in brief.inputs)]
    elif step is Step.PLANNING:
        p = brief.planning
        checks = [p.start is not None, p.deadline is not None, bool(p.milestones)]
    elif step is Step.COSTS:
        c = brief.costs
        checks = [
            bool(c.items),
            c.budget_min is not None or c.budget_max is not None,
            bool(c.payments),
        ]
    elif step is Step.RESULTS:
        d = brief.results.deliverables
        checks = [
            bool(d),
            bool(d) and all(any(c.strip() for c in x.acceptance_criteria) for x in d),
        ]
    elif step is Step.RISKS:
        checks = [bool(brief.risks)]
    else:  # video and send are filled by later features
        checks = [False]
    return Completeness(sum(checks), len(checks))


def problems_by_step(problems: list[Problem]) -> dict[Step, list[Problem]]:
    grouped: dict[Step, list[Problem]] = {s: [] for s in Step}
    for p in problems:
        grouped[step_of(p.path)].append(p)
    return grouped
