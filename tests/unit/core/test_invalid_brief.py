"""A refused brief file says, in our own words, which field is wrong and what to write there;
each sentence is a Phrase the UI can translate, and the English is what the CLI prints."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest

from studio.core import invalid_brief as w
from studio.core.brief import Attachment, Brief, CostEstimate, CostItem, Milestone, Planning
from studio.core.errors import InvalidBriefError
from studio.core.i18n import Phrase
from studio.core.serialize import brief_from_dict, brief_from_json, brief_to_dict, schema


def _doc() -> dict[str, Any]:
    return brief_to_dict(
        Brief(
            title="T",
            planning=Planning(milestones=(Milestone(title="A"),)),
            costs=CostEstimate(items=(CostItem(),)),
            attachments=(Attachment(name="a.txt", path="attachments/a.txt", sha256="0" * 64),),
        )
    )


def refused(data: Any) -> InvalidBriefError:
    with pytest.raises(InvalidBriefError) as caught:
        brief_from_dict(data)
    return caught.value


def said(error: InvalidBriefError) -> str:
    """The problem, as the CLI prints it after "Invalid brief at …: "."""
    assert isinstance(error.problem, Phrase), "our own sentence, translatable"
    return str(error.problem)


def test_a_missing_field_is_named_and_asked_for() -> None:
    data = _doc()
    del data["title"]
    error = refused(data)
    assert error.message == (
        "Invalid brief at (document): the required field 'title' is missing; add it"
    )
    assert error.problem == Phrase(w.MISSING, {"name": Phrase(w.QUOTED, {"text": "title"})})
    data = _doc()
    del data["planning"]["milestones"][0]["id"]
    error = refused(data)
    assert error.field == "planning.milestones[0]"
    assert said(error) == "the required field 'id' is missing; add it"


@pytest.mark.parametrize(
    ("change", "field", "sentence"),
    [
        (
            lambda d: d.update(title=12),
            "title",
            "this should be text in quotes, not a whole number",
        ),
        (
            lambda d: d.update(inputs={}),
            "inputs",
            "this should be a list in brackets [ ], not an object in braces { }",
        ),
        (
            lambda d: d["attachments"][0].update(size="12"),
            "attachments[0].size",
            "this should be a whole number, not text in quotes",
        ),
        (
            lambda d: d["attachments"][0].update(size=1.5),
            "attachments[0].size",
            "this should be a whole number, not a number with decimals",
        ),
        (
            lambda d: d.update(skills=[True]),
            "skills[0]",
            "this should be text in quotes, not true or false",
        ),
    ],
)
def test_a_value_of_the_wrong_kind_says_what_kind_is_expected(
    change: Any, field: str, sentence: str
) -> None:
    data = _doc()
    change(data)
    error = refused(data)
    assert (error.field, said(error)) == (field, sentence)
    assert error.message == f"Invalid brief at {field}: {sentence}"


def test_a_document_that_is_not_an_object_says_so() -> None:
    error = refused([])
    assert error.message == (
        "Invalid brief at (document): this should be an object in braces { }, "
        "not a list in brackets [ ]"
    )


def test_a_value_not_in_the_list_names_the_allowed_ones() -> None:
    data = _doc()
    data["risks"] = [{"id": "a" * 32, "impact": "huge"}]
    error = refused(data)
    assert error.field == "risks[0].impact"
    assert said(error) == "'huge' is not one of the allowed values: low, medium, high"


@pytest.mark.parametrize(
    ("key", "value", "sentence"),
    [
        (
            "format",
            "brief-studio/bundle",
            "this must be 'brief-studio/brief', not 'brief-studio/bundle'",
        ),
        ("version", 0, "this must be 1, not 0"),
    ],
)
def test_a_fixed_value_says_which_it_must_be(key: str, value: object, sentence: str) -> None:
    data = _doc()
    data[key] = value
    error = refused(data)
    assert (error.field, said(error)) == (key, sentence)


@pytest.mark.parametrize(
    ("path", "value", "meaning", "field"),
    [
        (("costs", "items", 0, "unit_price"), "twelve", w.DECIMAL, "costs.items[0].unit_price"),
        (("planning", "start"), "31/03/2026", w.DATE, "planning.start"),
        (("created",), "yesterday", w.DATETIME, "created"),
        (("id",), "abc", w.ID, "id"),
        (("language",), "French", w.LANGUAGE, "language"),
        (("costs", "currency"), "euros", w.CURRENCY, "costs.currency"),
        (("attachments", 0, "sha256"), "xyz", w.SHA256, "attachments[0].sha256"),
    ],
)
def test_a_badly_written_value_says_how_to_write_it(
    path: tuple[str | int, ...], value: str, meaning: str, field: str
) -> None:
    data = _doc()
    parent = data
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = value
    error = refused(data)
    assert error.field == field
    assert said(error) == f"'{value}' is not {meaning}"
    assert "^" not in error.message  # never a regular expression


def test_every_pattern_of_the_schema_has_a_meaning() -> None:
    def patterns(node: Any) -> Iterator[str]:
        if isinstance(node, dict):
            if isinstance(node.get("pattern"), str):
                yield node["pattern"]
            for child in node.values():
                yield from patterns(child)
        elif isinstance(node, list):
            for child in node:
                yield from patterns(child)

    meanings = w.pattern_meanings(schema())
    assert set(patterns(schema())) == set(meanings)


def test_every_rule_of_the_schema_has_a_sentence() -> None:
    # Rules schema_problem says in its own words, and keywords that are not rules.
    said_ = {"type", "required", "additionalProperties", "enum", "const", "pattern"}
    said_ |= {"minimum", "maximum", "minLength", "maxLength", "oneOf"}
    structure = {"$schema", "$id", "$ref", "$defs", "title", "description", "properties", "items"}

    def keywords(node: dict[str, Any]) -> Iterator[str]:
        yield from node
        for key in ("properties", "$defs"):
            for child in node.get(key, {}).values():
                yield from keywords(child)
        if "items" in node:
            yield from keywords(node["items"])
        for child in node.get("oneOf", []):
            yield from keywords(child)

    assert set(keywords(schema())) <= said_ | structure


def test_numbers_out_of_range_say_the_limit() -> None:
    data = _doc()
    data["planning"]["milestones"][0]["duration_days"] = 50000
    error = refused(data)
    assert error.field == "planning.milestones[0].duration_days"
    assert said(error) == "50000 is too large: the largest allowed is 36500"
    data = _doc()
    data["attachments"][0]["size"] = -1
    assert said(refused(data)) == "-1 is too small: the smallest allowed is 0"


def test_text_lengths_say_the_limit() -> None:
    data = _doc()
    data["title"] = "x" * 501
    error = refused(data)
    assert error.field == "title"
    assert said(error) == "this text is 501 characters long, more than the 500 allowed; shorten it"
    data = _doc()
    data["attachments"][0]["name"] = ""
    error = refused(data)
    assert (error.field, said(error)) == (
        "attachments[0].name",
        "this must not be empty; write something here",
    )


def test_unknown_fields_are_named() -> None:
    data = _doc()
    data["planning"]["budget"] = 3
    error = refused(data)
    assert error.field == "planning"
    assert said(error) == "the field 'budget' is unknown here; remove it or correct its name"
    data["planning"]["notes"] = ""
    assert said(refused(data)) == (
        "the fields budget, notes are unknown here; remove them or correct their names"
    )


def test_a_value_that_may_be_null_says_so() -> None:
    data = _doc()
    data["planning"]["milestones"][0]["duration_days"] = "ten"
    error = refused(data)
    assert error.field == "planning.milestones[0].duration_days"
    assert said(error) == "this should be a whole number, or null to leave it empty"
    data = _doc()
    data["costs"]["budget_min"] = 12
    assert said(refused(data)) == (f"this should be {w.DECIMAL}, or null to leave it empty")


def _problem(rule: dict[str, Any], instance: Any) -> Phrase | str:
    error = next(jsonschema.Draft202012Validator(rule).iter_errors(instance))
    return w.schema_problem(error, {})


def test_rules_the_brief_schema_may_use_one_day_are_said_too() -> None:
    assert str(_problem({"minLength": 3}, "ab")) == (
        "this text is too short: it needs at least 3 characters"
    )
    assert str(_problem({"required": ["a", "b"]}, {})) == (
        "the required fields a, b are missing; add them"
    )


def test_a_rule_we_have_no_sentence_for_keeps_jsonschemas_words() -> None:
    error = next(jsonschema.Draft202012Validator({"minItems": 2}).iter_errors([]))
    assert w.schema_problem(error, {}) == error.message == "[] is too short"


def test_broken_json_says_where_and_what() -> None:
    with pytest.raises(InvalidBriefError) as caught:
        brief_from_json('{"title": "x",}')
    error = caught.value
    assert error.message == (
        "Invalid brief at (document): not valid JSON (line 1, column 15: "
        "Expecting property name enclosed in double quotes)"
    )
    assert isinstance(error.problem, Phrase)
    assert error.problem.params["detail"] == Phrase(
        "Expecting property name enclosed in double quotes"
    )
    with pytest.raises(InvalidBriefError) as caught:
        brief_from_json('{"title": "a\nb"}')
    problem = caught.value.problem
    assert isinstance(problem, Phrase)
    assert isinstance(problem.params["detail"], Phrase)  # a line break inside a text
    assert "Invalid control character" in caught.value.message


def test_dates_that_do_not_exist_say_why() -> None:
    data = _doc()
    data["planning"]["milestones"][0]["due"] = "2026-02-30"
    error = refused(data)
    assert error.field == "planning.milestones[0].due"
    assert said(error) == "'2026-02-30' is not a date that exists (day is out of range for month)"
    data = _doc()
    data["updated"] = "2026-13-01T10:00:00Z"
    assert said(refused(data)) == (
        "'2026-13-01T10:00:00Z' is not a date and time that exists (month must be in 1..12)"
    )


def test_newer_files_and_times_without_zone_have_their_sentences() -> None:
    data = _doc()
    data["version"] = 7
    assert said(refused(data)) == (
        "written by a newer Brief Studio (brief format 7); update Brief Studio to open it"
    )
    # The schema already asks for a zone; the check after reading stays as a safety net.
    data = _doc()
    data["created"] = "2026-01-01T10:00:00"
    assert said(refused(data)) == f"'2026-01-01T10:00:00' is not {w.DATETIME}"
    assert str(w.no_time_zone()) == "the time has no time zone (add Z or +01:00)"


def test_long_values_are_cut() -> None:
    shown = w.value_text("x" * 200)
    assert isinstance(shown, Phrase) and len(str(shown)) == w._SHOWN_LENGTH + 2
    assert w.value_text([1, 2]) == "[1, 2]" and w.value_text(None) == "null"
