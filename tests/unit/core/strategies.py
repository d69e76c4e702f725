"""Hypothesis strategies that build arbitrary, schema-representable briefs."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

from hypothesis import strategies as st

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

ids = st.uuids().map(lambda u: u.hex)
text = st.text(max_size=40)
dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))
opt_dates = st.none() | dates
amounts = st.decimals(
    min_value=Decimal("-999999999"), max_value=Decimal("999999999"), places=2, allow_nan=False
)
zones = st.sampled_from(
    [UTC, timezone(timedelta(hours=1)), timezone(timedelta(hours=-5, minutes=-30))]
)
datetimes = st.builds(
    lambda d, tz: d.replace(tzinfo=tz, microsecond=0),
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)),
    zones,
)
small_lists = {"max_size": 4}

milestones = st.builds(
    Milestone,
    id=ids,
    title=text,
    description=text,
    due=opt_dates,
    duration_days=st.none() | st.integers(0, 400),
    depends_on=st.lists(ids, **small_lists).map(tuple),
    deliverables=st.lists(ids, **small_lists).map(tuple),
)
costs = st.builds(
    CostEstimate,
    currency=st.sampled_from(["EUR", "USD", "JPY", "KWD", "GBP"]),
    pricing=st.sampled_from(list(PricingModel)),
    items=st.lists(
        st.builds(CostItem, id=ids, label=text, quantity=amounts, unit=text, unit_price=amounts),
        **small_lists,
    ).map(tuple),
    contingency_percent=amounts,
    budget_min=st.none() | amounts,
    budget_max=st.none() | amounts,
    payments=st.lists(
        st.builds(Payment, id=ids, label=text, milestone_id=st.none() | ids, percent=amounts),
        **small_lists,
    ).map(tuple),
)
briefs = st.builds(
    Brief,
    id=ids,
    title=text,
    summary=st.text(max_size=200),
    client=st.builds(Client, text, text, text),
    language=st.sampled_from(["en", "fr", "de", "pt-BR"]),
    status=st.sampled_from(list(Status)),
    created=datetimes,
    updated=datetimes,
    inputs=st.lists(
        st.builds(
            Input,
            id=ids,
            name=text,
            description=text,
            kind=st.sampled_from(list(InputKind)),
            available_from=opt_dates,
        ),
        **small_lists,
    ).map(tuple),
    planning=st.builds(
        Planning,
        start=opt_dates,
        deadline=opt_dates,
        milestones=st.lists(milestones, **small_lists).map(tuple),
    ),
    costs=costs,
    results=st.builds(
        Results,
        deliverables=st.lists(
            st.builds(
                Deliverable,
                id=ids,
                title=text,
                description=text,
                format=text,
                acceptance_criteria=st.lists(text, **small_lists).map(tuple),
            ),
            **small_lists,
        ).map(tuple),
        success_metrics=st.lists(text, **small_lists).map(tuple),
    ),
    skills=st.lists(text, **small_lists).map(tuple),
    languages=st.lists(text, **small_lists).map(tuple),
    risks=st.lists(
        st.builds(
            Risk,
            id=ids,
            description=text,
            likelihood=st.sampled_from(list(Level)),
            impact=st.sampled_from(list(Level)),
            mitigation=text,
        ),
        **small_lists,
    ).map(tuple),
    attachments=st.lists(
        st.builds(
            Attachment,
            id=ids,
            name=st.text(min_size=1, max_size=20),
            path=text,
            size=st.integers(0, 2**40),
            sha256=st.text("0123456789abcdef", min_size=64, max_size=64),
            media_type=st.just("application/pdf"),
        ),
        **small_lists,
    ).map(tuple),
)
