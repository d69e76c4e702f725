"""The Brief and its parts: immutable dataclasses, edited by building a new value.

Every part is frozen and every collection a tuple, so an edit is `dataclasses.replace`
and an undo step is simply the previous value (unchanged parts are shared, not copied).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum


def new_id() -> str:
    """A fresh identifier for a brief or one of its parts."""
    return uuid.uuid4().hex


def now_utc() -> datetime:
    """Timezone-aware now, to the second (what we store and show)."""
    return datetime.now(UTC).replace(microsecond=0)


class Status(StrEnum):
    DRAFT = "draft"
    READY = "ready"
    SENT = "sent"
    ARCHIVED = "archived"


class InputKind(StrEnum):
    DATA = "data"
    DOCUMENT = "document"
    ACCESS = "access"
    PEOPLE = "people"
    OTHER = "other"


class PricingModel(StrEnum):
    FIXED = "fixed"
    HOURLY = "hourly"


class Level(StrEnum):
    """Likelihood or impact of a risk."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


@dataclass(frozen=True)
class Client:
    name: str = ""
    company: str = ""
    contact: str = ""


@dataclass(frozen=True)
class Input:
    """Something the client will provide to the freelancer."""

    id: str = field(default_factory=new_id)
    name: str = ""
    description: str = ""
    kind: InputKind = InputKind.OTHER
    available_from: date | None = None


@dataclass(frozen=True)
class Milestone:
    """A step of the planning: ends on `due`, or `duration_days` after it can start."""

    id: str = field(default_factory=new_id)
    title: str = ""
    description: str = ""
    due: date | None = None
    duration_days: int | None = None
    depends_on: tuple[str, ...] = ()
    deliverables: tuple[str, ...] = ()  # ids of Deliverable


@dataclass(frozen=True)
class Planning:
    start: date | None = None
    deadline: date | None = None
    milestones: tuple[Milestone, ...] = ()


@dataclass(frozen=True)
class CostItem:
    id: str = field(default_factory=new_id)
    label: str = ""
    quantity: Decimal = Decimal(1)
    unit: str = ""
    unit_price: Decimal = Decimal(0)


@dataclass(frozen=True)
class Payment:
    """One instalment of the payment schedule: a share of the total, due at a milestone."""

    id: str = field(default_factory=new_id)
    label: str = ""
    milestone_id: str | None = None
    percent: Decimal = Decimal(0)


@dataclass(frozen=True)
class CostEstimate:
    currency: str = "EUR"
    pricing: PricingModel = PricingModel.FIXED
    items: tuple[CostItem, ...] = ()
    contingency_percent: Decimal = Decimal(0)
    budget_min: Decimal | None = None
    budget_max: Decimal | None = None
    payments: tuple[Payment, ...] = ()


@dataclass(frozen=True)
class Deliverable:
    id: str = field(default_factory=new_id)
    title: str = ""
    description: str = ""
    format: str = ""
    acceptance_criteria: tuple[str, ...] = ()


@dataclass(frozen=True)
class Results:
    deliverables: tuple[Deliverable, ...] = ()
    success_metrics: tuple[str, ...] = ()


@dataclass(frozen=True)
class Risk:
    id: str = field(default_factory=new_id)
    description: str = ""
    likelihood: Level = Level.MEDIUM
    impact: Level = Level.MEDIUM
    mitigation: str = ""


@dataclass(frozen=True)
class Attachment:
    """A file copied into the data dir; `path` is relative to the data dir."""

    id: str = field(default_factory=new_id)
    name: str = ""
    path: str = ""
    size: int = 0
    sha256: str = ""
    media_type: str = "application/octet-stream"


@dataclass(frozen=True)
class Brief:
    id: str = field(default_factory=new_id)
    title: str = ""
    summary: str = ""
    client: Client = Client()
    language: str = "en"
    status: Status = Status.DRAFT
    created: datetime = field(default_factory=now_utc)
    updated: datetime = field(default_factory=now_utc)
    inputs: tuple[Input, ...] = ()
    planning: Planning = Planning()
    costs: CostEstimate = CostEstimate()
    results: Results = Results()
    skills: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    risks: tuple[Risk, ...] = ()
    attachments: tuple[Attachment, ...] = ()

    def milestone(self, milestone_id: str) -> Milestone | None:
        return next((m for m in self.planning.milestones if m.id == milestone_id), None)

    def deliverable(self, deliverable_id: str) -> Deliverable | None:
        return next((d for d in self.results.deliverables if d.id == deliverable_id), None)
