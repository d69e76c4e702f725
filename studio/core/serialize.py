"""The JSON form of a brief (schema version 1): to and from plain dicts and text.

Loading validates against `resources/schema/brief-v1.schema.json` first, so a bad document
fails with an `InvalidBriefError` naming the field and saying what to do
(`studio.core.invalid_brief`), never with a traceback.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache, partial
from typing import Any, TypeVar

import jsonschema
from jsonschema.exceptions import best_match

from studio.core.brief import (
    Attachment,
    Brief,
    Client,
    CostEstimate,
    CostItem,
    Deliverable,
    Input,
    InputKind,
    Level,
    Milestone,
    Payment,
    Planning,
    PricingModel,
    Results,
    Risk,
    Status,
)
from studio.core.errors import InvalidBriefError
from studio.core.i18n import Phrase
from studio.core.invalid_brief import (
    newer_format,
    no_such_date,
    no_such_moment,
    no_time_zone,
    not_json,
    pattern_meanings,
    schema_problem,
)
from studio.resources import resource_path

FORMAT = "brief-studio/brief"
SCHEMA_VERSION = 1
T = TypeVar("T")


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    text = resource_path("schema", f"brief-v{SCHEMA_VERSION}.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@lru_cache(maxsize=1)
def _validator() -> jsonschema.protocols.Validator:
    cls = jsonschema.validators.validator_for(schema())
    return cls(schema())


@lru_cache(maxsize=1)
def _pattern_meanings() -> dict[str, str]:
    return pattern_meanings(schema())


# ---- writing ---------------------------------------------------------------------------


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:f}"


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def brief_to_dict(brief: Brief) -> dict[str, Any]:
    costs = brief.costs
    return {
        "format": FORMAT,
        "version": SCHEMA_VERSION,
        "id": brief.id,
        "title": brief.title,
        "summary": brief.summary,
        "client": {
            "name": brief.client.name,
            "company": brief.client.company,
            "contact": brief.client.contact,
        },
        "language": brief.language,
        "status": brief.status.value,
        "created": brief.created.isoformat(),
        "updated": brief.updated.isoformat(),
        "inputs": [
            {
                "id": i.id,
                "name": i.name,
                "description": i.description,
                "kind": i.kind.value,
                "available_from": _day(i.available_from),
            }
            for i in brief.inputs
        ],
        "planning": {
            "start": _day(brief.planning.start),
            "deadline": _day(brief.planning.deadline),
            "milestones": [
                {
                    "id": m.id,
                    "title": m.title,
                    "description": m.description,
                    "due": _day(m.due),
                    "duration_days": m.duration_days,
                    "depends_on": list(m.depends_on),
                    "deliverables": list(m.deliverables),
                }
                for m in brief.planning.milestones
            ],
        },
        "costs": {
            "currency": costs.currency,
            "pricing": costs.pricing.value,
            "items": [
                {
                    "id": c.id,
                    "label": c.label,
                    "quantity": _dec(c.quantity),
                    "unit": c.unit,
                    "unit_price": _dec(c.unit_price),
                }
                for c in costs.items
            ],
            "contingency_percent": _dec(costs.contingency_percent),
            "budget_min": _dec(costs.budget_min),
            "budget_max": _dec(costs.budget_max),
            "payments": [
                {
                    "id": p.id,
                    "label": p.label,
                    "milestone_id": p.milestone_id,
                    "percent": _dec(p.percent),
                }
                for p in costs.payments
            ],
        },
        "results": {
            "deliverables": [
                {
                    "id": d.id,
                    "title": d.title,
                    "description": d.description,
                    "format": d.format,
                    "acceptance_criteria": list(d.acceptance_criteria),
                }
                for d in brief.results.deliverables
            ],
            "success_metrics": list(brief.results.success_metrics),
        },
        "skills": list(brief.skills),
        "languages": list(brief.languages),
        "risks": [
            {
                "id": r.id,
                "description": r.description,
                "likelihood": r.likelihood.value,
                "impact": r.impact.value,
                "mitigation": r.mitigation,
            }
            for r in brief.risks
        ],
        "attachments": [
            {
                "id": a.id,
                "name": a.name,
                "path": a.path,
                "size": a.size,
                "sha256": a.sha256,
                "media_type": a.media_type,
            }
            for a in brief.attachments
        ],
    }


def brief_to_json(brief: Brief) -> str:
    return json.dumps(brief_to_dict(brief), ensure_ascii=False, indent=2) + "\n"


# ---- reading ---------------------------------------------------------------------------


def _field_path(parts: Any) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def check_schema(data: Any) -> None:
    """Raise InvalidBriefError naming the most relevant field that breaks the schema."""
    version = data.get("version") if isinstance(data, dict) else None
    if isinstance(version, int) and version > SCHEMA_VERSION:
        raise InvalidBriefError("version", newer_format(version))
    error = best_match(_validator().iter_errors(data))
    if error is not None:
        problem = schema_problem(error, _pattern_meanings())
        raise InvalidBriefError(_field_path(error.absolute_path), problem)


class _Reader:
    """Builds dataclasses from a schema-valid dict, tracking the field path for errors."""

    def __init__(self) -> None:
        self.path: list[str | int] = []

    def at(
        self,
        key: str | int,
        fn: Callable[[], T],
        explain: Callable[[Exception], Phrase | str] = str,
    ) -> T:
        """`fn()`, an InvalidBriefError at the path so far plus `key` when it fails: the
        problem said by `explain`."""
        self.path.append(key)
        try:
            return fn()
        except InvalidBriefError:
            raise
        except (ValueError, TypeError, ArithmeticError) as exc:
            raise InvalidBriefError(_field_path(self.path), explain(exc)) from exc
        finally:
            self.path.pop()

    def date(self, obj: dict[str, Any], key: str) -> date | None:
        raw = obj.get(key)
        if raw is None:
            return None
        return self.at(key, lambda: date.fromisoformat(raw), partial(no_such_date, raw))

    def datetime(self, obj: dict[str, Any], key: str, default: datetime) -> datetime:
        raw = obj.get(key)
        if raw is None:
            return default
        return self.at(key, lambda: datetime.fromisoformat(raw), partial(no_such_moment, raw))

    def decimal(self, obj: dict[str, Any], key: str, default: Decimal | None) -> Decimal | None:
        raw = obj.get(key)
        return default if raw is None else self.at(key, lambda: Decimal(raw))

    def items(
        self, obj: dict[str, Any], key: str, build: Callable[[dict[str, Any]], T]
    ) -> tuple[T, ...]:
        rows: list[dict[str, Any]] = obj.get(key, [])

        def build_all() -> tuple[T, ...]:
            return tuple(self.at(i, partial(build, row)) for i, row in enumerate(rows))

        return self.at(key, build_all)


def brief_from_dict(data: Any) -> Brief:
    check_schema(data)
    r = _Reader()
    default = Brief()
    client = data.get("client", {})
    planning = data.get("planning", {})
    costs = data.get("costs", {})
    results = data.get("results", {})

    def dec(obj: dict[str, Any], key: str, fallback: Decimal) -> Decimal:
        value = r.decimal(obj, key, fallback)
        return fallback if value is None else value

    def milestone(m: dict[str, Any]) -> Milestone:
        return Milestone(
            id=m["id"],
            title=m.get("title", ""),
            description=m.get("description", ""),
            due=r.date(m, "due"),
            duration_days=m.get("duration_days"),
            depends_on=tuple(m.get("depends_on", [])),
            deliverables=tuple(m.get("deliverables", [])),
        )

    brief = Brief(
        id=data["id"],
        title=data["title"],
        summary=data.get("summary", ""),
        client=Client(client.get("name", ""), client.get("company", ""), client.get("contact", "")),
        language=data.get("language", "en"),
        status=Status(data.get("status", "draft")),
        created=r.datetime(data, "created", default.created),
        updated=r.datetime(data, "updated", default.updated),
        inputs=r.items(
            data,
            "inputs",
            lambda i: Input(
                id=i["id"],
                name=i.get("name", ""),
                description=i.get("description", ""),
                kind=InputKind(i.get("kind", "other")),
                available_from=r.date(i, "available_from"),
            ),
        ),
        planning=r.at(
            "planning",
            lambda: Planning(
                start=r.date(planning, "start"),
                deadline=r.date(planning, "deadline"),
                milestones=r.items(planning, "milestones", milestone),
            ),
        ),
        costs=r.at(
            "costs",
            lambda: CostEstimate(
                currency=costs.get("currency", "EUR"),
                pricing=PricingModel(costs.get("pricing", "fixed")),
                items=r.items(
                    costs,
                    "items",
                    lambda c: CostItem(
                        id=c["id"],
                        label=c.get("label", ""),
                        quantity=dec(c, "quantity", Decimal(1)),
                        unit=c.get("unit", ""),
                        unit_price=dec(c, "unit_price", Decimal(0)),
                    ),
                ),
                contingency_percent=dec(costs, "contingency_percent", Decimal(0)),
                budget_min=r.decimal(costs, "budget_min", None),
                budget_max=r.decimal(costs, "budget_max", None),
                payments=r.items(
                    costs,
                    "payments",
                    lambda p: Payment(
                        id=p["id"],
                        label=p.get("label", ""),
                        milestone_id=p.get("milestone_id"),
                        percent=dec(p, "percent", Decimal(0)),
                    ),
                ),
            ),
        ),
        results=r.at(
            "results",
            lambda: Results(
                deliverables=r.items(
                    results,
                    "deliverables",
                    lambda d: Deliverable(
                        id=d["id"],
                        title=d.get("title", ""),
                        description=d.get("description", ""),
                        format=d.get("format", ""),
                        acceptance_criteria=tuple(d.get("acceptance_criteria", [])),
                    ),
                ),
                success_metrics=tuple(results.get("success_metrics", [])),
            ),
        ),
        skills=tuple(data.get("skills", [])),
        languages=tuple(data.get("languages", [])),
        risks=r.items(
            data,
            "risks",
            lambda k: Risk(
                id=k["id"],
                description=k.get("description", ""),
                likelihood=Level(k.get("likelihood", "medium")),
                impact=Level(k.get("impact", "medium")),
                mitigation=k.get("mitigation", ""),
            ),
        ),
        attachments=r.items(
            data,
            "attachments",
            lambda a: Attachment(
                id=a["id"],
                name=a["name"],
                path=a["path"],
                size=a["size"],
                sha256=a["sha256"],
                media_type=a.get("media_type", "application/octet-stream"),
            ),
        ),
    )
    for key in ("created", "updated"):
        if getattr(brief, key).tzinfo is None:
            raise InvalidBriefError(key, no_time_zone())
    return brief


def brief_from_json(text: str) -> Brief:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidBriefError("", not_json(exc)) from exc
    return brief_from_dict(data)
