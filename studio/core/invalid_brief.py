"""Why a brief file is refused, said so a person can fix it: one sentence per situation.

Each is a `Phrase` of context "Brief file", the `problem` of an `InvalidBriefError`: the
CLI prints its English, the UI translates it. What the file holds (a value, a field name,
a line number) stays data in its params. jsonschema's own English is kept only for a rule
we have no sentence for.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from jsonschema import ValidationError

from studio.core.i18n import QT_TRANSLATE_NOOP, Phrase

NOT_JSON = QT_TRANSLATE_NOOP(
    "Brief file", "not valid JSON (line {line}, column {column}: {detail})"
)
NOT_UTF8 = QT_TRANSLATE_NOOP("Brief file", "not UTF-8 text (byte {byte})")
NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "Brief file",
    "written by a newer Brief Studio (brief format {version}); update Brief Studio to open it",
)
NO_TIME_ZONE = QT_TRANSLATE_NOOP("Brief file", "the time has no time zone (add Z or +01:00)")
NO_SUCH_DATE = QT_TRANSLATE_NOOP("Brief file", "{value} is not a date that exists ({detail})")
NO_SUCH_MOMENT = QT_TRANSLATE_NOOP(
    "Brief file", "{value} is not a date and time that exists ({detail})"
)
MISSING = QT_TRANSLATE_NOOP("Brief file", "the required field {name} is missing; add it")
MISSING_SEVERAL = QT_TRANSLATE_NOOP(
    "Brief file", "the required fields {names} are missing; add them"
)
UNKNOWN_FIELD = QT_TRANSLATE_NOOP(
    "Brief file", "the field {name} is unknown here; remove it or correct its name"
)
UNKNOWN_FIELDS = QT_TRANSLATE_NOOP(
    "Brief file", "the fields {names} are unknown here; remove them or correct their names"
)
WRONG_KIND = QT_TRANSLATE_NOOP("Brief file", "this should be {expected}, not {found}")
OR_NULL = QT_TRANSLATE_NOOP("Brief file", "this should be {expected}, or null to leave it empty")
NOT_ALLOWED = QT_TRANSLATE_NOOP("Brief file", "{value} is not one of the allowed values: {allowed}")
MUST_BE = QT_TRANSLATE_NOOP("Brief file", "this must be {expected}, not {value}")
NOT_LIKE = QT_TRANSLATE_NOOP("Brief file", "{value} is not {meaning}")
TOO_SMALL = QT_TRANSLATE_NOOP("Brief file", "{value} is too small: the smallest allowed is {limit}")
TOO_LARGE = QT_TRANSLATE_NOOP("Brief file", "{value} is too large: the largest allowed is {limit}")
EMPTY = QT_TRANSLATE_NOOP("Brief file", "this must not be empty; write something here")
TOO_SHORT = QT_TRANSLATE_NOOP(
    "Brief file", "this text is too short: it needs at least {limit} characters"
)
TOO_LONG = QT_TRANSLATE_NOOP(
    "Brief file", "this text is {length} characters long, more than the {limit} allowed; shorten it"
)
QUOTED = QT_TRANSLATE_NOOP("Brief file", "'{text}'")  # a text of the file, quoted

# What JSON's kinds of value are called: what a field should hold, and what it holds.
KINDS = {
    "object": QT_TRANSLATE_NOOP("Brief file", "an object in braces { }"),
    "array": QT_TRANSLATE_NOOP("Brief file", "a list in brackets [ ]"),
    "string": QT_TRANSLATE_NOOP("Brief file", "text in quotes"),
    "integer": QT_TRANSLATE_NOOP("Brief file", "a whole number"),
    "number": QT_TRANSLATE_NOOP("Brief file", "a number"),
    "fraction": QT_TRANSLATE_NOOP("Brief file", "a number with decimals"),
    "boolean": QT_TRANSLATE_NOOP("Brief file", "true or false"),
    "null": QT_TRANSLATE_NOOP("Brief file", "null"),
}

# What each pattern of the schema means, said the way a person would fix it (keyed by
# where the pattern is in the schema: `pattern_meanings` looks them up).
DECIMAL = QT_TRANSLATE_NOOP(
    "Brief file", "a number like 1200.50 (a dot for decimals, no currency sign)"
)
DATE = QT_TRANSLATE_NOOP("Brief file", "a date written YYYY-MM-DD, like 2026-03-31")
DATETIME = QT_TRANSLATE_NOOP("Brief file", "a date and time like 2026-03-31T14:00:00+00:00")
ID = QT_TRANSLATE_NOOP("Brief file", "an id of 32 lowercase hex characters")
LANGUAGE = QT_TRANSLATE_NOOP("Brief file", "a language code like en, fr or pt-BR")
CURRENCY = QT_TRANSLATE_NOOP("Brief file", "a currency code of 3 capital letters, like EUR")
SHA256 = QT_TRANSLATE_NOOP("Brief file", "a SHA-256 checksum of 64 lowercase hex characters")
_PATTERNS = (
    (("$defs", "decimal"), DECIMAL),
    (("$defs", "date"), DATE),
    (("$defs", "datetime"), DATETIME),
    (("$defs", "id"), ID),
    (("properties", "language"), LANGUAGE),
    (("properties", "costs", "properties", "currency"), CURRENCY),
    (("$defs", "attachment", "properties", "sha256"), SHA256),
)

# What Python's JSON parser says, for the messages it words always the same way.
_JSON_SAYS = frozenset(
    (
        QT_TRANSLATE_NOOP("Brief file", "Expecting value"),
        QT_TRANSLATE_NOOP("Brief file", "Expecting property name enclosed in double quotes"),
        QT_TRANSLATE_NOOP("Brief file", "Expecting ':' delimiter"),
        QT_TRANSLATE_NOOP("Brief file", "Expecting ',' delimiter"),
        QT_TRANSLATE_NOOP("Brief file", "Unterminated string starting at"),
        QT_TRANSLATE_NOOP("Brief file", "Invalid control character at"),
        QT_TRANSLATE_NOOP("Brief file", "Extra data"),
        QT_TRANSLATE_NOOP("Brief file", "Illegal trailing comma before end of object"),
        QT_TRANSLATE_NOOP("Brief file", "Illegal trailing comma before end of array"),
    )
)
# The same, as the pure-Python parser words it (with the character).
CONTROL_CHARACTER = QT_TRANSLATE_NOOP("Brief file", "Invalid control character {character} at")
_CONTROL_CHARACTER = re.compile(r"Invalid control character (.+) at")

# What Python says of a date that does not exist.
_DATE_SAYS = frozenset(
    (
        QT_TRANSLATE_NOOP("Brief file", "day is out of range for month"),
        QT_TRANSLATE_NOOP("Brief file", "month must be in 1..12"),
        QT_TRANSLATE_NOOP("Brief file", "hour must be in 0..23"),
        QT_TRANSLATE_NOOP("Brief file", "minute must be in 0..59"),
        QT_TRANSLATE_NOOP("Brief file", "second must be in 0..59"),
    )
)
_SHOWN_LENGTH = 60  # a longer value is cut: the field's name says where the rest is


def not_json(error: json.JSONDecodeError) -> Phrase:
    if error.msg in _JSON_SAYS:
        detail: object = Phrase(error.msg)
    elif found := _CONTROL_CHARACTER.fullmatch(error.msg):
        detail = Phrase(CONTROL_CHARACTER, {"character": found[1]})
    else:
        detail = error.msg
    return Phrase(NOT_JSON, {"line": error.lineno, "column": error.colno, "detail": detail})


def not_utf8(error: UnicodeDecodeError) -> Phrase:
    return Phrase(NOT_UTF8, {"byte": error.start})


def newer_format(version: int) -> Phrase:
    return Phrase(NEWER_FORMAT, {"version": version})


def no_time_zone() -> Phrase:
    return Phrase(NO_TIME_ZONE)


def no_such_date(text: str, error: Exception) -> Phrase:
    return Phrase(NO_SUCH_DATE, {"value": value_text(text), "detail": _date_detail(error)})


def no_such_moment(text: str, error: Exception) -> Phrase:
    return Phrase(NO_SUCH_MOMENT, {"value": value_text(text), "detail": _date_detail(error)})


def _date_detail(error: Exception) -> object:
    said = str(error)
    return Phrase(said) if said in _DATE_SAYS else said


def value_text(value: Any) -> object:
    """A value of the file as a message shows it: a text quoted in the reader's language,
    anything else as JSON writes it; cut when long."""
    if isinstance(value, str):
        return Phrase(QUOTED, {"text": _cut(value)})
    return _cut(json.dumps(value, ensure_ascii=False))


def _cut(text: str) -> str:
    return text if len(text) <= _SHOWN_LENGTH else text[: _SHOWN_LENGTH - 1] + "…"


def kind_of(value: Any) -> Phrase:
    """What kind of JSON value this is, in words."""
    found = next((name for cls, name in _KIND_OF if isinstance(value, cls)), "null")
    return Phrase(KINDS[found])


_KIND_OF: tuple[tuple[type, str], ...] = (  # bool before int: True is an int to Python
    (bool, "boolean"),
    (int, "integer"),
    (float, "fraction"),
    (str, "string"),
    (dict, "object"),
    (list, "array"),
)


def pattern_meanings(schema: Mapping[str, Any]) -> dict[str, str]:
    """Each pattern of the brief schema, and what it means (DECIMAL, DATE…)."""
    meanings = {}
    for where, meaning in _PATTERNS:
        node: Any = schema
        for key in where:
            node = node[key]
        meanings[node["pattern"]] = meaning
    return meanings


def schema_problem(error: ValidationError, patterns: Mapping[str, str]) -> Phrase | str:
    """What the rule `error` broke asks for, said in our words; jsonschema's own message
    for a rule we have no sentence for. `patterns` is `pattern_meanings(schema)`."""
    rule = error.validator
    wanted: Any = error.validator_value  # the rule's own value: a list, a limit, a pattern…
    value: Any = error.instance
    if rule == "required":
        missing = [name for name in wanted if name not in value]
        if len(missing) == 1:
            return Phrase(MISSING, {"name": value_text(missing[0])})
        return Phrase(MISSING_SEVERAL, {"names": ", ".join(missing)})
    if rule == "additionalProperties" and isinstance(error.schema, Mapping):
        known = error.schema.get("properties", {})
        unknown = [name for name in value if name not in known]
        if len(unknown) == 1:
            return Phrase(UNKNOWN_FIELD, {"name": value_text(unknown[0])})
        return Phrase(UNKNOWN_FIELDS, {"names": ", ".join(unknown)})
    if rule == "type" and isinstance(wanted, str) and wanted in KINDS:
        return Phrase(WRONG_KIND, {"expected": Phrase(KINDS[wanted]), "found": kind_of(value)})
    if rule == "enum":
        allowed = ", ".join(each if isinstance(each, str) else json.dumps(each) for each in wanted)
        return Phrase(NOT_ALLOWED, {"value": value_text(value), "allowed": allowed})
    if rule == "const":
        return Phrase(MUST_BE, {"expected": value_text(wanted), "value": value_text(value)})
    if rule == "pattern" and wanted in patterns:
        return Phrase(NOT_LIKE, {"value": value_text(value), "meaning": Phrase(patterns[wanted])})
    if rule == "minimum":
        return Phrase(TOO_SMALL, {"value": value_text(value), "limit": wanted})
    if rule == "maximum":
        return Phrase(TOO_LARGE, {"value": value_text(value), "limit": wanted})
    if rule == "minLength":
        return Phrase(EMPTY) if wanted == 1 else Phrase(TOO_SHORT, {"limit": wanted})
    if rule == "maxLength":
        return Phrase(TOO_LONG, {"length": len(value), "limit": wanted})
    if rule == "oneOf":
        expected = _expected_besides_null(error, patterns)
        if expected is not None:
            return Phrase(OR_NULL, {"expected": expected})
    return error.message


def _expected_besides_null(error: ValidationError, patterns: Mapping[str, str]) -> Phrase | None:
    """For a value that may also be null (our only use of oneOf), what it should be
    otherwise: a pattern's meaning, or a kind of value."""
    shapes = [sub.schema for sub in error.context if isinstance(sub.schema, Mapping)]
    if not any(shape.get("type") == "null" for shape in shapes):
        return None
    for shape in shapes:
        pattern, kind = shape.get("pattern"), shape.get("type")
        if isinstance(pattern, str) and pattern in patterns:
            return Phrase(patterns[pattern])
        if isinstance(kind, str) and kind != "null" and kind in KINDS:
            return Phrase(KINDS[kind])
    return None
