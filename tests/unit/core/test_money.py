from decimal import Decimal

import pytest

from studio.core.money import format_money, is_known_currency, minor_unit, parse_amount, round_money


@pytest.mark.parametrize(("code", "digits"), [("EUR", 2), ("JPY", 0), ("KWD", 3), ("USD", 2)])
def test_minor_unit_follows_iso_4217(code: str, digits: int) -> None:
    assert minor_unit(code) == digits


def test_rounding_is_half_up_to_the_minor_unit() -> None:
    assert round_money(Decimal("2.345"), "EUR") == Decimal("2.35")
    assert round_money(Decimal("2.5"), "JPY") == Decimal("3")
    assert round_money(Decimal("1.0005"), "KWD") == Decimal("1.001")


def test_unknown_currency() -> None:
    assert is_known_currency("EUR")
    assert not is_known_currency("ABC")


def test_french_locale_formats_with_narrow_spaces() -> None:
    text = format_money(Decimal("1234.56"), "EUR", "fr_FR")
    assert text.replace("\u202f", " ").replace("\xa0", " ") == "1 234,56 €"


def test_parse_amount_rejects_text() -> None:
    assert parse_amount(" 12.50 ") == Decimal("12.50")
    with pytest.raises(ValueError):
        parse_amount("abc")
    with pytest.raises(ValueError):
        parse_amount("NaN")
