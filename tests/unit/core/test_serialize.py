import json
from decimal import Decimal

import pytest
from hypothesis import given, settings

from studio.core.brief import Brief, CostEstimate, CostItem, Milestone, Planning
from studio.core.errors import InvalidBriefError
from studio.core.serialize import brief_from_dict, brief_from_json, brief_to_dict, brief_to_json
from tests.unit.core.strategies import briefs


@settings(max_examples=150, deadline=None)
@given(briefs)
def test_json_round_trip_gives_the_same_brief(brief: Brief) -> None:
    assert brief_from_json(brief_to_json(brief)) == brief


def test_decimals_keep_their_exact_value() -> None:
    brief = Brief(
        title="x",
        costs=CostEstimate(
            items=(CostItem(quantity=Decimal("0.1"), unit_price=Decimal("1200.50")),)
        ),
    )
    data = brief_to_dict(brief)
    assert data["costs"]["items"][0]["unit_price"] == "1200.50"
    assert brief_from_dict(data).costs.items[0].quantity == Decimal("0.1")


def _doc() -> dict:
    return brief_to_dict(
        Brief(title="T", planning=Planning(milestones=(Milestone(title="A"), Milestone(title="B"))))
    )


def test_non_numeric_amount_names_the_field() -> None:
    data = brief_to_dict(Brief(title="x", costs=CostEstimate(items=(CostItem(),))))
    data["costs"]["items"][0]["unit_price"] = "twelve"
    with pytest.raises(InvalidBriefError) as err:
        brief_from_dict(data)
    assert err.value.field == "costs.items[0].unit_price"
    assert "'twelve' is not a number like 1200.50" in err.value.message


def test_badly_written_optional_date_is_explained() -> None:
    data = _doc()
    data["planning"]["start"] = "31/03/2026"
    with pytest.raises(InvalidBriefError) as err:
        brief_from_dict(data)
    assert err.value.field == "planning.start"
    assert "YYYY-MM-DD" in err.value.message


def test_impossible_date_names_the_field() -> None:
    data = _doc()
    data["planning"]["milestones"][1]["due"] = "2026-02-30"
    with pytest.raises(InvalidBriefError) as err:
        brief_from_dict(data)
    assert err.value.field == "planning.milestones[1].due"
    assert "day is out of range" in err.value.message


def test_missing_title_names_the_field() -> None:
    data = _doc()
    del data["title"]
    with pytest.raises(InvalidBriefError) as err:
        brief_from_dict(data)
    assert "title" in err.value.message


def test_unknown_field_is_refused() -> None:
    data = _doc()
    data["planning"]["budget"] = 3
    with pytest.raises(InvalidBriefError) as err:
        brief_from_dict(data)
    assert err.value.field == "planning"
    assert "budget" in err.value.message


def test_newer_format_version_is_explained() -> None:
    data = _doc()
    data["version"] = 7
    with pytest.raises(InvalidBriefError, match="newer Brief Studio"):
        brief_from_dict(data)


def test_broken_json_text_says_where() -> None:
    with pytest.raises(InvalidBriefError, match="line 1, column"):
        brief_from_json("{not json")


def test_naive_timestamp_is_refused() -> None:
    data = _doc()
    data["created"] = "2026-01-01T10:00:00"
    with pytest.raises(InvalidBriefError) as err:
        brief_from_dict(data)
    assert err.value.field == "created"


def test_written_document_is_stable_text() -> None:
    brief = Brief(title="Été")
    text = brief_to_json(brief)
    assert "Été" in text
    assert json.loads(text)["format"] == "brief-studio/brief"
